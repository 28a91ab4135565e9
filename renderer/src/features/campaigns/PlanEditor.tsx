import { Badge, Box, Button, Callout, Card, Flex, Grid, Heading, IconButton, SegmentedControl, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { ArrowDown, ArrowLeft, ArrowUp, CalendarCheck, CircleAlert, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus, MOVE_ALLOWANCE_DAYS, type Step, TRIGGER_KINDS, type TriggerKind } from '@shared/domain/campaign';
import { PROGRAM_CHANNELS, type ProgramChannel } from '@shared/domain/program';
import type { TemplateKind } from '@shared/domain/template';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { Field } from '../../components/Field';
import { useGifts, useSegments, useTemplates, useUpdateCampaign } from '../../lib/queries';
import { formatMoney } from '../customers/format';
import { checkPlanFields, type PlanFields, PlanFieldsForm, planFieldsOf } from './NewPlanDialog';
import { DEFAULT_DAYS, draftOf, newStep, type StepDraft, type StepErrors, stepOf } from './steps';
import { CHANNEL_ICONS, STATUS_COLOURS, triggerSummary } from './words';

const NONE = '-';

/** Which templates suit a channel (letters and notes on paper, a call script for a call…); visits and events take any. */
const TEMPLATE_KINDS_FOR: Record<ProgramChannel, readonly TemplateKind[] | null> = {
  letter: ['letter', 'note'],
  email: ['email'],
  phone: ['callScript'],
  gift: ['giftCard', 'note'],
  visit: null,
  event: null,
};

/**
 * One plan: its fields, status and steps (add, remove, reorder; each a trigger, a channel, a template and/or a gift
 * and a cost). Save writes it; "Save and schedule" then places its touches.
 */
export function PlanEditor({ plan, today, currency, onBack, onSchedule }: { plan: Campaign; today: string; currency: string; onBack: () => void; onSchedule: (plan: Campaign) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const update = useUpdateCampaign();
  const [fields, setFields] = useState<PlanFields>(() => planFieldsOf(plan, locale));
  const [status, setStatus] = useState<CampaignStatus>(plan.status);
  const [description, setDescription] = useState(plan.description);
  const [steps, setSteps] = useState<StepDraft[]>(() => plan.steps.map((s) => draftOf(s, locale)));
  const [tried, setTried] = useState(false);
  const [dirty, setDirty] = useState(false);

  const { errors, budgetMinor } = checkPlanFields(fields, t);
  const checked = steps.map((s) => stepOf(s, t));
  const valid = Object.keys(errors).length === 0 && checked.every((c) => c.errors === null);

  const change = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setDirty(true);
  };
  const setStep = (index: number, next: StepDraft) => change(setSteps)(steps.map((s, i) => (i === index ? next : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    change(setSteps)(next);
  };

  const back = () => {
    if (dirty && !window.confirm(t('campaigns.editor.unsaved'))) return;
    onBack();
  };

  const save = (thenSchedule: boolean) => {
    setTried(true);
    if (!valid) return;
    const { budget: _budget, ...rest } = fields;
    update.mutate(
      { id: plan.id, patch: { ...rest, name: rest.name.trim(), budgetMinor, status, description, steps: checked.map((c) => c.step as Step) } },
      {
        onSuccess: (saved) => {
          setDirty(false);
          toast.success(t('campaigns.editor.saved', { name: saved.name }));
          if (thenSchedule) onSchedule(saved);
        },
      },
    );
  };

  return (
    <Flex direction="column" gap="4" data-testid="plan-editor">
      <Flex justify="between" align="center" gap="3" wrap="wrap">
        <Button variant="ghost" color="gray" onClick={back}>
          <ArrowLeft size={16} aria-hidden /> {t('campaigns.editor.back')}
        </Button>
        <Flex gap="2" align="center">
          <Badge color={STATUS_COLOURS[status]} variant="soft" size="2">
            {t(`campaigns.statuses.${status}`)}
          </Badge>
        </Flex>
      </Flex>
      <Card size="3" asChild>
        <section aria-labelledby="plan-details-heading">
          <Flex justify="between" align="start" gap="3" mb="4" wrap="wrap">
            <Heading as="h2" size="5" id="plan-details-heading">
              {t('campaigns.editor.details')}
            </Heading>
            <Flex direction="column" gap="1" align="end">
              <SegmentedControl.Root value={status} onValueChange={(v) => change(setStatus)(v as CampaignStatus)} aria-label={t('campaigns.editor.status')}>
                {CAMPAIGN_STATUSES.map((s) => (
                  <SegmentedControl.Item key={s} value={s}>
                    {t(`campaigns.statuses.${s}`)}
                  </SegmentedControl.Item>
                ))}
              </SegmentedControl.Root>
              <Text size="1" color="gray">
                {t('campaigns.editor.statusHint')}
              </Text>
            </Flex>
          </Flex>
          <PlanFieldsForm idPrefix="plan" value={fields} onChange={change(setFields)} errors={tried ? errors : {}} currency={currency} />
          <Box mt="3">
            <Field id="plan-description" label={t('campaigns.editor.description')}>
              <TextArea id="plan-description" rows={2} value={description} onChange={(e) => change(setDescription)(e.target.value)} />
            </Field>
          </Box>
        </section>
      </Card>

      <Card size="3" asChild>
        <section aria-labelledby="plan-steps-heading">
          <Flex justify="between" align="start" gap="3" mb="3" wrap="wrap">
            <div>
              <Heading as="h2" size="5" id="plan-steps-heading">
                {t('campaigns.editor.steps')}
              </Heading>
              <Text as="p" size="2" color="gray">
                {t('campaigns.editor.stepsHint')}
              </Text>
            </div>
            <Button variant="soft" onClick={() => change(setSteps)([...steps, newStep(fields.startDate || today)])}>
              <Plus size={16} aria-hidden /> {t('campaigns.editor.addStep')}
            </Button>
          </Flex>
          {steps.length === 0 ? (
            <Text as="p" size="2" color="gray">
              {t('campaigns.editor.noSteps')}
            </Text>
          ) : (
            <ol className="campaigns-steps">
              {steps.map((step, index) => (
                <StepCard
                  key={step.id}
                  n={index + 1}
                  count={steps.length}
                  step={step}
                  errors={tried ? (checked[index]!.errors ?? {}) : {}}
                  currency={currency}
                  onChange={(next) => setStep(index, next)}
                  onMove={(by) => move(index, by)}
                  onRemove={() => change(setSteps)(steps.filter((_, i) => i !== index))}
                />
              ))}
            </ol>
          )}
        </section>
      </Card>

      {tried && !valid && (
        <Callout.Root color="red" role="alert">
          <Callout.Icon>
            <CircleAlert size={16} />
          </Callout.Icon>
          <Callout.Text>{t('campaigns.editor.fixErrors')}</Callout.Text>
        </Callout.Root>
      )}
      {update.error && <ApiErrorCallout error={update.error} title={t('campaigns.list.failed')} />}
      <Flex gap="3" justify="end" wrap="wrap">
        <Button variant="soft" loading={update.isPending} onClick={() => save(true)}>
          <CalendarCheck size={16} aria-hidden /> {t('campaigns.editor.saveAndSchedule')}
        </Button>
        <Button loading={update.isPending} onClick={() => save(false)}>
          {t('campaigns.editor.save')}
        </Button>
      </Flex>
      {plan.progress.planned + plan.progress.done > 0 && (
        <Text size="1" color="gray" align="right">
          {t('campaigns.list.spent', { spent: formatMoney(plan.progress.spentMinor, currency, locale), budget: formatMoney(plan.budgetMinor, currency, locale) })}
        </Text>
      )}
    </Flex>
  );
}

function StepCard({
  n,
  count,
  step,
  errors,
  currency,
  onChange,
  onMove,
  onRemove,
}: {
  n: number;
  count: number;
  step: StepDraft;
  errors: StepErrors;
  currency: string;
  onChange: (next: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const templates = useTemplates();
  const gifts = useGifts();
  const segments = useSegments();
  const id = `step-${step.id}`;
  const set = <K extends keyof StepDraft>(key: K, value: StepDraft[K]) => onChange({ ...step, [key]: value });
  const kinds = TEMPLATE_KINDS_FOR[step.channel];
  const fitting = (templates.data ?? []).filter((tpl) => kinds === null || kinds.includes(tpl.kind) || tpl.id === step.templateId);
  const Icon = CHANNEL_ICONS[step.channel];
  const checked = stepOf(step, t);
  const summary = checked.step ? triggerSummary(checked.step.trigger, t, i18n.language, (sid) => segments.data?.find((x) => x.id === sid)?.name ?? '…') : null;
  const setKind = (kind: TriggerKind) => {
    const days = kind === 'date' || kind === 'entersSegment' ? step.days : String(DEFAULT_DAYS[kind]);
    onChange({ ...step, kind, days: step.kind === kind ? step.days : days });
  };

  return (
    <li className="campaigns-step" aria-label={`${t('campaigns.editor.step', { n })}: ${step.name || '…'}`}>
      <Flex justify="between" align="center" mb="3" gap="2">
        <Flex align="center" gap="2">
          <Flex className="campaigns-step-number" align="center" justify="center" aria-hidden>
            {n}
          </Flex>
          <Icon size={16} aria-hidden />
          <Text weight="medium">{step.name || t('campaigns.editor.step', { n })}</Text>
          {summary && (
            <Text size="2" color="gray">
              · {summary} · {t(`campaigns.channels.${step.channel}`)}
            </Text>
          )}
        </Flex>
        <Flex gap="1">
          <IconButton variant="ghost" color="gray" disabled={n === 1} aria-label={t('campaigns.editor.moveUp', { n })} onClick={() => onMove(-1)}>
            <ArrowUp size={16} />
          </IconButton>
          <IconButton variant="ghost" color="gray" disabled={n === count} aria-label={t('campaigns.editor.moveDown', { n })} onClick={() => onMove(1)}>
            <ArrowDown size={16} />
          </IconButton>
          <IconButton variant="ghost" color="red" aria-label={t('campaigns.editor.remove', { n })} onClick={onRemove}>
            <Trash2 size={16} />
          </IconButton>
        </Flex>
      </Flex>
      <Grid columns={{ initial: '1', sm: '2', md: '1fr 1.5fr 96px 1fr' }} gap="3">
        <Field id={`${id}-name`} label={t('campaigns.editor.stepName')} error={errors.name}>
          <TextField.Root id={`${id}-name`} value={step.name} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field id={`${id}-trigger`} label={t('campaigns.editor.trigger')} help={t('campaigns.editor.allowance', { count: MOVE_ALLOWANCE_DAYS[step.kind] })}>
          <Select.Root value={step.kind} onValueChange={(v) => setKind(v as TriggerKind)}>
            <Select.Trigger id={`${id}-trigger`} />
            <Select.Content position="popper">
              {TRIGGER_KINDS.map((k) => (
                <Select.Item key={k} value={k}>
                  {t(`campaigns.triggers.${k}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Field>
        {step.kind === 'date' ? (
          <Field id={`${id}-date`} label={t('campaigns.editor.date')} error={errors.date}>
            <TextField.Root id={`${id}-date`} type="date" value={step.date} onChange={(e) => set('date', e.target.value)} />
          </Field>
        ) : step.kind === 'entersSegment' ? (
          <Field id={`${id}-segment`} label={t('campaigns.editor.segment')} error={errors.segmentId}>
            <Select.Root value={step.segmentId || undefined} onValueChange={(v) => set('segmentId', v)}>
              <Select.Trigger id={`${id}-segment`} placeholder={t('campaigns.editor.segmentRequired')} />
              <Select.Content position="popper">
                {(segments.data ?? []).map((s) => (
                  <Select.Item key={s.id} value={s.id}>
                    {s.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Field>
        ) : (
          <Field id={`${id}-days`} label={t('campaigns.editor.days')} error={errors.days}>
            <TextField.Root id={`${id}-days`} inputMode="numeric" value={step.days} onChange={(e) => set('days', e.target.value)} />
          </Field>
        )}
        <Field id={`${id}-channel`} label={t('campaigns.editor.channel')}>
          <Select.Root value={step.channel} onValueChange={(v) => set('channel', v as ProgramChannel)}>
            <Select.Trigger id={`${id}-channel`} />
            <Select.Content position="popper">
              {PROGRAM_CHANNELS.map((c) => (
                <Select.Item key={c} value={c}>
                  {t(`campaigns.channels.${c}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Field>
      </Grid>
      <Grid columns={{ initial: '1', sm: '3' }} gap="3" mt="3">
        <Field id={`${id}-template`} label={t('campaigns.editor.template')}>
          <Select.Root value={step.templateId ?? NONE} onValueChange={(v) => set('templateId', v === NONE ? null : v)}>
            <Select.Trigger id={`${id}-template`} />
            <Select.Content position="popper">
              <Select.Item value={NONE}>{t('campaigns.editor.noTemplate')}</Select.Item>
              {fitting.map((tpl) => (
                <Select.Item key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Field>
        <Field id={`${id}-gift`} label={t('campaigns.editor.gift')}>
          <Select.Root value={step.giftId ?? NONE} onValueChange={(v) => set('giftId', v === NONE ? null : v)}>
            <Select.Trigger id={`${id}-gift`} />
            <Select.Content position="popper">
              <Select.Item value={NONE}>{t('campaigns.editor.noGift')}</Select.Item>
              {(gifts.data ?? []).map((g) => (
                <Select.Item key={g.id} value={g.id}>
                  {g.name} · {formatMoney(g.unitCostMinor, currency, i18n.language)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Field>
        <Field id={`${id}-cost`} label={t('campaigns.editor.cost', { currency })} error={errors.cost} help={t('campaigns.editor.costHelp')}>
          <TextField.Root id={`${id}-cost`} inputMode="decimal" value={step.cost} onChange={(e) => set('cost', e.target.value)} />
        </Field>
      </Grid>
    </li>
  );
}
