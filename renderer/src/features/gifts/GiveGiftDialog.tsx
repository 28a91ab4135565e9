import { Dialog, Flex, Grid, RadioCards, Select, Spinner, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { GIFT_OCCASIONS, type GiftOccasion } from '@shared/domain/gift';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useDeleteGivenGift, useGiftSuggestions, useGiveGift } from '../../lib/queries';
import { minorToTyped, parseAmountMinor } from '../customers/amount';
import { isWarning, reasonText } from './reasons';

/** "Give a gift": the suggestions for this customer with their reasons, date (today), occasion, cost (the gift's). */
export function GiveGiftDialog({ customerId, name, today, currency, onClose }: { customerId: string; name: string; today: string; currency: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const suggestions = useGiftSuggestions({ customerId, asOf: today });
  const give = useGiveGift();
  const removeGiven = useDeleteGivenGift();
  const [giftId, setGiftId] = useState('');
  const [date, setDate] = useState(today);
  const [occasion, setOccasion] = useState<GiftOccasion>('other');
  const [cost, setCost] = useState<string | null>(null);
  const chosen = suggestions.data?.find((s) => s.gift.id === giftId)?.gift;
  const costText = cost ?? (chosen ? minorToTyped(chosen.unitCostMinor, locale) : '');
  const costMinor = parseAmountMinor(costText);
  const costError = costText !== '' && (costMinor === null || costMinor < 0) ? t('gifts.dialog.costInvalid') : undefined;

  const submit = () => {
    if (!chosen || costError) return;
    give.mutate(
      { customerId, giftId: chosen.id, date, occasion, ...(costMinor !== null ? { costMinor } : {}) },
      {
        onSuccess: (given) => {
          onClose();
          toast.success(t('gifts.give.given', { gift: given.giftName, name }), {
            action: { label: t('gifts.undo'), onClick: () => removeGiven.mutate({ id: given.id }, { onSuccess: () => toast.success(t('gifts.give.undone')) }) },
          });
        },
      },
    );
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="620px">
        <Dialog.Title>{t('gifts.give.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('gifts.give.description', { name })}
        </Dialog.Description>
        {suggestions.isPending ? (
          <Spinner />
        ) : suggestions.error ? (
          <ApiErrorCallout error={suggestions.error} title={t('gifts.give.suggestFailed')} />
        ) : suggestions.data.length === 0 ? (
          <Text size="2" color="gray">
            {t('gifts.give.noGifts')}
          </Text>
        ) : (
          <RadioCards.Root value={giftId} onValueChange={(v) => (setGiftId(v), setCost(null))} columns="1" gap="2" aria-label={t('gifts.give.gift')}>
            {suggestions.data.map(({ gift, reasons }) => (
              <RadioCards.Item key={gift.id} value={gift.id} aria-label={gift.name}>
                <Flex direction="column" width="100%" gap="1">
                  <Text weight="bold">{gift.name}</Text>
                  {reasons.map((reason, i) => (
                    <Text key={i} size="1" color={isWarning(reason) ? 'amber' : 'gray'}>
                      {reasonText(reason, t, locale, currency)}
                    </Text>
                  ))}
                </Flex>
              </RadioCards.Item>
            ))}
          </RadioCards.Root>
        )}
        <Grid columns="3" gap="3" mt="4">
          <Field id="give-date" label={t('gifts.give.date')}>
            <TextField.Root id="give-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
          <Field id="give-occasion" label={t('gifts.give.occasion')}>
            <Select.Root value={occasion} onValueChange={(v) => setOccasion(v as GiftOccasion)}>
              <Select.Trigger id="give-occasion" />
              <Select.Content>
                {GIFT_OCCASIONS.map((o) => (
                  <Select.Item key={o} value={o}>
                    {t(`gifts.occasions.${o}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Field>
          <Field id="give-cost" label={t('gifts.give.cost', { currency })} error={costError}>
            <TextField.Root id="give-cost" value={costText} inputMode="decimal" onChange={(e) => setCost(e.target.value)} />
          </Field>
        </Grid>
        {give.error && <ApiErrorCallout error={give.error} title={t('gifts.give.failed')} mt="3" />}
        <DialogActions label={t('gifts.give.submit')} onClick={submit} loading={give.isPending} disabled={!chosen} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
