import { Box, Button, Flex, Text, TextField } from '@radix-ui/themes';
import {
  AllCommunityModule,
  type CellDoubleClickedEvent,
  type CellEditRequestEvent,
  type FilterChangedEvent,
  type GetRowIdParams,
  ModuleRegistry,
  type SelectionChangedEvent,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Search } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/useDebounced';
import { toast } from 'sonner';
import { CUSTOMER_SORT_FIELDS, type CustomerPatch, type CustomerRow, displayName } from '@shared/domain/customer';
import type { Membership } from '@shared/domain/segment';
import { call, isApiError, onEvent, type ApiError } from '../../lib/api';
import { staleQueries } from '../../lib/invalidation';
import { ColumnChooser } from './ColumnChooser';
import { ExportCsvButton, type GridView } from './ExportCsvButton';
import { COLUMN_IDS, RFM_COLUMN_IDS, buildColumns, type ColumnId } from './columns';
import { columnFilters, customersDatasource } from './datasource';
import { customersGridTheme } from './gridTheme';
import { SelectionActions } from './SelectionActions';
import { useVisibleColumns } from './useVisibleColumns';
import { fieldsOf, nameToPatch, validatePatch } from './validation';

ModuleRegistry.registerModules([AllCommunityModule]);

const SORTABLE = new Set<string>(CUSTOMER_SORT_FIELDS);

/** Rows per customers.list call; the grid keeps a few blocks around the viewport. */
const BLOCK_SIZE = 200;

const getRowId = (params: GetRowIdParams<CustomerRow>) => params.data.id;
const ROW_SELECTION = { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } as const;

/** The grid's overlays that our "no customer matches" message replaces. */
const OWN_EMPTY_MESSAGE: Array<'noRows' | 'noMatchingRows'> = ['noRows', 'noMatchingRows'];

/**
 * The customers grid (ag-grid's infinite row model over customers.list) with its toolbar: search, the count that
 * matches, the selection's actions, the column chooser and the CSV export. Cells are edited in place (customers.update).
 */
