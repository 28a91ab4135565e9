import { Box, Flex, Heading, Tabs, Text } from '@radix-ui/themes';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Campaign } from '@shared/domain/campaign';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { useCampaigns, useLastSchedule, useProfile, useScheduleCampaigns } from '../../lib/queries';
import { localToday } from '../dashboard/period';
import { type CampaignsIntent, useNavigation } from '../shell/navigation';
import { CalendarTab } from './CalendarTab';
import { PlansTab } from './PlansTab';
import { PolicyPanel } from './PolicyPanel';
import { ScheduleReport } from './ScheduleReport';
import { ThisWeekTab } from './ThisWeekTab';
import './campaigns.css';

type Tab = CampaignsIntent['tab'];

/** The last intent acted on: the Shell keeps it, and a later visit to the section must not act on it again. */
let consumedNonce: number | null = null;
const fresh = (intent: CampaignsIntent | null): intent is CampaignsIntent => intent !== null && intent.nonce !== consumedNonce;

/**
 * The Campaigns section: plans and their editor, the contact-pressure report of the last schedule, the calendar,
 * this week's touches and the contact policy. "Today" is the renderer's local date, sent with every request.
 */
export function CampaignsScreen({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const { campaignsIntent } = useNavigation();
  const profile = useProfile();
  const currency = profile.data?.currency ?? info.profile.currency;
  const today = useMemo(() => localToday(new Date()), []);
  const campaigns = useCampaigns();
  const schedule = useScheduleCampaigns();
  const last = useLastSchedule();
  const [tab, setTab] = useState<Tab>(fresh(campaignsIntent) ? campaignsIntent.tab : 'plans');
  const [editing, setEditing] = useState<string | null>(null);
  const [reportOpen, setReportOpen] = useState(false);

  useEffect(() => {
    if (!fresh(campaignsIntent)) return;
    consumedNonce = campaignsIntent.nonce;
    setTab(campaignsIntent.tab);
  }, [campaignsIntent]);

  /** One plan (even a draft: to see what it would plan), or every active plan together. */
  const run = (plan: Campaign | null) =>
    schedule.mutate(plan ? { campaignId: plan.id, asOf: today } : { asOf: today }, {
      onSuccess: (answer) => {
        setReportOpen(true);
        setEditing(null);
        setTab('plans');
        // the report is at the top of the plans: show it (a plan was perhaps scheduled from far down its editor)
        void document.querySelector('main')?.scrollTo({ top: 0 });
        toast.success(t('campaigns.schedule.done', { count: answer.planned }), plan && plan.status !== 'active' ? { description: t('campaigns.schedule.inactive', { name: plan.name }) } : undefined);
      },
      onError: (error) => toast.error(t('campaigns.schedule.failed'), { description: error.message }),
    });

  return (
    <Box px="6" pt="5" pb="6" data-testid="campaigns-screen">
      <Heading as="h1" size="7" mb="1">
        {t('campaigns.title')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="4" style={{ maxWidth: 760 }}>
        {t('campaigns.intro')}
      </Text>
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as Tab)}>
        <Tabs.List aria-label={t('campaigns.tabs.label')}>
          <Tabs.Trigger value="plans">{t('campaigns.tabs.plans')}</Tabs.Trigger>
          <Tabs.Trigger value="calendar">{t('campaigns.tabs.calendar')}</Tabs.Trigger>
          <Tabs.Trigger value="week">{t('campaigns.tabs.week')}</Tabs.Trigger>
          <Tabs.Trigger value="policy">{t('campaigns.tabs.policy')}</Tabs.Trigger>
        </Tabs.List>
        <Box pt="4">
          {/* kept mounted while another tab shows: a plan being edited keeps its unsaved changes */}
          <Tabs.Content value="plans" forceMount hidden={tab !== 'plans'}>
            <Flex direction="column" gap="5">
              {reportOpen && last && editing === null && <ScheduleReport answer={last} campaigns={campaigns.data} currency={currency} onClose={() => setReportOpen(false)} />}
              <PlansTab today={today} currency={currency} scheduling={schedule.isPending} onSchedule={run} editing={editing} onEdit={setEditing} />
            </Flex>
          </Tabs.Content>
          <Tabs.Content value="calendar">
            <CalendarTab today={today} schedule={last} campaigns={campaigns.data} />
          </Tabs.Content>
          <Tabs.Content value="week">
            <ThisWeekTab today={today} campaigns={campaigns.data} />
          </Tabs.Content>
          <Tabs.Content value="policy">
            <PolicyPanel onReschedule={() => run(null)} rescheduling={schedule.isPending} />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
    </Box>
  );
}
