import {
  ANNIVERSARY_FIELDS,
  BOOLEAN_FIELDS,
  BOUGHT_FIELDS,
  DATE_FIELDS,
  DATE_OPS,
  MAX_RULE_DEPTH,
  MONEY_FIELDS,
  NUMBER_FIELDS,
  NUMBER_OPS,
  type SegmentCondition,
  type SegmentGroup,
  type SegmentRule,
  type SegmentRules,
  TEXT_FIELDS,
  TEXT_OPS,
} from '@shared/domain/segment';

/**
 * The rule builder's pure side: which fields there are (grouped as the picker shows them), which operators and
 * which kind of value each has (the schema's lists in shared/domain/segment.ts), and the edits on the rule tree.
 * A place in the tree is a path of indices from the top group; every edit answers a new tree (nothing is mutated),
 * so React sees the change and undo-by-reference stays possible.
 */

export type ConditionField = SegmentCondition['field'];
export type Path = readonly number[];

/** The kind of value input a field needs. */
export type ValueKind =
  | 'number' | 'money' | 'score' | 'date' | 'text' | 'kind' | 'rfmGroup' | 'tags' | 'consent' | 'boolean' | 'anniversary' | 'bought' | 'touchpoints';

const has = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function valueKind(field: ConditionField): ValueKind {
  if (has(MONEY_FIELDS, field)) return 'money';
  if (field === 'rScore' || field === 'fScore' || field === 'mScore') return 'score';
  if (has(NUMBER_FIELDS, field)) return 'number';
  if (has(DATE_FIELDS, field)) return 'date';
  if (has(TEXT_FIELDS, field)) return 'text';
  if (has(BOOLEAN_FIELDS, field)) return 'boolean';
  if (has(ANNIVERSARY_FIELDS, field)) return 'anniversary';
  if (has(BOUGHT_FIELDS, field)) return 'bought';
  return field as 'kind' | 'rfmGroup' | 'tags' | 'consent' | 'touchpoints';
}

/** The field picker's groups, in the order shown. Every field of the schema is in exactly one (a test checks). */
export const FIELD_GROUPS = {
  purchases: ['totalSpent', 'averageSpent', 'purchaseCount', 'daysSinceLastPurchase', 'product', 'category'],
  rfm: ['rfmGroup', 'rScore', 'fScore', 'mScore', 'historicValue', 'predictedValue'],
  contact: ['consent', 'doNotContact', 'touchpoints', 'latestNps', 'email'],
  profile: ['kind', 'tags', 'source', 'language', 'country', 'city', 'company'],
  relationships: ['referredCount', 'wasReferred', 'leftCompany'],
  dates: ['firstPurchase', 'lastPurchase', 'customerSince', 'createdAt', 'birthday', 'customerSinceAnniversary'],
} as const satisfies Record<string, readonly ConditionField[]>;
export type FieldGroup = keyof typeof FIELD_GROUPS;

/** The operators a field has, as the schema allows them. */
export function opsFor(field: ConditionField): readonly string[] {
  switch (valueKind(field)) {
    case 'number':
    case 'money':
    case 'score':
      return NUMBER_OPS;
    case 'date':
      return DATE_OPS;
    case 'text':
      return TEXT_OPS;
    case 'kind':
    case 'rfmGroup':
      return ['in', 'notIn'];
    case 'tags':
      return ['hasAny', 'hasAll', 'hasNone'];
    case 'consent':
      return ['granted', 'notGranted'];
    case 'boolean':
      return ['is'];
    case 'anniversary':
      return ['withinDays'];
    case 'bought':
      return ['bought', 'neverBought'];
    case 'touchpoints':
      return ['any', 'none'];
  }
}

/** A new condition on a field, with a first operator and a value a person would likely start from. */
export function newCondition(field: ConditionField): SegmentCondition {
  switch (valueKind(field)) {
    case 'money':
      return { field, op: 'gte', value: 1000 } as SegmentCondition;
    case 'score':
      return { field, op: 'gte', value: 4 } as SegmentCondition;
    case 'number':
      return { field, op: field === 'daysSinceLastPurchase' ? 'gt' : 'gte', value: field === 'daysSinceLastPurchase' ? 180 : 2 } as SegmentCondition;
    case 'date':
      return { field, op: 'inLastDays', days: 90 } as SegmentCondition;
    case 'text':
      return { field, op: 'contains', value: '' } as SegmentCondition;
    case 'kind':
      return { field: 'kind', op: 'in', values: ['company'] };
    case 'rfmGroup':
      return { field: 'rfmGroup', op: 'in', values: ['champions'] };
    case 'tags':
      return { field: 'tags', op: 'hasAny', values: [] };
    case 'consent':
      return { field: 'consent', medium: 'email', op: 'granted' };
    case 'boolean':
      return { field, op: 'is', value: true } as SegmentCondition;
    case 'anniversary':
      return { field, op: 'withinDays', days: 30 } as SegmentCondition;
    case 'bought':
      return { field, op: 'bought', value: '' } as SegmentCondition;
    case 'touchpoints':
      return { field: 'touchpoints', op: 'none', days: 180 };
  }
}

