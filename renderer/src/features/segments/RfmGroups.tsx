import { Badge, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { GroupTotal } from './rfmStats';
import { groupColour } from './rfmColours';
import { majorMoney } from './words';

/** Each group with its customers and revenue, what it means in one line, and what the practice suggests doing. */
export function RfmGroups({ groups, currency }: { groups: readonly GroupTotal[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section aria-labelledby="rfm-groups-heading">
      <Heading as="h2" size="4" id="rfm-groups-heading" mb="3">
        {t('rfm.groupsTitle')}
      </Heading>
      <ul className="rfm-groups">
        {groups.map((g) => (
          <li key={g.group} data-testid={`rfm-group-${g.group}`}>
            <Flex align="center" gap="2" wrap="wrap">
              <Badge color={groupColour(g.group)} variant="soft" size="2">
                {t(`rfm.groups.${g.group}`)}
              </Badge>
              <Text size="1" color="gray" className="customers-number">
                {t('rfm.groupCount', {
                  customers: t('rfm.cellCount', { count: g.customers, formatted: new Intl.NumberFormat(locale).format(g.customers) }),
                  revenue: majorMoney(g.revenue, { t, locale, currency }),
                })}
              </Text>
            </Flex>
            <Text as="p" size="2" mt="1">
              {t(`rfm.explain.${g.group}`)} <Text color="gray">{t(`rfm.action.${g.group}`)}</Text>
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
