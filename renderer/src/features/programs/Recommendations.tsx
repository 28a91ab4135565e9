import { Badge, Box, Button, Card, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { ArrowRight, CircleSlash, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { BusinessFacts, Program, Recommendation } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCreateProgram, useProgramRecommendations } from '../../lib/queries';
import { formatMoney, formatNumber } from '../customers/format';
import { percentText } from './figures';
import { TYPE_ICONS } from './kinds';

/**
 * "Recommended for you": the program types that suit this business, each with why in plain words and the numbers
 * the rule looked at, and one click to turn it into a draft; then, quietly, the types advised against and why.
 */
export function Recommendations({ today, programs, onOpen }: { today: string; programs: Program[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const answer = useProgramRecommendations(today);
  if (answer.error) return <ApiErrorCallout error={answer.error} title={t('programs.recommend.failed')} />;
  if (!answer.data) return <Spinner size="3" aria-label={t('common.loading')} />;
  const { facts, recommendations, notAdvised } = answer.data;
  return (
    <Flex direction="column" gap="4" data-testid="recommendations">
      <FactsLine facts={facts} />
      {recommendations.length === 0 ? (
        <Text color="gray">{t('programs.recommend.none')}</Text>
      ) : (
        <ol className="programs-recommendations" aria-label={t('programs.recommend.label')}>
          {recommendations.map((rec, index) => (
            <li key={rec.key}>
              <RecommendationCard rec={rec} first={index === 0} facts={facts} existing={programs.filter((p) => p.recommendation === rec.key)} onOpen={onOpen} />
            </li>
          ))}
        </ol>
      )}
      {notAdvised.length > 0 && (
        <Box className="programs-not-advised" data-testid="not-advised">
          <Heading as="h3" size="2" color="gray" mb="2">
            {t('programs.recommend.notAdvised')}
          </Heading>
          <ul>
            {notAdvised.map((item) => {
              const Icon = TYPE_ICONS[item.type];
              return (
                <li key={item.type}>
                  <Flex gap="2" align="start">
                    <CircleSlash size={14} aria-hidden className="muted-icon programs-not-icon" />
                    <Text size="2" color="gray">
                      <Icon size={13} aria-hidden className="programs-inline-icon" /> <Text weight="medium">{t(`programs.types.${item.type}`)}</Text>: {item.reason}
                    </Text>
                  </Flex>
                </li>
              );
            })}
          </ul>
        </Box>
      )}
    </Flex>
  );
}

/** The facts every rule read, in one sentence, so the reasons below can be checked against the business. */
function FactsLine({ facts }: { facts: BusinessFacts }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <Text as="p" size="2" color="gray" data-testid="recommend-facts">
      {t('programs.recommend.facts', {
        kind: t(`programs.recommend.kinds.${facts.kind}`),
        customers: formatNumber(facts.customers, locale),
        buyers: formatNumber(facts.buyers, locale),
        perBuyer: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(facts.purchasesPerBuyer),
        basket: formatMoney(facts.averageBasketMinor, facts.currency, locale),
        top: percentText(facts.topFifthRevenueShare * 100, locale, 0),
        repeat: percentText(facts.repeatRate * 100, locale, 0),
      })}
    </Text>
  );
}

/** A number the rule used, worded: money in its currency, shares as percentages, the rest as numbers. */
function usedValue(key: string, value: number | string, used: Recommendation['used'], locale: string, t: (key: string) => string): string | null {
  if (value === '' || key === 'currency') return null;
  if (typeof value === 'string') return key === 'kind' ? t(`programs.recommend.kinds.${value}`) : value;
  if (key.endsWith('EurMinor')) return formatMoney(value, 'EUR', locale);
  if (key.endsWith('Minor')) return formatMoney(value, typeof used.currency === 'string' ? used.currency : 'EUR', locale);
  if (key.endsWith('Share') || key.endsWith('Rate')) return percentText(value * 100, locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

function RecommendationCard({ rec, first, existing, onOpen }: { rec: Recommendation; first: boolean; facts: BusinessFacts; existing: Program[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateProgram();
  const Icon = TYPE_ICONS[rec.type];
  const headingId = `rec-${rec.key}`;
  const used = Object.entries(rec.used)
    .map(([key, value]) => ({ key, text: usedValue(key, value, rec.used, i18n.language, t) }))
    .filter((u): u is { key: string; text: string } => u.text !== null);

  const accept = () =>
    create.mutate(rec.draft, {
      onSuccess: (program) => {
        toast.success(t('programs.recommend.created', { name: program.name }));
        onOpen(program.id);
      },
      onError: (e) => toast.error(t('programs.recommend.createFailed'), { description: e.message }),
    });

  return (
    <Card size="3" asChild className={first ? 'programs-rec programs-rec-first' : 'programs-rec'}>
      <article aria-labelledby={headingId} data-testid="recommendation" data-key={rec.key}>
        <Flex gap="4" align="start">
          <Flex className="programs-type-icon" align="center" justify="center" aria-hidden>
            <Icon size={20} />
          </Flex>
          <Flex direction="column" gap="2" flexGrow="1" minWidth="0">
            <Flex gap="2" align="center" wrap="wrap">
              <Heading as="h3" size="3" id={headingId}>
                {t(`programs.types.${rec.type}`)}
              </Heading>
              {first && (
                <Badge color="grass" variant="soft">
                  {t('programs.recommend.best')}
                </Badge>
              )}
            </Flex>
            <Text as="p" size="2" weight="medium">
              {rec.draft.name}
            </Text>
            <ul className="programs-reasons" aria-label={t('programs.recommend.why')}>
              {rec.reasons.map((reason) => (
                <li key={reason}>
                  <Text size="2">{reason}</Text>
                </li>
              ))}
            </ul>
            {used.length > 0 && (
              <Flex gap="2" wrap="wrap" align="center" aria-label={t('programs.recommend.used')} role="group">
                <Text size="1" color="gray">
                  {t('programs.recommend.used')}:
                </Text>
                {used.map((u) => (
                  <Badge key={u.key} color="gray" variant="surface" size="1">
                    {t(`programs.used.${u.key}`, { defaultValue: u.key })}: {u.text}
                  </Badge>
                ))}
              </Flex>
            )}
            <Flex gap="3" mt="2" align="center" wrap="wrap">
              <Button onClick={accept} loading={create.isPending} variant={existing.length > 0 ? 'soft' : 'solid'} aria-describedby={headingId}>
                <Plus size={16} aria-hidden />
                {existing.length > 0 ? t('programs.recommend.createAnother') : t('programs.recommend.create')}
              </Button>
              {existing[0] && (
                <Button variant="ghost" onClick={() => onOpen(existing[0]!.id)}>
                  {t('programs.recommend.open', { name: existing[0].name })}
                  <ArrowRight size={14} aria-hidden />
                </Button>
              )}
            </Flex>
          </Flex>
        </Flex>
      </article>
    </Card>
  );
}
