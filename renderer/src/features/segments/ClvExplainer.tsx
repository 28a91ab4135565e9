import { Card, Heading, Spinner, Table, Text } from '@radix-ui/themes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmScoresResponse } from '@shared/domain/rfm';
import { MAX_EXPECTED_YEARS } from '@shared/logic/clv';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useMetricsSummary, useSegmentMembers, useSegments } from '../../lib/queries';
import { averages, type GroupTotal, yearBefore } from './rfmStats';
import { majorMoney } from './words';

/**
 * Lifetime value explained with the business's own numbers: the formulas of shared/logic/clv.ts filled in with
 * its gross margin, retention over the year to the scores' date, average order and purchases a year
 * (metrics.summary's `clv`), then the averages per RFM group and per saved segment.
 */
export function ClvExplainer({ scores, groups, currency }: { scores: RfmScoresResponse; groups: readonly GroupTotal[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const words = { t, locale, currency };
  const money = (n: number | null) => (n === null ? '–' : majorMoney(n, words));
  const number = (n: number, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  const summary = useMetricsSummary({ from: yearBefore(scores.asOf), to: scores.asOf });
  const clv = summary.data?.clv;
  const buyers = scores.customers;
  const averageSpent = buyers.length ? buyers.reduce((s, c) => s + c.spent, 0) / buyers.length : 0;

  return (
    <Card size="3" asChild>
      <section aria-labelledby="clv-heading" className="clv-explainer" data-testid="clv-explainer">
        <Heading as="h2" size="4" id="clv-heading" mb="1">
          {t('rfm.clv.title')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="3">
          {t('rfm.clv.intro')}
        </Text>
        {summary.error && <ApiErrorCallout error={summary.error} />}
        {summary.isPending && !summary.error && (
          <Text size="2" color="gray">
            <Spinner size="1" /> {t('rfm.clv.loading')}
          </Text>
        )}
        {clv && (
          <dl className="clv-formulas">
            <dt>{t('rfm.clv.historic')}</dt>
            <dd>
              {t('rfm.clv.historicExample', { spent: money(averageSpent), margin: number(clv.grossMarginPercent), value: money((averageSpent * clv.grossMarginPercent) / 100) })}
            </dd>
            <dt>{t('rfm.clv.years')}</dt>
            <dd>
              {clv.yearlyRetentionRate === null
                ? t('rfm.clv.yearsUnknown')
                : `${t('rfm.clv.yearsExample', {
                    retention: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(clv.yearlyRetentionRate),
                    rate: number(clv.yearlyRetentionRate, 2),
                    years: number(clv.expectedYears),
                  })}${clv.capped ? ` (${t('rfm.clv.yearsCapped', { max: MAX_EXPECTED_YEARS })})` : ''}`}
            </dd>
            <dt>{t('rfm.clv.predicted')}</dt>
            <dd>
              {t('rfm.clv.predictedExample', {
                aov: money(clv.averageOrderValue),
                perYear: number(clv.purchasesPerYear ?? 0),
                years: number(clv.expectedYears),
                margin: number(clv.grossMarginPercent),
                value: money(((clv.averageOrderValue ?? 0) * (clv.purchasesPerYear ?? 0) * clv.expectedYears * clv.grossMarginPercent) / 100),
                average: money(clv.averagePredictedValue),
              })}
            </dd>
          </dl>
        )}
        {clv && (
          <Text as="p" size="1" color="gray" mt="1">
            {t('rfm.clv.marginHint', { margin: number(clv.grossMarginPercent) })}
          </Text>
        )}
        <AverageTable title={t('rfm.clv.byGroup')} rows={groups.filter((g) => g.customers > 0).map((g) => ({ key: g.group, name: t(`rfm.groups.${g.group}`), ...g }))} money={money} />
        <SegmentAverages scores={scores} money={money} />
      </section>
    </Card>
  );
}

interface AverageRow {
  key: string;
  name: string;
  customers: number;
  averageHistoric: number | null;
  averagePredicted: number | null;
}

function AverageTable({ title, rows, money }: { title: string; rows: AverageRow[]; money: (n: number | null) => string }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <>
      <Heading as="h3" size="2" mt="4" mb="1">
        {title}
      </Heading>
      <Table.Root size="1" variant="ghost">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('rfm.clv.columns.name')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('rfm.clv.columns.customers')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('rfm.clv.columns.historic')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('rfm.clv.columns.predicted')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.RowHeaderCell>{row.name}</Table.RowHeaderCell>
              <Table.Cell justify="end" className="customers-number">
                {new Intl.NumberFormat(i18n.language).format(row.customers)}
              </Table.Cell>
              <Table.Cell justify="end" className="customers-number">
                {money(row.averageHistoric)}
              </Table.Cell>
              <Table.Cell justify="end" className="customers-number">
                {money(row.averagePredicted)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </>
  );
}

/** Per saved segment: the average over its members who have bought (those who have not have no value to average). */
function SegmentAverages({ scores, money }: { scores: RfmScoresResponse; money: (n: number | null) => string }) {
  const { t } = useTranslation();
  const segments = useSegments();
  const list = segments.data ?? [];
  const members = useSegmentMembers(list.map((s) => s.id));
  const byId = useMemo(() => new Map(scores.customers.map((c) => [c.customerId, c])), [scores.customers]);
  const rows: AverageRow[] = list.flatMap((segment, i) => {
    const ids = members[i]?.data?.ids;
    if (!ids) return [];
    const scored = ids.flatMap((id) => byId.get(id) ?? []);
    return [{ key: segment.id, name: segment.name, customers: scored.length, ...averages(scored) }];
  });
  return <AverageTable title={t('rfm.clv.bySegment')} rows={rows} money={money} />;
}
