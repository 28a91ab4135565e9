import { Checkbox, Dialog, Flex, Grid, Select, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Campaign } from '@shared/domain/campaign';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useCreateCampaign, usePrograms, useSegments } from '../../lib/queries';
import { minorToTyped, parseAmountMinor } from '../customers/amount';
import { addDays, isIsoDate } from '../dashboard/period';

const NONE = '-';
const toggle = (list: readonly string[], item: string, on: boolean): string[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** What a plan is about, shared by the New plan dialog and the editor: name, program, segments, period, budget. */
export interface PlanFields {
  name: string;
  programId: string | null;
  segmentIds: string[];
  startDate: string;
  endDate: string;
  businessDaysOnly: boolean;
  budget: string;
}

export type PlanFieldErrors = Partial<Record<'name' | 'startDate' | 'endDate' | 'budget', string>>;

export function planFieldsOf(plan: Campaign, locale: string): PlanFields {
  return {
    name: plan.name,
    programId: plan.programId,
    segmentIds: plan.segmentIds,
    startDate: plan.startDate,
    endDate: plan.endDate,
    businessDaysOnly: plan.businessDaysOnly,
    budget: plan.budgetMinor === 0 ? '' : minorToTyped(plan.budgetMinor, locale),
  };
}

export function checkPlanFields(fields: PlanFields, t: (key: string) => string): { errors: PlanFieldErrors; budgetMinor: number } {
  const errors: PlanFieldErrors = {};
  if (fields.name.trim() === '') errors.name = t('campaigns.create.nameRequired');
  if (!isIsoDate(fields.startDate)) errors.startDate = t('campaigns.create.dateInvalid');
  if (!isIsoDate(fields.endDate)) errors.endDate = t('campaigns.create.dateInvalid');
  else if (isIsoDate(fields.startDate) && fields.endDate < fields.startDate) errors.endDate = t('campaigns.create.periodInvalid');
  const budgetMinor = fields.budget.trim() === '' ? 0 : parseAmountMinor(fields.budget);
  if (budgetMinor === null || budgetMinor < 0) errors.budget = t('campaigns.create.budgetInvalid');
  return { errors, budgetMinor: budgetMinor ?? 0 };
}

/** The plan's own fields as a form (the dialog and the editor's first card). */
export function PlanFieldsForm({ idPrefix, value, onChange, errors, currency }: { idPrefix: string; value: PlanFields; onChange: (next: PlanFields) => void; errors: PlanFieldErrors; currency: string }) {
  const { t } = useTranslation();
  const segments = useSegments();
  const programs = usePrograms();
  const set = <K extends keyof PlanFields>(key: K, next: PlanFields[K]) => onChange({ ...value, [key]: next });
  return (
    <Flex direction="column" gap="3">
      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        <Field id={`${idPrefix}-name`} label={t('campaigns.create.name')} error={errors.name}>
          <TextField.Root id={`${idPrefix}-name`} value={value.name} placeholder={t('campaigns.create.namePlaceholder')} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field id={`${idPrefix}-program`} label={t('campaigns.create.program')}>
          <Select.Root value={value.programId ?? NONE} onValueChange={(v) => set('programId', v === NONE ? null : v)}>
            <Select.Trigger id={`${idPrefix}-program`} />
            <Select.Content position="popper">
              <Select.Item value={NONE}>{t('campaigns.create.noProgram')}</Select.Item>
              {(programs.data ?? []).map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select.Root>
        </Field>
      </Grid>
      <Grid columns={{ initial: '1', sm: '3' }} gap="3">
        <Field id={`${idPrefix}-from`} label={t('campaigns.create.from')} error={errors.startDate}>
          <TextField.Root id={`${idPrefix}-from`} type="date" value={value.startDate} onChange={(e) => set('startDate', e.target.value)} />
        </Field>
        <Field id={`${idPrefix}-to`} label={t('campaigns.create.to')} error={errors.endDate}>
          <TextField.Root id={`${idPrefix}-to`} type="date" value={value.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </Field>
        <Field id={`${idPrefix}-budget`} label={t('campaigns.create.budget', { currency })} error={errors.budget} help={t('campaigns.create.budgetHelp')}>
          <TextField.Root id={`${idPrefix}-budget`} inputMode="decimal" value={value.budget} onChange={(e) => set('budget', e.target.value)} />
        </Field>
      </Grid>
      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Checkbox checked={value.businessDaysOnly} onCheckedChange={(on) => set('businessDaysOnly', on === true)} />
          {t('campaigns.create.businessDays')}
        </Flex>
      </Text>
      <fieldset className="campaigns-checks">
        <Text as="div" size="2" weight="medium" mb="1">
          <legend>{t('campaigns.create.segments')}</legend>
        </Text>
        {(segments.data ?? []).length === 0 ? (
          <Text size="2" color="gray">
            {t('campaigns.create.noSegments')}
          </Text>
        ) : (
          <Grid columns={{ initial: '2', sm: '3' }} gap="1">
            {(segments.data ?? []).map((s) => (
              <Text as="label" size="2" key={s.id}>
                <Flex gap="2" align="center">
                  <Checkbox checked={value.segmentIds.includes(s.id)} onCheckedChange={(on) => set('segmentIds', toggle(value.segmentIds, s.id, on === true))} />
                  {s.name}
                </Flex>
              </Text>
            ))}
          </Grid>
        )}
      </fieldset>
    </Flex>
  );
}

/** New plan: the plan's fields; it is made as a draft and opens in the editor for its steps. */
export function NewPlanDialog({ today, currency, onClose, onCreated }: { today: string; currency: string; onClose: () => void; onCreated: (plan: Campaign) => void }) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const [fields, setFields] = useState<PlanFields>({ name: '', programId: null, segmentIds: [], startDate: today, endDate: addDays(today, 364), businessDaysOnly: true, budget: '' });
  const [tried, setTried] = useState(false);
  const { errors, budgetMinor } = checkPlanFields(fields, t);

  const save = () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    const { budget: _budget, ...rest } = fields;
    create.mutate(
      { ...rest, name: rest.name.trim(), budgetMinor },
      {
        onSuccess: (plan) => {
          toast.success(t('campaigns.create.created', { name: plan.name }));
          onCreated(plan);
        },
      },
    );
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="680px">
        <Dialog.Title>{t('campaigns.create.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('campaigns.create.description')}
        </Dialog.Description>
        <PlanFieldsForm idPrefix="new-plan" value={fields} onChange={setFields} errors={tried ? errors : {}} currency={currency} />
        {create.error && <ApiErrorCallout error={create.error} title={t('campaigns.list.failed')} mt="3" />}
        <DialogActions label={t('campaigns.create.submit')} onClick={save} loading={create.isPending} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
