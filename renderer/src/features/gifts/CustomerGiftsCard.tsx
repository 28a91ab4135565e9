import { Button, Card, Flex, Heading, Select, Spinner, Table, Text } from '@radix-ui/themes';
import { Gift as GiftIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { GIFT_REACTIONS, type GiftReaction } from '@shared/domain/gift';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useGiftLog, useUpdateGivenGift } from '../../lib/queries';
import { formatDate, formatMoney } from '../customers/format';
import { localToday } from '../dashboard/period';
import { GiveGiftDialog } from './GiveGiftDialog';

/** A customer's gifts: the log (reaction editable) and "Give a gift". */
export function CustomerGiftsCard({ customerId, name, currency }: { customerId: string; name: string; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const log = useGiftLog(customerId);
  const update = useUpdateGivenGift();
  const [giving, setGiving] = useState(false);
  const today = useMemo(() => localToday(new Date()), []);

  const setReaction = (id: string, reaction: GiftReaction) =>
    update.mutate({ id, patch: { reaction } }, { onError: (error) => toast.error(t('gifts.failed'), { description: error.message }) });

  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-gifts-heading" data-testid="customer-gifts">
        <Flex justify="between" align="center" mb="1">
          <Heading as="h2" size="4" id="customer-gifts-heading">
            {t('gifts.card.title')}
          </Heading>
          <Button size="1" variant="soft" onClick={() => setGiving(true)}>
            <GiftIcon size={14} aria-hidden /> {t('gifts.card.give')}
          </Button>
        </Flex>
        <Text as="p" size="1" color="gray" mb="3">
          {t('gifts.card.hint')}
        </Text>
        {log.isPending ? (
          <Spinner />
        ) : log.error ? (
          <ApiErrorCallout error={log.error} title={t('gifts.card.logFailed')} />
        ) : log.data.length === 0 ? (
          <Text size="2" color="gray">
            {t('gifts.card.none')}
          </Text>
        ) : (
          <Table.Root size="1">
            <Table.Body>
              {log.data.map((given) => (
                <Table.Row key={given.id}>
                  <Table.Cell>
                    <Text as="div" weight="medium" size="2">
                      {given.giftName}
                    </Text>
                    <Text as="div" size="1" color="gray">
                      {formatDate(given.date, locale)} · {t(`gifts.occasions.${given.occasion}`)} · {formatMoney(given.costMinor, currency, locale)}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Select.Root size="1" value={given.reaction} onValueChange={(v) => setReaction(given.id, v as GiftReaction)}>
                      <Select.Trigger aria-label={t('gifts.card.reaction', { gift: given.giftName })} />
                      <Select.Content>
                        {GIFT_REACTIONS.map((r) => (
                          <Select.Item key={r} value={r}>
                            {t(`gifts.reactions.${r}`)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select.Root>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        )}
        {giving && <GiveGiftDialog customerId={customerId} name={name} today={today} currency={currency} onClose={() => setGiving(false)} />}
      </section>
    </Card>
  );
}
