import { Badge, Box, Button, Dialog, Flex, Radio, Spinner, Table, Text } from '@radix-ui/themes';
import { ArrowLeft, Copy, GitMerge } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type Customer, displayName } from '@shared/domain/customer';
import { type DuplicateGroup, MERGEABLE_FIELDS } from '@shared/domain/merge';
import { countryName, languageName } from '../../lib/intl';
import { call, isApiError } from '../../lib/api';
import { useCustomer, useDuplicates, useMergeCustomers } from '../../lib/queries';
import { formatDate } from './format';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

type MergeableField = (typeof MERGEABLE_FIELDS)[number];
const PAGE = 20;

/** "Find duplicates": a button in the customers header that opens the duplicates dialog. */
export function FindDuplicatesButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="2" variant="soft" onClick={() => setOpen(true)}>
        <Copy size={16} aria-hidden />
        {t('customers.duplicates.button')}
      </Button>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Content maxWidth="920px" size="4" aria-describedby={undefined}>
          {open && <Duplicates />}
        </Dialog.Content>
      </Dialog.Root>
    </>
  );
}

/** Groups of likely duplicates; a pair opens the side-by-side merge view. */
function Duplicates() {
  const { t } = useTranslation();
  const groups = useDuplicates();
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [shown, setShown] = useState(PAGE);

  if (pair) return <MergeView pair={pair} onBack={() => setPair(null)} />;
  const list = groups.data ?? [];
  return (
    <>
      <Dialog.Title size="6">{t('customers.duplicates.title')}</Dialog.Title>
      <Text as="p" size="2" color="gray" mb="4">
        {t('customers.duplicates.description')}
      </Text>
      {groups.isPending ? (
        <Flex justify="center" py="6" role="status" aria-label={t('common.loading')}>
          <Spinner size="3" />
        </Flex>
      ) : groups.error ? (
        <ApiErrorCallout error={groups.error} lead={t('customers.duplicates.loadFailed')} />
      ) : list.length === 0 ? (
        <Text as="p" size="3" my="5" align="center">
          {t('customers.duplicates.none')}
        </Text>
      ) : (
        <>
          <ul className="duplicates-list" aria-label={t('customers.duplicates.title')}>
            {list.slice(0, shown).map((group) => (
              <GroupRow key={`${group.reason}-${group.customerIds.join(',')}`} group={group} onReview={setPair} />
            ))}
          </ul>
          {list.length > shown && (
            <Flex justify="center" mt="3">
              <Button variant="soft" color="gray" size="1" onClick={() => setShown((n) => n + PAGE)}>
                {t('customers.duplicates.more')} ({list.length - shown})
              </Button>
            </Flex>
          )}
        </>
      )}
      <Flex justify="end" mt="5">
        <Dialog.Close>
          <Button variant="soft" color="gray">
            {t('customers.duplicates.close')}
          </Button>
        </Dialog.Close>
      </Flex>
    </>
  );
}

function GroupRow({ group, onReview }: { group: DuplicateGroup; onReview: (pair: [string, string]) => void }) {
  const { t } = useTranslation();
  const [first, ...others] = group.customerIds;
  return (
    <li className="duplicates-group">
      {/* three columns (reason, people, action), so every group lines up with the others */}
      <div className="duplicates-row">
        <Badge color={group.reason === 'email' ? 'blue' : group.reason === 'phone' ? 'violet' : 'orange'} variant="soft" size="2">
          {t(`customers.duplicates.reason.${group.reason}`)}
        </Badge>
        <Flex direction="column" gap="1" flexGrow="1" minWidth="0">
          {group.customerIds.map((id) => (
            <CustomerSummary key={id} id={id} />
          ))}
        </Flex>
        <Flex direction="column" gap="1">
          {others.map((other) => (
            <Button key={other} size="2" variant="soft" onClick={() => onReview([first!, other])}>
              <GitMerge size={16} aria-hidden />
              {t('customers.duplicates.review')}
            </Button>
          ))}
        </Flex>
      </div>
    </li>
  );
}

