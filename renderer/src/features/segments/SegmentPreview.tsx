import { Badge, Callout, Card, Flex, Heading, Spinner, Table, Text } from '@radix-ui/themes';
import { CircleAlert } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/useDebounced';
import { type SegmentRules, SegmentRulesSchema } from '@shared/domain/segment';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useSegmentPreview } from '../../lib/queries';
import { formatDate, formatMoney } from '../customers/format';
import { useNavigation } from '../shell/navigation';
import { groupColour } from './rfmColours';

/** Rows the preview shows (the engine counts them all). */
const PREVIEW_ROWS = 20;
const DEBOUNCE_MS = 300;

/**
 * The live count and first rows of the rules being built (segments.preview, asked ~300 ms after the last change).
 * The previous answer stays while the next loads; rules the schema refuses are not sent (`problem` is its message).
 */
export function useLivePreview(rules: SegmentRules) {
  const settled = useDebounced(rules, DEBOUNCE_MS);
  const checked = useMemo(() => SegmentRulesSchema.safeParse(settled), [settled]);
  const preview = useSegmentPreview(checked.success ? { rules: checked.data, limit: PREVIEW_ROWS } : null);
  const problem = checked.success ? null : (checked.error.issues[0]?.message ?? '');
  return { preview, problem, busy: preview.isFetching || rules !== settled };
}
export type LivePreview = ReturnType<typeof useLivePreview>;

/** "1,234 customers match", live: shown beside the rules as they change, and on the preview. */
export function LiveCount({ live, testId, announce = true }: { live: LivePreview; testId?: string; announce?: boolean }) {
  const { t, i18n } = useTranslation();
  const data = live.preview.data;
  return (
    <Flex align="center" gap="2">
      {/* announced once (beside the rules): the preview's copy stays quiet */}
      <Text size="3" weight="bold" role={announce ? 'status' : undefined} aria-live={announce ? 'polite' : undefined} data-testid={testId}>
        {data ? t('segments.preview.count', { count: data.count, formatted: new Intl.NumberFormat(i18n.language).format(data.count) }) : t('segments.preview.counting')}
      </Text>
      {live.busy && <Spinner size="1" aria-label={t('segments.preview.counting')} />}
    </Flex>
  );
}

/** The preview card: the count, the schema's or the engine's refusal, and the first rows (each opens the customer). */
export function SegmentPreview({ live, currency }: { live: LivePreview; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { openCustomer } = useNavigation();
  const { preview, problem } = live;
  const data = preview.data;

  return (
    <Card size="2" asChild>
      <section aria-labelledby="segment-preview-heading" className="segments-preview">
        <Flex align="center" gap="3" mb="3" wrap="wrap">
          <Heading as="h2" size="3" id="segment-preview-heading">
            {t('segments.preview.title')}
          </Heading>
          <LiveCount live={live} announce={false} />
        </Flex>
        {problem !== null && (
          <Callout.Root color="amber" size="1" mb="3" role="alert" data-testid="segment-invalid">
            <Callout.Icon>
              <CircleAlert size={16} />
            </Callout.Icon>
            <Callout.Text>
              <Text weight="bold">{t('segments.preview.invalid')}:</Text> {problem}
            </Callout.Text>
          </Callout.Root>
        )}
        {preview.error && <ApiErrorCallout error={preview.error} title={t('segments.preview.invalid')} />}
        {data && data.rows.length === 0 && (
          <Text as="p" size="2" color="gray">
            {t('segments.preview.none')}
          </Text>
        )}
        {data && data.rows.length > 0 && (
          <>
            <Table.Root size="1" variant="ghost" className="segments-preview-table">
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeaderCell>{t('segments.preview.name')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('segments.preview.email')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell justify="end">{t('segments.preview.total')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('segments.preview.lastPurchase')}</Table.ColumnHeaderCell>
                  <Table.ColumnHeaderCell>{t('segments.preview.group')}</Table.ColumnHeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.rows.map((row) => (
                  <Table.Row
                    key={row.id}
                    className="segments-preview-row"
                    tabIndex={0}
                    aria-label={t('segments.preview.open', { name: row.displayName })}
                    onClick={() => openCustomer(row.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        openCustomer(row.id);
                      }
                    }}
                  >
                    <Table.RowHeaderCell>{row.displayName}</Table.RowHeaderCell>
                    <Table.Cell>{row.email}</Table.Cell>
                    <Table.Cell justify="end" className="customers-number">
                      {formatMoney(row.totalMinor, currency, locale)}
                    </Table.Cell>
                    <Table.Cell>{formatDate(row.lastPurchase, locale)}</Table.Cell>
                    <Table.Cell>
                      {row.rfm && (
                        <Badge variant="soft" color={groupColour(row.rfm.group)}>
                          {t(`rfm.groups.${row.rfm.group}`)}
                        </Badge>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
            {data.count > data.rows.length && (
              <Text as="p" size="1" color="gray" mt="2">
                {t('segments.preview.first', { shown: data.rows.length })}
              </Text>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
