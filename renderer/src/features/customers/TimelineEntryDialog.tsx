import { Box, Button, Dialog, Flex, Grid, SegmentedControl, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  DEPARTMENTS,
  DIRECTIONS,
  FeedbackEntrySchema,
  PurchaseEntrySchema,
  TOUCHPOINT_MEDIA,
  TouchpointEntrySchema,
  type TimelineEntry,
  type TimelineItem,
  type TimelineKind,
} from '@shared/domain/timeline';
import { useAddTimelineEntry, useUpdateTimelineEntry } from '../../lib/queries';
import { minorToTyped, parseAmountMinor } from './amount';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/** Everything the three forms type, as text; turned into an entry and checked with the shared schemas on save. */
interface Draft {
  date: string;
  amount: string;
  currency: string;
  product: string;
  category: string;
  outlet: string;
  orderRef: string;
  medium: (typeof TOUCHPOINT_MEDIA)[number];
  department: (typeof DEPARTMENTS)[number];
  direction: (typeof DIRECTIONS)[number];
  summary: string;
  outcome: string;
  nps: string;
  satisfaction: string;
  comment: string;
  source: string;
}
type DraftField = keyof Draft;
type Errors = Partial<Record<DraftField, string>>;

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function draftOf(item: TimelineItem | null, currency: string, locale: string): Draft {
  const draft: Draft = {
    date: today(), amount: '', currency, product: '', category: '', outlet: '', orderRef: '', medium: 'email',
    department: 'sales', direction: 'outbound', summary: '', outcome: '', nps: '', satisfaction: '', comment: '', source: '',
  };
  if (!item) return draft;
  draft.date = item.date;
  if (item.kind === 'purchase') {
    Object.assign(draft, { amount: minorToTyped(item.amountMinor, locale), currency: item.currency, product: item.product, category: item.category, outlet: item.outlet, orderRef: item.orderRef });
  } else if (item.kind === 'touchpoint') {
    Object.assign(draft, { medium: item.medium, department: item.department, direction: item.direction, summary: item.summary, outcome: item.outcome });
  } else {
    Object.assign(draft, { nps: item.nps === null ? '' : String(item.nps), satisfaction: item.satisfaction === null ? '' : String(item.satisfaction), comment: item.comment, source: item.source });
  }
  return draft;
}

/** Field in the entry → field in the draft (where they differ). */
const DRAFT_FIELD: Record<string, DraftField> = { amountMinor: 'amount' };

/** Builds the entry for `kind` from the draft, or says what is wrong, field by field, in the UI language. */
function buildEntry(kind: TimelineKind, d: Draft, t: (key: string, options?: Record<string, unknown>) => string): { entry?: TimelineEntry; errors: Errors } {
  const errors: Errors = {};
  let result;
  if (kind === 'purchase') {
    const amountMinor = parseAmountMinor(d.amount);
    if (amountMinor === null) errors.amount = t('timeline.errors.amount');
    result = PurchaseEntrySchema.safeParse({
      kind, date: d.date, amountMinor: amountMinor ?? 0, currency: d.currency.trim().toUpperCase(), product: d.product, category: d.category, outlet: d.outlet, orderRef: d.orderRef,
    });
  } else if (kind === 'touchpoint') {
    result = TouchpointEntrySchema.safeParse({ kind, date: d.date, medium: d.medium, department: d.department, direction: d.direction, summary: d.summary, outcome: d.outcome });
  } else {
    const score = (text: string, min: number, max: number, field: 'nps' | 'satisfaction') => {
      if (text.trim() === '') return null;
      const n = Number(text.trim());
      if (!Number.isInteger(n) || n < min || n > max) {
        errors[field] = t(`timeline.errors.${field}`);
        return null;
      }
      return n;
    };
    const nps = score(d.nps, 0, 10, 'nps');
    const satisfaction = score(d.satisfaction, 1, 5, 'satisfaction');
    if (nps === null && satisfaction === null && !errors.nps && !errors.satisfaction) errors.nps = t('timeline.errors.needScore');
    result = FeedbackEntrySchema.safeParse({ kind, date: d.date, nps, satisfaction, comment: d.comment, source: d.source });
  }
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const field: DraftField = DRAFT_FIELD[key] ?? (key as DraftField);
      if (errors[field]) continue;
      if (issue.code === 'too_big' && 'maximum' in issue) errors[field] = t('timeline.errors.tooLong', { max: Number(issue.maximum) });
      else if (field === 'date') errors.date = t('timeline.errors.date');
      else if (field === 'currency') errors.currency = t('timeline.errors.currency');
      else if (field === 'amount') errors.amount = t('timeline.errors.amount');
      else if (field === 'nps') errors.nps = t('timeline.errors.needScore');
      else errors[field] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { errors };
  return { entry: result.data as TimelineEntry, errors };
}

