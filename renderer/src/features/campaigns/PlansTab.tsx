import { Badge, Button, Callout, Flex, Heading, IconButton, Progress, Spinner, Table, Text, VisuallyHidden } from '@radix-ui/themes';
import { CalendarCheck, CalendarRange, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Campaign } from '@shared/domain/campaign';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCampaigns, useDeleteCampaign, useRestoreCampaign, useSegments } from '../../lib/queries';
import { formatDate, formatMoney, formatNumber } from '../customers/format';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanEditor } from './PlanEditor';
import { STATUS_COLOURS } from './words';

/** The plans: a table with status, period, progress and spend; "New plan"; the editor for one plan; delete with undo. */
export function PlansTab({
  today,
  currency,
  scheduling,
  onSchedule,
  editing,
  onEdit,
}: {
  today: string;
  currency: string;
  scheduling: boolean;
  onSchedule: (plan: Campaign | null) => void;
  editing: string | null;
  onEdit: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const campaigns = useCampaigns();
  const segments = useSegments();
  const remove = useDeleteCampaign();
  const restore = useRestoreCampaign();
  const [creating, setCreating] = useState(false);
  const plan = campaigns.data?.find((c) => c.id === editing) ?? null;

  if (plan) return <PlanEditor key={plan.id} plan={plan} today={today} currency={currency} onBack={() => onEdit(null)} onSchedule={onSchedule} />;

  const onDelete = (c: Campaign) =>
    remove.mutate(
      { id: c.id },
      {
        onSuccess: () =>
          toast.success(t('campaigns.list.deleted', { name: c.name }), {
            duration: 10_000,
            action: {
              label: t('campaigns.list.undo'),
              onClick: () => restore.mutate({ id: c.id }, { onSuccess: (p) => toast.success(t('campaigns.list.restored', { name: p.name })) }),
            },
          }),
        onError: (error) => toast.error(t('campaigns.list.failed'), { description: error.message }),
      },
    );

  const segmentNames = (ids: string[]) =>
    ids.length === 0 ? t('campaigns.list.everyone') : ids.map((id) => segments.data?.find((s) => s.id === id)?.name ?? '…').join(', ');
  const anyActive = (campaigns.data ?? []).some((c) => c.status === 'active');

  return (
    <section aria-labelledby="plans-heading" data-testid="plans-tab">
      <Flex justify="between" align="start" gap="3" mb="4" wrap="wrap">
        <div>
          <Heading as="h2" size="5" id="plans-heading">
            {t('campaigns.list.title')}
          </Heading>
          <Text as="p" size="2" color="gray">
            {t('campaigns.list.scheduleAllHint')}
          </Text>
        </div>
        <Flex gap="2" wrap="wrap">
          <Button variant="soft" disabled={!anyActive} loading={scheduling} onClick={() => onSchedule(null)}>
            <CalendarCheck size={16} aria-hidden /> {t('campaigns.list.scheduleAll')}
          </Button>
          <Button onClick={() => setCreating(true)}>
            <Plus size={16} aria-hidden /> {t('campaigns.list.new')}
          </Button>
        </Flex>
      </Flex>
      {campaigns.isPending ? (
        <Spinner />
      ) : campaigns.error ? (
        <ApiErrorCallout error={campaigns.error} title={t('campaigns.list.loadFailed')} />
      ) : campaigns.data.length === 0 ? (
        <Callout.Root color="gray" variant="surface">
          <Callout.Icon>
            <CalendarRange size={16} />
          </Callout.Icon>
          <Callout.Text>
            <Text weight="bold">{t('campaigns.list.empty.title')}</Text> {t('campaigns.list.empty.text')}
          </Callout.Text>
        </Callout.Root>
      ) : (
        <Table.Root variant="surface" aria-labelledby="plans-heading">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell>{t('campaigns.list.columns.name')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('campaigns.list.columns.status')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('campaigns.list.columns.period')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('campaigns.list.columns.progress')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('campaigns.list.columns.spend')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>
                <VisuallyHidden>{t('campaigns.list.columns.actions')}</VisuallyHidden>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {campaigns.data.map((c) => {
              const p = c.progress;
              const total = p.planned + p.done + p.skipped;
              const over = c.budgetMinor > 0 && p.spentMinor + p.plannedCostMinor > c.budgetMinor;
              return (
                <Table.Row key={c.id} data-testid="plan-row">
                  <Table.RowHeaderCell>
                    <button type="button" className="campaigns-link" onClick={() => onEdit(c.id)}>
                      <Text weight="medium">{c.name}</Text>
                    </button>
                    <Text as="div" size="1" color="gray">
                      {t('campaigns.list.steps', { count: c.steps.length })} · {segmentNames(c.segmentIds)}
                    </Text>
                  </Table.RowHeaderCell>
                  <Table.Cell>
                    <Badge color={STATUS_COLOURS[c.status]} variant="soft">
                      {t(`campaigns.statuses.${c.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="2" className="campaigns-nowrap">{t('campaigns.list.period', { from: formatDate(c.startDate, locale), to: formatDate(c.endDate, locale) })}</Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Flex direction="column" gap="1" minWidth="160px">
                      {total > 0 && <Progress value={Math.round((100 * (p.done + p.skipped)) / total)} size="1" aria-hidden />}
                      <Text size="1">
                        {t('campaigns.list.progress', {
                          planned: formatNumber(p.planned, locale),
                          done: formatNumber(p.done, locale),
                          skipped: formatNumber(p.skipped, locale),
                          dropped: formatNumber(p.dropped, locale),
                        })}
                      </Text>
                    </Flex>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="2" as="div">
                      {c.budgetMinor > 0
                        ? t('campaigns.list.spent', { spent: formatMoney(p.spentMinor, currency, locale), budget: formatMoney(c.budgetMinor, currency, locale) })
                        : t('campaigns.list.noBudget', { spent: formatMoney(p.spentMinor, currency, locale) })}
                    </Text>
                    {p.plannedCostMinor > 0 && (
                      <Text size="1" color="gray" as="div">
                        {t('campaigns.list.plannedCost', { cost: formatMoney(p.plannedCostMinor, currency, locale) })}
                      </Text>
                    )}
                    {over && (
                      <Badge color="red" variant="soft" mt="1">
                        {t('campaigns.list.overBudget')}
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Flex gap="3" justify="end" align="center">
                      <Button size="1" variant="soft" disabled={scheduling || c.steps.length === 0} onClick={() => onSchedule(c)} aria-label={`${t('campaigns.list.schedule')}: ${c.name}`}>
                        <CalendarCheck size={14} aria-hidden /> {t('campaigns.list.schedule')}
                      </Button>
                      <IconButton variant="ghost" color="gray" aria-label={`${t('campaigns.list.edit')}: ${c.name}`} onClick={() => onEdit(c.id)}>
                        <Pencil size={16} />
                      </IconButton>
                      <IconButton variant="ghost" color="red" aria-label={`${t('campaigns.list.delete')}: ${c.name}`} onClick={() => onDelete(c)}>
                        <Trash2 size={16} />
                      </IconButton>
                    </Flex>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      )}
      {creating && (
        <NewPlanDialog
          today={today}
          currency={currency}
          onClose={() => setCreating(false)}
          onCreated={(p) => {
            setCreating(false);
            onEdit(p.id);
          }}
        />
      )}
    </section>
  );
}
