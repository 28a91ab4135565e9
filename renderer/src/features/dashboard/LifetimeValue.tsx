import { Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '@shared/domain/metrics';
import type { DashboardFormat } from './format';
import { Panel } from './Panel';

/**
 * The lifetime value of an average customer, the formula of shared/logic/clv.ts spelled out with the business's
 * own numbers, where the expected years come from, and the cap when it applied.
 */
export function LifetimeValue({ summary, format }: { summary: MetricsSummary; format: DashboardFormat }) {
  const { t } = useTranslation();
  const clv = summary.clv;
  const margin = format.percent(clv.grossMarginPercent / 100);
  const ready = clv.averageOrderValue !== null && clv.purchasesPerYear !== null;
  const value = ready ? clv.averageOrderValue! * clv.purchasesPerYear! * clv.expectedYears * (clv.grossMarginPercent / 100) : null;
  const years = format.number(clv.expectedYears, 1);
  return (
    <Panel title={t('dashboard.clv.title')} empty={ready ? null : t('dashboard.clv.notYet')}>
      <Flex direction="column" gap="2" data-testid="clv">
        <Text as="p" size="2">
          {t('dashboard.clv.intro')}
        </Text>
        <Text as="p" size="2" weight="medium" className="dashboard-formula">
          {t('dashboard.clv.formula', {
            order: format.money(clv.averageOrderValue ?? 0),
            perYear: format.number(clv.purchasesPerYear ?? 0, 1),
            years,
            margin,
            value: format.money(value ?? 0),
          })}
        </Text>
        <Text as="p" size="1" color="gray">
          {clv.yearlyRetentionRate === null
            ? t('dashboard.clv.noRetention', { years })
            : clv.capped
              ? t('dashboard.clv.capped', { years })
              : t('dashboard.clv.years', { years, retention: format.percent(clv.yearlyRetentionRate) })}
        </Text>
        {clv.averageHistoricValue !== null && (
          <Text as="p" size="1" color="gray">
            {t('dashboard.clv.historic', { value: format.money(clv.averageHistoricValue) })}
          </Text>
        )}
        <Text as="p" size="1" color="gray">
          {t('dashboard.clv.margin', { margin })}
        </Text>
      </Flex>
    </Panel>
  );
}