/** Does this operator take no value ("is empty")? */
export const opTakesNoValue = (op: string) => op === 'isEmpty' || op === 'isNotEmpty';

/**
 * The same condition with another operator: values the new operator uses are kept, the rest dropped (so the
 * schema, which refuses unknown keys, sees only what it asks for). "Between" starts its second value at the first.
 */
export function withOp(condition: SegmentCondition, op: string): SegmentCondition {
  const c = { ...condition, op } as Record<string, unknown>;
  const kind = valueKind(condition.field);
  if (kind === 'number' || kind === 'money' || kind === 'score' || kind === 'text') {
    if (opTakesNoValue(op)) delete c.value;
    else if (c.value === undefined) c.value = kind === 'text' ? '' : 0;
    if (op === 'between') c.to ??= c.value;
    else delete c.to;
  }
  if (kind === 'date') {
    const byDays = op === 'inLastDays' || op === 'notInLastDays';
    if (byDays) {
      c.days ??= 90;
      delete c.date;
      delete c.to;
    } else {
      delete c.days;
      if (opTakesNoValue(op)) {
        delete c.date;
        delete c.to;
      } else if (op === 'between') c.to ??= c.date;
      else delete c.to;
    }
  }
  return c as SegmentCondition;
}

/** A change to one condition's values (a patch of its own keys); `undefined` removes a key. */
export function withValues(condition: SegmentCondition, patch: Record<string, unknown>): SegmentCondition {
  const c = { ...condition, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete c[key];
  return c as SegmentCondition;
}

export const isGroup = (rule: SegmentRule): rule is SegmentGroup => 'kind' in rule && rule.kind === 'group';

export const emptyGroup = (op: 'and' | 'or' = 'and'): SegmentGroup => ({ kind: 'group', op, not: false, rules: [] });

/** The rule at a path (the top group for []); undefined when the path leads nowhere. */
export function ruleAt(root: SegmentRules, path: Path): SegmentRule | undefined {
  let rule: SegmentRule = root;
  for (const index of path) {
    if (!isGroup(rule)) return undefined;
    const next: SegmentRule | undefined = rule.rules[index];
    if (next === undefined) return undefined;
    rule = next;
  }
  return rule;
}

/** Replaces the rule at a path with what `change` makes of it; a path that leads nowhere leaves the tree as it was. */
export function updateAt(root: SegmentRules, path: Path, change: (rule: SegmentRule) => SegmentRule): SegmentRules {
  const step = (group: SegmentGroup, depth: number): SegmentGroup => {
    const index = path[depth]!;
    const child = group.rules[index];
    if (child === undefined) return group;
    const next = depth === path.length - 1 ? change(child) : isGroup(child) ? step(child, depth + 1) : child;
    if (next === child) return group;
    return { ...group, rules: group.rules.map((rule, i) => (i === index ? next : rule)) };
  };
  if (path.length === 0) {
    const next = change(root);
    return isGroup(next) ? next : root;
  }
  return step(root, 0);
}

function updateGroup(root: SegmentRules, path: Path, change: (group: SegmentGroup) => SegmentGroup): SegmentRules {
  return updateAt(root, path, (rule) => (isGroup(rule) ? change(rule) : rule));
}

/** Adds a rule at the end of the group at `groupPath`. */
export const addRule = (root: SegmentRules, groupPath: Path, rule: SegmentRule): SegmentRules =>
  updateGroup(root, groupPath, (group) => ({ ...group, rules: [...group.rules, rule] }));

/** Removes the rule at a path (the top group cannot be removed). */
export function removeAt(root: SegmentRules, path: Path): SegmentRules {
  if (path.length === 0) return root;
  const index = path[path.length - 1]!;
  return updateGroup(root, path.slice(0, -1), (group) => ({ ...group, rules: group.rules.filter((_, i) => i !== index) }));
}

export const setJoin = (root: SegmentRules, groupPath: Path, op: 'and' | 'or') => updateGroup(root, groupPath, (group) => ({ ...group, op }));
export const setNot = (root: SegmentRules, groupPath: Path, not: boolean) => updateGroup(root, groupPath, (group) => ({ ...group, not }));
export const replaceCondition = (root: SegmentRules, path: Path, condition: SegmentCondition) => updateAt(root, path, () => condition);

/** A group can hold another group while the nesting stays within the schema's limit (the top group is depth 1). */
export const canNest = (groupPath: Path) => groupPath.length + 1 < MAX_RULE_DEPTH;

/** How many conditions the rules hold, groups not counted. */
export function countConditions(rule: SegmentRule): number {
  return isGroup(rule) ? rule.rules.reduce((sum, r) => sum + countConditions(r), 0) : 1;
}
