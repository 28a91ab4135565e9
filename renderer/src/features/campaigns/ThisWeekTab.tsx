import { Badge, Box, Button, Callout, Card, Dialog, Flex, Heading, Select, Spinner, Text, TextField } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { CalendarCheck, Check, FileText } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Campaign, Touch } from '@shared/domain/campaign';
import type { DocumentExportAnswer, DocumentKind } from '@shared/domain/document';
import type { ProgramChannel } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { type ApiError, call } from '../../lib/api';
import { announceExport } from '../../lib/exported';
import { useCompleteTouches, useDueTouches, useReopenTouches, useTemplates } from '../../lib/queries';
import { formatDate } from '../customers/format';
import { DOCUMENT_TEMPLATE_KINDS } from '../documents/kinds';
import { JobProgress } from '../import/JobProgress';
import { CustomerLink } from './ScheduleReport';
import { CHANNEL_ICONS, dayWithWeekday, planIndex, type PlanIndex } from './words';

/** Which document each channel hands off to (the Documents section's pipeline); the others are done by hand. */
const HANDOFF: Partial<Record<ProgramChannel, DocumentKind>> = { letter: 'letters', gift: 'giftCards', phone: 'callList' };
const ORDER: ProgramChannel[] = ['letter', 'gift', 'phone', 'email', 'visit', 'event'];

/**
 * The touches due in the next 7 days (and overdue ones), by channel: letters, gift cards and a call list handed off
 * as documents in one click; each touch done or skipped (with a reason), or all of a channel at once, with undo.
 */
export function ThisWeekTab({ today, campaigns }: { today: string; campaigns: Campaign[] | undefined }) {
  const { t } = useTranslation();
  const due = useDueTouches(today, 7);
  const index = useMemo(() => planIndex(campaigns, t('campaigns.report.unknownStep')), [campaigns, t]);
  const groups = useMemo(() => {
    const map = new Map<ProgramChannel, Touch[]>();
    for (const touch of due.data ?? []) {
      const list = map.get(touch.channel);
      if (list) list.push(touch);
      else map.set(touch.channel, [touch]);
    }
    return ORDER.filter((c) => map.has(c)).map((c) => ({ channel: c, touches: map.get(c)! }));
  }, [due.data]);

  return (
    <section aria-labelledby="week-heading" data-testid="this-week">
      <Heading as="h2" size="5" id="week-heading">
        {t('campaigns.week.title')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="4">
        {t('campaigns.week.hint')}
      </Text>
      {due.isPending ? (
        <Spinner />
      ) : due.error ? (
        <ApiErrorCallout error={due.error} title={t('campaigns.week.loadFailed')} />
      ) : groups.length === 0 ? (
        <Callout.Root color="gray" variant="surface">
          <Callout.Icon>
            <CalendarCheck size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('campaigns.week.empty')}</Text> {t('campaigns.week.emptyHint')}
          </Callout.Text>
        </Callout.Root>
      ) : (
        <Flex direction="column" gap="4">
          {groups.map((group) => (
            <ChannelGroup key={group.channel} channel={group.channel} touches={group.touches} today={today} index={index} />
          ))}
        </Flex>
      )}
    </section>
  );
}

/** Undo of a done or skip: the touches are planned again (and their touchpoints removed). */
function useCompleteWithUndo() {
  const { t } = useTranslation();
  const complete = useCompleteTouches();
  const reopen = useReopenTouches();
  const run = (ids: string[], outcome: 'done' | 'skipped', date: string, note = '', after?: () => void) =>
    complete.mutate(
      { ids, outcome, date, note },
      {
        onSuccess: ({ updated }) => {
          after?.();
          toast.success(t(outcome === 'done' ? 'campaigns.week.marked' : 'campaigns.week.skipped', { count: updated }), {
            duration: 10_000,
            action: { label: t('campaigns.week.undo'), onClick: () => reopen.mutate({ ids }, { onSuccess: () => toast.success(t('campaigns.week.reopened')) }) },
          });
        },
        onError: (error) => toast.error(t('campaigns.week.failed'), { description: error.message }),
      },
    );
  return { run, pending: complete.isPending };
}

