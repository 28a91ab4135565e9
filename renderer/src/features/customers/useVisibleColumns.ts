import { useCallback, useMemo } from 'react';
import { usePreference } from '../../lib/preferences';
import { COLUMN_IDS, type ColumnId, DEFAULT_VISIBLE } from './columns';

function known(stored: readonly string[] | null): Set<ColumnId> {
  const ids = (stored ?? []).filter((id): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id));
  return new Set(ids.length > 0 ? ids : DEFAULT_VISIBLE);
}

/**
 * Which grid columns are shown, kept in the workspace file (a preference of this workspace, so it survives a
 * restart). `workspacePath` is no longer needed for the key (the open workspace's file holds it); it stays in
 * the signature for its callers.
 */
export function useVisibleColumns(_workspacePath: string): [ReadonlySet<ColumnId>, (id: ColumnId, shown: boolean) => void, () => void] {
  const [stored, , store] = usePreference('customers.columns');
  const visible = useMemo(() => known(stored), [stored]);

  const save = useCallback((next: ReadonlySet<ColumnId>) => store(COLUMN_IDS.filter((id) => next.has(id))), [store]);

  const toggle = useCallback(
    (id: ColumnId, shown: boolean) => {
      const next = new Set(visible);
      if (shown) next.add(id);
      else next.delete(id);
      if (next.size === 0) return; // keep at least one column
      save(next);
    },
    [visible, save],
  );

  const reset = useCallback(() => save(new Set(DEFAULT_VISIBLE)), [save]);
  return [visible, toggle, reset];
}
