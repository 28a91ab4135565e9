import { Box, Button, Checkbox, Flex, IconButton, Select, Text } from '@radix-ui/themes';
import { FolderPlus, Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SegmentCondition, SegmentGroup, SegmentRules } from '@shared/domain/segment';
import {
  addRule, canNest, type ConditionField, emptyGroup, FIELD_GROUPS, type FieldGroup, isGroup, newCondition, opsFor, type Path, removeAt,
  replaceCondition, setJoin, setNot, withOp, withValues,
} from './rules';
import { ValueInput } from './ValueInput';

interface Props {
  rules: SegmentRules;
  onChange: (rules: SegmentRules) => void;
  currency: string;
}

/**
 * The rule builder: the top group and its nested groups (AND / OR, "not"), each condition a field, an operator
 * the field has and the value input that fits. Every control is a labelled Radix control, so it works by keyboard.
 */
export function RuleBuilder({ rules, onChange, currency }: Props) {
  const { t } = useTranslation();
  return (
    <Box className="segments-builder" data-testid="rule-builder">
      <GroupEditor group={rules} path={[]} root={rules} onChange={onChange} currency={currency} />
      {rules.rules.length === 0 && (
        <Text as="p" size="2" color="gray" mt="2">
          {t('segments.builder.everyone')}
        </Text>
      )}
    </Box>
  );
}

function GroupEditor({ group, path, root, onChange, currency }: { group: SegmentGroup; path: Path; root: SegmentRules; onChange: (rules: SegmentRules) => void; currency: string }) {
  const { t } = useTranslation();
  const level = path.length + 1;
  const name = t('segments.builder.groupLabel', { level });
  return (
    <Box className={`segments-group${group.not ? ' segments-group-not' : ''}`} role="group" aria-label={name} data-level={level}>
      <Flex align="center" gap="3" wrap="wrap" className="segments-group-head">
        <label className="segments-not">
          <Checkbox checked={group.not} onCheckedChange={(checked) => onChange(setNot(root, path, checked === true))} aria-label={`${name}: ${t('segments.builder.notHint')}`} />
          <Text size="2" weight="medium">
            {t('segments.builder.not')}
          </Text>
        </label>
        <Text size="2">{t('segments.builder.match')}</Text>
        <Select.Root size="2" value={group.op} onValueChange={(op) => onChange(setJoin(root, path, op as 'and' | 'or'))}>
          <Select.Trigger aria-label={`${name}: ${t('segments.builder.match')}`} />
          <Select.Content>
            <Select.Item value="and">{t('segments.builder.join.and')}</Select.Item>
            <Select.Item value="or">{t('segments.builder.join.or')}</Select.Item>
          </Select.Content>
        </Select.Root>
        <Box flexGrow="1" />
        {path.length > 0 && (
          <IconButton type="button" size="1" variant="ghost" color="gray" onClick={() => onChange(removeAt(root, path))} aria-label={`${t('segments.builder.removeGroup')} (${level})`}>
            <X size={14} aria-hidden />
          </IconButton>
        )}
      </Flex>
      <Flex direction="column" gap="2" className="segments-group-rules">
        {group.rules.map((rule, index) => {
          const at = [...path, index];
          const key = at.join('.');
          return (
            <Flex key={key} direction="column" gap="2">
              {index > 0 && (
                <Text size="1" weight="bold" color="gray" className="segments-join-word" aria-hidden>
                  {t(`segments.builder.joinWord.${group.op}`)}
                </Text>
              )}
              {isGroup(rule) ? (
                <GroupEditor group={rule} path={at} root={root} onChange={onChange} currency={currency} />
              ) : (
                <ConditionRow
                  condition={rule}
                  number={at.map((i) => i + 1).join('.')}
                  currency={currency}
                  onChange={(next) => onChange(replaceCondition(root, at, next))}
                  onRemove={() => onChange(removeAt(root, at))}
                />
              )}
            </Flex>
          );
        })}
        {path.length > 0 && group.rules.length === 0 && (
          <Text size="2" color="gray">
            {t('segments.builder.emptyGroup')}
          </Text>
        )}
      </Flex>
      <Flex gap="2" mt="2">
        <Button type="button" size="1" variant="soft" onClick={() => onChange(addRule(root, path, newCondition('totalSpent')))} aria-label={`${t('segments.builder.addCondition')} (${name})`}>
          <Plus size={14} aria-hidden />
          {t('segments.builder.addCondition')}
        </Button>
        {canNest(path) && (
          <Button type="button" size="1" variant="soft" color="gray" onClick={() => onChange(addRule(root, path, emptyGroup(group.op === 'and' ? 'or' : 'and')))} aria-label={`${t('segments.builder.addGroup')} (${name})`}>
            <FolderPlus size={14} aria-hidden />
            {t('segments.builder.addGroup')}
          </Button>
        )}
      </Flex>
    </Box>
  );
}

function ConditionRow({ condition, number, currency, onChange, onRemove }: {
  condition: SegmentCondition; number: string; currency: string; onChange: (condition: SegmentCondition) => void; onRemove: () => void;
}) {
  const { t } = useTranslation();
  const label = `${t('segments.fields.' + condition.field)} (${number})`;
  return (
    <Flex align="center" gap="2" wrap="wrap" className="segments-condition" data-testid="segment-condition">
      <Select.Root size="2" value={condition.field} onValueChange={(field) => onChange(newCondition(field as ConditionField))}>
        <Select.Trigger aria-label={`${t('segments.builder.field')} ${number}`} className="segments-field" />
        <Select.Content position="popper">
          {(Object.keys(FIELD_GROUPS) as FieldGroup[]).map((groupName, i) => (
            <Select.Group key={groupName}>
              {i > 0 && <Select.Separator />}
              <Select.Label>{t(`segments.fieldGroups.${groupName}`)}</Select.Label>
              {FIELD_GROUPS[groupName].map((field) => (
                <Select.Item key={field} value={field}>
                  {t(`segments.fields.${field}`)}
                </Select.Item>
              ))}
            </Select.Group>
          ))}
        </Select.Content>
      </Select.Root>
      {opsFor(condition.field).length === 1 ? (
        <Text size="2">{t(`segments.ops.${condition.op}`)}</Text>
      ) : (
        <Select.Root size="2" value={condition.op} onValueChange={(op) => onChange(withOp(condition, op))}>
          <Select.Trigger aria-label={`${label}: ${t('segments.builder.op')}`} />
          <Select.Content>
            {opsFor(condition.field).map((op) => (
              <Select.Item key={op} value={op}>
                {t(`segments.ops.${op}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      )}
      <ValueInput condition={condition} currency={currency} label={label} onChange={(patch) => onChange(withValues(condition, patch))} />
      <Box flexGrow="1" />
      <IconButton type="button" size="1" variant="ghost" color="gray" onClick={onRemove} aria-label={`${t('segments.builder.removeCondition')} ${number}`}>
        <X size={14} aria-hidden />
      </IconButton>
    </Flex>
  );
}
