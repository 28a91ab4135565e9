import { Badge, Box, Button, Card, Flex, Heading, IconButton, SegmentedControl, Spinner, Text } from '@radix-ui/themes';
import { addDays, addMonths, addWeeks, eachDayOfInterval, endOfMonth, endOfWeek, format, getISOWeek, isSameMonth, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, ScheduleAnswer, Touch } from '@shared/domain/campaign';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { usePolicy, useTouches } from '../../lib/queries';
import { formatDate, formatNumber } from '../customers/format';
import { CustomerLink } from './ScheduleReport';
import { CHANNEL_ICONS, planIndex, TOUCH_STATUS_COLOURS } from './words';

type View = 'month' | 'week';
const WEEK = { weekStartsOn: 1 } as const;
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
/** How many touches a day shows before "+N more". */
const SHOWN: Record<View, number> = { month: 3, week: 14 };

/**
 * The touches of the visible month or week (Monday first) from touches.list: per day the count and the first few
 * (channel and customer), closed days greyed with their names; previous / next / today, and the days reachable by
 * keyboard (arrows, Page Up / Down, Home / End, Enter). A day picked shows all its touches below.
 */
export function CalendarTab({ today, schedule, campaigns }: { today: string; schedule: ScheduleAnswer | undefined; campaigns: Campaign[] | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const policy = usePolicy();
  const [view, setView] = useState<View>('month');
  const [focused, setFocused] = useState(today);
  const [selected, setSelected] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const cursor = parseISO(focused);
  const start = view === 'month' ? startOfWeek(startOfMonth(cursor), WEEK) : startOfWeek(cursor, WEEK);
  const end = view === 'month' ? endOfWeek(endOfMonth(cursor), WEEK) : endOfWeek(cursor, WEEK);
  const days = eachDayOfInterval({ start, end });
  const from = iso(days[0]!);
  const to = iso(days[days.length - 1]!);
  const touches = useTouches({ from, to, limit: 5000 });

  const closed = useMemo(() => {
    const map = new Map<string, string>();
    for (const day of schedule?.closedDays ?? []) map.set(day.date, day.name);
    for (const day of policy.data?.closedDays ?? []) if (!map.has(day)) map.set(day, t('campaigns.policy.closed'));
    return map;
  }, [schedule, policy.data, t]);
  const byDay = useMemo(() => {
    const map = new Map<string, Touch[]>();
    for (const touch of touches.data?.touches ?? []) {
      const list = map.get(touch.date);
      if (list) list.push(touch);
      else map.set(touch.date, [touch]);
    }
    return map;
  }, [touches.data]);
  const counts = useMemo(() => new Map((touches.data?.perDay ?? []).map((d) => [d.date, d.count])), [touches.data]);
  const index = useMemo(() => planIndex(campaigns, t('campaigns.report.unknownStep')), [campaigns, t]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const go = (next: string, focus = true) => {
    moveFocus.current = focus;
    setFocused(next);
  };
  const step = (by: -1 | 1) => go(iso(view === 'month' ? addMonths(cursor, by) : addWeeks(cursor, by)), false);

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => Date> = {
      ArrowLeft: () => addDays(cursor, -1),
      ArrowRight: () => addDays(cursor, 1),
      ArrowUp: () => addDays(cursor, -7),
      ArrowDown: () => addDays(cursor, 7),
      PageUp: () => (view === 'month' ? addMonths(cursor, -1) : addWeeks(cursor, -1)),
      PageDown: () => (view === 'month' ? addMonths(cursor, 1) : addWeeks(cursor, 1)),
      Home: () => startOfWeek(cursor, WEEK),
      End: () => endOfWeek(cursor, WEEK),
    };
    if (event.key in moves) {
      event.preventDefault();
      go(iso(moves[event.key]!()));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelected(focused);
    }
  };

  const title =
    view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(cursor)
      : t('campaigns.calendar.weekOf', { week: getISOWeek(cursor), from: formatDate(from, locale), to: formatDate(to, locale) });
  const weekdays = days.slice(0, 7).map((d) => ({ short: new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d), long: new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(d) }));
  const rows = Array.from({ length: days.length / 7 }, (_, r) => days.slice(r * 7, r * 7 + 7));
  const dayTouches = selected ? (byDay.get(selected) ?? []) : [];
  const dayCount = selected ? (counts.get(selected) ?? 0) : 0;

  return (
    <section aria-labelledby="calendar-heading" data-testid="campaign-calendar">
      <Flex justify="between" align="center" gap="3" mb="3" wrap="wrap">
        <Flex align="center" gap="2">
          <IconButton variant="soft" color="gray" aria-label={t(view === 'month' ? 'campaigns.calendar.previousMonth' : 'campaigns.calendar.previousWeek')} onClick={() => step(-1)}>
            <ChevronLeft size={16} />
          </IconButton>
          <IconButton variant="soft" color="gray" aria-label={t(view === 'month' ? 'campaigns.calendar.nextMonth' : 'campaigns.calendar.nextWeek')} onClick={() => step(1)}>
            <ChevronRight size={16} />
          </IconButton>
          <Button variant="soft" color="gray" onClick={() => go(today, false)}>
            {t('campaigns.calendar.today')}
          </Button>
          <Heading as="h2" size="5" id="calendar-heading" ml="2" aria-live="polite" className="campaigns-calendar-title">
            {title}
          </Heading>
          {touches.isFetching && <Spinner size="1" />}
        </Flex>
        <SegmentedControl.Root value={view} onValueChange={(v) => setView(v as View)} aria-label={t('campaigns.calendar.view')}>
          <SegmentedControl.Item value="month">{t('campaigns.calendar.month')}</SegmentedControl.Item>
          <SegmentedControl.Item value="week">{t('campaigns.calendar.week')}</SegmentedControl.Item>
        </SegmentedControl.Root>
      </Flex>
      {touches.error && <ApiErrorCallout error={touches.error} title={t('campaigns.calendar.loadFailed')} />}
      <Flex gap="4" mb="2" wrap="wrap" align="center">
        <Flex align="center" gap="1">
          <span className="campaigns-legend campaigns-legend-closed" aria-hidden />
          <Text size="1" color="gray">
            {t('campaigns.calendar.legendClosed')}
          </Text>
        </Flex>
        <Flex align="center" gap="1">
          <span className="campaigns-legend campaigns-legend-today" aria-hidden />
          <Text size="1" color="gray">
            {t('campaigns.calendar.legendToday')}
          </Text>
        </Flex>
        {!schedule && (
          <Text size="1" color="gray">
            {t('campaigns.calendar.closedHint')}
          </Text>
        )}
        <Text size="1" color="gray">
          {t('campaigns.calendar.keys')}
        </Text>
      </Flex>
      <div ref={gridRef} role="grid" aria-labelledby="calendar-heading" className={`campaigns-calendar campaigns-calendar-${view}`} onKeyDown={onKey}>
        <div role="row" className="campaigns-calendar-row">
          {weekdays.map((w) => (
            <div role="columnheader" key={w.long} className="campaigns-calendar-weekday" aria-label={w.long}>
              {w.short}
            </div>
          ))}
        </div>
        {rows.map((row) => (
          <div role="row" key={iso(row[0]!)} className="campaigns-calendar-row">
            {row.map((d) => {
              const date = iso(d);
              const list = byDay.get(date) ?? [];
              const count = counts.get(date) ?? 0;
              const closedName = closed.get(date);
              const weekend = d.getDay() === 0 || d.getDay() === 6;
              const outside = view === 'month' && !isSameMonth(d, cursor);
              return (
                <div
                  role="gridcell"
                  key={date}
                  data-date={date}
                  data-testid="calendar-day"
                  tabIndex={date === focused ? 0 : -1}
                  aria-selected={date === selected}
                  aria-current={date === today ? 'date' : undefined}
                  aria-label={[formatDate(date, locale), closedName, count > 0 ? t('campaigns.calendar.count', { count }) : ''].filter(Boolean).join(', ')}
                  className="campaigns-day"
                  data-closed={closedName ? 'true' : undefined}
                  data-weekend={weekend ? 'true' : undefined}
                  data-outside={outside ? 'true' : undefined}
                  data-today={date === today ? 'true' : undefined}
                  onClick={() => {
                    setFocused(date);
                    setSelected(date);
                  }}
                >
                  <Flex justify="between" align="center" gap="1">
                    <span className="campaigns-day-number">{d.getDate()}</span>
                    {count > 0 && (
                      <Badge size="1" variant="soft" color="gray" highContrast radius="full" aria-hidden>
                        {formatNumber(count, locale)}
                      </Badge>
                    )}
                  </Flex>
                  {closedName && (
                    <Text as="div" size="1" className="campaigns-day-closed" truncate>
                      {closedName}
                    </Text>
                  )}
                  <ul className="campaigns-day-touches" aria-hidden>
                    {list.slice(0, SHOWN[view]).map((touch) => {
                      const Icon = CHANNEL_ICONS[touch.channel];
                      return (
                        <li key={touch.id} data-status={touch.status}>
                          <Icon size={12} />
                          <span>{touch.customerName}</span>
                        </li>
                      );
                    })}
                  </ul>
                  {count > Math.min(list.length, SHOWN[view]) && (
                    <Text as="div" size="1" color="gray" aria-hidden>
                      {t('campaigns.calendar.more', { count: count - Math.min(list.length, SHOWN[view]) })}
                    </Text>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {touches.data && touches.data.total === 0 && (
        <Text as="p" size="2" color="gray" mt="2">
          {t('campaigns.calendar.empty', { period: t(view === 'month' ? 'campaigns.calendar.periodMonth' : 'campaigns.calendar.periodWeek') })}
        </Text>
      )}
      {selected && (
        <Card size="2" mt="4" asChild>
          <section aria-labelledby="calendar-day-heading" data-testid="calendar-day-detail">
            <Heading as="h3" size="3" id="calendar-day-heading" mb="2">
              {t('campaigns.calendar.day', { date: formatDate(selected, locale) })}
            </Heading>
            {closed.get(selected) && (
              <Text as="p" size="2" color="gray" mb="2">
                {t('campaigns.calendar.dayClosed', { name: closed.get(selected) })}
              </Text>
            )}
            {dayTouches.length === 0 ? (
              <Text size="2" color="gray">
                {t('campaigns.calendar.dayNone', { date: formatDate(selected, locale) })}
              </Text>
            ) : (
              <ul className="campaigns-day-list">
                {dayTouches.map((touch) => {
                  const Icon = CHANNEL_ICONS[touch.channel];
                  return (
                    <li key={touch.id}>
                      <Icon size={14} aria-label={t(`campaigns.channels.${touch.channel}`)} />
                      <CustomerLink id={touch.customerId} name={touch.customerName} />
                      <Text size="2" color="gray">
                        {index.label(touch.campaignId, touch.stepId)}
                      </Text>
                      <Badge color={TOUCH_STATUS_COLOURS[touch.status]} variant="soft">
                        {t(`campaigns.touchStatuses.${touch.status}`)}
                      </Badge>
                    </li>
                  );
                })}
              </ul>
            )}
            {dayCount > dayTouches.length && (
              <Text as="p" size="1" color="gray" mt="2">
                {t('campaigns.calendar.dayCapped', { shown: dayTouches.length, total: dayCount })}
              </Text>
            )}
          </section>
        </Card>
      )}
      <Box />
    </section>
  );
}
