import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { RequestOf } from '@shared/contract/channels';
import { CUSTOMER_FILTER_FIELDS, CUSTOMER_SORT_FIELDS } from '@shared/domain/customer';
import type { Membership } from '@shared/domain/segment';
import { call, type ApiError } from '../../lib/api';

type SortField = (typeof CUSTOMER_SORT_FIELDS)[number];
const SORT_FIELDS = new Set<string>(CUSTOMER_SORT_FIELDS);

/**
 * The grid's infinite row model asks for blocks of rows (startRow..endRow) with its sort model; each block is one
 * customers.list call, so only what is on screen (plus a block or two) is ever in the renderer.
 */
export function customersDatasource(
  search: string,
  onTotal: (total: number) => void,
  onError: (error: ApiError) => void,
  segment: Membership | null = null,
  withRfm = false,
): IDatasource {
  return {
    getRows(params: IGetRowsParams) {
      const sort = params.sortModel
        .filter((s) => SORT_FIELDS.has(s.colId))
        .slice(0, 4)
        .map((s) => ({ field: s.colId as SortField, direction: s.sort }));
      const request: RequestOf<'customers.list'> = {
        offset: params.startRow,
        limit: Math.max(1, params.endRow - params.startRow),
        search,
        ...(sort.length > 0 ? { sort } : {}),
        filters: columnFilters(params.filterModel),
        ...(segment ? { segment } : {}),
        withRfm,
      };
      call('customers.list', request).then(
        (page) => {
          onTotal(page.total);
          params.successCallback(page.rows, page.total);
        },
        (error: ApiError) => {
          params.failCallback();
          onError(error);
        },
      );
    },
  };
}

type FilterField = (typeof CUSTOMER_FILTER_FIELDS)[number];
const FILTER_FIELDS = new Set<string>(CUSTOMER_FILTER_FIELDS);

/** The grid's text filters ("contains") as the engine's column filters. */
export function columnFilters(model: unknown): Array<{ field: FilterField; contains: string }> {
  if (!model || typeof model !== 'object') return [];
  return Object.entries(model as Record<string, { filter?: unknown }>)
    .filter(([colId, filter]) => FILTER_FIELDS.has(colId) && typeof filter?.filter === 'string' && filter.filter.trim() !== '')
    .map(([colId, filter]) => ({ field: colId as FilterField, contains: String(filter.filter).trim().slice(0, 200) }));
}
