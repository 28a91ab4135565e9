import { Box, Card, Flex, Grid, Heading, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { PROGRAM_CHANNELS, PROGRAM_STATUSES, PROGRAM_TYPES, type ProgramStatus, type ProgramType } from '@shared/domain/program';
import { Field } from '../../components/Field';
import { useGifts, useSegments } from '../../lib/queries';
import { formatMoney, formatNumber } from '../customers/format';
import { CheckList, NumberField } from './inputs';
import { switchType, TYPE_ICONS, type ProgramDraft } from './kinds';
import { RulesEditor } from './RulesEditor';
import type { DraftErrors } from './validation';

/**
 * The designer's fields for one program: what it is, its rules (by type), who it is for and how it reaches them,
 * its budget and dates. The draft lives with the caller (ProgramView), so it survives a look at the economics.
 */
export function ProgramDesigner({
  draft,
  change,
  errors,
  onValidity,
  currency,
}: {
  draft: ProgramDraft;
  change: (patch: Partial<ProgramDraft>) => void;
  errors: DraftErrors;
  onValidity: (id: string, valid: boolean) => void;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const segments = useSegments();
  const gifts = useGifts();

  return (
    <Flex direction="column" gap="4">
      <Card size="3" asChild>
        <section aria-labelledby="program-about-heading">
          <Heading as="h3" size="3" mb="3" id="program-about-heading">
            {t('programs.designer.about')}
          </Heading>
          <Flex direction="column" gap="3">
            <Grid columns={{ initial: '1', sm: '2fr 1fr' }} gap="3">
              <Field id="program-name" label={t('programs.designer.name')} error={errors.name}>
                <TextField.Root
                  id="program-name"
                  value={draft.name}
                  maxLength={120}
                  onChange={(e) => change({ name: e.target.value })}
                  aria-invalid={errors.name ? true : undefined}
                  aria-describedby={errors.name ? 'program-name-error' : undefined}
                />
              </Field>
              <Field id="program-status" label={t('programs.designer.status')} help={t(`programs.statusHelp.${draft.status}`)}>
                <Select.Root value={draft.status} onValueChange={(status) => change({ status: status as ProgramStatus })}>
                  <Select.Trigger id="program-status" style={{ width: '100%' }} />
                  <Select.Content>
                    {PROGRAM_STATUSES.map((status) => (
                      <Select.Item key={status} value={status}>
                        {t(`programs.status.${status}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              </Field>
            </Grid>
            <Field id="program-description" label={t('programs.designer.description')} error={errors.description}>
              <TextArea id="program-description" value={draft.description} rows={2} maxLength={4000} onChange={(e) => change({ description: e.target.value })} />
            </Field>
            <Field id="program-benefits" label={t('programs.designer.benefits')} help={t('programs.designer.benefitsHelp')} error={errors.benefits}>
              <TextArea id="program-benefits" value={draft.benefits} rows={3} maxLength={4000} onChange={(e) => change({ benefits: e.target.value })} />
            </Field>
            <Grid columns={{ initial: '1', sm: '3' }} gap="3">
              <NumberField
                id="program-budget"
                label={t('programs.designer.budget', { currency })}
                help={t('programs.designer.budgetHelp')}
                kind="money"
                value={draft.budgetMinor}
                onChange={(budgetMinor) => change({ budgetMinor })}
                onValidity={onValidity}
                error={errors.budgetMinor}
              />
              <Field id="program-start" label={t('programs.designer.start')} error={errors.startDate}>
                <TextField.Root id="program-start" type="date" value={draft.startDate} onChange={(e) => change({ startDate: e.target.value })} />
              </Field>
              <Field id="program-end" label={t('programs.designer.end')} error={errors.endDate}>
                <TextField.Root
                  id="program-end"
                  type="date"
                  value={draft.endDate}
                  onChange={(e) => change({ endDate: e.target.value })}
                  aria-invalid={errors.endDate ? true : undefined}
                  aria-describedby={errors.endDate ? 'program-end-error' : undefined}
                />
              </Field>
            </Grid>
          </Flex>
        </section>
      </Card>

      <Card size="3" asChild>
        <section aria-labelledby="program-rules-heading">
          <Flex justify="between" align="start" gap="3" mb="3" wrap="wrap">
            <Box>
              <Heading as="h3" size="3" id="program-rules-heading">
                {t('programs.designer.rules')}
              </Heading>
              <Text as="p" size="1" color="gray">
                {t(`programs.typeHelp.${draft.rules.type}`)}
              </Text>
            </Box>
            <Box minWidth="220px">
              <Field id="program-type" label={t('programs.designer.type')}>
                <Select.Root value={draft.rules.type} onValueChange={(type) => change({ rules: switchType(draft.rules, type as ProgramType) })}>
                  <Select.Trigger id="program-type" style={{ width: '100%' }} />
                  <Select.Content>
                    {PROGRAM_TYPES.map((type) => {
                      const Icon = TYPE_ICONS[type];
                      return (
                        <Select.Item key={type} value={type}>
                          <Flex align="center" gap="2" asChild>
                            <span>
                              <Icon size={14} aria-hidden />
                              {t(`programs.types.${type}`)}
                            </span>
                          </Flex>
                        </Select.Item>
                      );
                    })}
                  </Select.Content>
                </Select.Root>
              </Field>
            </Box>
          </Flex>
          <RulesEditor rules={draft.rules} onChange={(rules) => change({ rules })} currency={currency} errors={errors} onValidity={onValidity} />
        </section>
      </Card>

      <Card size="3" asChild>
        <section aria-labelledby="program-reach-heading">
          <Heading as="h3" size="3" mb="3" id="program-reach-heading">
            {t('programs.designer.reach')}
          </Heading>
          <Flex direction="column" gap="4">
            <CheckList
              legend={t('programs.designer.segments')}
              hint={t('programs.designer.segmentsHint')}
              empty={segments.isPending ? t('common.loading') : t('programs.designer.noSegments')}
              options={(segments.data ?? []).map((s) => ({
                value: s.id,
                label: (
                  <>
                    {s.name}{' '}
                    <Text color="gray" size="1">
                      ({formatNumber(s.count, locale)})
                    </Text>
                  </>
                ),
              }))}
              chosen={draft.segmentIds}
              onChange={(segmentIds) => change({ segmentIds })}
            />
            <CheckList
              legend={t('programs.designer.channels')}
              options={PROGRAM_CHANNELS.map((c) => ({ value: c, label: t(`programs.channels.${c}`) }))}
              chosen={draft.channels}
              onChange={(channels) => change({ channels })}
            />
            <CheckList
              legend={t('programs.designer.gifts')}
              hint={t('programs.designer.giftsHint')}
              empty={gifts.isPending ? t('common.loading') : t('programs.designer.noGifts')}
              columns="2"
              options={(gifts.data ?? []).map((g) => ({
                value: g.id,
                label: (
                  <>
                    {g.name}{' '}
                    <Text color="gray" size="1">
                      ({formatMoney(g.unitCostMinor, currency, locale)})
                    </Text>
                  </>
                ),
              }))}
              chosen={draft.giftIds}
              onChange={(giftIds) => change({ giftIds })}
            />
          </Flex>
        </section>
      </Card>
    </Flex>
  );
}
