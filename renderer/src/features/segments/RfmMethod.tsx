import { Button, Card, Flex, Grid, Heading, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { type RfmScoresResponse, type RfmThresholds, RfmThresholdsSchema } from '@shared/domain/rfm';
import { QUINTILE_MIN_BUYERS } from '@shared/logic/rfm';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useSaveRfmThresholds } from '../../lib/queries';

const MEASURES = ['recencyDays', 'purchases', 'spent'] as const;
type Measure = (typeof MEASURES)[number];
type Typed = Record<Measure, [string, string, string, string]>;

const typedOf = (thresholds: RfmThresholds): Typed => ({
  recencyDays: thresholds.recencyDays.map(String) as Typed['recencyDays'],
  purchases: thresholds.purchases.map(String) as Typed['purchases'],
  spent: thresholds.spent.map(String) as Typed['spent'],
});

/** The typed limits as numbers ('' and words become NaN, which the schema refuses with its message). */
const parsed = (typed: Typed) =>
  Object.fromEntries(MEASURES.map((m) => [m, typed[m].map((v) => (v.trim() === '' ? Number.NaN : Number(v.replace(',', '.'))))])) as Record<Measure, number[]>;

/**
 * How the scores are set: quintiles for 50 buyers or more; otherwise the fixed limits, shown and editable here
 * (four per measure, checked with RfmThresholdsSchema), saved with rfm.saveThresholds or put back to the defaults.
 */
export function RfmMethod({ scores, currency }: { scores: RfmScoresResponse; currency: string }) {
  const { t, i18n } = useTranslation();
  const buyers = new Intl.NumberFormat(i18n.language).format(scores.customers.length);
  return (
    <Card size="2" asChild>
      <section aria-labelledby="rfm-method-heading">
        <Heading as="h2" size="3" id="rfm-method-heading" mb="2">
          {t('rfm.method.title')}
        </Heading>
        {scores.method === 'quintiles' ? (
          <Text as="p" size="2">
            {t('rfm.method.quintiles', { count: buyers })}
          </Text>
        ) : (
          <>
            <Text as="p" size="2" mb="1">
              {t('rfm.method.thresholds', { count: buyers, min: QUINTILE_MIN_BUYERS })}
            </Text>
            <Text as="p" size="1" color="gray" mb="3">
              {scores.thresholdsSaved ? t('rfm.method.thresholdsSaved') : t('rfm.method.thresholdsDefault')}
            </Text>
            <ThresholdsForm key={JSON.stringify(scores.thresholds)} thresholds={scores.thresholds} saved={scores.thresholdsSaved} currency={currency} />
          </>
        )}
      </section>
    </Card>
  );
}

function ThresholdsForm({ thresholds, saved, currency }: { thresholds: RfmThresholds; saved: boolean; currency: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<Typed>(() => typedOf(thresholds));
  const [problems, setProblems] = useState<Partial<Record<Measure, string>>>({});
  const save = useSaveRfmThresholds();
  const dirty = JSON.stringify(typed) !== JSON.stringify(typedOf(thresholds));

  const set = (measure: Measure, index: number, value: string) =>
    setTyped((current) => ({ ...current, [measure]: current[measure].map((v, i) => (i === index ? value : v)) as Typed[Measure] }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = RfmThresholdsSchema.safeParse(parsed(typed));
    if (!checked.success) {
      const next: Partial<Record<Measure, string>> = {};
      for (const issue of checked.error.issues) {
        const measure = issue.path[0] as Measure;
        next[measure] ??= issue.code === 'invalid_type' ? t('rfm.thresholds.number') : issue.message;
      }
      setProblems(next);
      return;
    }
    setProblems({});
    save.mutate({ thresholds: checked.data }, { onSuccess: () => toast.success(t('rfm.thresholds.saved')) });
  };

  const label = (measure: Measure) => (measure === 'spent' ? t('rfm.thresholds.spent', { currency }) : t(`rfm.thresholds.${measure}`));
  return (
    <form onSubmit={submit} noValidate data-testid="rfm-thresholds">
      <Flex direction="column" gap="3">
        {MEASURES.map((measure) => (
          <fieldset key={measure} className="rfm-thresholds-row" aria-describedby={`rfm-${measure}-hint`}>
            <legend>
              <Text size="2" weight="medium">
                {label(measure)}
              </Text>
            </legend>
            <Text as="p" size="1" color="gray" id={`rfm-${measure}-hint`} mb="1">
              {t(`rfm.thresholds.${measure === 'recencyDays' ? 'recencyHint' : measure === 'purchases' ? 'purchasesHint' : 'spentHint'}`)}
            </Text>
            <Grid columns="4" gap="2">
              {typed[measure].map((value, index) => (
                <TextField.Root
                  key={index}
                  size="1"
                  inputMode="decimal"
                  value={value}
                  aria-label={t('rfm.thresholds.limit', { measure: label(measure), n: index + 1 })}
                  aria-invalid={problems[measure] !== undefined}
                  onChange={(e) => set(measure, index, e.target.value)}
                />
              ))}
            </Grid>
            {problems[measure] && (
              <Text as="p" size="1" color="red" mt="1" role="alert">
                {problems[measure]}
              </Text>
            )}
          </fieldset>
        ))}
        {save.error && <ApiErrorCallout error={save.error} title={t('rfm.thresholds.failed')} />}
        <Flex gap="2">
          <Button type="submit" size="2" disabled={!dirty} loading={save.isPending && save.variables?.thresholds !== null}>
            {t('rfm.thresholds.save')}
          </Button>
          <Button
            type="button"
            size="2"
            variant="soft"
            color="gray"
            disabled={!saved}
            loading={save.isPending && save.variables?.thresholds === null}
            onClick={() => save.mutate({ thresholds: null }, { onSuccess: () => toast.success(t('rfm.thresholds.resetDone')) })}
          >
            {t('rfm.thresholds.reset')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
