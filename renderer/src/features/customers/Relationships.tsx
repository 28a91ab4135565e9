import { Badge, Box, Button, Card, Flex, Heading, IconButton, Link, Popover, Separator, Spinner, Text, TextField } from '@radix-ui/themes';
import { Search, UserRoundX, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type Customer, type CustomerPatch, displayName } from '@shared/domain/customer';
import { useCustomer, useCustomerSearch, useReferredCustomers, useUpdateCustomer } from '../../lib/queries';
import { formatDate } from './format';

/** Whether the "left the company" part applies: a person with a company. */
export const worksAtCompany = (c: Customer) => c.kind === 'person' && c.company !== '';

/** "Left Nordlys on 3 Mar 2025 · Successor: Eva Hansen", for the page header. */
export function LeftCompanyBadge({ customer, onOpen }: { customer: Customer; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  if (!customer.leftCompanyAt || !customer.company) return null;
  return (
    <Flex align="center" gap="2" wrap="wrap">
      <Badge color="amber" variant="soft" size="2" data-testid="left-company-badge">
        <UserRoundX size={14} aria-hidden />
        {t('customers.relations.leftBadge', { company: customer.company, date: formatDate(customer.leftCompanyAt, i18n.language) })}
      </Badge>
      {customer.successorId && <SuccessorLink id={customer.successorId} onOpen={onOpen} />}
    </Flex>
  );
}

function SuccessorLink({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const successor = useCustomer(id);
  if (!successor.data) return null;
  const name = displayName(successor.data);
  return (
    <Text size="2">
      {t('customers.relations.successor')}:{' '}
      <Link asChild size="2">
        <button type="button" className="link-button" onClick={() => onOpen(id)}>
          {name}
        </button>
      </Link>
    </Text>
  );
}

/** Referred by, customers they referred, and (for people at a company) leaving it with a successor. */
export function RelationshipsCard({ customer, onOpen }: { customer: Customer; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer();
  const save = (patch: CustomerPatch) =>
    update.mutate(
      { id: customer.id, patch },
      {
        onSuccess: () => toast.success(t('customers.relations.saved')),
        onError: (error) => toast.error(t('customers.relations.failed'), { description: error.message }),
      },
    );

  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-relations-heading">
        <Heading as="h2" size="4" id="customer-relations-heading" mb="1">
          {t('customers.relations.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="4">
          {t('customers.relations.hint')}
        </Text>
        <Flex direction="column" gap="4">
          <Box>
            <Text as="div" size="2" weight="medium" mb="1" id="referred-by-label">
              {t('customers.relations.referredBy')}
            </Text>
            <CustomerPicker
              labelId="referred-by-label"
              label={t('customers.relations.referredBy')}
              value={customer.referredBy}
              exclude={customer.id}
              emptyLabel={t('customers.relations.referredByNone')}
              onOpen={onOpen}
              busy={update.isPending}
              onChange={(referredBy) => save({ referredBy })}
            />
          </Box>
          <ReferredList customer={customer} onOpen={onOpen} />
          {worksAtCompany(customer) && (
            <>
              <Separator size="4" />
              <LeftCompany customer={customer} busy={update.isPending} onSave={save} onOpen={onOpen} />
            </>
          )}
        </Flex>
      </section>
    </Card>
  );
}

function ReferredList({ customer, onOpen }: { customer: Customer; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const count = customer.facts.referredCount;
  const referred = useReferredCustomers(customer.id, count);
  return (
    <Box>
      <Text as="div" size="2" weight="medium" mb="1" id="referred-list-label">
        {t('customers.relations.referred')}
      </Text>
      {count === 0 ? (
        <Text size="2" color="gray">
          {t('customers.relations.referredNone')}
        </Text>
      ) : referred.isPending ? (
        <Spinner />
      ) : (
        <ul className="relations-list" aria-labelledby="referred-list-label">
          {(referred.data ?? []).map((r) => (
            <li key={r.id}>
              <Link asChild size="2">
                <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
                  {r.name}
                </button>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}

function LeftCompany({ customer, busy, onSave, onOpen }: { customer: Customer; busy: boolean; onSave: (patch: CustomerPatch) => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(customer.leftCompanyAt);
  const [successor, setSuccessor] = useState<string | null>(customer.successorId);
  // What is saved changed (here or elsewhere): show it.
  useEffect(() => {
    setDate(customer.leftCompanyAt);
    setSuccessor(customer.successorId);
  }, [customer.leftCompanyAt, customer.successorId]);
  const dirty = date !== customer.leftCompanyAt || successor !== customer.successorId;
  const validDate = date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date);

  return (
    <Flex direction="column" gap="3" role="group" aria-labelledby="left-company-label">
      <Box>
        <Text as="div" size="2" weight="medium" id="left-company-label">
          {t('customers.relations.leftCompany')}
        </Text>
        <Text as="p" size="1" color="gray">
          {t('customers.relations.leftCompanyHelp', { company: customer.company })}
        </Text>
      </Box>
      <Flex direction="column" gap="1">
        <Text as="label" size="2" htmlFor="left-company-date">
          {t('customers.relations.leftOn')}
        </Text>
        <TextField.Root id="left-company-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </Flex>
      <Box>
        <Text as="div" size="2" mb="1" id="successor-label">
          {t('customers.relations.successor')}
        </Text>
        <CustomerPicker
          labelId="successor-label"
          label={t('customers.relations.successor')}
          value={successor}
          exclude={customer.id}
          initialSearch={customer.company}
          emptyLabel={t('customers.relations.successorNone')}
          onOpen={onOpen}
          onChange={setSuccessor}
        />
      </Box>
      <Flex gap="2" justify="end">
        {customer.leftCompanyAt !== '' && (
          <Button size="2" variant="soft" color="gray" disabled={busy} onClick={() => onSave({ leftCompanyAt: '', successorId: null })}>
            {t('customers.relations.undoLeft')}
          </Button>
        )}
        <Button size="2" disabled={!dirty || !validDate || (date === '' && successor !== null)} loading={busy} onClick={() => onSave({ leftCompanyAt: date, successorId: successor })}>
          {t('customers.relations.save')}
        </Button>
      </Flex>
    </Flex>
  );
}

/**
 * One customer, chosen by searching: shows the chosen one as a link with Change and Clear; the search opens in a
 * popover and lists a few matches (never the customer themselves).
 */
export function CustomerPicker({
  labelId,
  label,
  value,
  exclude,
  emptyLabel,
  initialSearch = '',
  busy = false,
  onChange,
  onOpen,
}: {
  labelId: string;
  label: string;
  value: string | null;
  exclude: string;
  emptyLabel: string;
  initialSearch?: string;
  busy?: boolean;
  onChange: (id: string | null) => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState(initialSearch);
  const [search, setSearch] = useState(initialSearch);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 150);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useCustomerSearch(search, open && search !== '');
  const chosen = useCustomer(value);
  const rows = (results.data?.rows ?? []).filter((row) => row.id !== exclude);

  return (
    <Flex align="center" gap="2" wrap="wrap" aria-labelledby={labelId} role="group">
      {value === null ? (
        <Text size="2" color="gray">
          {emptyLabel}
        </Text>
      ) : chosen.data ? (
        <Link asChild size="2" weight="medium">
          <button type="button" className="link-button" onClick={() => onOpen(value)} data-testid={`${labelId}-value`}>
            {displayName(chosen.data)}
          </button>
        </Link>
      ) : (
        <Spinner size="1" />
      )}
      <Box flexGrow="1" />
      <Popover.Root
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) setTyped(initialSearch);
        }}
      >
        <Popover.Trigger>
          <Button size="1" variant="soft" disabled={busy} aria-label={`${value === null ? t('customers.relations.choose') : t('customers.relations.change')} (${label})`}>
            {value === null ? t('customers.relations.choose') : t('customers.relations.change')}
          </Button>
        </Popover.Trigger>
        <Popover.Content width="320px" align="end" aria-label={label}>
          <TextField.Root
            size="2"
            autoFocus
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={t('customers.relations.searchPlaceholder')}
            aria-label={t('customers.relations.searchLabel')}
            type="search"
          >
            <TextField.Slot>
              <Search size={14} aria-hidden />
            </TextField.Slot>
          </TextField.Root>
          <Box mt="2" className="picker-results">
            {search === '' ? (
              <Text size="1" color="gray">
                {t('customers.relations.typeToSearch')}
              </Text>
            ) : results.isPending ? (
              <Spinner />
            ) : rows.length === 0 ? (
              <Text size="1" color="gray">
                {t('customers.relations.noResults')}
              </Text>
            ) : (
              <ul className="picker-list" role="listbox" aria-label={label}>
                {rows.map((row) => (
                  <li key={row.id} role="option" aria-selected={row.id === value}>
                    <button
                      type="button"
                      className="picker-option"
                      onClick={() => {
                        setOpen(false);
                        onChange(row.id);
                      }}
                    >
                      <Text size="2" weight="medium">
                        {row.displayName}
                      </Text>
                      <Text size="1" color="gray">
                        {[row.company !== row.displayName ? row.company : '', row.email, row.city].filter(Boolean).join(' · ')}
                      </Text>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Box>
        </Popover.Content>
      </Popover.Root>
      {value !== null && (
        <IconButton size="1" variant="ghost" color="gray" disabled={busy} onClick={() => onChange(null)} aria-label={t('customers.relations.clearNamed', { label })}>
          <X size={14} aria-hidden />
        </IconButton>
      )}
    </Flex>
  );
}
