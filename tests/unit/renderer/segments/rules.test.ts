import { describe, expect, it } from 'vitest';
import {
  ANNIVERSARY_FIELDS, BOOLEAN_FIELDS, BOUGHT_FIELDS, DATE_FIELDS, EVERYONE, MAX_RULE_DEPTH, NUMBER_FIELDS, type SegmentCondition,
  SegmentConditionSchema, type SegmentRules, SegmentRulesSchema, TEXT_FIELDS,
} from '../../../../shared/domain/segment';
import {
  addRule, canNest, type ConditionField, countConditions, emptyGroup, FIELD_GROUPS, newCondition, opsFor, removeAt, replaceCondition, ruleAt,
  setJoin, setNot, withOp, withValues,
} from '../../../../renderer/src/features/segments/rules';

const ALL_FIELDS: ConditionField[] = [
  ...NUMBER_FIELDS, ...DATE_FIELDS, ...TEXT_FIELDS, ...BOOLEAN_FIELDS, ...ANNIVERSARY_FIELDS, ...BOUGHT_FIELDS,
  'kind', 'rfmGroup', 'tags', 'consent', 'touchpoints',
];

const spent: SegmentCondition = { field: 'totalSpent', op: 'gte', value: 1000 };
const email: SegmentCondition = { field: 'consent', medium: 'email', op: 'granted' };
const post: SegmentCondition = { field: 'consent', medium: 'post', op: 'granted' };

describe('the field picker', () => {
  it('lists every field of the schema in exactly one group', () => {
    const listed = Object.values(FIELD_GROUPS).flat();
    expect([...listed].sort()).toEqual([...ALL_FIELDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('offers for each field only operators the schema accepts, and every one of them', () => {
    for (const field of ALL_FIELDS) {
      const start = newCondition(field);
      for (const op of opsFor(field)) {
        const moved = withOp(start, op);
        // a value the operator needs may be missing (the user types it next), but the operator itself is accepted
        const result = SegmentConditionSchema.safeParse(moved);
        const opRefused = !result.success && result.error.issues.some((issue) => issue.path[0] === 'op' || issue.code === 'unrecognized_keys');
        expect(opRefused, `${field} ${op}`).toBe(false);
      }
      // a made-up operator is refused: the list is the schema's, not wider
      expect(SegmentConditionSchema.safeParse({ ...start, op: 'sortOf' }).success).toBe(false);
    }
  });

  it('starts most fields with a condition the schema accepts as it is', () => {
    const needsTyping = new Set<ConditionField>([...TEXT_FIELDS, ...BOUGHT_FIELDS, 'tags']);
    for (const field of ALL_FIELDS) {
      expect(SegmentConditionSchema.safeParse(newCondition(field)).success, field).toBe(!needsTyping.has(field));
    }
  });
});

describe('changing a condition', () => {
  it('keeps the number when the operator changes, adds a second for "between" and drops values for "is empty"', () => {
    expect(withOp(spent, 'lt')).toEqual({ field: 'totalSpent', op: 'lt', value: 1000 });
    expect(withOp(spent, 'between')).toEqual({ field: 'totalSpent', op: 'between', value: 1000, to: 1000 });
    expect(withOp(withOp(spent, 'between'), 'gt')).toEqual({ field: 'totalSpent', op: 'gt', value: 1000 });
    expect(withOp(spent, 'isEmpty')).toEqual({ field: 'totalSpent', op: 'isEmpty' });
    expect(withOp(withOp(spent, 'isEmpty'), 'eq')).toEqual({ field: 'totalSpent', op: 'eq', value: 0 });
  });

  it('moves a date condition between days and dates without leaving the other behind', () => {
    const recent = newCondition('lastPurchase');
    expect(recent).toEqual({ field: 'lastPurchase', op: 'inLastDays', days: 90 });
    const before = withValues(withOp(recent, 'before'), { date: '2026-01-31' });
    expect(before).toEqual({ field: 'lastPurchase', op: 'before', date: '2026-01-31' });
    expect(withOp(before, 'between')).toEqual({ field: 'lastPurchase', op: 'between', date: '2026-01-31', to: '2026-01-31' });
    expect(withOp(before, 'notInLastDays')).toEqual({ field: 'lastPurchase', op: 'notInLastDays', days: 90 });
  });

  it('removes a key patched to undefined (an emptied number box)', () => {
    expect(withValues(spent, { value: undefined })).toEqual({ field: 'totalSpent', op: 'gte' });
    expect(SegmentConditionSchema.safeParse(withValues(spent, { value: undefined })).success).toBe(false);
  });
});

describe('editing the rule tree', () => {
  const nested: SegmentRules = addRule(addRule(addRule(EVERYONE, [], spent), [], emptyGroup('or')), [1], email);

  it('adds conditions and groups where asked, leaving the original untouched', () => {
    expect(EVERYONE.rules).toEqual([]);
    expect(nested).toEqual({ kind: 'group', op: 'and', not: false, rules: [spent, { kind: 'group', op: 'or', not: false, rules: [email] }] });
    expect(SegmentRulesSchema.safeParse(nested).success).toBe(true);
    expect(countConditions(addRule(nested, [1], post))).toBe(3);
  });

  it('finds, replaces and removes a rule by its path', () => {
    const both = addRule(nested, [1], post);
    expect(ruleAt(both, [1, 1])).toEqual(post);
    expect(ruleAt(both, [0, 3])).toBeUndefined();
    expect(ruleAt(both, [5])).toBeUndefined();
    const replaced = replaceCondition(both, [1, 0], { ...email, op: 'notGranted' });
    expect(ruleAt(replaced, [1, 0])).toEqual({ ...email, op: 'notGranted' });
    expect(ruleAt(replaced, [0])).toBe(spent);
    expect(removeAt(both, [1, 0])).toEqual(addRule(addRule(EVERYONE, [], spent), [], { kind: 'group', op: 'or', not: false, rules: [post] }));
    expect(removeAt(both, [1]).rules).toEqual([spent]);
    // the top group stays, and a path that leads nowhere changes nothing
    expect(removeAt(both, [])).toBe(both);
    expect(replaceCondition(both, [7, 2], spent)).toBe(both);
  });

  it('switches a group between AND and OR and negates it', () => {
    const or = setJoin(nested, [1], 'and');
    expect(ruleAt(or, [1])).toMatchObject({ op: 'and', not: false });
    const not = setNot(nested, [1], true);
    expect(ruleAt(not, [1])).toMatchObject({ op: 'or', not: true });
    expect(setJoin(nested, [], 'or').op).toBe('or');
    // a condition is not a group: asking to join it changes nothing
    expect(setJoin(nested, [0], 'or')).toBe(nested);
  });

  it('lets groups nest only as deep as the schema allows', () => {
    let rules: SegmentRules = EVERYONE;
    let path: number[] = [];
    while (canNest(path)) {
      rules = addRule(rules, path, emptyGroup());
      path = [...path, 0];
    }
    rules = addRule(rules, path, spent);
    expect(path.length + 1).toBe(MAX_RULE_DEPTH);
    expect(SegmentRulesSchema.safeParse(rules).success).toBe(true);
    // one more level is what the schema refuses
    const deeper = addRule(rules, path, emptyGroup());
    expect(SegmentRulesSchema.safeParse(addRule(deeper, [...path, 1], spent)).success).toBe(false);
  });
});
