import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { Snowflake, Table2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Segment } from '@shared/domain/segment';
import { useFreezeSegment } from '../../lib/queries';
import { ExportCsvButton, type GridView } from '../customers/ExportCsvButton';
import { DEFAULT_VISIBLE } from '../customers/columns';
import { formatDate } from '../customers/format';
import { useNavigation } from '../shell/navigation';

/** The members' CSV: the grid's default columns with the totals, by name. */
const membersView = (): GridView => ({
  search: '',
  filters: [],
  sort: [{ field: 'displayName', direction: 'asc' }],
  visible: [...DEFAULT_VISIBLE, 'purchaseCount', 'daysSinceLastPurchase'],
});

/** What a saved segment's members can be used for: a CSV, the customers grid, a frozen list kept with its date. */
export function SegmentActions({ segment }: { segment: Segment }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { openCustomers } = useNavigation();
  const freeze = useFreezeSegment();
  const format = (n: number) => new Intl.NumberFormat(locale).format(n);

  const doFreeze = () =>
    freeze.mutate(
      { id: segment.id },
      {
        onSuccess: (snapshot) => toast.success(t('segments.actions.frozen', { count: snapshot.count, formatted: format(snapshot.count) })),
        onError: (error) => toast.error(t('segments.actions.freezeFailed'), { description: error.message }),
      },
    );

  return (
    <Card size="2" asChild>
      <section aria-label={t('segments.actions.snapshots')} className="segments-actions">
        <Flex gap="2" wrap="wrap">
          <ExportCsvButton view={membersView} segment={{ segmentId: segment.id }} label={t('segments.actions.export')} />
          <Button variant="soft" color="gray" onClick={() => openCustomers({ segment: { segmentId: segment.id }, label: segment.name })}>
            <Table2 size={16} aria-hidden />
            {t('segments.actions.open')}
          </Button>
          <Button variant="soft" color="gray" onClick={doFreeze} loading={freeze.isPending} title={t('segments.actions.freezeHint')}>
            <Snowflake size={16} aria-hidden />
            {t('segments.actions.freeze')}
          </Button>
        </Flex>
        <Heading as="h3" size="2" mt="4" mb="1">
          {t('segments.actions.snapshots')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="2">
          {t('segments.actions.freezeHint')}
        </Text>
        {segment.snapshots.length === 0 ? (
          <Text size="2" color="gray">
            {t('segments.actions.noSnapshots')}
          </Text>
        ) : (
          <ul className="segments-snapshots" data-testid="segment-snapshots">
            {segment.snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <Text size="2">
                  {t('segments.actions.snapshot', { date: formatDate(snapshot.frozenAt, locale), count: snapshot.count, formatted: format(snapshot.count) })}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
