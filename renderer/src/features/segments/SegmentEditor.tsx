import { Badge, Box, Button, Card, Flex, Grid, Heading, Select, Text, TextArea, TextField } from '@radix-ui/themes';
import { Save, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { EVERYONE, SEGMENT_COLOURS, type Segment, type SegmentColour, SegmentInputSchema, type SegmentRules } from '@shared/domain/segment';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCreateSegment, useDeleteSegment, useRestoreSegment, useUpdateSegment } from '../../lib/queries';
import { RuleBuilder } from './RuleBuilder';
import { SegmentActions } from './SegmentActions';
import { LiveCount, SegmentPreview, useLivePreview } from './SegmentPreview';

interface Draft {
  name: string;
  colour: SegmentColour;
  description: string;
  rules: SegmentRules;
}

const draftOf = (segment: Segment | null): Draft =>
  segment
    ? { name: segment.name, colour: segment.colour, description: segment.description, rules: segment.rules }
    : { name: '', colour: 'blue', description: '', rules: EVERYONE };

/**
 * One segment: its name, colour and description, the rule builder, the live preview, and (once saved) what its
 * members can be used for. `segment` null is a new one; mount with a key per segment so a draft never leaks.
 */
export function SegmentEditor({ segment, currency, onSaved, onDeleted }: {
  segment: Segment | null; currency: string; onSaved: (id: string) => void; onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(segment));
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useCreateSegment();
  const update = useUpdateSegment();
  const remove = useDeleteSegment();
  const restore = useRestoreSegment();
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(segment));
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const live = useLivePreview(draft.rules);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = SegmentInputSchema.safeParse(draft);
    if (!checked.success) {
      const nameIssue = checked.error.issues.find((issue) => issue.path[0] === 'name');
      setNameError(nameIssue?.message ?? null);
      if (!nameIssue) toast.error(t('segments.editor.failed'), { description: checked.error.issues[0]?.message });
      return;
    }
    setNameError(null);
    const done = (saved: Segment) => {
      toast.success(t(segment ? 'segments.editor.updated' : 'segments.editor.saved', { name: saved.name }));
      onSaved(saved.id);
    };
    if (segment) update.mutate({ id: segment.id, ...checked.data }, { onSuccess: done });
    else create.mutate(checked.data, { onSuccess: done });
  };

  const doDelete = () => {
    if (!segment) return;
    remove.mutate(
      { id: segment.id },
      {
        onSuccess: () => {
          onDeleted();
          toast(t('segments.editor.deleted', { name: segment.name }), {
            duration: 15_000,
            action: {
              label: t('segments.editor.undo'),
              onClick: () =>
                restore.mutate(
                  { id: segment.id },
                  {
                    onSuccess: (back) => {
                      toast.success(t('segments.editor.restored', { name: back.name }));
                      onSaved(back.id);
                    },
                    onError: (e) => toast.error(t('segments.editor.deleteFailed'), { description: e.message }),
                  },
                ),
            },
          });
        },
        onError: (e) => toast.error(t('segments.editor.deleteFailed'), { description: e.message }),
      },
    );
  };

  return (
    <Flex direction="column" gap="4" minWidth="0">
      <Card size="3" asChild>
        <form onSubmit={submit} noValidate aria-labelledby="segment-editor-heading">
          <Flex align="center" gap="3" mb="4" wrap="wrap">
            <Heading as="h2" size="4" id="segment-editor-heading">
              {segment ? segment.name : t('segments.editor.newTitle')}
            </Heading>
            {segment?.readyMade && (
              <Badge color="gray" variant="soft">
                {t('segments.list.readyMade')}
              </Badge>
            )}
            {dirty && segment && (
              <Badge color="amber" variant="soft" role="status">
                {t('segments.editor.unsaved')}
              </Badge>
            )}
          </Flex>
          {segment?.readyMade && (
            <Text as="p" size="2" color="gray" mb="3">
              {t('segments.editor.readyMadeHint')}
            </Text>
          )}
          <Grid columns={{ initial: '1', sm: '1fr 160px' }} gap="3" mb="3">
            <label>
              <Text as="div" size="2" weight="medium" mb="1">
                {t('segments.editor.name')}
              </Text>
              <TextField.Root
                value={draft.name}
                onChange={(e) => change({ name: e.target.value })}
                placeholder={t('segments.editor.namePlaceholder')}
                maxLength={80}
                aria-invalid={nameError !== null}
                aria-describedby={nameError ? 'segment-name-error' : undefined}
              />
              {nameError && (
                <Text as="p" size="1" color="red" mt="1" id="segment-name-error">
                  {nameError}
                </Text>
              )}
            </label>
            <Box>
              <Text as="div" size="2" weight="medium" mb="1" id="segment-colour-label">
                {t('segments.editor.colour')}
              </Text>
              <Select.Root value={draft.colour} onValueChange={(colour) => change({ colour: colour as SegmentColour })}>
                <Select.Trigger aria-labelledby="segment-colour-label" style={{ width: '100%' }} />
                <Select.Content>
                  {SEGMENT_COLOURS.map((colour) => (
                    <Select.Item key={colour} value={colour}>
                      <Flex align="center" gap="2" asChild>
                        <span>
                          <span className="segments-dot" data-accent-color={colour} aria-hidden />
                          {t(`segments.colours.${colour}`)}
                        </span>
                      </Flex>
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Box>
          </Grid>
          <label>
            <Text as="div" size="2" weight="medium" mb="1">
              {t('segments.editor.description')}
            </Text>
            <TextArea
              value={draft.description}
              onChange={(e) => change({ description: e.target.value })}
              placeholder={t('segments.editor.descriptionPlaceholder')}
              maxLength={500}
              rows={2}
            />
          </label>
          <Flex align="center" justify="between" gap="3" mt="4" mb="2" wrap="wrap">
            <Heading as="h3" size="3">
              {t('segments.builder.title')}
            </Heading>
            <LiveCount live={live} testId="segment-count" />
          </Flex>
          <RuleBuilder rules={draft.rules} onChange={(rules) => change({ rules })} currency={currency} />
          {error && <ApiErrorCallout error={error} title={t('segments.editor.failed')} mt="3" />}
          <Flex gap="3" mt="4" align="center">
            <Button type="submit" loading={saving} disabled={segment !== null && !dirty}>
              <Save size={16} aria-hidden />
              {segment ? t('segments.editor.update') : t('segments.editor.save')}
            </Button>
            <Box flexGrow="1" />
            {segment && (
              <Button type="button" variant="soft" color="red" onClick={doDelete} loading={remove.isPending}>
                <Trash2 size={16} aria-hidden />
                {t('segments.editor.delete')}
              </Button>
            )}
          </Flex>
        </form>
      </Card>
      <SegmentPreview live={live} currency={currency} />
      {segment ? (
        <SegmentActions segment={segment} />
      ) : (
        <Text size="2" color="gray">
          {t('segments.actions.saveFirst')}
        </Text>
      )}
    </Flex>
  );
}
