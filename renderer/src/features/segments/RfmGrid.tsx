import { Box, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { RfmCustomer } from '@shared/domain/rfm';
import { useNavigation } from '../shell/navigation';
import { groupColour } from './rfmColours';
import { type CellTotal, cellRules, cellWeight, gridCells } from './rfmStats';
import { compactMoney, majorMoney } from './words';

/**
 * The 5 × 5 grid: recency across (1 to 5), frequency up; each cell its count and revenue, shaded by its group (and
 * more strongly the more customers it holds), with the group's name. A cell (click, Enter or Space) opens the
 * customers grid limited to its customers.
 */
export function RfmGrid({ customers, currency }: { customers: readonly RfmCustomer[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { openCustomers } = useNavigation();
  const rows = gridCells(customers);
  const words = { t, locale, currency };
  const open = (cell: CellTotal) =>
    openCustomers({ segment: { rules: cellRules(cell.r, cell.f) }, label: t('rfm.cell', { r: cell.r, f: cell.f, group: t(`rfm.groups.${cell.group}`) }) });

  return (
    <section aria-labelledby="rfm-grid-heading">
      <Heading as="h2" size="4" id="rfm-grid-heading" mb="1">
        {t('rfm.gridTitle')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="3">
        {t('rfm.gridHint')}
      </Text>
      <Flex gap="2">
        <Text size="1" color="gray" className="rfm-axis-y">
          {t('rfm.frequencyAxis')}
        </Text>
        <Box flexGrow="1">
          <div className="rfm-grid" role="grid" aria-label={t('rfm.gridTitle')} data-testid="rfm-grid">
            {rows.map((row) => (
              <div role="row" key={row[0]!.f} className="rfm-row">
                <span className="rfm-score-label" aria-hidden>
                  F {row[0]!.f}
                </span>
                {row.map((cell) => {
                  const group = t(`rfm.groups.${cell.group}`);
                  const count = t('rfm.cellCount', { count: cell.customers, formatted: new Intl.NumberFormat(locale).format(cell.customers) });
                  const revenue = majorMoney(cell.revenue, words);
                  return (
                    <button
                      key={cell.r}
                      type="button"
                      role="gridcell"
                      className="rfm-cell"
                      data-accent-color={groupColour(cell.group)}
                      data-empty={cell.customers === 0 || undefined}
                      style={{ '--rfm-weight': String(0.25 + 0.75 * cellWeight(cell, rows)) } as React.CSSProperties}
                      aria-label={t('rfm.cellLabel', { r: cell.r, f: cell.f, group, count, revenue })}
                      title={`${count} · ${revenue}`}
                      data-testid={`rfm-cell-${cell.r}-${cell.f}`}
                      onClick={() => open(cell)}
                    >
                      <span className="rfm-cell-group">{group}</span>
                      <span className="rfm-cell-count">{new Intl.NumberFormat(locale).format(cell.customers)}</span>
                      <span className="rfm-cell-revenue">{compactMoney(cell.revenue, words)}</span>
                    </button>
                  );
                })}
              </div>
            ))}
            <div className="rfm-row rfm-row-labels" aria-hidden>
              <span className="rfm-score-label" />
              {[1, 2, 3, 4, 5].map((r) => (
                <span key={r} className="rfm-score-label">
                  R {r}
                </span>
              ))}
            </div>
          </div>
          <Text as="p" size="1" color="gray" align="center" mt="1">
            {t('rfm.recencyAxis')}
          </Text>
        </Box>
      </Flex>
    </section>
  );
}
