import { Badge, Button, Flex, Skeleton, Text } from '@radix-ui/themes';
import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionKind } from '@shared/domain/metrics';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useAttention } from '../../lib/queries';
import { useNavigation } from '../shell/navigation';
import { attentionReason } from './attentionReason';
import type { DashboardFormat } from './format';
import { Panel } from './Panel';

const KIND_COLOUR: Record<AttentionKind, 'red' | 'tomato' | 'pink' | 'purple' | 'amber' | 'orange' | 'gray'> = {
  cantLoseThem: 'red',
  atRisk: 'tomato',
  birthday: 'pink',
  anniversary: 'purple',
  noTouchpoint: 'amber',
  detractor: 'orange',
  leftCompany: 'gray',
};

const SHOWN = 8;

/** "Needs attention this week": who, why in words from the facts, and one click to their page. */
export function AttentionPanel({ asOf, format }: { asOf: string; format: DashboardFormat }) {
  const { t } = useTranslation();
  const attention = useAttention(asOf);
  const { openCustomer } = useNavigation();
  const [all, setAll] = useState(false);
  const title = t('dashboard.attention.title');
  if (attention.isPending) {
    return (
      <Panel title={title}>
        <Flex direction="column" gap="3">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height="40px" />
          ))}
        </Flex>
      </Panel>
    );
  }
  if (attention.isError) {
    return (
      <Panel title={title}>
        <ApiErrorCallout error={attention.error} lead={t('dashboard.attention.loadFailed')} icon={false} />
      </Panel>
    );
  }
  const items = attention.data.items;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Panel title={title} empty={items.length === 0 ? t('dashboard.attention.empty') : null} className="dashboard-attention">
      <ul className="dashboard-attention-list" data-testid="attention-list">
        {shown.map((item) => (
          <li key={`${item.kind}-${item.customerId}`} className="dashboard-attention-item">
            <Flex direction="column" gap="1" minWidth="0" flexGrow="1">
              <Flex gap="2" align="center" wrap="wrap">
                <Text size="2" weight="medium">
                  {item.name}
                </Text>
                <Badge color={KIND_COLOUR[item.kind]} variant="soft" size="1">
                  {t(`dashboard.attention.kinds.${item.kind}`)}
                </Badge>
              </Flex>
              <Text size="1" color="gray">
                {attentionReason(item, t, format.money)}
              </Text>
            </Flex>
            <Button size="1" variant="soft" onClick={() => openCustomer(item.customerId)} aria-label={t('dashboard.attention.openLabel', { name: item.name })}>
              {t('dashboard.attention.open')}
              <ChevronRight size={14} aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      {!all && items.length > SHOWN && (
        <Button variant="ghost" size="1" onClick={() => setAll(true)} style={{ alignSelf: 'flex-start' }}>
          {t('dashboard.attention.more', { count: items.length - SHOWN })}
        </Button>
      )}
    </Panel>
  );
}
