import { useEffect, useState } from 'react';

/** The event name is remembered per workspace, so staff reopening the form at the stand need not retype it. */
export function useCaptureEvent(workspacePath: string): [string, (event: string) => void] {
  const key = `rapport.capture.event:${workspacePath}`;
  const [event, setEvent] = useState(() => localStorage.getItem(key) ?? '');
  useEffect(() => {
    localStorage.setItem(key, event);
  }, [key, event]);
  return [event, setEvent];
}

/** The start of today where the stand is (the computer's time zone), for "captured today". */
export function startOfLocalDay(now = new Date()): string {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return midnight.toISOString();
}
