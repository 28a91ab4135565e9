import { Badge, Box, Button, Card, DataList, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { addMonths, format, parseISO, subMonths } from 'date-fns';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramStanding } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCampaigns, useProgramStanding, useTouches } from '../../lib/queries';
import { formatDate, formatNumber } from '../customers/format';
import { localToday } from '../dashboard/period';
import { CHANNEL_ICONS, planIndex, TOUCH_STATUS_COLOURS } from './words';
import './campaigns.css';

const SHOWN = 8;

/** A customer's campaign touches over the last 3 months and the next 12: status, day, plan and step, channel. */
export function PlannedContactsCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const today = useMemo(() => localToday(new Date()), []);
  const range = useMemo(() => {
    const d = parseISO(today);
    return { from: format(subMonths(d, 3), 'yyyy-MM-dd'), to: format(addMonths(d, 12), 'yyyy-MM-dd') };
  }, [today]);
  const touches = useTouches({ ...range, customerId, limit: 500 });
  const campaigns = useCampaigns();
  const index = useMemo(() => planIndex(campaigns.data, t('campaigns.report.unknownStep')), [campaigns.data, t]);
  const [all, setAll] = useState(false);
  const list = touches.data?.touches ?? [];
  // the next ones first: what is coming matters most; then the recent past
  const ordered = useMemo(() => [...list.filter((x) => x.date >= today), ...list.filter((x) => x.date < today).reverse()], [list, today]);
  const shown = all ? ordered : ordered.slice(0, SHOWN);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-planned-heading" data-testid="customer-planned">
        <Heading as="h2" size="4" id="customer-planned-heading" mb="1">
          {t('campaigns.customer.planned.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="3">
          {t('campaigns.customer.planned.hint')}
        </Text>
        {touches.isPending ? (
          <Spinner />
        ) : touches.error ? (
          <ApiErrorCallout error={touches.error} title={t('campaigns.customer.planned.failed')} />
        ) : ordered.length === 0 ? (
          <Text size="2" color="gray">
            {t('campaigns.customer.planned.none')}
          </Text>
        ) : (
          <>
            <ul className="campaigns-plain-list campaigns-planned">
              {shown.map((touch) => {
                const Icon = CHANNEL_ICONS[touch.channel];
                return (
                  <li key={touch.id} data-status={touch.status}>
                    <Box pt="1">
                      <Icon size={16} aria-label={t(`campaigns.channels.${touch.channel}`)} />
                    </Box>
                    <Box flexGrow="1" minWidth="0">
                      <Text as="div" size="2" weight="medium">
                        {index.label(touch.campaignId, touch.stepId)}
                      </Text>
                      <Text as="div" size="1" color="gray">
                        <time dateTime={touch.date}>{formatDate(touch.date, locale)}</time> · {t(`campaigns.channels.${touch.channel}`)}
                        {touch.date !== touch.triggerDate && ` · ${t('campaigns.customer.planned.moved', { date: formatDate(touch.triggerDate, locale) })}`}
                        {touch.status === 'skipped' && touch.note && ` · ${touch.note}`}
                      </Text>
                    </Box>
                    <Badge color={TOUCH_STATUS_COLOURS[touch.status]} variant="soft">
                      {t(`campaigns.touchStatuses.${touch.status}`)}
                    </Badge>
                  </li>
                );
              })}
            </ul>
            {!all && ordered.length > SHOWN && (
              <Button mt="2" size="1" variant="soft" color="gray" onClick={() => setAll(true)}>
                {t('campaigns.customer.planned.more', { count: ordered.length })}
              </Button>
            )}
          </>
        )}
      </section>
    </Card>
  );
}

/** A customer's stamps, points or tier in each program that keeps a balance, and what the next reward needs. */
export function CustomerProgramsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const today = useMemo(() => localToday(new Date()), []);
  const standing = useProgramStanding(customerId, today);
  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-programs-heading" data-testid="customer-programs">
        <Heading as="h2" size="4" id="customer-programs-heading" mb="1">
          {t('campaigns.customer.programs.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="3">
          {t('campaigns.customer.programs.hint')}
        </Text>
        {standing.isPending ? (
          <Spinner />
        ) : standing.error ? (
          <ApiErrorCallout error={standing.error} title={t('campaigns.customer.programs.failed')} />
        ) : standing.data.length === 0 ? (
          <Text size="2" color="gray">
            {t('campaigns.customer.programs.none')}
          </Text>
        ) : (
          <DataList.Root size="2" orientation="vertical">
            {standing.data.map((s) => (
              <Standing key={s.programId} standing={s} />
            ))}
          </DataList.Root>
        )}
      </section>
    </Card>
  );
}

function Standing({ standing: s }: { standing: ProgramStanding }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const balance =
    s.type === 'stampCard'
      ? t('campaigns.customer.programs.stamps', { count: s.balance, formatted: formatNumber(s.balance, locale) })
      : s.type === 'points'
        ? t('campaigns.customer.programs.points', { count: s.balance })
        : s.tier
          ? t('campaigns.customer.programs.tier', { tier: s.tier })
          : t('campaigns.customer.programs.noTier');
  return (
    <DataList.Item>
      <DataList.Label>
        <Flex gap="2" align="center">
          {s.programName}
          <Badge variant="soft" color="gray">
            {t(`campaigns.customer.programs.types.${s.type}`)}
          </Badge>
        </Flex>
      </DataList.Label>
      <DataList.Value>
        <Flex direction="column" gap="1">
          <Text size="3" weight="bold" className="customers-number">
            {balance}
          </Text>
          {s.toNext !== null && s.next && (
            <Text size="2">{t('campaigns.customer.programs.toNext', { count: s.toNext, next: s.next })}</Text>
          )}
          {s.rewardsEarned > 0 && (
            <Text size="1" color="gray">
              {t('campaigns.customer.programs.rewards', { count: s.rewardsEarned })}
            </Text>
          )}
        </Flex>
      </DataList.Value>
    </DataList.Item>
  );
}
