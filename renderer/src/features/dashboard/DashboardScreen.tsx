import { Box, Callout, Flex, Grid, Heading, Skeleton, Text } from '@radix-ui/themes';
import { Info } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '@shared/domain/metrics';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useMetricsSummary } from '../../lib/queries';
import { Ambassadors } from './Ambassadors';
import { AttentionPanel } from './AttentionPanel';
import { CohortTable } from './CohortTable';
import { DashboardEmpty } from './DashboardEmpty';
import { type DashboardFormat, useDashboardFormat } from './format';
import { LifetimeValue } from './LifetimeValue';
import { NpsChart } from './NpsChart';
import { localToday, type Period, type PeriodPreset, presetPeriod, previousPeriod } from './period';
import { PeriodPicker } from './PeriodPicker';
import { RevenueChart } from './RevenueChart';
import { RfmGroupChart } from './RfmGroupChart';
import { Tiles } from './Tiles';
import './dashboard.css';

/** Below this many buyers ever, the figures are shown with a word that they are a first look. */
const FEW_BUYERS = 20;

/**
 * The workspace's home screen: the figures of a period against the period before (metrics.summary twice), the
 * charts, and who needs attention this week. Today is the renderer's; the requests carry the dates.
 */
export function DashboardScreen() {
  const { t } = useTranslation();
  const today = useMemo(() => localToday(new Date()), []);
  const [preset, setPreset] = useState<PeriodPreset>('last12Months');
  const [custom, setCustom] = useState<Period>(() => presetPeriod('last12Months', today)!);
  const period = presetPeriod(preset, today) ?? custom;
  const before = previousPeriod(period);
  const current = useMetricsSummary(period);
  const previous = useMetricsSummary(before);
  const format = useDashboardFormat(current.data?.currency ?? 'EUR');

  return (
    <Box className="dashboard" px={{ initial: '4', sm: '6' }} py="6">
      <Flex justify="between" align="start" gap="4" wrap="wrap" mb="4">
        <Flex direction="column" gap="1">
          <Heading as="h1" size="7">
            {t('dashboard.title')}
          </Heading>
          <Text size="2" color="gray" data-testid="dashboard-range">
            {t('dashboard.period.range', { from: format.date(period.from), to: format.date(period.to) })}{' '}
            {t('dashboard.period.comparedWith', { from: format.date(before.from), to: format.date(before.to) })}
          </Text>
        </Flex>
        <PeriodPicker preset={preset} custom={custom} onPreset={setPreset} onCustom={setCustom} />
      </Flex>

      {current.isError ? (
        <ApiErrorCallout error={current.error} lead={t('dashboard.loadFailed')} />
      ) : current.isPending ? (
        <DashboardLoading />
      ) : (
        <DashboardBody summary={current.data} previous={previous.data} today={today} format={format} />
      )}
    </Box>
  );
}

function DashboardBody({ summary, previous, today, format }: { summary: MetricsSummary; previous: MetricsSummary | undefined; today: string; format: DashboardFormat }) {
  const { t } = useTranslation();
  if (summary.customers === 0) return <DashboardEmpty reason="noCustomers" />;
  const buyersEver = summary.byRfmGroup.reduce((sum, row) => sum + row.customers, 0);
  if (buyersEver === 0) return <DashboardEmpty reason="noPurchases" />;
  return (
    <Flex direction="column" gap="4">
      {buyersEver < FEW_BUYERS && (
        <Callout.Root color="blue" variant="surface" data-testid="dashboard-few-buyers">
          <Callout.Icon>
            <Info size={16} />
          </Callout.Icon>
          <Callout.Text>{t('dashboard.empty.fewBuyers', { count: buyersEver })}</Callout.Text>
        </Callout.Root>
      )}
      {summary.unconvertedCurrencies.length > 0 && (
        <Callout.Root color="amber" variant="surface">
          <Callout.Text>{t('dashboard.unconverted', { currencies: summary.unconvertedCurrencies.join(', ') })}</Callout.Text>
        </Callout.Root>
      )}
      <Tiles current={summary} previous={previous} format={format} />
      <div className="dashboard-body">
        <div className="dashboard-main">
          <RevenueChart current={summary} previous={previous} format={format} />
          <div className="dashboard-pair">
            <RfmGroupChart summary={summary} format={format} />
            <NpsChart summary={summary} format={format} />
          </div>
          <CohortTable summary={summary} format={format} />
        </div>
        <aside className="dashboard-side">
          <AttentionPanel asOf={today} format={format} />
          <LifetimeValue summary={summary} format={format} />
          <Ambassadors summary={summary} format={format} />
        </aside>
      </div>
    </Flex>
  );
}

function DashboardLoading() {
  const { t } = useTranslation();
  return (
    <Flex direction="column" gap="4" aria-busy="true" aria-label={t('dashboard.loading')} data-testid="dashboard-loading">
      <Grid columns={{ initial: '2', sm: '3', md: '5' }} gap="3">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} height="96px" />
        ))}
      </Grid>
      <Skeleton height="280px" />
      <Grid columns={{ initial: '1', md: '2' }} gap="3">
        <Skeleton height="240px" />
        <Skeleton height="240px" />
      </Grid>
    </Flex>
  );
}
