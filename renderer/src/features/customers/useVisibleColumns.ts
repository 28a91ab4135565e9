import { useCallback, useState } from 'react';
import { COLUMN_IDS, type ColumnId, DEFAULT_VISIBLE } from './columns';

const storageKey = (workspacePath: string) => `rapport.customers.columns:${workspacePath}`;

function read(workspacePath: string): Set<ColumnId> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(workspacePath)) ?? 'null') as unknown;
    if (Array.isArray(stored)) {
      const known = stored.filter((id): id is ColumnId => (COLUMN_IDS as readonly string[]).includes(id as string));
      if (known.length > 0) return new Set(known);
    }
  } catch {
    // A damaged entry is forgotten: the defaults are shown.
  }
  return new Set(DEFAULT_VISIBLE);
}

/** Which grid columns are shown, remembered per workspace file in localStorage (a UI preference, not data). */
export function useVisibleColumns(workspacePath: string): [ReadonlySet<ColumnId>, (id: ColumnId, shown: boolean) => void, () => void] {
  const [visible, setVisible] = useState<ReadonlySet<ColumnId>>(() => read(workspacePath));
  const [forPath, setForPath] = useState(workspacePath);
  if (forPath !== workspacePath) {
    setForPath(workspacePath);
    setVisible(read(workspacePath));
  }

  const save = useCallback(
    (next: ReadonlySet<ColumnId>) => {
      setVisible(next);
      try {
        localStorage.setItem(storageKey(workspacePath), JSON.stringify(COLUMN_IDS.filter((id) => next.has(id))));
      } catch {
        // Storage full or unavailable: the choice holds for this session only.
      }
    },
    [workspacePath],
  );

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
