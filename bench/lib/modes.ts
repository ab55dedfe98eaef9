/** Durations and sizes of a full run and of a quick one (--quick: under 60 s on 2 cores). */
export interface Mode {
  name: 'full' | 'quick';
  connections: number;
  echoWarmS: number;
  echoS: number;
  offline2Warm: number;
  offline2S: number;
  offline2Margin: number;
  offline2Min: number;
  offline2Max: number;
  batchReps: number;
  listRows: number;
  listWarm: number;
  listRequests: number;
  impactReps: number;
  /** Seconds of measuring one list query at most (at least 10 requests). */
  listBudgetS: number;
  /** Transactions of the raw offline2 SQL floor (the floor as until round 11, shown beside it, runs half as many). */
  floor2Transactions: number;
  /** Rounds of offline2 with the audit and without it, alternating, for the audit's cost. */
  auditRounds: number;
  /** Seconds of each round after the first (which is the figure of record's run). */
  auditRoundS: number;
  /** Loads of Pending Review in the browser for console_inbox_ms (the first with a cold cache). */
  consoleRuns: number;
}

export const FULL: Mode = {
  name: 'full',
  connections: 64,
  echoWarmS: 3,
  echoS: 10,
  offline2Warm: 1000,
  offline2S: 10,
  offline2Margin: 3,
  offline2Min: 2000,
  offline2Max: 100000,
  batchReps: 3,
  listRows: 1_000_000,
  listWarm: 10,
  listRequests: 150,
  impactReps: 5,
  listBudgetS: 60,
  floor2Transactions: 10000,
  auditRounds: 3,
  auditRoundS: 4,
  consoleRuns: 5,
};

export const QUICK: Mode = {
  name: 'quick',
  connections: 64,
  echoWarmS: 0.5,
  echoS: 1.5,
  offline2Warm: 128,
  offline2S: 1.5,
  offline2Margin: 3,
  offline2Min: 600,
  offline2Max: 20000,
  batchReps: 1,
  listRows: 100_000,
  listWarm: 2,
  listRequests: 20,
  impactReps: 3,
  listBudgetS: 5,
  floor2Transactions: 2500,
  auditRounds: 1,
  auditRoundS: 1.5,
  consoleRuns: 3,
};
