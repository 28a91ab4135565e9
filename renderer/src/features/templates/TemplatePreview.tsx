import { Box, Button, Card, Flex, Heading, Select, Text, TextField } from '@radix-ui/themes';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/profile';
import type { TemplateVersion, TemplateWarningCode } from '@shared/domain/template';
import { renderForCustomer } from '@shared/logic/template';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCustomerSearch, useMergeContext, useSegmentMembers, useSegments } from '../../lib/queries';
import { WarningList } from './WarningList';

const VALUE_WARNINGS: ReadonlySet<TemplateWarningCode> = new Set(['missing-value', 'empty-result']);

/**
 * The text as one customer gets it, in the version they would get (their language, else the business's): pick a
 * customer, or walk a segment's members with previous/next.
 */
export function TemplatePreview({
  versions,
  business,
  withSubject,
}: {
  versions: Partial<Record<Language, TemplateVersion>>;
  business: Language;
  withSubject: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const found = useCustomerSearch(search, search.trim().length > 0);
  const segments = useSegments();
  const [members] = useSegmentMembers(segmentId ? [segmentId] : []);
  const ids = members?.data?.ids ?? [];
  const customerId = segmentId ? (ids[index] ?? null) : picked;
  // the customer's values come from the engine once; the text is rendered here as one types, by the same
  // renderForCustomer the documents use
  const context = useMergeContext(customerId);
  const result = useMemo(() => {
    if (!context.data || !Object.values(versions).some((v) => v !== undefined)) return null;
    const shown = withSubject ? versions : Object.fromEntries(Object.entries(versions).map(([l, v]) => [l, v && { ...v, subject: '' }]));
    return renderForCustomer({ versions: shown }, context.data.context, context.data.customerLanguage, business);
  }, [context.data, versions, business, withSubject]);

  return (
    <Card size="3" role="region" aria-label={t('templates.preview.title')}>
      <Flex direction="column" gap="3">
        <Heading as="h3" size="4">{t('templates.preview.title')}</Heading>
        <Flex gap="3" wrap="wrap" align="end">
          <Box flexGrow="1" minWidth="200px">
            <Text as="label" size="2" weight="medium">
              {t('templates.preview.customer')}
              <TextField.Root
                placeholder={t('templates.preview.customerSearch')}
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  setSegmentId(null);
                }}
              />
            </Text>
            {search.trim() && found.data && (
              <Flex direction="column" gap="1" mt="1" role="listbox" aria-label={t('templates.preview.customer')}>
                {found.data.rows.map((row) => (
                  <Button
                    key={row.id}
                    role="option"
                    aria-selected={row.id === picked}
                    variant={row.id === picked ? 'solid' : 'ghost'}
                    size="1"
                    style={{ justifyContent: 'flex-start' }}
                    onClick={() => {
                      setPicked(row.id);
                      setSearch('');
                    }}
                  >
                    {row.displayName}
                  </Button>
                ))}
              </Flex>
            )}
          </Box>
          <Box minWidth="200px">
            <Text as="label" size="2" weight="medium">
              {t('templates.preview.segment')}
              <Select.Root
                value={segmentId ?? 'none'}
                onValueChange={(value) => {
                  setSegmentId(value === 'none' ? null : value);
                  setIndex(0);
                }}
              >
                <Select.Trigger aria-label={t('templates.preview.segment')} style={{ width: '100%' }} />
                <Select.Content>
                  <Select.Item value="none">{t('templates.preview.noSegment')}</Select.Item>
                  {(segments.data ?? []).map((segment) => (
                    <Select.Item key={segment.id} value={segment.id}>{segment.name}</Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Text>
          </Box>
          {segmentId && ids.length > 0 && (
            <Flex gap="2" align="center">
              <Button variant="soft" aria-label={t('templates.preview.previous')} disabled={index === 0} onClick={() => setIndex(index - 1)}>
                <ChevronLeft size={16} />
              </Button>
              <Text size="2">{t('templates.preview.position', { index: index + 1, count: ids.length })}</Text>
              <Button variant="soft" aria-label={t('templates.preview.next')} disabled={index >= ids.length - 1} onClick={() => setIndex(index + 1)}>
                <ChevronRight size={16} />
              </Button>
            </Flex>
          )}
        </Flex>
        {!customerId && <Text size="2" color="gray">{t('templates.preview.pick')}</Text>}
        {context.error && <ApiErrorCallout error={context.error} title={t('templates.preview.failed')} />}
        {customerId && result && (
          <Flex direction="column" gap="2" data-testid="template-preview">
            <Text size="2" weight="medium">{context.data?.name}</Text>
            <Text size="1" color="gray">{t('templates.preview.language', { language: t(`templates.languages.${result.language}`) })}</Text>
            {result.fellBackFrom && (
              <Text size="2" color="amber">
                {t('templates.preview.fallback', {
                  name: context.data?.name ?? '',
                  wanted: t(`templates.languages.${result.fellBackFrom}`, { defaultValue: result.fellBackFrom }),
                  language: t(`templates.languages.${result.language}`),
                })}
              </Text>
            )}
            {result.subject && (
              <Text size="2">
                <Text weight="medium">{t('templates.preview.subject')}:</Text> {result.subject}
              </Text>
            )}
            <Box p="3" style={{ background: 'var(--gray-a2)', borderRadius: 'var(--radius-3)', whiteSpace: 'pre-wrap' }}>
              <Text size="3">{result.text}</Text>
            </Box>
            {/* what this customer's values leave out; syntax problems are listed under the text as one types */}
            <WarningList warnings={result.warnings.filter((w) => VALUE_WARNINGS.has(w.code))} />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
