import { Box, Button, Flex, Grid, IconButton, RadioGroup, Select, Text, TextField } from '@radix-ui/themes';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AttentionRules, PointsRules, ProgramRules, Reward, StampCardRules, TiersRules } from '@shared/domain/program';
import { Field } from '../../components/Field';
import type { DraftErrors } from './validation';
import { NumberField } from './inputs';

interface Common {
  currency: string;
  errors: DraftErrors;
  onValidity: (id: string, valid: boolean) => void;
}

/** The type-specific rules of a program: stamps, points, tiers, referral rewards, or an attention program's reward. */
export function RulesEditor({ rules, onChange, ...common }: Common & { rules: ProgramRules; onChange: (rules: ProgramRules) => void }) {
  switch (rules.type) {
    case 'stampCard':
      return <StampCardRulesEditor rules={rules} onChange={onChange} {...common} />;
    case 'points':
      return <PointsRulesEditor rules={rules} onChange={onChange} {...common} />;
    case 'tiers':
      return <TiersRulesEditor rules={rules} onChange={onChange} {...common} />;
    case 'referral':
      return (
        <Flex direction="column" gap="4">
          <RewardFields id="advocate" legendKey="programs.rules.advocateReward" reward={rules.advocateReward} onChange={(advocateReward) => onChange({ ...rules, advocateReward })} path="rules.advocateReward" {...common} />
          <RewardFields id="friend" legendKey="programs.rules.friendReward" reward={rules.friendReward} onChange={(friendReward) => onChange({ ...rules, friendReward })} path="rules.friendReward" {...common} />
        </Flex>
      );
    default:
      return <AttentionRulesEditor rules={rules} onChange={onChange} {...common} />;
  }
}

/** A reward's description and its cost to the business, as a labelled pair. */
function RewardFields({
  id,
  legendKey,
  reward,
  onChange,
  path,
  currency,
  errors,
  onValidity,
  hintKey,
}: Common & { id: string; legendKey: string; reward: Reward; onChange: (reward: Reward) => void; path: string; hintKey?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="programs-fieldset">
      <legend>
        <Text size="2" weight="bold">
          {t(legendKey)}
        </Text>
      </legend>
      {hintKey && (
        <Text as="p" size="1" color="gray" mb="2">
          {t(hintKey)}
        </Text>
      )}
      <Grid columns={{ initial: '1', sm: '2fr 1fr' }} gap="3">
        <Field id={`${id}-reward`} label={t('programs.rules.rewardDescription')} error={errors[`${path}.description`]}>
          <TextField.Root id={`${id}-reward`} value={reward.description} placeholder={t('programs.rules.rewardPlaceholder')} maxLength={200} onChange={(e) => onChange({ ...reward, description: e.target.value })} />
        </Field>
        <NumberField
          id={`${id}-reward-cost`}
          label={t('programs.rules.rewardCost', { currency })}
          help={t('programs.rules.rewardCostHelp')}
          kind="money"
          value={reward.costMinor}
          onChange={(costMinor) => onChange({ ...reward, costMinor })}
          onValidity={onValidity}
          error={errors[`${path}.costMinor`]}
        />
      </Grid>
    </fieldset>
  );
}

function StampCardRulesEditor({ rules, onChange, ...common }: Common & { rules: StampCardRules; onChange: (rules: ProgramRules) => void }) {
  const { t } = useTranslation();
  const { errors, onValidity, currency } = common;
  return (
    <Flex direction="column" gap="4">
      <Box>
        <Text as="div" size="2" weight="medium" mb="1" id="stamps-per-label">
          {t('programs.rules.stampsPer')}
        </Text>
        <RadioGroup.Root aria-labelledby="stamps-per-label" value={rules.stampsPer} onValueChange={(v) => onChange({ ...rules, stampsPer: v as StampCardRules['stampsPer'] })}>
          <RadioGroup.Item value="purchase">{t('programs.rules.perPurchase')}</RadioGroup.Item>
          <RadioGroup.Item value="amount">{t('programs.rules.perAmount')}</RadioGroup.Item>
        </RadioGroup.Root>
      </Box>
      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        {rules.stampsPer === 'amount' && (
          <NumberField
            id="stamp-amount"
            label={t('programs.rules.amountPerStamp', { currency })}
            kind="money"
            value={rules.amountPerStampMinor}
            onChange={(amountPerStampMinor) => onChange({ ...rules, amountPerStampMinor })}
            onValidity={onValidity}
            error={errors['rules.amountPerStampMinor']}
          />
        )}
        <NumberField
          id="stamp-reward-at"
          label={t('programs.rules.rewardAt')}
          help={t('programs.rules.rewardAtHelp', { count: rules.rewardAt })}
          kind="integer"
          suffix={t('programs.rules.stamps')}
          value={rules.rewardAt}
          onChange={(rewardAt) => onChange({ ...rules, rewardAt })}
          onValidity={onValidity}
          error={errors['rules.rewardAt']}
        />
      </Grid>
      <RewardFields id="stamp" legendKey="programs.rules.reward" reward={rules.reward} onChange={(reward) => onChange({ ...rules, reward })} path="rules.reward" {...common} />
    </Flex>
  );
}

