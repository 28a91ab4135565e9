import { Badge, Box, Button, Card, DropdownMenu, Flex, Heading, IconButton, SegmentedControl, Spinner, Text } from '@radix-ui/themes';
import {
  CalendarDays,
  ChevronDown,
  CircleAlert,
  FileText,
  Gift,
  Mail,
  MessageSquareQuote,
  Pencil,
  Phone,
  Plus,
  Share2,
  ShoppingBag,
  Store,
  Trash2,
  type LucideIcon,
} from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { TIMELINE_KINDS, type TimelineEntry, type TimelineItem, type TimelineKind } from '@shared/domain/timeline';
import { call, isApiError } from '../../lib/api';
import { useDeleteTimelineEntry, useTimeline } from '../../lib/queries';
import { formatDate, formatMoney } from './format';
import { TimelineEntryDialog } from './TimelineEntryDialog';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

const PAGE = 25;

const TOUCHPOINT_ICONS: Record<string, LucideIcon> = {
  email: Mail,
  phone: Phone,
  visit: Store,
  letter: FileText,
  gift: Gift,
  event: CalendarDays,
  social: Share2,
};

export function iconOf(item: TimelineEntry): LucideIcon {
  if (item.kind === 'purchase') return ShoppingBag;
  if (item.kind === 'feedback') return MessageSquareQuote;
  return TOUCHPOINT_ICONS[item.medium] ?? Mail;
}

/** The entry without what the engine added (for re-adding after a delete). */
export function entryOf(item: TimelineItem): TimelineEntry {
  const { id: _id, customerId: _customerId, createdAt: _createdAt, ...entry } = item;
  return entry as TimelineEntry;
}

type Filter = 'all' | TimelineKind;
type Editing = { kind: TimelineKind; item: TimelineItem | null } | null;

/** Purchases, touchpoints and feedback of one customer, newest first, with add, edit and delete (undoable). */
export function TimelineCard({ customerId, currency }: { customerId: string; currency: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(customerId);
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<Editing>(null);

  const items = useMemo(() => timeline.data ?? [], [timeline.data]);
  const counts = useMemo(() => {
    const c: Record<TimelineKind, number> = { purchase: 0, touchpoint: 0, feedback: 0 };
    for (const item of items) c[item.kind]++;
    return c;
  }, [items]);
  const visible = filter === 'all' ? items : items.filter((item) => item.kind === filter);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-timeline-heading" className="timeline-card">
        <Flex align="start" gap="3" mb="4" wrap="wrap">
          <Box flexGrow="1">
            <Heading as="h2" size="4" id="customer-timeline-heading" mb="1">
              {t('timeline.title')}
            </Heading>
            <Text as="p" size="1" color="gray">
              {t('timeline.hint')}
            </Text>
          </Box>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger>
              <Button size="2" aria-label={t('timeline.addLabel')}>
                <Plus size={16} aria-hidden />
                {t('timeline.add')}
                <ChevronDown size={14} aria-hidden />
              </Button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              {TIMELINE_KINDS.map((kind) => {
                const Icon = kind === 'purchase' ? ShoppingBag : kind === 'touchpoint' ? Phone : MessageSquareQuote;
                return (
                  <DropdownMenu.Item key={kind} onSelect={() => setEditing({ kind, item: null })}>
                    <Icon size={14} aria-hidden /> {t(`timeline.kinds.${kind}`)}
                  </DropdownMenu.Item>
                );
              })}
            </DropdownMenu.Content>
          </DropdownMenu.Root>
        </Flex>

        {items.length > 0 && (
          <SegmentedControl.Root size="1" value={filter} onValueChange={(value) => setFilter(value as Filter)} mb="3" aria-label={t('timeline.filter')}>
            <SegmentedControl.Item value="all">
              {t('timeline.all')} {items.length}
            </SegmentedControl.Item>
            {TIMELINE_KINDS.map((kind) => (
              <SegmentedControl.Item key={kind} value={kind}>
                {t(`timeline.kindsPlural.${kind}`)} {counts[kind]}
              </SegmentedControl.Item>
            ))}
          </SegmentedControl.Root>
        )}

        {timeline.isPending ? (
          <Flex justify="center" py="5" role="status" aria-label={t('common.loading')}>
            <Spinner />
          </Flex>
        ) : timeline.error ? (
          <ApiErrorCallout error={timeline.error} lead={t('timeline.loadFailed')} />
        ) : visible.length === 0 ? (
          <Text as="p" size="2" color="gray" className="timeline-empty">
            {t('timeline.empty')}
          </Text>
        ) : (
          <>
            <ol className="timeline-list" aria-label={t('timeline.title')}>
              {visible.slice(0, shown).map((item) => (
                <TimelineRow key={`${item.kind}-${item.id}`} item={item} onEdit={() => setEditing({ kind: item.kind, item })} />
              ))}
            </ol>
            {visible.length > shown && (
              <Flex justify="center" mt="3">
                <Button variant="soft" color="gray" size="1" onClick={() => setShown((n) => n + PAGE)}>
                  {t('timeline.more')} ({visible.length - shown})
                </Button>
              </Flex>
            )}
          </>
        )}
        <TimelineEntryDialog
          customerId={customerId}
          currency={currency}
          kind={editing?.kind ?? 'purchase'}
          item={editing?.item ?? null}
          open={editing !== null}
          onOpenChange={(open) => !open && setEditing(null)}
        />
      </section>
    </Card>
  );
}

