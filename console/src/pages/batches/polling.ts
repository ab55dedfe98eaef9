/** How often a page re-reads a batch that has not ended: often enough to look live, rare enough for a big store. */
export const POLL_MS = 1500;

/** react-query's refetchInterval: poll while anything shown is still RUNNING, stop once everything ended. */
export const whileRunning =
  <T>(running: (data: T) => boolean) =>
  (query: { state: { data?: T } }) =>
    query.state.data !== undefined && running(query.state.data) ? POLL_MS : false;