function ChannelGroup({ channel, touches, today, index }: { channel: ProgramChannel; touches: Touch[]; today: string; index: PlanIndex }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const Icon = CHANNEL_ICONS[channel];
  const { run, pending } = useCompleteWithUndo();
  const [skipping, setSkipping] = useState<Touch | null>(null);
  const kind = HANDOFF[channel];
  // one hand-off per template the steps name (a step without a fitting one asks for one)
  const batches = useMemo(() => {
    const map = new Map<string, Touch[]>();
    for (const touch of touches) {
      const key = touch.templateId ?? '';
      const list = map.get(key);
      if (list) list.push(touch);
      else map.set(key, [touch]);
    }
    return [...map.entries()].map(([templateId, list]) => ({ templateId, touches: list }));
  }, [touches]);
  const channelWord = t(`campaigns.channelsPlural.${channel}`).toLocaleLowerCase(locale);

  return (
    <Card size="3" asChild>
      <section aria-label={t(`campaigns.channelsPlural.${channel}`)} data-testid="week-group" data-channel={channel}>
        <Flex justify="between" align="center" gap="3" mb="3" wrap="wrap">
          <Flex align="center" gap="2">
            <Flex className="campaigns-channel-icon" align="center" justify="center" aria-hidden>
              <Icon size={16} />
            </Flex>
            <Heading as="h3" size="4">
              {t(`campaigns.channelsPlural.${channel}`)}
            </Heading>
            <Badge variant="soft" color="gray">
              {touches.length}
            </Badge>
          </Flex>
          <Button variant="soft" loading={pending} onClick={() => run(touches.map((x) => x.id), 'done', today)}>
            <Check size={16} aria-hidden /> {t('campaigns.week.markAllNamed', { count: touches.length, channel: channelWord })}
          </Button>
        </Flex>
        {kind && (
          <Flex direction="column" gap="2" mb="3">
            {batches.map((batch) => (
              <HandOff key={batch.templateId || 'none'} kind={kind} templateId={batch.templateId} touches={batch.touches} today={today} />
            ))}
          </Flex>
        )}
        <ul className="campaigns-due-list">
          {touches.map((touch) => {
            const overdue = touch.date < today;
            return (
              <li key={touch.id} data-testid="due-touch">
                <Box className="campaigns-due-date">
                  <time dateTime={touch.date} title={formatDate(touch.date, locale)}>
                    {touch.date === today ? t('campaigns.calendar.today') : dayWithWeekday(touch.date, locale)}
                  </time>
                  {overdue && (
                    <Badge color="red" variant="soft" ml="1">
                      {t('campaigns.week.overdue')}
                    </Badge>
                  )}
                </Box>
                <Box flexGrow="1" minWidth="0">
                  <CustomerLink id={touch.customerId} name={touch.customerName} />
                  <Text as="div" size="1" color="gray">
                    {index.label(touch.campaignId, touch.stepId)}
                  </Text>
                </Box>
                <Flex gap="2">
                  <Button size="1" variant="soft" color="green" disabled={pending} aria-label={t('campaigns.week.doneNamed', { name: touch.customerName })} onClick={() => run([touch.id], 'done', today)}>
                    <Check size={14} aria-hidden /> {t('campaigns.week.done')}
                  </Button>
                  <Button size="1" variant="soft" color="gray" aria-label={t('campaigns.week.skipNamed', { name: touch.customerName })} onClick={() => setSkipping(touch)}>
                    {t('campaigns.week.skip')}
                  </Button>
                </Flex>
              </li>
            );
          })}
        </ul>
        {skipping && (
          <SkipDialog
            touch={skipping}
            step={index.label(skipping.campaignId, skipping.stepId)}
            pending={pending}
            onClose={() => setSkipping(null)}
            onSkip={(note) => run([skipping.id], 'skipped', today, note, () => setSkipping(null))}
          />
        )}
      </section>
    </Card>
  );
}

