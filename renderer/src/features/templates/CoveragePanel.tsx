import { Badge, Box, Button, Card, Flex, Heading, Link, Select, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '@shared/contract/channels';
import { DELIVERY_CHANNELS, type DeliveryChannel } from '@shared/domain/recipients';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCoverage, useSegments } from '../../lib/queries';
import { useNavigation } from '../shell/navigation';

/** Before producing anything: for a segment and a channel, who lacks a field the template uses and who is left out. */
export function CoveragePanel({ templateId }: { templateId: string | null }) {
  const { t } = useTranslation();
  const segments = useSegments();
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [channel, setChannel] = useState<DeliveryChannel>('letter');
  // asked for with the button, then kept fresh: any change to the book or the template checks again
  const [asked, setAsked] = useState<RequestOf<'templates.coverage'> | null>(null);
  const coverage = useCoverage(asked !== null && asked.templateId === templateId ? asked : null);
  const { openCustomer } = useNavigation();
  const result = coverage.data;
  return (
    <Card size="3" role="region" aria-label={t('templates.coverage.title')}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4">{t('templates.coverage.title')}</Heading>
        <Text size="2" color="gray">{t('templates.coverage.intro')}</Text>
        {!templateId ? (
          <Text size="2">{t('templates.coverage.saveFirst')}</Text>
        ) : (
          <Flex gap="3" align="end" wrap="wrap">
            <Text as="label" size="2" weight="medium">
              {t('templates.coverage.segment')}
              <Select.Root value={segmentId ?? undefined} onValueChange={setSegmentId}>
                <Select.Trigger aria-label={t('templates.coverage.segment')} style={{ minWidth: 220, display: 'flex' }} />
                <Select.Content>
                  {(segments.data ?? []).map((segment) => (
                    <Select.Item key={segment.id} value={segment.id}>{segment.name}</Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Text>
            <Text as="label" size="2" weight="medium">
              {t('templates.coverage.channel')}
              <Select.Root value={channel} onValueChange={(value) => setChannel(value as DeliveryChannel)}>
                <Select.Trigger aria-label={t('templates.coverage.channel')} style={{ minWidth: 140, display: 'flex' }} />
                <Select.Content>
                  {DELIVERY_CHANNELS.map((c) => (
                    <Select.Item key={c} value={c}>{t(`templates.coverage.channels.${c}`)}</Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Text>
            <Button
              disabled={!segmentId}
              loading={coverage.isFetching}
              onClick={() => segmentId && setAsked({ templateId, recipients: { segmentId }, channel })}
            >
              {t('templates.coverage.run')}
            </Button>
          </Flex>
        )}
        {coverage.error && <ApiErrorCallout error={coverage.error} title={t('templates.coverage.failed')} />}
        {result && (
          <Flex direction="column" gap="3" data-testid="coverage-result">
            <Text size="3" weight="medium">
              {t('templates.coverage.totals', { included: result.included, total: result.total, excluded: result.excludedCount })}
            </Text>
            <Box>
              <Heading as="h4" size="3" mb="1">{t('templates.coverage.missingFields')}</Heading>
              {result.missingFields.length === 0 ? (
                <Text size="2" color="gray">{t('templates.coverage.noMissing')}</Text>
              ) : (
                <Table.Root size="1" variant="surface">
                  <Table.Header>
                    <Table.Row>
                      <Table.ColumnHeaderCell>{t('templates.coverage.field')}</Table.ColumnHeaderCell>
                      <Table.ColumnHeaderCell>{t('templates.coverage.count')}</Table.ColumnHeaderCell>
                      <Table.ColumnHeaderCell>{t('templates.coverage.hasFallback')}</Table.ColumnHeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {result.missingFields.map((row) => (
                      <Table.Row key={row.field}>
                        <Table.RowHeaderCell>{row.field}</Table.RowHeaderCell>
                        <Table.Cell>{row.count}</Table.Cell>
                        <Table.Cell>
                          <Badge color={row.hasFallback ? 'green' : 'red'}>{row.hasFallback ? t('templates.coverage.yes') : t('templates.coverage.no')}</Badge>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table.Root>
              )}
            </Box>
            {result.languageFallbacks.length > 0 && (
              <Box>
                <Heading as="h4" size="3" mb="1">{t('templates.coverage.languageFallbacks')}</Heading>
                {result.languageFallbacks.map((row) => (
                  <Text as="div" size="2" key={row.language}>
                    {t(`templates.languages.${row.language}`, { defaultValue: row.language })}: {row.count}
                  </Text>
                ))}
              </Box>
            )}
            <Box>
              <Heading as="h4" size="3" mb="1">{t('templates.coverage.leftOut')}</Heading>
              {result.excluded.length === 0 ? (
                <Text size="2" color="gray">{t('templates.coverage.noneLeftOut')}</Text>
              ) : (
                <ul style={{ margin: 0, paddingLeft: '1em' }}>
                  {result.excluded.map((person) => (
                    <li key={person.customerId}>
                      <Text size="2">
                        <Link href="#" onClick={(e) => { e.preventDefault(); openCustomer(person.customerId); }}>{person.name}</Link>
                        {' — '}
                        {t(`templates.coverage.reasons.${person.reason}`)}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </Box>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