export function CustomerGrid({ workspacePath, currency, locale, onOpen, total, segment = null }: {
  workspacePath: string; currency: string; locale: string; onOpen: (id: string) => void; total: number;
  /** Only a segment's members (saved, or rules such as an RFM cell's): the rows, the count and the export follow it. */
  segment?: Membership | null;
}) {
  const { t } = useTranslation();
  const gridRef = useRef<AgGridReact<CustomerRow>>(null);
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), 250);
  const [matching, setMatching] = useState<number | null>(null);
  // column filters narrow the grid like a search does: the count and the "no match" message follow them
  const [filtered, setFiltered] = useState(false);
  const [selected, setSelected] = useState<CustomerRow[]>([]);
  const [visible, toggleColumn, resetColumns] = useVisibleColumns(workspacePath);

  const columnDefs = useMemo(() => buildColumns(t, locale, currency, visible), [t, locale, currency, visible]);
  /** The view as the user sees it now, for the CSV export: search, the grid's sort, visible columns. */
  const currentView = (): GridView => ({
    search,
    filters: columnFilters(gridRef.current?.api.getFilterModel()),
    sort: (gridRef.current?.api.getColumnState() ?? [])
      .filter((column) => column.sort && SORTABLE.has(column.colId))
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .slice(0, 4)
      .map((column) => ({ field: column.colId as GridView['sort'][number]['field'], direction: column.sort! })),
    visible: COLUMN_IDS.filter((column) => visible.has(column)),
  });
  const failed = useCallback((error: ApiError) => toast.error(t('customers.loadFailed'), { description: error.message }), [t]);
  // A new datasource resets the grid to its first block: that is what a new search should do.
  // RFM scores rank the whole book: asked for only while one of their columns is shown
  const withRfm = RFM_COLUMN_IDS.some((column) => visible.has(column));
  const datasource = useMemo(() => customersDatasource(search, setMatching, failed, segment, withRfm), [search, failed, segment, withRfm]);

  // Another window, a bulk action or the customer page changed data: reload the blocks in view (keeps scroll).
  useEffect(
    () =>
      onEvent('workspace.changed', ({ channels }) => {
        if (!staleQueries(channels)('customers.list')) return; // a stored preference, say: the rows are as they were
        const api = gridRef.current?.api;
        if (!api || api.isDestroyed() || api.getEditingCells().length > 0) return;
        api.refreshInfiniteCache();
      }),
    [],
  );

  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  const suppressEnter = useCallback((params: SuppressKeyboardEventParams<CustomerRow>) => {
    // Enter opens the customer (F2 or typing edits a cell); while editing, Enter commits as usual.
    if (params.editing || params.event.key !== 'Enter') return false;
    if (params.event.type === 'keydown' && params.data) onOpenRef.current(params.data.id);
    return true;
  }, []);

  const selectionColumnDef = useMemo(() => ({ pinned: 'left' as const, suppressKeyboardEvent: suppressEnter }), [suppressEnter]);
  const localeText = useMemo(() => ({ loadingOoo: t('common.loading') }), [t]);
  const defaultColDef = useMemo(() => ({ resizable: true, suppressKeyboardEvent: suppressEnter, suppressHeaderMenuButton: true }), [suppressEnter]);

  const onCellDoubleClicked = useCallback((event: CellDoubleClickedEvent<CustomerRow>) => {
    if (event.data && event.column.getColId() !== 'ag-Grid-SelectionColumn') onOpenRef.current(event.data.id);
  }, []);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<CustomerRow>) => {
      const row = event.data;
      const column = event.column.getColId() as ColumnId;
      const text = typeof event.newValue === 'string' ? event.newValue : String(event.newValue ?? '');
      const patch: CustomerPatch = column === 'displayName' ? nameToPatch(row, text) : { [column]: text.trim() };
      const problem = validatePatch(fieldsOf(row), patch, t);
      // The grid never changed the cell itself (readOnlyEdit), so refusing is enough to keep the old value.
      if (problem) {
        toast.error(t('customers.editRejected', { field: t(`customers.columns.${column}`) }), { description: problem });
        return;
      }
      try {
        const customer = await call('customers.update', { id: row.id, patch });
        event.node.setData({ ...row, ...fieldsOf(customer), updatedAt: customer.updatedAt, displayName: displayName(customer) });
      } catch (error) {
        toast.error(t('customers.editFailed'), { description: isApiError(error) ? error.message : String(error) });
      }
    },
    [t],
  );

  const onSelectionChanged = useCallback((event: SelectionChangedEvent<CustomerRow>) => setSelected(event.api.getSelectedRows()), []);
  const clearSelection = () => gridRef.current?.api.deselectAll();

  const narrowed = search !== '' || filtered || segment !== null;
  const shownCount = narrowed ? matching : total;
  const onFilterChanged = useCallback((event: FilterChangedEvent<CustomerRow>) => setFiltered(columnFilters(event.api.getFilterModel()).length > 0), []);
  const clearFilters = () => gridRef.current?.api.setFilterModel(null);
  return (
    <>
      <Flex align="center" gap="3" wrap="nowrap" className="customers-toolbar">
        <TextField.Root
          size="2"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={t('customers.searchPlaceholder')}
          aria-label={t('customers.search')}
          maxLength={200}
          type="search"
          className="customers-search"
        >
          <TextField.Slot>
            <Search size={16} aria-hidden />
          </TextField.Slot>
        </TextField.Root>
        {narrowed && matching !== null && (
          <Text size="2" color="gray" role="status" data-testid="customers-matching">
            {t('customers.matching', { count: matching, formatted: new Intl.NumberFormat(locale).format(matching) })}
          </Text>
        )}
        <Box flexGrow="1" />
        {selected.length > 0 && <SelectionActions rows={selected} onClear={clearSelection} />}
        <ColumnChooser visible={visible} onToggle={toggleColumn} onReset={resetColumns} />
        <ExportCsvButton view={currentView} segment={segment ?? undefined} />
      </Flex>
      <Box className="customers-grid" flexGrow="1" position="relative">
        <AgGridReact<CustomerRow>
          ref={gridRef}
          theme={customersGridTheme}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={50}
          infiniteInitialRowCount={Math.min(total, BLOCK_SIZE)}
          blockLoadDebounceMillis={50}
          // A dozen columns: render them all, so every cell of a visible row is in the DOM (find, screen readers).
          suppressColumnVirtualisation
          getRowId={getRowId}
          rowSelection={ROW_SELECTION}
          selectionColumnDef={selectionColumnDef}
          readOnlyEdit
          suppressClickEdit
          stopEditingWhenCellsLoseFocus
          onCellEditRequest={onCellEditRequest}
          onCellDoubleClicked={onCellDoubleClicked}
          onSelectionChanged={onSelectionChanged}
          onFilterChanged={onFilterChanged}
          // our own message says that nothing matches, and how to undo it; the grid's would sit on top of it
          suppressOverlays={OWN_EMPTY_MESSAGE}
          tooltipShowDelay={600}
          localeText={localeText}
        />
        {narrowed && matching === 0 && (
          <Flex className="customers-no-match" align="center" justify="center" direction="column" gap="2" role="status">
            <Text size="3" weight="medium">
              {search ? t('customers.noMatch', { search }) : filtered ? t('customers.noFilterMatch') : t('segments.preview.none')}
            </Text>
            <Flex gap="2">
              {search && (
                <Button variant="soft" color="gray" size="1" onClick={() => setTyped('')}>
                  {t('customers.clearSearch')}
                </Button>
              )}
              {filtered && (
                <Button variant="soft" color="gray" size="1" onClick={clearFilters}>
                  {t('customers.clearFilters')}
                </Button>
              )}
            </Flex>
          </Flex>
        )}
      </Box>
      <Text size="1" color="gray">
        {shownCount !== null && shownCount > 0 ? t('customers.hint') : ''}
      </Text>
    </>
  );
}