function CustomerSummary({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const customer = useCustomer(id);
  if (!customer.data) return <Spinner size="1" />;
  const c = customer.data;
  return (
    <Text size="2" className="duplicates-member">
      <Text weight="medium">{displayName(c)}</Text>
      <Text color="gray">
        {' · '}
        {[c.email, c.phone, c.city, t('customers.duplicates.purchases', { count: c.facts.purchaseCount }), t('customers.duplicates.added', { date: formatDate(c.createdAt.slice(0, 10), i18n.language) })]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Text>
  );
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined;

/** Which side each field takes by default: the kept customer's, empty ones filled; do-not-contact if either says so. */
function defaultChoices(kept: Customer, other: Customer): Record<MergeableField, 'kept' | 'other'> {
  const choices = {} as Record<MergeableField, 'kept' | 'other'>;
  for (const field of MERGEABLE_FIELDS) {
    if (field === 'doNotContact') choices[field] = !kept.doNotContact && other.doNotContact ? 'other' : 'kept';
    else choices[field] = isEmpty(kept[field]) && !isEmpty(other[field]) ? 'other' : 'kept';
  }
  return choices;
}

function MergeView({ pair, onBack }: { pair: [string, string]; onBack: () => void }) {
  const a = useCustomer(pair[0]);
  const b = useCustomer(pair[1]);
  const { t } = useTranslation();
  if (a.error || b.error) {
    return (
      <>
        <Dialog.Title>{t('customers.duplicates.mergeTitle')}</Dialog.Title>
        <ApiErrorCallout error={(a.error ?? b.error)!} icon={false} />
        <Button mt="4" variant="soft" color="gray" onClick={onBack}>
          {t('customers.duplicates.back')}
        </Button>
      </>
    );
  }
  if (!a.data || !b.data) {
    return (
      <Flex justify="center" py="6" role="status" aria-label={t('common.loading')}>
        <Spinner size="3" />
      </Flex>
    );
  }
  return <MergeForm a={a.data} b={b.data} onBack={onBack} />;
}

function MergeForm({ a, b, onBack }: { a: Customer; b: Customer; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const kept = keep === 'a' ? a : b;
  const other = keep === 'a' ? b : a;
  const [choices, setChoices] = useState(() => defaultChoices(kept, other));
  const merge = useMergeCustomers();

  const switchKeep = (next: 'a' | 'b') => {
    setKeep(next);
    setChoices(next === 'a' ? defaultChoices(a, b) : defaultChoices(b, a));
  };

  // Which customer's value each row shows as chosen, by column (a | b).
  const sideOf = (field: MergeableField): 'a' | 'b' => (choices[field] === 'kept' ? keep : keep === 'a' ? 'b' : 'a');
  const choose = (field: MergeableField, side: 'a' | 'b') => setChoices((c) => ({ ...c, [field]: side === keep ? 'kept' : 'other' }));

  const show = (field: MergeableField, c: Customer): string => {
    const value = c[field];
    if (field === 'doNotContact') return value ? t('customers.duplicates.yes') : t('customers.duplicates.no');
    if (isEmpty(value)) return '';
    if (field === 'kind') return t(`customers.kinds.${value as 'person' | 'company'}`);
    if (field === 'country') return countryName(String(value), locale);
    if (field === 'language') return languageName(String(value), locale);
    if (field === 'customerSince' || field === 'birthday') return formatDate(String(value), locale) || String(value);
    return String(value);
  };

  const rows = useMemo(() => MERGEABLE_FIELDS.filter((field) => !(isEmpty(a[field]) && isEmpty(b[field]))), [a, b]);
  const take = MERGEABLE_FIELDS.filter((field) => choices[field] === 'other');

  const submit = () =>
    merge.mutate(
      { keepId: kept.id, mergeId: other.id, take: [...take] },
      {
        onSuccess: ({ mergeId, customer }) => {
          onBack();
          toast.success(t('customers.duplicates.merged', { name: displayName(customer) }), {
            duration: 15_000,
            action: {
              label: t('customers.duplicates.undo'),
              // The merge view is gone by now, so this is a plain call (workspace.changed refreshes the views).
              onClick: () =>
                void call('customers.unmerge', { mergeId }).then(
                  () => toast.success(t('customers.duplicates.unmerged')),
                  (error: unknown) => toast.error(t('customers.duplicates.unmergeFailed'), { description: isApiError(error) ? error.message : String(error) }),
                ),
            },
          });
        },
      },
    );

  const header = (side: 'a' | 'b', c: Customer) => (
    <Table.ColumnHeaderCell className={`merge-col ${keep === side ? 'merge-kept' : ''}`}>
      <Flex direction="column" gap="1">
        <Text as="label" size="2" weight="bold">
          <Flex gap="2" align="center">
            <Radio name="merge-keep" value={side} checked={keep === side} onValueChange={() => switchKeep(side)} aria-label={`${t('customers.duplicates.keep')}: ${displayName(c)}`} />
            {displayName(c)}
          </Flex>
        </Text>
        <Text size="1" color="gray" weight="regular">
          {t('customers.duplicates.purchases', { count: c.facts.purchaseCount })} · {t('customers.duplicates.added', { date: formatDate(c.createdAt.slice(0, 10), locale) })}
        </Text>
        {keep === side && (
          <Badge color="green" variant="soft" size="1" style={{ alignSelf: 'start' }}>
            {t('customers.duplicates.keep')}
          </Badge>
        )}
      </Flex>
    </Table.ColumnHeaderCell>
  );

  const cell = (field: MergeableField, side: 'a' | 'b', c: Customer) => {
    const text = show(field, c);
    const same = show(field, a) === show(field, b);
    const otherEmpty = field !== 'doNotContact' && isEmpty((side === 'a' ? b : a)[field]);
    const selfEmpty = field !== 'doNotContact' && isEmpty(c[field]);
    // An empty value never replaces a filled one (the engine fills empty fields), so it cannot be chosen.
    const disabled = same || (selfEmpty && !otherEmpty);
    const label = `${t(`customers.fields.${field === 'kind' ? 'kind' : field}`)}: ${text || t('customers.duplicates.empty')} (${displayName(c)})`;
    return (
      <Table.Cell className={`merge-cell ${sideOf(field) === side && !same ? 'merge-chosen' : ''}`}>
        <Text as="label" size="2">
          <Flex gap="2" align="start">
            {!same && (
              <Radio
                name={`merge-${field}`}
                value={side}
                checked={sideOf(field) === side}
                disabled={disabled}
                onValueChange={() => choose(field, side)}
                aria-label={label}
              />
            )}
            <Text color={text ? undefined : 'gray'} className="merge-value">
              {text || t('customers.duplicates.empty')}
            </Text>
          </Flex>
        </Text>
      </Table.Cell>
    );
  };

  return (
    <>
      <Flex align="center" gap="3" mb="2">
        <Button variant="ghost" color="gray" size="2" onClick={onBack}>
          <ArrowLeft size={16} aria-hidden />
          {t('customers.duplicates.back')}
        </Button>
      </Flex>
      <Dialog.Title size="6">{t('customers.duplicates.mergeTitle')}</Dialog.Title>
      <Text as="p" size="2" color="gray" mb="4">
        {t('customers.duplicates.mergeHint')}
      </Text>
      <Box className="merge-table-wrap">
        <Table.Root size="1" variant="surface" aria-label={t('customers.duplicates.mergeTitle')}>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell width="160px">{t('customers.duplicates.field')}</Table.ColumnHeaderCell>
              {header('a', a)}
              {header('b', b)}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((field) => (
              <Table.Row key={field}>
                <Table.RowHeaderCell>
                  <Text size="2" weight="medium">
                    {field === 'kind' ? t('customers.duplicates.fields.kind') : t(`customers.fields.${field}`)}
                  </Text>
                </Table.RowHeaderCell>
                {cell(field, 'a', a)}
                {cell(field, 'b', b)}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Box>
      {merge.error && (
        <ApiErrorCallout error={merge.error} title={t('customers.duplicates.mergeFailed')} mt="4" />
      )}
      <Flex gap="3" mt="5" justify="end">
        <Button variant="soft" color="gray" onClick={onBack}>
          {t('create.cancel')}
        </Button>
        <Button onClick={submit} loading={merge.isPending}>
          <GitMerge size={16} aria-hidden />
          {t('customers.duplicates.merge')}
        </Button>
      </Flex>
    </>
  );
}

