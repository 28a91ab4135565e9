import { Badge, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { CustomerRfm } from '@shared/domain/rfm';
import { useProfile } from '../../lib/queries';
import { groupColour } from '../segments/rfmColours';
import { majorMoney, rfmReason } from '../segments/words';

/** A customer's RFM: the three scores, the group, why in words, and their lifetime value with its formula. */
export function RfmCard({ rfm, currency }: { rfm: CustomerRfm | null; currency: string }) {
  const { t, i18n } = useTranslation();
  const profile = useProfile();
  const words = { t, locale: i18n.language, currency };
  const margin = profile.data?.grossMarginPercent;
  return (
    <Card size="3" asChild>
      <section aria-labelledby="customer-rfm-heading" data-testid="customer-rfm">
        <Heading as="h2" size="4" id="customer-rfm-heading" mb="1">
          {t('rfm.card.title')}
        </Heading>
        <Text as="p" size="1" color="gray" mb="4">
          {t('rfm.card.hint')}
        </Text>
        {rfm === null ? (
          <Text size="2" color="gray">
            {t('rfm.card.none')}
          </Text>
        ) : (
          <>
            <Flex align="center" gap="2" mb="3" wrap="wrap">
              {(['r', 'f', 'm'] as const).map((score) => (
                <Badge key={score} size="2" variant="outline" color="gray" aria-label={`${t(`rfm.column.${score}Name`)}: ${rfm[score]}`}>
                  {t(`rfm.column.${score}`)} {rfm[score]}
                </Badge>
              ))}
              <Badge size="2" variant="soft" color={groupColour(rfm.group)}>
                {t(`rfm.groups.${rfm.group}`)}
              </Badge>
            </Flex>
            <Text as="p" size="2" mb="1" data-testid="customer-rfm-reason">
              {rfmReason(rfm, words)}
            </Text>
            <Text as="p" size="1" color="gray" mb="3">
              {t(`rfm.action.${rfm.group}`)} {t(`rfm.card.method.${rfm.method}`)}
            </Text>
            <DataList.Root size="2" orientation="horizontal">
              <DataList.Item>
                <DataList.Label minWidth="150px">{t('rfm.card.historic')}</DataList.Label>
                <DataList.Value>
                  <Text className="customers-number">{majorMoney(rfm.historicValue, words)}</Text>
                </DataList.Value>
              </DataList.Item>
              <DataList.Item>
                <DataList.Label minWidth="150px">{t('rfm.card.predicted')}</DataList.Label>
                <DataList.Value>
                  <Text className="customers-number">{majorMoney(rfm.predictedValue, words)}</Text>
                </DataList.Value>
              </DataList.Item>
            </DataList.Root>
            {margin !== undefined && (
              <Text as="p" size="1" color="gray" mt="3">
                {t('rfm.card.formula', { spent: majorMoney(rfm.spent, words), margin })}
              </Text>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
