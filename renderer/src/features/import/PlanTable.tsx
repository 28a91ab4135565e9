import { Badge, Flex, Select, Table, Text } from '@radix-ui/themes';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportPlanRow, ImportPreview } from '@shared/domain/import';

/** What an import will do (and did), row by row: the counts per action and the rows behind them. */

type Action = ImportPlanRow['action'];

const ACTIONS: Action[] = ['create', 'update', 'merge', 'skip', 'error'];
const ACTION_COLORS = { create: 'green', update: 'blue', merge: 'violet', skip: 'gray', error: 'red' } as const;
const COUNT_OF: Record<Action, keyof ImportPreview['counts']> = { create: 'created', update: 'updated', merge: 'merged', skip: 'skipped', error: 'failed' };
/** Rendering more rows than this makes the dialog slow on big files; the filter reaches the rest. */
const ROW_LIMIT = 500;

/** Purchases are booked, skipped or refused, or are further lines of an order (merge); they are never updated. */
const PURCHASE_ACTIONS: Action[] = ['create', 'merge', 'skip', 'error'];

export function PlanCounts({ counts, kind, done = false }: { counts: ImportPreview['counts']; kind: ImportPreview['kind']; done?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex gap="2" wrap="wrap" mb="3" role="group" aria-label={t('import.planLabel')}>
      {(kind === 'purchases' ? PURCHASE_ACTIONS : ACTIONS).map((action) => {
        const key = COUNT_OF[action];
        const count = counts[key];
        return (
          <Badge key={action} size="3" color={count === 0 ? 'gray' : ACTION_COLORS[action]} variant={count === 0 ? 'outline' : 'soft'} data-testid={`import-count-${key}`}>
            {kind === 'purchases' && key === 'created'
              ? t(done ? 'import.counts.purchasesBooked' : 'import.counts.purchases', { count })
              : kind === 'purchases' && key === 'merged'
                ? t('import.countsOrderLines', { count })
                : t(`import.counts.${key}`, { count })}
          </Badge>
        );
      })}
    </Flex>
  );
}

/** The plan's rows; the engine sends up to 500 of each kind, the counts say how many there are in all. */
export function PlanRows({ rows, counts }: { rows: ImportPlanRow[]; counts: ImportCounts }) {
  const { t } = useTranslation();
  const ids = useId();
  const [filter, setFilter] = useState<'all' | Action>('all');
  const sorted = useMemo(() => [...rows].sort((a, b) => a.line - b.line), [rows]);
  const shown = filter === 'all' ? sorted : sorted.filter((row) => row.action === filter);
  const present = new Set(rows.map((row) => row.action));

  return (
    <>
      {rows.length > 10 && (
        <Flex align="center" gap="2" mb="2">
          <Text as="label" size="2" id={`${ids}-show`}>
            {t('import.show')}
          </Text>
          <Select.Root value={filter} onValueChange={(value) => setFilter(value as typeof filter)} size="1">
            <Select.Trigger aria-labelledby={`${ids}-show`} />
            <Select.Content position="popper">
              <Select.Item value="all">{t('import.showAll')}</Select.Item>
              {ACTIONS.filter((action) => present.has(action)).map((action) => (
                <Select.Item key={action} value={action}>
                  {t(`import.showOnly.${action}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Flex>
      )}
      <div className="import-rows" role="region" aria-label={t('import.rowsLabel')}>
        <Table.Root size="1" variant="surface">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell className="import-col-line">{t('import.line')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell className="import-col-action">{t('import.action')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('import.customer')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('import.reason')}</Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.slice(0, ROW_LIMIT).map((row, i) => (
              <Table.Row key={`${row.line}-${i}`} className={row.action === 'error' ? 'import-row-error' : undefined} data-action={row.action}>
                <Table.RowHeaderCell className="import-col-line">{row.line}</Table.RowHeaderCell>
                <Table.Cell>
                  <Badge color={ACTION_COLORS[row.action]} variant={row.action === 'error' ? 'solid' : 'soft'}>
                    {t(`import.actions.${row.action}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {row.name || row.email ? (
                    <>
                      <Text weight="medium">{row.name || row.email}</Text>
                      {row.name && row.email && (
                        <Text color="gray" size="1">
                          {' '}
                          · {row.email}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text color="gray">{t('import.noName')}</Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {row.problems && row.problems.length > 1 ? (
                    <ul className="import-problems" aria-label={t('import.problemsLabel')}>
                      {row.problems.map((problem) => (
                        <li key={problem}>
                          <Text color="red">{problem}</Text>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Text color={row.action === 'error' ? 'red' : undefined}>{row.reason}</Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
            {shown.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={4}>
                  <Text color="gray">{t('import.noRows')}</Text>
                </Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table.Root>
        {(() => {
          const total = filter === 'all' ? Object.values(counts).reduce((a, b) => a + b, 0) : counts[COUNT_OF[filter]];
          const hidden = total - Math.min(shown.length, ROW_LIMIT);
          return hidden > 0 ? (
            <Text as="p" size="2" color="gray" mt="2">
              {t('import.more', { count: hidden })}
            </Text>
          ) : null;
        })()}
      </div>
    </>
  );
}