/** Add or edit one purchase, touchpoint or feedback. */
export function TimelineEntryDialog(props: {
  customerId: string;
  currency: string;
  kind: TimelineKind;
  item: TimelineItem | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const { kind, item, open, onOpenChange } = props;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="560px" aria-describedby={undefined}>
        <Dialog.Title mb="4">{t(item ? `timeline.editTitle.${kind}` : `timeline.addTitle.${kind}`)}</Dialog.Title>
        {/* Remounted on every open, so each starts from the item (or empty). */}
        {open && <EntryForm {...props} onDone={() => onOpenChange(false)} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function EntryForm({ customerId, currency, kind, item, onDone }: { customerId: string; currency: string; kind: TimelineKind; item: TimelineItem | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(item, currency, i18n.language));
  const [submitted, setSubmitted] = useState(false);
  const add = useAddTimelineEntry();
  const update = useUpdateTimelineEntry();
  const mutation = item ? update : add;
  const { entry, errors } = buildEntry(kind, draft, t as never);
  const shown: Errors = submitted ? errors : {};
  const set = <F extends DraftField>(field: F, value: Draft[F]) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!entry) return;
    const done = {
      onSuccess: () => {
        toast.success(t('timeline.saved'));
        onDone();
      },
    };
    if (item) update.mutate({ id: item.id, entry }, done);
    else add.mutate({ customerId, entry }, done);
  };

  const text = (field: DraftField, label: string, options: { type?: 'text' | 'date'; placeholder?: string; max?: number; autoFocus?: boolean; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <FormField id={`tl-${field}`} label={label} error={shown[field]}>
      <TextField.Root
        id={`tl-${field}`}
        type={options.type ?? 'text'}
        value={draft[field] as string}
        placeholder={options.placeholder}
        maxLength={options.max}
        autoFocus={options.autoFocus}
        inputMode={options.inputMode}
        autoComplete="off"
        aria-invalid={shown[field] ? true : undefined}
        aria-describedby={shown[field] ? `tl-${field}-error` : undefined}
        onChange={(e) => set(field, e.target.value as never)}
      />
    </FormField>
  );

  const area = (field: DraftField, label: string, max: number) => (
    <FormField id={`tl-${field}`} label={label} error={shown[field]}>
      <TextArea id={`tl-${field}`} rows={3} value={draft[field] as string} maxLength={max} resize="vertical" onChange={(e) => set(field, e.target.value as never)} />
    </FormField>
  );

  const choice = <F extends 'medium' | 'department'>(field: F, label: string, options: readonly Draft[F][], labelOf: (value: Draft[F]) => string) => (
    <FormField id={`tl-${field}`} label={label}>
      <Select.Root value={draft[field]} onValueChange={(value) => set(field, value as Draft[F])}>
        <Select.Trigger id={`tl-${field}`} style={{ width: '100%' }} />
        <Select.Content position="popper">
          {options.map((option) => (
            <Select.Item key={option} value={option}>
              {labelOf(option)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t(item ? `timeline.editTitle.${kind}` : `timeline.addTitle.${kind}`)}>
      <Flex direction="column" gap="4">
        {kind === 'purchase' && (
          <>
            <Grid columns="3" gap="3">
              {text('date', t('timeline.fields.date'), { type: 'date' })}
              {text('amount', t('timeline.fields.amount'), { placeholder: t('timeline.placeholders.amount'), autoFocus: true, inputMode: 'decimal', max: 20 })}
              {text('currency', t('timeline.fields.currency'), { max: 3 })}
            </Grid>
            {text('product', t('timeline.fields.product'), { max: 200 })}
            <Grid columns="2" gap="3">
              {text('category', t('timeline.fields.category'), { max: 100 })}
              {text('outlet', t('timeline.fields.outlet'), { max: 60, placeholder: t('timeline.placeholders.outlet') })}
            </Grid>
            {text('orderRef', t('timeline.fields.orderRef'), { max: 100 })}
          </>
        )}
        {kind === 'touchpoint' && (
          <>
            <Grid columns="3" gap="3">
              {text('date', t('timeline.fields.date'), { type: 'date' })}
              {choice('medium', t('timeline.fields.medium'), TOUCHPOINT_MEDIA, (c) => t(`timeline.media.${c}`))}
              {choice('department', t('timeline.fields.department'), DEPARTMENTS, (d) => t(`timeline.departments.${d}`))}
            </Grid>
            <Box>
              <Text as="div" id="tl-direction-label" size="2" weight="medium" mb="1">
                {t('timeline.fields.direction')}
              </Text>
              <SegmentedControl.Root aria-labelledby="tl-direction-label" value={draft.direction} onValueChange={(v) => set('direction', v as Draft['direction'])}>
                {DIRECTIONS.map((d) => (
                  <SegmentedControl.Item key={d} value={d}>
                    {t(`timeline.directions.${d}`)}
                  </SegmentedControl.Item>
                ))}
              </SegmentedControl.Root>
            </Box>
            {area('summary', t('timeline.fields.summary'), 2000)}
            {text('outcome', t('timeline.fields.outcome'), { max: 500 })}
          </>
        )}
        {kind === 'feedback' && (
          <>
            <Grid columns="3" gap="3">
              {text('date', t('timeline.fields.date'), { type: 'date' })}
              {text('nps', t('timeline.fields.nps'), { inputMode: 'numeric', max: 2, autoFocus: true })}
              {text('satisfaction', t('timeline.fields.satisfaction'), { inputMode: 'numeric', max: 1 })}
            </Grid>
            {area('comment', t('timeline.fields.comment'), 5000)}
            {text('source', t('timeline.fields.source'), { max: 100, placeholder: t('timeline.placeholders.source') })}
          </>
        )}
        {mutation.error && (
          <ApiErrorCallout error={mutation.error} title={t('timeline.failed')} />
        )}
        <Flex gap="3" justify="end">
          <Dialog.Close>
            <Button type="button" variant="soft" color="gray">
              {t('timeline.cancel')}
            </Button>
          </Dialog.Close>
          <Button type="submit" loading={mutation.isPending}>
            {t('timeline.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function FormField({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: ReactNode }) {
  return (
    <Flex direction="column" gap="1" minWidth="0">
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
      </Text>
      {children}
      {error && (
        <Text id={`${id}-error`} size="1" color="red" role="alert">
          {error}
        </Text>
      )}
    </Flex>
  );
}