/** One click to the document for these touches' customers: letters, gift cards or a call list, from the step's template. */
function HandOff({ kind, templateId, touches, today }: { kind: DocumentKind; templateId: string; touches: Touch[]; today: string }) {
  const { t } = useTranslation();
  const templates = useTemplates();
  const fitting = (templates.data ?? []).filter((tpl) => DOCUMENT_TEMPLATE_KINDS[kind].includes(tpl.kind));
  const stepTemplate = fitting.find((tpl) => tpl.id === templateId);
  const [chosen, setChosen] = useState('');
  const template = stepTemplate ?? fitting.find((tpl) => tpl.id === chosen);
  const customerIds = [...new Set(touches.map((x) => x.customerId))];
  const action = t(`campaigns.week.handoff.${kind}`);
  const [answer, setAnswer] = useState<DocumentExportAnswer | null>(null);
  const exportDocument = useMutation<DocumentExportAnswer | null, ApiError>({
    mutationFn: () => call('documents.export', { kind, templateId: template!.id, recipients: { customerIds }, date: today, cutMarks: true }),
    onSuccess: (done) => {
      if (!done) return;
      setAnswer(done);
      void announceExport(t, t('campaigns.week.handoff.created', { count: done.documents }), done);
    },
  });

  return (
    <Flex direction="column" gap="2" className="campaigns-handoff">
      <Flex gap="3" align="end" wrap="wrap">
        {!stepTemplate && (
          <Box minWidth="240px">
            <Field id={`handoff-${kind}-${templateId || 'none'}`} label={t('campaigns.week.handoff.chooseTemplate', { what: action.toLocaleLowerCase() })} warning={templates.data && fitting.length === 0 ? t('campaigns.week.handoff.noTemplate') : null}>
              <Select.Root value={chosen || undefined} onValueChange={setChosen}>
                <Select.Trigger id={`handoff-${kind}-${templateId || 'none'}`} placeholder={t('documents.templatePlaceholder')} />
                <Select.Content position="popper">
                  {fitting.map((tpl) => (
                    <Select.Item key={tpl.id} value={tpl.id}>
                      {tpl.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Field>
          </Box>
        )}
        <Button disabled={!template} loading={exportDocument.isPending} onClick={() => exportDocument.mutate()}>
          <FileText size={16} aria-hidden /> {t('campaigns.week.handoff.count', { action, count: customerIds.length })}
        </Button>
        {stepTemplate && (
          <Text size="2" color="gray">
            {t('campaigns.week.handoff.with', { template: stepTemplate.name })}
          </Text>
        )}
      </Flex>
      {exportDocument.isPending && (
        <JobProgress
          jobId="documents.export"
          waiting={t('campaigns.week.handoff.progress.waiting')}
          counting={(done, total) => t('campaigns.week.handoff.progress.counting', { done, total })}
          label={t('campaigns.week.handoff.progress.label')}
          stop={t('campaigns.week.handoff.progress.stop')}
        />
      )}
      {exportDocument.error && <ApiErrorCallout error={exportDocument.error} title={t('campaigns.week.handoff.failed')} />}
      {answer && answer.excluded.length > 0 && (
        <Text size="1" color="amber" role="status">
          {t('campaigns.week.handoff.excluded', { count: answer.excluded.length })} {answer.excluded.map((x) => x.name).join(', ')}
        </Text>
      )}
    </Flex>
  );
}

function SkipDialog({ touch, step, pending, onClose, onSkip }: { touch: Touch; step: string; pending: boolean; onClose: () => void; onSkip: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const error = note.trim() === '' ? t('campaigns.week.skipDialog.required') : undefined;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="480px">
        <Dialog.Title>{t('campaigns.week.skipDialog.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('campaigns.week.skipDialog.description', { name: touch.customerName, step })}
        </Dialog.Description>
        <Field id="skip-reason" label={t('campaigns.week.skipDialog.reason')} error={tried ? error : undefined}>
          <TextField.Root id="skip-reason" value={note} placeholder={t('campaigns.week.skipDialog.placeholder')} onChange={(e) => setNote(e.target.value)} autoFocus />
        </Field>
        <DialogActions
          label={t('campaigns.week.skipDialog.submit')}
          loading={pending}
          onClick={() => {
            setTried(true);
            if (!error) onSkip(note.trim());
          }}
        />
      </Dialog.Content>
    </Dialog.Root>
  );
}
