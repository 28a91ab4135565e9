import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { TFunction } from 'i18next';
import { CUSTOMER_FILTER_FIELDS, CUSTOMER_SORT_FIELDS, type CustomerRow } from '@shared/domain/customer';
import { countryName } from '../../lib/intl';
import { formatDate, formatMoney, formatNumber } from './format';

/** The grid's columns, in order; the id is the CustomerRow field it shows. */
export const COLUMN_IDS = [
  'displayName',
  'company',
  'email',
  'phone',
  'city',
  'country',
  'tags',
  'lastPurchase',
  'purchaseCount',
  'totalMinor',
  'daysSinceLastPurchase',
  'emailConsent',
  'doNotContact',
  'rfmR',
  'rfmF',
  'rfmM',
  'rfmGroup',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * Shown on a first visit; the rest wait in the column chooser. Chosen to fit a 1440 px laptop screen with the
 * totals in view (phone and the number of purchases are one click away in *Columns*).
 */
export const DEFAULT_VISIBLE: readonly ColumnId[] = ['displayName', 'company', 'email', 'city', 'country', 'tags', 'lastPurchase', 'totalMinor', 'emailConsent'];

/** The RFM columns show the row's `rfm` (null without purchases); the engine scores the whole book, so they do not sort. */
const RFM_COLUMNS = { rfmR: 'r', rfmF: 'f', rfmM: 'm', rfmGroup: 'group' } as const;
export const RFM_COLUMN_IDS = Object.keys(RFM_COLUMNS) as ColumnId[];

/** Columns the engine can edit in place from the grid. */
export const EDITABLE: ReadonlySet<ColumnId> = new Set(['displayName', 'email', 'phone', 'city']);

const SORTABLE = new Set<string>(CUSTOMER_SORT_FIELDS);
const FILTERABLE = new Set<string>(CUSTOMER_FILTER_FIELDS);

/** A box under the heading: the column contains the text (the engine ignores accents and case). */
const containsFilter: ColDef<CustomerRow> = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: ['contains'], maxNumConditions: 1, debounceMs: 300 },
  floatingFilter: true,
  suppressFloatingFilterButton: true,
};

type Fmt = ValueFormatterParams<CustomerRow>;

export function buildColumns(t: TFunction, locale: string, currency: string, visible: ReadonlySet<ColumnId>): ColDef<CustomerRow>[] {
  const base = (id: ColumnId, extra: ColDef<CustomerRow> = {}): ColDef<CustomerRow> => ({
    colId: id,
    ...(id in RFM_COLUMNS ? {} : { field: id as keyof CustomerRow }),
    headerName: t(`customers.columns.${id}`),
    sortable: SORTABLE.has(id),
    editable: EDITABLE.has(id),
    hide: !visible.has(id),
    ...(FILTERABLE.has(id) ? containsFilter : {}),
    ...extra,
  });
  const numeric: ColDef<CustomerRow> = { type: 'rightAligned', initialWidth: 130, cellClass: 'customers-number' };
  return [
    // text columns share what the numbers leave, so the default set fits 1440 px without a horizontal scroll
    base('displayName', { minWidth: 140, initialFlex: 1.4, cellClass: 'customers-name' }),
    base('company', { minWidth: 100, initialFlex: 1 }),
    base('email', { minWidth: 150, initialFlex: 1.4 }),
    base('phone', { initialWidth: 140 }),
    base('city', { minWidth: 90, initialFlex: 0.8 }),
    base('country', {
      minWidth: 95,
      initialFlex: 0.8,
      valueFormatter: (p: Fmt) => (p.value ? countryName(p.value as string, locale) : ''),
      tooltipValueGetter: (p) => p.data?.country ?? '',
    }),
    base('tags', {
      minWidth: 95,
      initialFlex: 0.9,
      valueFormatter: (p: Fmt) => ((p.value as string[] | undefined) ?? []).join(', '),
      cellRenderer: TagsCell,
    }),
    base('lastPurchase', { initialWidth: 135, valueFormatter: (p: Fmt) => formatDate(p.value as string | null, locale) }),
    base('purchaseCount', { ...numeric, initialWidth: 120, valueFormatter: (p: Fmt) => formatNumber(p.value as number, locale) }),
    base('totalMinor', {
      ...numeric,
      initialWidth: 155, // a six-figure total in full: "DKK 152,592.25"
      // converted to the business currency; purchases in a currency without a rate are named, not added in
      valueFormatter: (p: Fmt) => {
        const total = formatMoney(p.value as number, currency, locale);
        const left = p.data?.unconvertedCurrencies ?? [];
        return left.length === 0 ? total : t('money.gridUnconverted', { total, currencies: left.join(', ') });
      },
      tooltipValueGetter: (p) => {
        const left = p.data?.unconvertedCurrencies ?? [];
        return left.length === 0 ? undefined : t('money.gridUnconvertedTip', { currencies: left.join(', ') });
      },
    }),
    base('daysSinceLastPurchase', { ...numeric, initialWidth: 150, valueFormatter: (p: Fmt) => formatNumber(p.value as number | null, locale) }),
    base('emailConsent', {
      initialWidth: 120,
      valueFormatter: (p: Fmt) => {
        if (!p.data) return '';
        return t(`customers.consent.${p.value ?? 'missing'}`);
      },
      cellClassRules: {
        'consent-granted': (p) => p.value === 'granted',
        'consent-withdrawn': (p) => p.value === 'withdrawn',
        'consent-missing': (p) => p.data !== undefined && (p.value === null || p.value === undefined),
      },
    }),
    base('doNotContact', {
      initialWidth: 140,
      valueFormatter: (p: Fmt) => (p.value ? t('customers.doNotContactShort') : ''),
      cellClassRules: { 'customers-dnc': (p) => p.value === true },
    }),
    ...(['rfmR', 'rfmF', 'rfmM'] as const).map((id) =>
      base(id, {
        ...numeric,
        initialWidth: 110,
        valueGetter: (p) => p.data?.rfm?.[RFM_COLUMNS[id]] ?? null,
        headerTooltip: `${t(`rfm.column.${RFM_COLUMNS[id]}Name`)}. ${t('rfm.column.notSortable')}`,
      }),
    ),
    base('rfmGroup', {
      minWidth: 120,
      initialWidth: 150,
      valueGetter: (p) => p.data?.rfm?.group ?? null,
      valueFormatter: (p: Fmt) => (p.value ? t(`rfm.groups.${p.value as string}`) : ''),
      headerTooltip: t('rfm.column.notSortable'),
    }),
  ];
}

/** Tags as small pills. */
function TagsCell(props: CustomCellRendererProps<CustomerRow, string[]>) {
  const tags = props.value ?? [];
  return (
    <span className="customers-tags">
      {tags.map((tag) => (
        <span key={tag} className="customers-tag">
          {tag}
        </span>
      ))}
    </span>
  );
}
