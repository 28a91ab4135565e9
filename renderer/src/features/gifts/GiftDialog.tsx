import { Checkbox, Dialog, Flex, Grid, Text, TextArea, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import './gifts.css';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { GIFT_OCCASIONS, type Gift, type GiftOccasion } from '@shared/domain/gift';
import { RFM_GROUPS, type RfmGroup } from '@shared/domain/rfm';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useCreateGift, useSegments, useUpdateGift } from '../../lib/queries';
import { minorToTyped, parseAmountMinor } from '../customers/amount';

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** Checkboxes for a list of codes, each worded from i18n. */
function Checks<T extends string>({ legend, all, chosen, word, onChange }: { legend: string; all: readonly T[]; chosen: readonly T[]; word: (code: T) => string; onChange: (next: T[]) => void }) {
  return (
    <fieldset className="gift-checks">
      <Text as="div" size="2" weight="medium" mb="1">
        <legend>{legend}</legend>
      </Text>
      <Grid columns="3" gap="1">
        {all.map((code) => (
          <Text as="label" size="2" key={code}>
            <Flex gap="2" align="center">
              <Checkbox checked={chosen.includes(code)} onCheckedChange={(on) => onChange(toggle(chosen, code, on === true))} />
              {word(code)}
            </Flex>
          </Text>
        ))}
      </Grid>
    </fieldset>
  );
}

/** Create or edit a gift: every GiftInput field. `gift` null: a new one. */
export function GiftDialog({ gift, currency, open, onOpenChange }: { gift: Gift | null; currency: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const segments = useSegments();
  const create = useCreateGift();
  const update = useUpdateGift();
  const [name, setName] = useState(gift?.name ?? '');
  const [description, setDescription] = useState(gift?.description ?? '');
  const [cost, setCost] = useState(gift ? minorToTyped(gift.unitCostMinor, i18n.language) : '');
  const [supplier, setSupplier] = useState(gift?.supplier ?? '');
  const [stock, setStock] = useState(gift?.stock === null || gift === null ? '' : String(gift.stock));
  const [occasions, setOccasions] = useState<GiftOccasion[]>(gift?.occasions ?? []);
  const [rfmGroups, setRfmGroups] = useState<RfmGroup[]>(gift?.rfmGroups ?? []);
  const [segmentIds, setSegmentIds] = useState<string[]>(gift?.segmentIds ?? []);
  const [tried, setTried] = useState(false);

  const costMinor = cost.trim() === '' ? 0 : parseAmountMinor(cost);
  const costError = costMinor === null || costMinor < 0 ? t('gifts.dialog.costInvalid') : undefined;
  const stockValue = stock.trim() === '' ? null : /^\d+$/.test(stock.trim()) ? Number(stock.trim()) : NaN;
  const stockError = Number.isNaN(stockValue) ? t('gifts.dialog.stockInvalid') : undefined;
  const nameError = name.trim() === '' ? t('gifts.dialog.nameRequired') : undefined;
  const mutation = gift ? update : create;

  const save = () => {
    setTried(true);
    if (costError || stockError || nameError) return;
    const fields = { name, description, unitCostMinor: costMinor!, supplier, occasions, rfmGroups, segmentIds, stock: stockValue };
    const done = (saved: Gift) => {
      toast.success(t('gifts.dialog.saved', { name: saved.name }));
      onOpenChange(false);
    };
    if (gift) update.mutate({ id: gift.id, patch: fields }, { onSuccess: done });
    else create.mutate(fields, { onSuccess: done });
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="640px">
        <Dialog.Title>{gift ? t('gifts.dialog.editTitle') : t('gifts.dialog.newTitle')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('gifts.hint')}
        </Dialog.Description>
        <Flex direction="column" gap="3">
          <Field id="gift-name" label={t('gifts.dialog.name')} error={tried ? nameError : undefined}>
            <TextField.Root id="gift-name" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field id="gift-description" label={t('gifts.dialog.description')}>
            <TextArea id="gift-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
          </Field>
          <Grid columns="3" gap="3">
            <Field id="gift-cost" label={t('gifts.dialog.cost', { currency })} error={tried ? costError : undefined}>
              <TextField.Root id="gift-cost" value={cost} inputMode="decimal" onChange={(e) => setCost(e.target.value)} />
            </Field>
            <Field id="gift-supplier" label={t('gifts.dialog.supplier')}>
              <TextField.Root id="gift-supplier" value={supplier} onChange={(e) => setSupplier(e.target.value)} />
            </Field>
            <Field id="gift-stock" label={t('gifts.dialog.stock')} error={tried ? stockError : undefined} help={t('gifts.dialog.stockHelp')}>
              <TextField.Root id="gift-stock" value={stock} inputMode="numeric" onChange={(e) => setStock(e.target.value)} />
            </Field>
          </Grid>
          <Checks legend={t('gifts.dialog.occasions')} all={GIFT_OCCASIONS} chosen={occasions} word={(c) => t(`gifts.occasions.${c}`)} onChange={setOccasions} />
          <Checks legend={t('gifts.dialog.rfmGroups')} all={RFM_GROUPS} chosen={rfmGroups} word={(c) => t(`rfm.groups.${c}`)} onChange={setRfmGroups} />
          {(segments.data ?? []).length === 0 ? (
            <Text size="2" color="gray">
              {t('gifts.dialog.noSegments')}
            </Text>
          ) : (
            <Checks
              legend={t('gifts.dialog.segments')}
              all={(segments.data ?? []).map((s) => s.id)}
              chosen={segmentIds}
              word={(id) => segments.data?.find((s) => s.id === id)?.name ?? id}
              onChange={setSegmentIds}
            />
          )}
          {mutation.error && <ApiErrorCallout error={mutation.error} title={t('gifts.failed')} />}
        </Flex>
        <DialogActions label={t('gifts.dialog.save')} onClick={save} loading={mutation.isPending} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
