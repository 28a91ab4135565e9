import { Callout, Flex, Grid, Spinner, Text } from '@radix-ui/themes';
import { CircleAlert } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useRfmScores } from '../../lib/queries';
import { formatDate } from '../customers/format';
import { ClvExplainer } from './ClvExplainer';
import { RfmGrid } from './RfmGrid';
import { RfmGroups } from './RfmGroups';
import { RfmMethod } from './RfmMethod';
import { groupTotals } from './rfmStats';

/** The RFM view: the 5 × 5 grid, the groups with what to do, how scores are set, and lifetime value explained. */
export function RfmView({ currency }: { currency: string }) {
  const { t, i18n } = useTranslation();
  const scores = useRfmScores();
  const groups = useMemo(() => groupTotals(scores.data?.customers ?? []), [scores.data]);
  if (scores.error) return <ApiErrorCallout error={scores.error} title={t('rfm.loadFailed')} />;
  if (!scores.data)
    return (
      <Flex justify="center" py="9" role="status" aria-label={t('common.loading')}>
        <Spinner size="3" />
      </Flex>
    );
  const data = scores.data;
  return (
    <Flex direction="column" gap="5">
      <Text size="1" color="gray">
        {t('rfm.asOf', { date: formatDate(data.asOf, i18n.language) })}
      </Text>
      {data.unconvertedCurrencies.length > 0 && (
        <Callout.Root color="amber" size="1" role="status">
          <Callout.Icon>
            <CircleAlert size={16} />
          </Callout.Icon>
          <Callout.Text>{t('rfm.unconverted', { currencies: data.unconvertedCurrencies.join(', ') })}</Callout.Text>
        </Callout.Root>
      )}
      {data.customers.length === 0 ? (
        <Text as="p" size="2" color="gray" data-testid="rfm-empty">
          {t('rfm.noBuyers')}
        </Text>
      ) : (
        <Grid columns={{ initial: '1', md: 'minmax(0, 1fr) 300px' }} gap="5" align="start">
          <Flex direction="column" gap="5" minWidth="0">
            <RfmGrid customers={data.customers} currency={currency} />
            <RfmMethod scores={data} currency={currency} />
          </Flex>
          <RfmGroups groups={groups} currency={currency} />
        </Grid>
      )}
      {data.customers.length > 0 && <ClvExplainer scores={data} groups={groups} currency={currency} />}
    </Flex>
  );
}
