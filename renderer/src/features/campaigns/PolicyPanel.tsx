import { Box, Button, Callout, Card, Flex, Grid, Heading, IconButton, Spinner, Text, TextField } from '@radix-ui/themes';
import { CalendarCheck, Plus, RefreshCw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ContactPolicy, QuietPeriod } from '@shared/domain/campaign';
import { PROGRAM_CHANNELS, type ProgramChannel } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { CodeSelect } from '../../components/CodeSelect';
import { Field } from '../../components/Field';
import { countryName, countryOptions } from '../../lib/intl';
import { usePolicy, useUpdatePolicy } from '../../lib/queries';
import { formatDate } from '../customers/format';
import { isIsoDate } from '../dashboard/period';
import { CHANNEL_ICONS } from './words';

interface Draft {
  max: string;
  perChannel: Record<ProgramChannel, string>;
  gap: string;
  quiet: QuietPeriod[];
  closed: string[];
  country: string;
}

const draftOf = (p: ContactPolicy): Draft => ({
  max: String(p.maxPer30Days),
  perChannel: Object.fromEntries(PROGRAM_CHANNELS.map((c) => [c, p.maxPer30DaysByChannel[c] === null ? '' : String(p.maxPer30DaysByChannel[c])])) as Record<ProgramChannel, string>,
  gap: String(p.minGapDays),
  quiet: p.quietPeriods,
  closed: [...p.closedDays].sort(),
  country: p.holidayCountry,
});

const whole = (text: string, min: number, max: number): number | null => {
  const v = /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return Number.isInteger(v) && v >= min && v <= max ? v : null;
};
const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The contact policy all plans are scheduled under together: limits per 30 days (overall and per channel), the
 * minimum gap, quiet periods, closed days and whose public holidays count. After a save, offers to reschedule.
 */
export function PolicyPanel({ onReschedule, rescheduling }: { onReschedule: () => void; rescheduling: boolean }) {
  const { t } = useTranslation();
  const policy = usePolicy();
  // kept here: the form stays mounted as the saved policy comes back, and the offer outlives the save
  const [offer, setOffer] = useState(false);
  if (policy.isPending) return <Spinner />;
  if (policy.error) return <ApiErrorCallout error={policy.error} title={t('campaigns.policy.loadFailed')} />;
  return <PolicyForm policy={policy.data} offer={offer} onOffer={setOffer} onReschedule={onReschedule} rescheduling={rescheduling} />;
}

