import { useSyncExternalStore } from 'react';

// antd's md breakpoint. Read synchronously, so that the first render of a phone is already the phone layout
// (antd's Grid.useBreakpoint answers {} until its first measurement).
const query = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia(query);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** True on a phone-sized screen (narrower than 768 px). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