function PointsRulesEditor({ rules, onChange, ...common }: Common & { rules: PointsRules; onChange: (rules: ProgramRules) => void }) {
  const { t } = useTranslation();
  const { errors, onValidity, currency } = common;
  const setThreshold = (index: number, next: PointsRules['thresholds'][number]) => onChange({ ...rules, thresholds: rules.thresholds.map((x, i) => (i === index ? next : x)) });
  return (
    <Flex direction="column" gap="4">
      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        <NumberField
          id="points-rate"
          label={t('programs.rules.pointsPerUnit', { currency })}
          kind="decimal"
          value={rules.pointsPerUnit}
          onChange={(pointsPerUnit) => onChange({ ...rules, pointsPerUnit })}
          onValidity={onValidity}
          error={errors['rules.pointsPerUnit']}
        />
        <NumberField
          id="points-expiry"
          label={t('programs.rules.expiryMonths')}
          help={t('programs.rules.expiryHelp')}
          kind="integer"
          suffix={t('programs.rules.months')}
          value={rules.expiryMonths}
          onChange={(expiryMonths) => onChange({ ...rules, expiryMonths })}
          onValidity={onValidity}
          error={errors['rules.expiryMonths']}
        />
      </Grid>
      <fieldset className="programs-fieldset">
        <legend>
          <Text size="2" weight="bold">
            {t('programs.rules.thresholds')}
          </Text>
        </legend>
        <Text as="p" size="1" color="gray" mb="2">
          {t('programs.rules.thresholdsHint')}
        </Text>
        <Flex direction="column" gap="3">
          {rules.thresholds.map((threshold, index) => (
            <Grid key={index} columns={{ initial: '1', sm: '120px 2fr 1fr auto' }} gap="3" align="start" className="programs-row" role="group" aria-label={t('programs.rules.thresholdN', { n: index + 1 })}>
              <NumberField
                id={`threshold-${index}-points`}
                label={t('programs.rules.points')}
                kind="integer"
                value={threshold.points}
                onChange={(points) => setThreshold(index, { ...threshold, points })}
                onValidity={onValidity}
                error={errors[`rules.thresholds.${index}.points`]}
              />
              <Field id={`threshold-${index}-reward`} label={t('programs.rules.rewardDescription')} error={errors[`rules.thresholds.${index}.reward.description`]}>
                <TextField.Root
                  id={`threshold-${index}-reward`}
                  value={threshold.reward.description}
                  placeholder={t('programs.rules.rewardPlaceholder')}
                  maxLength={200}
                  onChange={(e) => setThreshold(index, { ...threshold, reward: { ...threshold.reward, description: e.target.value } })}
                />
              </Field>
              <NumberField
                id={`threshold-${index}-cost`}
                label={t('programs.rules.rewardCost', { currency })}
                kind="money"
                value={threshold.reward.costMinor}
                onChange={(costMinor) => setThreshold(index, { ...threshold, reward: { ...threshold.reward, costMinor } })}
                onValidity={onValidity}
                error={errors[`rules.thresholds.${index}.reward.costMinor`]}
              />
              <RemoveRow
                label={t('programs.rules.removeThreshold', { n: index + 1 })}
                disabled={rules.thresholds.length <= 1}
                onClick={() => onChange({ ...rules, thresholds: rules.thresholds.filter((_, i) => i !== index) })}
              />
            </Grid>
          ))}
        </Flex>
        {errors['rules.thresholds'] && (
          <Text as="p" size="1" color="red" role="alert" mt="2">
            {errors['rules.thresholds']}
          </Text>
        )}
        <Button
          type="button"
          variant="soft"
          size="1"
          mt="3"
          disabled={rules.thresholds.length >= 10}
          onClick={() => {
            const last = rules.thresholds[rules.thresholds.length - 1];
            onChange({ ...rules, thresholds: [...rules.thresholds, { points: (last?.points ?? 0) * 2 || 500, reward: { description: '', costMinor: 0 } }] });
          }}
        >
          <Plus size={14} aria-hidden /> {t('programs.rules.addThreshold')}
        </Button>
      </fieldset>
    </Flex>
  );
}