function PolicyForm({ policy, offer, onOffer, onReschedule, rescheduling }: { policy: ContactPolicy; offer: boolean; onOffer: (on: boolean) => void; onReschedule: () => void; rescheduling: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const update = useUpdatePolicy();
  const [draft, setDraft] = useState<Draft>(() => draftOf(policy));
  const [newClosed, setNewClosed] = useState('');
  const [tried, setTried] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const countries = countryOptions(locale);

  const max = whole(draft.max, 1, 30);
  const gap = whole(draft.gap, 0, 60);
  const perChannel = Object.fromEntries(PROGRAM_CHANNELS.map((c) => [c, draft.perChannel[c].trim() === '' ? null : whole(draft.perChannel[c], 0, 30)])) as Record<ProgramChannel, number | null>;
  const channelBad = (c: ProgramChannel) => draft.perChannel[c].trim() !== '' && perChannel[c] === null;
  const quietBad = draft.quiet.map((q) => ({ from: !MMDD.test(q.from), to: !MMDD.test(q.to) }));
  const valid = max !== null && gap !== null && !PROGRAM_CHANNELS.some(channelBad) && quietBad.every((q) => !q.from && !q.to);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(policy));

  const save = () => {
    setTried(true);
    if (!valid) return;
    update.mutate(
      {
        maxPer30Days: max!,
        maxPer30DaysByChannel: perChannel,
        minGapDays: gap!,
        quietPeriods: draft.quiet.map((q) => ({ name: q.name.trim(), from: q.from, to: q.to })),
        closedDays: draft.closed,
        holidayCountry: draft.country,
      },
      {
        onSuccess: () => {
          toast.success(t('campaigns.policy.saved'));
          onOffer(true);
        },
      },
    );
  };
  const numberError = (ok: boolean, min: number, maxValue: number) => (tried && !ok ? t('campaigns.policy.numberInvalid', { min, max: maxValue }) : undefined);
  const addClosed = () => {
    if (!isIsoDate(newClosed) || draft.closed.includes(newClosed)) return;
    set('closed', [...draft.closed, newClosed].sort());
    setNewClosed('');
  };

  return (
    <Card size="3" asChild>
      <section aria-labelledby="policy-heading" data-testid="policy-panel">
        <Heading as="h2" size="5" id="policy-heading">
          {t('campaigns.policy.title')}
        </Heading>
        <Text as="p" size="2" color="gray" mb="4" style={{ maxWidth: 720 }}>
          {t('campaigns.policy.hint')}
        </Text>
        {offer && !dirty && (
          <Callout.Root color="blue" mb="4" role="status">
            <Callout.Icon>
              <RefreshCw size={16} />
            </Callout.Icon>
            <Flex direction="column" gap="2">
              <Callout.Text>
                <Text weight="bold">{t('campaigns.policy.reschedule.title')}</Text> {t('campaigns.policy.reschedule.text')}
              </Callout.Text>
              <Flex gap="2">
                <Button size="2" loading={rescheduling} onClick={onReschedule}>
                  <CalendarCheck size={16} aria-hidden /> {t('campaigns.policy.reschedule.button')}
                </Button>
                <Button size="2" variant="soft" color="gray" onClick={() => onOffer(false)}>
                  {t('campaigns.policy.reschedule.later')}
                </Button>
              </Flex>
            </Flex>
          </Callout.Root>
        )}
        <Flex direction="column" gap="5">
          <Grid columns={{ initial: '1', sm: '3' }} gap="4">
            <Field id="policy-max" label={t('campaigns.policy.maxPer30Days')} error={numberError(max !== null, 1, 30)}>
              <TextField.Root id="policy-max" inputMode="numeric" value={draft.max} onChange={(e) => set('max', e.target.value)} />
            </Field>
            <Field id="policy-gap" label={t('campaigns.policy.minGap')} error={numberError(gap !== null, 0, 60)}>
              <TextField.Root id="policy-gap" inputMode="numeric" value={draft.gap} onChange={(e) => set('gap', e.target.value)} />
            </Field>
            <Field id="policy-country" label={t('campaigns.policy.country')} help={t('campaigns.policy.countryHelp')}>
              <CodeSelect
                id="policy-country"
                size="2"
                value={draft.country}
                currentLabel={draft.country ? countryName(draft.country, locale) : t('campaigns.policy.countryNone')}
                groups={[{ options: countries.suggested }, { options: countries.others }]}
                noneLabel={t('campaigns.policy.countryNone')}
                onChange={(code) => set('country', code)}
              />
            </Field>
          </Grid>

          <fieldset className="campaigns-checks">
            <Text as="div" size="2" weight="medium">
              <legend>{t('campaigns.policy.perChannel')}</legend>
            </Text>
            <Text as="p" size="1" color="gray" mb="2">
              {t('campaigns.policy.perChannelHint')}
            </Text>
            <Grid columns={{ initial: '2', sm: '3', md: '6' }} gap="3">
              {PROGRAM_CHANNELS.map((c) => {
                const Icon = CHANNEL_ICONS[c];
                return (
                  <Flex key={c} direction="column" gap="1">
                    <Text as="label" htmlFor={`policy-channel-${c}`} size="2">
                      <Flex align="center" gap="1">
                        <Icon size={14} aria-hidden /> {t(`campaigns.channels.${c}`)}
                      </Flex>
                    </Text>
                    <TextField.Root
                      id={`policy-channel-${c}`}
                      inputMode="numeric"
                      value={draft.perChannel[c]}
                      color={tried && channelBad(c) ? 'red' : undefined}
                      aria-invalid={tried && channelBad(c)}
                      onChange={(e) => set('perChannel', { ...draft.perChannel, [c]: e.target.value })}
                    />
                  </Flex>
                );
              })}
            </Grid>
            {tried && PROGRAM_CHANNELS.some(channelBad) && (
              <Text size="1" color="red" role="alert">
                {t('campaigns.policy.numberInvalid', { min: 0, max: 30 })}
              </Text>
            )}
          </fieldset>

          <fieldset className="campaigns-checks">
            <Text as="div" size="2" weight="medium">
              <legend>{t('campaigns.policy.quiet')}</legend>
            </Text>
            <Text as="p" size="1" color="gray" mb="2">
              {t('campaigns.policy.quietHint')}
            </Text>
            {draft.quiet.length === 0 && (
              <Text as="p" size="2" color="gray" mb="2">
                {t('campaigns.policy.quietNone')}
              </Text>
            )}
            <Flex direction="column" gap="2" mb="2">
              {draft.quiet.map((q, i) => {
                const edit = (patch: Partial<QuietPeriod>) => set('quiet', draft.quiet.map((x, j) => (j === i ? { ...x, ...patch } : x)));
                return (
                  <Grid key={i} columns="2fr 1fr 1fr auto" gap="2" align="end" data-testid="quiet-period">
                    <Field id={`quiet-${i}-name`} label={t('campaigns.policy.quietName')}>
                      <TextField.Root id={`quiet-${i}-name`} value={q.name} placeholder={t('campaigns.policy.quietNamePlaceholder')} onChange={(e) => edit({ name: e.target.value })} />
                    </Field>
                    <Field id={`quiet-${i}-from`} label={t('campaigns.policy.quietFrom')} error={tried && quietBad[i]!.from ? t('campaigns.policy.dayInvalid') : undefined}>
                      <TextField.Root id={`quiet-${i}-from`} value={q.from} placeholder="07-01" onChange={(e) => edit({ from: e.target.value })} />
                    </Field>
                    <Field id={`quiet-${i}-to`} label={t('campaigns.policy.quietTo')} error={tried && quietBad[i]!.to ? t('campaigns.policy.dayInvalid') : undefined}>
                      <TextField.Root id={`quiet-${i}-to`} value={q.to} placeholder="07-31" onChange={(e) => edit({ to: e.target.value })} />
                    </Field>
                    <IconButton variant="ghost" color="red" mb="1" aria-label={t('campaigns.policy.quietRemove', { n: i + 1 })} onClick={() => set('quiet', draft.quiet.filter((_, j) => j !== i))}>
                      <Trash2 size={16} />
                    </IconButton>
                  </Grid>
                );
              })}
            </Flex>
            <Button variant="soft" size="2" disabled={draft.quiet.length >= 12} onClick={() => set('quiet', [...draft.quiet, { name: '', from: '', to: '' }])}>
              <Plus size={16} aria-hidden /> {t('campaigns.policy.quietAdd')}
            </Button>
          </fieldset>

          <fieldset className="campaigns-checks">
            <Text as="div" size="2" weight="medium">
              <legend>{t('campaigns.policy.closed')}</legend>
            </Text>
            <Text as="p" size="1" color="gray" mb="2">
              {t('campaigns.policy.closedHint')}
            </Text>
            {draft.closed.length === 0 ? (
              <Text as="p" size="2" color="gray" mb="2">
                {t('campaigns.policy.closedNone')}
              </Text>
            ) : (
              <Flex gap="2" wrap="wrap" mb="2" asChild>
                <ul className="campaigns-plain-list">
                  {draft.closed.map((day) => (
                    <li key={day}>
                      <Flex align="center" gap="1" className="campaigns-chip">
                        <time dateTime={day}>{formatDate(day, locale)}</time>
                        <IconButton size="1" variant="ghost" color="gray" aria-label={t('campaigns.policy.closedRemove', { date: formatDate(day, locale) })} onClick={() => set('closed', draft.closed.filter((d) => d !== day))}>
                          <Trash2 size={12} />
                        </IconButton>
                      </Flex>
                    </li>
                  ))}
                </ul>
              </Flex>
            )}
            <Flex gap="2" align="end">
              <Box>
                <Field id="policy-closed-new" label={t('campaigns.policy.closedNew')}>
                  <TextField.Root id="policy-closed-new" type="date" value={newClosed} onChange={(e) => setNewClosed(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && addClosed()} />
                </Field>
              </Box>
              <Button variant="soft" disabled={!isIsoDate(newClosed)} onClick={addClosed}>
                <Plus size={16} aria-hidden /> {t('campaigns.policy.closedAdd')}
              </Button>
            </Flex>
          </fieldset>
        </Flex>
        {update.error && <ApiErrorCallout error={update.error} title={t('campaigns.policy.failed')} mt="4" />}
        <Flex gap="3" mt="5" justify="end">
          <Button variant="soft" color="gray" disabled={!dirty || update.isPending} onClick={() => (setDraft(draftOf(policy)), setTried(false))}>
            {t('campaigns.policy.discard')}
          </Button>
          <Button disabled={!dirty} loading={update.isPending} onClick={save}>
            {t('campaigns.policy.save')}
          </Button>
        </Flex>
      </section>
    </Card>
  );
}