function npsColor(score: number): 'green' | 'amber' | 'red' {
  return score >= 9 ? 'green' : score >= 7 ? 'amber' : 'red';
}

function TimelineRow({ item, onEdit }: { item: TimelineItem; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const remove = useDeleteTimelineEntry();
  const Icon = iconOf(item);

  let title: string;
  let meta: string[];
  let body: string[] = [];
  let side: ReactNode = null;
  if (item.kind === 'purchase') {
    title = item.product || t('timeline.purchaseFallback');
    meta = [item.category, item.outlet, item.orderRef ? t('timeline.order', { ref: item.orderRef }) : ''];
    side = (
      <Text size="3" weight="medium" className="customers-number timeline-amount">
        {formatMoney(item.amountMinor, item.currency, locale)}
      </Text>
    );
  } else if (item.kind === 'touchpoint') {
    title = t('timeline.touchpointTitle', { medium: t(`timeline.media.${item.medium}`), department: t(`timeline.departments.${item.department}`) });
    meta = [t(`timeline.directionShort.${item.direction}`)];
    body = [item.summary, item.outcome ? `→ ${item.outcome}` : ''];
  } else {
    title = t('timeline.feedbackFallback');
    meta = [item.source];
    body = [item.comment];
    side = (
      <Flex gap="1">
        {item.nps !== null && (
          <Badge color={npsColor(item.nps)} variant="soft" size="2" title={t(`timeline.npsGroup.${item.nps >= 9 ? 'promoter' : item.nps >= 7 ? 'passive' : 'detractor'}`)}>
            {t('timeline.nps', { score: item.nps })}
          </Badge>
        )}
        {item.satisfaction !== null && (
          <Badge color={item.satisfaction >= 4 ? 'green' : item.satisfaction === 3 ? 'amber' : 'red'} variant="soft" size="2">
            {t('timeline.satisfaction', { score: item.satisfaction })}
          </Badge>
        )}
      </Flex>
    );
  }
  const what = `${t(`timeline.kinds.${item.kind}`)} ${formatDate(item.date, locale)}`;

  const del = () =>
    remove.mutate(
      { kind: item.kind, id: item.id },
      {
        onSuccess: () =>
          toast(t('timeline.deleted', { what }), {
            duration: 10_000,
            action: {
              label: t('timeline.undo'),
              // The row is gone by now, so this is a plain call (the workspace.changed event refreshes the views).
              onClick: () =>
                void call('timeline.add', { customerId: item.customerId, entry: entryOf(item) }).then(
                  () => toast.success(t('timeline.restored')),
                  (error: unknown) => toast.error(t('timeline.failed'), { description: isApiError(error) ? error.message : String(error) }),
                ),
            },
          }),
        onError: (error) => toast.error(t('timeline.failed'), { description: isApiError(error) ? error.message : String(error) }),
      },
    );

  return (
    <li className="timeline-item" data-kind={item.kind}>
      <Flex className={`timeline-icon timeline-icon-${item.kind}`} align="center" justify="center" aria-hidden>
        <Icon size={16} />
      </Flex>
      <Box flexGrow="1" minWidth="0">
        <Flex align="baseline" gap="3" justify="between">
          <Text size="2" weight="medium" className="timeline-title">
            {title}
          </Text>
          {side}
        </Flex>
        {body.filter(Boolean).map((line, i) => (
          <Text as="p" key={i} size="2" color={i === 0 ? undefined : 'gray'} className="timeline-body">
            {line}
          </Text>
        ))}
        <Text as="p" size="1" color="gray" mt="1">
          <time dateTime={item.date}>{formatDate(item.date, locale)}</time>
          {meta.filter(Boolean).map((m) => ` · ${m}`)}
        </Text>
      </Box>
      <Flex gap="1" className="timeline-actions">
        <IconButton size="1" variant="ghost" color="gray" onClick={onEdit} aria-label={t('timeline.editNamed', { what })}>
          <Pencil size={14} aria-hidden />
        </IconButton>
        <IconButton size="1" variant="ghost" color="red" onClick={del} disabled={remove.isPending} aria-label={t('timeline.deleteNamed', { what })}>
          <Trash2 size={14} aria-hidden />
        </IconButton>
      </Flex>
    </li>
  );
}
