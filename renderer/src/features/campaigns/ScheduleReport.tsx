import { Box, Button, Card, DataList, Flex, Grid, Heading, IconButton, SegmentedControl, Table, Text, TextField } from '@radix-ui/themes';
import { ArrowRight, Search, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, DroppedTouch, MovedTouch, ScheduleAnswer } from '@shared/domain/campaign';
import { formatDate, formatMoney, formatNumber } from '../customers/format';
import { useNavigation } from '../shell/navigation';
import { CHANNEL_ICONS, dropInWords, planIndex, type PlanIndex, reasonsInWords } from './words';

const PAGE = 25;

/**
 * The contact-pressure report of a schedule: per plan the counts, every moved touch (from → to, why) and every
 * dropped one (why), searchable by customer; a customer's name opens their page.
 */
export function ScheduleReport({ answer, campaigns, currency, onClose }: { answer: ScheduleAnswer; campaigns: Campaign[] | undefined; currency: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [search, setSearch] = useState('');
  const [by, setBy] = useState<'plan' | 'customer'>('plan');
  const index = useMemo(() => planIndex(campaigns, t('campaigns.report.unknownStep')), [campaigns, t]);
  const needle = search.trim().toLocaleLowerCase(locale);
  const matches = (name: string) => needle === '' || name.toLocaleLowerCase(locale).includes(needle);
  const moved = answer.moved.filter((m) => matches(m.customerName));
  const dropped = answer.dropped.filter((d) => matches(d.customerName));
  const capped = answer.movedCount > answer.moved.length || answer.droppedCount > answer.dropped.length;
  const totalCost = answer.campaigns.reduce((n, c) => n + c.costMinor, 0);

  return (
    <Card size="3" asChild>
      <section aria-labelledby="report-heading" data-testid="schedule-report">
        <Flex justify="between" align="start" gap="3" mb="3">
          <div>
            <Heading as="h2" size="5" id="report-heading">
              {t('campaigns.report.title')}
            </Heading>
            <Text as="p" size="2" color="gray">
              {t('campaigns.report.hint', { date: formatDate(answer.asOf, locale) })}
            </Text>
          </div>
          <IconButton variant="ghost" color="gray" aria-label={t('campaigns.report.close')} onClick={onClose}>
            <X size={16} />
          </IconButton>
        </Flex>
        <Grid columns={{ initial: '2', sm: '4' }} gap="3" mb="4">
          <Tile label={t('campaigns.report.planned')} value={formatNumber(answer.planned, locale)} />
          <Tile label={t('campaigns.report.moved')} value={formatNumber(answer.movedCount, locale)} tone={answer.movedCount > 0 ? 'amber' : undefined} />
          <Tile label={t('campaigns.report.dropped')} value={formatNumber(answer.droppedCount, locale)} tone={answer.droppedCount > 0 ? 'red' : undefined} />
          <Tile label={t('campaigns.report.cost')} value={formatMoney(totalCost, currency, locale)} />
        </Grid>
        {answer.movedCount + answer.droppedCount === 0 && (
          <Text as="p" size="2" mb="3">
            {t('campaigns.report.nothingChanged')}
          </Text>
        )}
        {answer.movedCount + answer.droppedCount > 0 && (
          <TextField.Root mb="3" type="search" placeholder={t('campaigns.report.search')} aria-label={t('campaigns.report.search')} value={search} onChange={(e) => setSearch(e.target.value)}>
            <TextField.Slot>
              <Search size={14} />
            </TextField.Slot>
          </TextField.Root>
        )}
        {capped && (
          <Text as="p" size="1" color="gray" mb="2">
            {t('campaigns.report.capped', { limit: formatNumber(answer.reportLimit, locale) })}
          </Text>
        )}
        {needle !== '' && moved.length + dropped.length === 0 && (
          <Text as="p" size="2" color="gray">
            {t('campaigns.report.noMatch', { search })}
          </Text>
        )}
        {answer.movedCount + answer.droppedCount > 0 && (
          <SegmentedControl.Root size="1" mb="3" value={by} onValueChange={(v) => setBy(v as 'plan' | 'customer')} aria-label={t('campaigns.report.groupBy')}>
            <SegmentedControl.Item value="plan">{t('campaigns.report.byPlan')}</SegmentedControl.Item>
            <SegmentedControl.Item value="customer">{t('campaigns.report.byCustomer')}</SegmentedControl.Item>
          </SegmentedControl.Root>
        )}
        {by === 'customer' ? (
          <ByCustomer moved={moved} dropped={dropped} index={index} />
        ) : (
          <Flex direction="column" gap="4">
            {answer.campaigns.map((plan) => {
              const planMoved = moved.filter((m) => m.campaignId === plan.id);
              const planDropped = dropped.filter((d) => d.campaignId === plan.id);
              if (needle !== '' && planMoved.length + planDropped.length === 0) return null;
              return (
                <Box key={plan.id} asChild>
                  <section aria-label={plan.name} data-testid="report-plan">
                    <Flex align="baseline" gap="3" wrap="wrap" mb="2">
                      <Heading as="h3" size="3">
                        {plan.name}
                      </Heading>
                      <Text size="2" color="gray">
                        {t('campaigns.report.planned')} {formatNumber(plan.planned, locale)} · {t('campaigns.report.moved')} {formatNumber(plan.moved, locale)} ·{' '}
                        {t('campaigns.report.dropped')} {formatNumber(plan.dropped, locale)} · {formatMoney(plan.costMinor, currency, locale)}
                      </Text>
                    </Flex>
                    {planMoved.length > 0 && <MovedTable rows={planMoved} stepName={(m) => index.step(m.campaignId, m.stepId)?.name ?? t('campaigns.report.unknownStep')} />}
                    {planDropped.length > 0 && <DroppedTable rows={planDropped} stepName={(d) => index.step(d.campaignId, d.stepId)?.name ?? t('campaigns.report.unknownStep')} />}
                  </section>
                </Box>
              );
            })}
          </Flex>
        )}
      </section>
    </Card>
  );
}

/** The same rows per customer: everything that moved or was dropped for one person, across the plans. */
function ByCustomer({ moved, dropped, index }: { moved: MovedTouch[]; dropped: DroppedTouch[]; index: PlanIndex }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [shown, setShown] = useState(PAGE);
  const people = useMemo(() => {
    const map = new Map<string, { id: string; name: string; lines: Array<{ key: string; step: string; text: string; dropped: boolean }> }>();
    const entry = (id: string, name: string) => {
      let e = map.get(id);
      if (!e) map.set(id, (e = { id, name, lines: [] }));
      return e;
    };
    for (const m of moved)
      entry(m.customerId, m.customerName).lines.push({
        key: `m:${m.campaignId}:${m.stepId}:${m.triggerDate}`,
        step: index.label(m.campaignId, m.stepId),
        text: `${formatDate(m.triggerDate, locale)} → ${formatDate(m.date, locale)}, ${t('campaigns.report.because', { reasons: reasonsInWords(m.reasons, t) })}`,
        dropped: false,
      });
    for (const d of dropped)
      entry(d.customerId, d.customerName).lines.push({
        key: `d:${d.campaignId}:${d.stepId}:${d.triggerDate}`,
        step: index.label(d.campaignId, d.stepId),
        text: `${formatDate(d.triggerDate, locale)}: ${t('campaigns.report.droppedWord')}, ${dropInWords(d.reason, d.blockers, t).toLocaleLowerCase(locale)}`,
        dropped: true,
      });
    return [...map.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [moved, dropped, index, locale, t]);
  return (
    <>
      <ul className="campaigns-plain-list campaigns-report-people">
        {people.slice(0, shown).map((p) => (
          <li key={p.id} data-testid="report-customer">
            <CustomerLink id={p.id} name={p.name} />
            <ul className="campaigns-plain-list">
              {p.lines.map((line) => (
                <li key={line.key}>
                  <Text size="2">{line.step}</Text>{' '}
                  <Text size="2" color={line.dropped ? 'red' : 'amber'}>
                    {line.text}
                  </Text>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {people.length > shown && (
        <Button mt="2" size="1" variant="soft" color="gray" onClick={() => setShown((n) => n + PAGE * 4)}>
          {t('campaigns.report.more', { count: people.length - shown })}
        </Button>
      )}
    </>
  );
}

function Tile({ label, value, tone }: { label: string; value: string; tone?: 'amber' | 'red' }) {
  return (
    <DataList.Root orientation="vertical" className="campaigns-tile" data-tone={tone}>
      <DataList.Item>
        <DataList.Label>{label}</DataList.Label>
        <DataList.Value>
          <Text size="5" weight="bold" className="customers-number">
            {value}
          </Text>
        </DataList.Value>
      </DataList.Item>
    </DataList.Root>
  );
}

export function CustomerLink({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const { openCustomer } = useNavigation();
  return (
    <button type="button" className="campaigns-link" onClick={() => openCustomer(id)} title={t('campaigns.report.openCustomer', { name })}>
      {name}
    </button>
  );
}

function MovedTable({ rows, stepName }: { rows: MovedTouch[]; stepName: (m: MovedTouch) => string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [shown, setShown] = useState(PAGE);
  return (
    <Box mb="3">
      <Text as="div" size="2" weight="medium" color="amber" mb="1">
        {t('campaigns.report.movedTitle', { count: rows.length })}
      </Text>
      <Table.Root size="1" variant="surface">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.customer')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.step')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>
              {t('campaigns.report.columns.from')} → {t('campaigns.report.columns.to')}
            </Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.why')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.slice(0, shown).map((m) => {
            const Icon = CHANNEL_ICONS[m.channel];
            return (
              <Table.Row key={`${m.stepId}:${m.customerId}:${m.triggerDate}`} data-testid="moved-row">
                <Table.RowHeaderCell>
                  <CustomerLink id={m.customerId} name={m.customerName} />
                </Table.RowHeaderCell>
                <Table.Cell>
                  <Flex gap="1" align="center">
                    <Icon size={14} aria-label={t(`campaigns.channels.${m.channel}`)} />
                    {stepName(m)}
                  </Flex>
                </Table.Cell>
                <Table.Cell>
                  <Flex gap="1" align="center" wrap="nowrap">
                    <time dateTime={m.triggerDate}>{formatDate(m.triggerDate, locale)}</time>
                    <ArrowRight size={12} aria-label="→" />
                    <time dateTime={m.date}>{formatDate(m.date, locale)}</time>
                  </Flex>
                </Table.Cell>
                <Table.Cell>{t('campaigns.report.because', { reasons: reasonsInWords(m.reasons, t) })}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
      {rows.length > shown && (
        <Button mt="2" size="1" variant="soft" color="gray" onClick={() => setShown((n) => n + PAGE * 4)}>
          {t('campaigns.report.more', { count: rows.length - shown })}
        </Button>
      )}
    </Box>
  );
}

function DroppedTable({ rows, stepName }: { rows: DroppedTouch[]; stepName: (d: DroppedTouch) => string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [shown, setShown] = useState(PAGE);
  return (
    <Box mb="3">
      <Text as="div" size="2" weight="medium" color="red" mb="1">
        {t('campaigns.report.droppedTitle', { count: rows.length })}
      </Text>
      <Table.Root size="1" variant="surface">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.customer')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.step')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.from')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('campaigns.report.columns.why')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.slice(0, shown).map((d) => {
            const Icon = CHANNEL_ICONS[d.channel];
            return (
              <Table.Row key={`${d.stepId}:${d.customerId}:${d.triggerDate}`} data-testid="dropped-row">
                <Table.RowHeaderCell>
                  <CustomerLink id={d.customerId} name={d.customerName} />
                </Table.RowHeaderCell>
                <Table.Cell>
                  <Flex gap="1" align="center">
                    <Icon size={14} aria-label={t(`campaigns.channels.${d.channel}`)} />
                    {stepName(d)}
                  </Flex>
                </Table.Cell>
                <Table.Cell>
                  <time dateTime={d.triggerDate}>{formatDate(d.triggerDate, locale)}</time>
                </Table.Cell>
                <Table.Cell>{dropInWords(d.reason, d.blockers, t)}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
      {rows.length > shown && (
        <Button mt="2" size="1" variant="soft" color="gray" onClick={() => setShown((n) => n + PAGE * 4)}>
          {t('campaigns.report.more', { count: rows.length - shown })}
        </Button>
      )}
    </Box>
  );
}
