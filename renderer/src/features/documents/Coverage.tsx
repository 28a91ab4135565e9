import { Callout, Card, Flex, Heading, Link, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '@shared/contract/channels';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCoverage } from '../../lib/queries';
import { useNavigation } from '../shell/navigation';

/** Before a document is made: how many it reaches, who is left out and why (names open the customer). */
export function CoverageCard({ request }: { request: RequestOf<'templates.coverage'> | null }) {
  const { t } = useTranslation();
  const coverage = useCoverage(request);
  const { openCustomer } = useNavigation();
  return (
    <Card size="3" asChild>
      <section aria-labelledby="documents-coverage-heading" data-testid="documents-coverage">
        <Heading as="h2" size="4" id="documents-coverage-heading" mb="3">
          {t('documents.coverage.title')}
        </Heading>
        {request === null ? (
          <Text size="2" color="gray">
            {t('documents.coverage.choose')}
          </Text>
        ) : coverage.isPending ? (
          <Flex gap="2" align="center">
            <Spinner /> <Text size="2">{t('documents.coverage.loading')}</Text>
          </Flex>
        ) : coverage.error ? (
          <ApiErrorCallout error={coverage.error} title={t('documents.coverage.failed')} />
        ) : (
          <Flex direction="column" gap="2">
            <Text size="3" weight="medium" data-testid="documents-coverage-summary">
              {t('documents.coverage.summary', { included: coverage.data.included, total: coverage.data.total })}
            </Text>
            {coverage.data.excludedCount > 0 && (
              <Callout.Root color="amber" size="1">
                <Callout.Text>
                  {t('documents.coverage.excluded', { count: coverage.data.excludedCount })}
                  <ul className="documents-excluded">
                    {coverage.data.excluded.slice(0, 50).map((person) => (
                      <li key={person.customerId}>
                        <Link href="#" onClick={(e) => (e.preventDefault(), openCustomer(person.customerId))}>
                          {person.name}
                        </Link>{' '}
                        — {t(`documents.reasons.${person.reason}`)}
                      </li>
                    ))}
                  </ul>
                  {coverage.data.excludedCount > 50 && t('documents.coverage.more', { count: coverage.data.excludedCount - 50 })}
                </Callout.Text>
              </Callout.Root>
            )}
            {coverage.data.missingFields
              .filter((f) => f.count > 0)
              .map((f) => (
                <Text key={f.field} size="2" color={f.hasFallback ? 'gray' : 'amber'}>
                  {t(f.hasFallback ? 'documents.coverage.missingWithFallback' : 'documents.coverage.missing', { count: f.count, field: f.field })}
                </Text>
              ))}
            {coverage.data.languageFallbacks.map((l) => (
              <Text key={l.language} size="2" color="gray">
                {t('documents.coverage.language', { count: l.count, language: l.language })}
              </Text>
            ))}
          </Flex>
        )}
      </section>
    </Card>
  );
}