function TiersRulesEditor({ rules, onChange, ...common }: Common & { rules: TiersRules; onChange: (rules: ProgramRules) => void }) {
  const { t } = useTranslation();
  const { errors, onValidity, currency } = common;
  const setTier = (index: number, next: TiersRules['tiers'][number]) => onChange({ ...rules, tiers: rules.tiers.map((x, i) => (i === index ? next : x)) });
  return (
    <Flex direction="column" gap="4">
      <Grid columns={{ initial: '1', sm: '2' }} gap="3">
        <Field id="tiers-basis" label={t('programs.rules.basisLabel')}>
          <Select.Root value={rules.basis} onValueChange={(basis) => onChange({ ...rules, basis: basis as TiersRules['basis'] })}>
            <Select.Trigger id="tiers-basis" style={{ width: '100%' }} />
            <Select.Content>
              <Select.Item value="spend">{t('programs.rules.basis.spend')}</Select.Item>
              <Select.Item value="purchases">{t('programs.rules.basis.purchases')}</Select.Item>
            </Select.Content>
          </Select.Root>
        </Field>
        <NumberField
          id="tiers-period"
          label={t('programs.rules.periodMonths')}
          kind="integer"
          suffix={t('programs.rules.months')}
          value={rules.periodMonths}
          onChange={(periodMonths) => onChange({ ...rules, periodMonths })}
          onValidity={onValidity}
          error={errors['rules.periodMonths']}
        />
      </Grid>
      <fieldset className="programs-fieldset">
        <legend>
          <Text size="2" weight="bold">
            {t('programs.rules.tiers')}
          </Text>
        </legend>
        <Flex direction="column" gap="3">
          {rules.tiers.map((tier, index) => (
            <Grid key={index} columns={{ initial: '1', sm: '1fr 1fr 2fr 1fr auto' }} gap="3" align="start" className="programs-row" role="group" aria-label={t('programs.rules.tierN', { n: index + 1 })}>
              <Field id={`tier-${index}-name`} label={t('programs.rules.tierName')} error={errors[`rules.tiers.${index}.name`]}>
                <TextField.Root id={`tier-${index}-name`} value={tier.name} maxLength={60} onChange={(e) => setTier(index, { ...tier, name: e.target.value })} />
              </Field>
              <NumberField
                id={`tier-${index}-threshold`}
                label={rules.basis === 'spend' ? t('programs.rules.tierFromSpend', { currency }) : t('programs.rules.tierFromPurchases')}
                kind={rules.basis === 'spend' ? 'money' : 'integer'}
                value={tier.threshold}
                onChange={(threshold) => setTier(index, { ...tier, threshold })}
                onValidity={onValidity}
                error={errors[`rules.tiers.${index}.threshold`]}
              />
              <Field id={`tier-${index}-benefits`} label={t('programs.rules.tierBenefits')} error={errors[`rules.tiers.${index}.benefits`]}>
                <TextField.Root id={`tier-${index}-benefits`} value={tier.benefits} maxLength={500} onChange={(e) => setTier(index, { ...tier, benefits: e.target.value })} />
              </Field>
              <NumberField
                id={`tier-${index}-cost`}
                label={t('programs.rules.tierCost', { currency })}
                kind="money"
                value={tier.costPerMemberMinor}
                onChange={(costPerMemberMinor) => setTier(index, { ...tier, costPerMemberMinor })}
                onValidity={onValidity}
                error={errors[`rules.tiers.${index}.costPerMemberMinor`]}
              />
              <RemoveRow label={t('programs.rules.removeTier', { n: index + 1 })} disabled={rules.tiers.length <= 1} onClick={() => onChange({ ...rules, tiers: rules.tiers.filter((_, i) => i !== index) })} />
            </Grid>
          ))}
        </Flex>
        <Button
          type="button"
          variant="soft"
          size="1"
          mt="3"
          disabled={rules.tiers.length >= 6}
          onClick={() => {
            const last = rules.tiers[rules.tiers.length - 1];
            onChange({ ...rules, tiers: [...rules.tiers, { name: '', threshold: (last?.threshold ?? 0) * 2, benefits: '', costPerMemberMinor: 0 }] });
          }}
        >
          <Plus size={14} aria-hidden /> {t('programs.rules.addTier')}
        </Button>
      </fieldset>
    </Flex>
  );
}

function AttentionRulesEditor({ rules, onChange, ...common }: Common & { rules: AttentionRules; onChange: (rules: ProgramRules) => void }) {
  const { t } = useTranslation();
  return (
    <Flex direction="column" gap="4">
      {rules.type === 'winBack' && (
        <Grid columns={{ initial: '1', sm: '2' }} gap="3">
          <NumberField
            id="lapsed-after"
            label={t('programs.rules.lapsedAfterDays')}
            help={t('programs.rules.lapsedAfterHelp')}
            kind="integer"
            suffix={t('programs.rules.days')}
            value={rules.lapsedAfterDays}
            onChange={(lapsedAfterDays) => onChange({ ...rules, lapsedAfterDays })}
            onValidity={common.onValidity}
            error={common.errors['rules.lapsedAfterDays']}
          />
        </Grid>
      )}
      <RewardFields id="attention" legendKey="programs.rules.attentionReward" hintKey="programs.rules.attentionRewardHint" reward={rules.reward} onChange={(reward) => onChange({ ...rules, reward })} path="rules.reward" {...common} />
    </Flex>
  );
}

function RemoveRow({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <Box pt="5">
      <IconButton type="button" variant="ghost" color="red" aria-label={label} title={label} disabled={disabled} onClick={onClick}>
        <Trash2 size={16} />
      </IconButton>
    </Box>
  );
}
