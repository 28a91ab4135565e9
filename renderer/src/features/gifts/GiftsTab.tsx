import { Badge, Button, Callout, Flex, Heading, IconButton, Spinner, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { Gift as GiftIcon, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Gift } from '@shared/domain/gift';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useDeleteGift, useGifts, useProfile, useRestoreGift } from '../../lib/queries';
import { formatMoney, formatNumber } from '../customers/format';
import { GiftDialog } from './GiftDialog';

/** The gift catalogue (Templates section, second tab): a table, create/edit dialog, delete with undo. */
export function GiftsTab() {
  const { t, i18n } = useTranslation();
  const gifts = useGifts();
  const profile = useProfile();
  const remove = useDeleteGift();
  const restore = useRestoreGift();
  const [editing, setEditing] = useState<{ gift: Gift | null; nonce: number } | null>(null);
  const currency = profile.data?.currency ?? 'EUR';
  const locale = i18n.language;

  const onDelete = (gift: Gift) =>
    remove.mutate(
      { id: gift.id },
      {
        onSuccess: () =>
          toast.success(t('gifts.deleted', { name: gift.name }), {
            action: { label: t('gifts.undo'), onClick: () => restore.mutate({ id: gift.id }, { onSuccess: (g) => toast.success(t('gifts.restored', { name: g.name })) }) },
          }),
        onError: (error) => toast.error(t('gifts.failed'), { description: error.message }),
      },
    );

  return (
    <section aria-labelledby="gifts-heading" data-testid="gifts-tab">
      <Flex justify="between" align="start" gap="3" mb="4" wrap="wrap">
        <div>
          <Heading as="h2" size="5" id="gifts-heading">
            {t('gifts.title')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('gifts.hint')}
          </Text>
        </div>
        <Button onClick={() => setEditing({ gift: null, nonce: Date.now() })}>
          <Plus size={16} aria-hidden /> {t('gifts.add')}
        </Button>
      </Flex>
      {gifts.isPending ? (
        <Spinner />
      ) : gifts.error ? (
        <ApiErrorCallout error={gifts.error} title={t('gifts.loadFailed')} />
      ) : gifts.data.length === 0 ? (
        <Callout.Root color="gray" variant="surface">
          <Callout.Icon>
            <GiftIcon size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('gifts.empty.title')}</Text> {t('gifts.empty.text')}
          </Callout.Text>
        </Callout.Root>
      ) : (
        <Table.Root variant="surface" aria-labelledby="gifts-heading">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('gifts.columns.name')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('gifts.columns.cost')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('gifts.columns.supplier')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('gifts.columns.occasions')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('gifts.columns.stock')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell justify="end">{t('gifts.columns.given')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <VisuallyHidden>{t('gifts.columns.actions')}</VisuallyHidden>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {gifts.data.map((gift) => (
              <Table.Row key={gift.id}>
                <Table.RowHeaderCell>
                  <Text weight="medium">{gift.name}</Text>
                  {gift.description && (
                    <Text as="div" size="1" color="gray">
                      {gift.description}
                    </Text>
                  )}
                </Table.RowHeaderCell>
                <Table.Cell justify="end">{formatMoney(gift.unitCostMinor, currency, locale)}</Table.Cell>
                <Table.Cell>{gift.supplier}</Table.Cell>
                <Table.Cell>
                  <Flex gap="1" wrap="wrap">
                    {gift.occasions.length === 0 ? (
                      <Text size="1" color="gray">
                        {t('gifts.anyOccasion')}
                      </Text>
                    ) : (
                      gift.occasions.map((o) => (
                        <Badge key={o} variant="soft" color="gray">
                          {t(`gifts.occasions.${o}`)}
                        </Badge>
                      ))
                    )}
                  </Flex>
                </Table.Cell>
                <Table.Cell justify="end">{gift.stock === null ? <Text color="gray">{t('gifts.stockUncounted')}</Text> : formatNumber(gift.stock, locale)}</Table.Cell>
                <Table.Cell justify="end">{formatNumber(gift.givenCount, locale)}</Table.Cell>
                <Table.Cell>
                  <Flex gap="2" justify="end">
                    <IconButton variant="ghost" color="gray" aria-label={`${t('gifts.edit')}: ${gift.name}`} onClick={() => setEditing({ gift, nonce: Date.now() })}>
                      <Pencil size={16} />
                    </IconButton>
                    <IconButton variant="ghost" color="red" aria-label={`${t('gifts.delete')}: ${gift.name}`} onClick={() => onDelete(gift)}>
                      <Trash2 size={16} />
                    </IconButton>
                  </Flex>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      )}
      {editing && (
        <GiftDialog key={editing.nonce} gift={editing.gift} currency={currency} open onOpenChange={(open) => !open && setEditing(null)} />
      )}
    </section>
  );
}
