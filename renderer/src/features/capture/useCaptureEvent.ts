import { useEffect, useRef, useState } from 'react';
import { keepPreferenceLoaded, usePreference } from '../../lib/preferences';

// loaded with the workspace, so the form opens with the event filled in (and focus on the first name)
keepPreferenceLoaded('capture.event');

/** Typing is stored once it pauses: a keystroke is not a save. */
const STORE_AFTER_MS = 400;

/**
 * The event name is remembered in the workspace file, so staff reopening the form at the stand (or after a
 * restart) need not retype it. What is typed shows at once; it is stored when typing pauses, and at the latest
 * when the form closes.
 */
export function useCaptureEvent(workspacePath: string): [string, (event: string) => void] {
  const [stored, , store] = usePreference('capture.event');
  const [typed, setTyped] = useState<{ path: string; event: string } | null>(null);
  const event = typed && typed.path === workspacePath ? typed.event : (stored ?? '');

  const pending = useRef<{ path: string; event: string } | null>(null);
  const storeRef = useRef(store);
  storeRef.current = store;
  const pathRef = useRef(workspacePath);
  pathRef.current = workspacePath;
  useEffect(() => {
    if (!typed || typed.path !== workspacePath) return;
    pending.current = typed;
    const timer = setTimeout(() => {
      pending.current = null;
      storeRef.current(typed.event);
    }, STORE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [typed, workspacePath]);
  // closing the form before the pause still stores the last name typed (into its own workspace only)
  useEffect(
    () => () => {
      if (pending.current && pending.current.path === pathRef.current) storeRef.current(pending.current.event);
    },
    [],
  );

  return [event, (next) => setTyped({ path: workspacePath, event: next })];
}

/** The start of today where the stand is (the computer's time zone), for "captured today". */
export function startOfLocalDay(now = new Date()): string {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return midnight.toISOString();
}
