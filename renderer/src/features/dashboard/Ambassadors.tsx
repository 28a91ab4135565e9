import { Button, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '@shared/domain/metrics';
import { useNavigation } from '../shell/navigation';
import type { DashboardFormat } from './format';
import { Panel } from './Panel';

const SHOWN = 5;

/** The customers who brought new ones in the period, most first, with what those new customers spent. */
export function Ambassadors({ summary, format }: { summary: MetricsSummary; format: DashboardFormat }) {
  const { t } = useTranslation();
  const { openCustomer } = useNavigation();
  const top = [...summary.ambassadors].sort((a, b) => b.referred - a.referred || b.referredRevenue - a.referredRevenue).slice(0, SHOWN);
  return (
    <Panel title={t('dashboard.ambassadors.title')} help={t('dashboard.ambassadors.help')} empty={top.length === 0 ? t('dashboard.ambassadors.empty') : null}>
      <ul className="dashboard-plain-list" data-testid="ambassadors">
        {top.map((a) => (
          <li key={a.customerId}>
            <Flex direction="column">
              <Button variant="ghost" size="2" className="dashboard-link" onClick={() => openCustomer(a.customerId)} aria-label={t('dashboard.ambassadors.open', { name: a.name })}>
                {a.name}
              </Button>
              <Text size="1" color="gray">
                {t('dashboard.ambassadors.referred', { count: a.referred })}, {t('dashboard.ambassadors.revenue', { revenue: format.money(a.referredRevenue) })}
              </Text>
            </Flex>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
