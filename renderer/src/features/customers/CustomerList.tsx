import { Badge, Box, Button, Callout, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { Filter, Plus, Users } from 'lucide-react';
import type { Membership } from '@shared/domain/segment';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerCount } from '../../lib/queries';
import { ImportButton } from '../import';
import { AddCustomerDialog } from './AddCustomerDialog';
import { CustomerGrid } from './CustomerGrid';
import { FindDuplicatesButton } from './Duplicates';
import './customers.css';

interface Props {
  workspacePath: string;
  currency: string;
  onOpen: (id: string) => void;
  /** The grid limited to a segment's (or an RFM cell's) members, with the words that say which. */
  membership?: { segment: Membership; label: string } | null;
  onShowEveryone?: () => void;
}

/** The customers grid with search, column chooser, selection actions and the Add customer dialog. */
export function CustomerList({ workspacePath, currency, onOpen, membership = null, onShowEveryone }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const count = useCustomerCount();
  const total = count.data?.total;
  const [adding, setAdding] = useState(false);

  return (
    <Flex direction="column" gap="4" px="6" pt="5" pb="4" height="100%" className="customers-list">
      <Flex align="center" gap="3" wrap="wrap">
        <Heading as="h1" size="7">
          {t('nav.customers')}
        </Heading>
        {total !== undefined && total > 0 && (
          <Badge size="2" color="gray" variant="soft" data-testid="customers-total">
            {t('customers.total', { count: total, formatted: new Intl.NumberFormat(locale).format(total) })}
          </Badge>
        )}
        <Box flexGrow="1" />
        {total !== 0 && (
          <Flex gap="2" align="center" wrap="wrap">
            {total !== undefined && total > 1 && <FindDuplicatesButton />}
            <ImportButton />
            <Button size="2" onClick={() => setAdding(true)}>
              <Plus size={16} aria-hidden />
              {t('customers.addButton')}
            </Button>
          </Flex>
        )}
      </Flex>
      {membership && (
        <Callout.Root size="1" color="blue" role="status" data-testid="customers-membership">
          <Callout.Icon>
            <Filter size={16} />
          </Callout.Icon>
          <Flex align="center" gap="3" wrap="wrap" asChild>
            <Callout.Text>
              <span>{t('customers.membership.showing', { label: membership.label })}</span>
              <Button size="1" variant="soft" onClick={onShowEveryone}>
                {t('customers.membership.everyone')}
              </Button>
            </Callout.Text>
          </Flex>
        </Callout.Root>
      )}
      {total === undefined ? (
        <Flex align="center" justify="center" py="9" role="status" aria-label={t('common.loading')}>
          <Spinner size="3" />
        </Flex>
      ) : total === 0 ? (
        <EmptyState onAdd={() => setAdding(true)} />
      ) : (
        <CustomerGrid workspacePath={workspacePath} currency={currency} locale={locale} onOpen={onOpen} total={total} segment={membership?.segment ?? null} />
      )}
      <AddCustomerDialog open={adding} onOpenChange={setAdding} onCreated={() => {}} />
    </Flex>
  );
}

function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Box className="placeholder-panel">
      <Flex direction="column" align="center" gap="3" py="9" px="6" style={{ textAlign: 'center' }}>
        <Flex className="placeholder-icon" align="center" justify="center" aria-hidden>
          <Users size={26} strokeWidth={1.5} />
        </Flex>
        <Heading as="h2" size="4">
          {t('customers.empty.title')}
        </Heading>
        <Text as="p" size="2" color="gray" style={{ maxWidth: 440 }}>
          {t('customers.empty.body')}
        </Text>
        <Flex gap="3" mt="2" wrap="wrap" justify="center">
          <Button size="2" onClick={onAdd}>
            <Plus size={16} aria-hidden />
            {t('customers.addButton')}
          </Button>
          <ImportButton />
        </Flex>
      </Flex>
    </Box>
  );
}
