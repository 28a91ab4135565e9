import { Badge, Box, Button, Flex, Heading, Tabs, Text } from '@radix-ui/themes';
import { Copy, Save, Trash2 } from 'lucide-react';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { EconomicsAssumptions, Program } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useDuplicateProgram, useUpdateProgram } from '../../lib/queries';
import { EconomicsPanel } from './EconomicsPanel';
import { draftOf, patchOf, STATUS_COLOURS, TYPE_ICONS, type ProgramDraft } from './kinds';
import { ProgramDesigner } from './ProgramDesigner';
import { ProposalButton } from './ProposalButton';
import { draftErrors } from './validation';

export type ProgramTab = 'design' | 'economics';

/**
 * One open program: its header (type, status, Duplicate, Delete), the designer and the economics. The draft is kept
 * here so that looking at the economics and coming back loses nothing; mount with a key per program.
 */
export function ProgramView({
  program,
  currency,
  today,
  assumptions,
  onAssumptions,
  tab,
  onTab,
  onDirty,
  onOpen,
  onDelete,
  deleting,
}: {
  program: Program;
  currency: string;
  today: string;
  assumptions: EconomicsAssumptions;
  onAssumptions: (next: EconomicsAssumptions) => void;
  tab: ProgramTab;
  onTab: (tab: ProgramTab) => void;
  onDirty: (dirty: boolean) => void;
  /** Opens a program; `from`: it is a copy of that one (the compare view lines the two up). */
  onOpen: (id: string, from?: string) => void;
  /** Delete with an Undo toast: the screen does it, since this view is gone by the time Undo is pressed. */
  onDelete: (program: Program) => void;
  deleting: boolean;
}) {
  const { t } = useTranslation();
  const saved = useMemo(() => draftOf(program), [program]);
  const [draft, setDraft] = useState<ProgramDraft>(saved);
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  // fields whose text does not read as a number yet: saving would keep their last good value
  const [unreadable, setUnreadable] = useState<Set<string>>(new Set());
  const [formNonce, setFormNonce] = useState(0);
  const update = useUpdateProgram();
  const duplicate = useDuplicateProgram();

  const patch = patchOf(saved, draft);
  const dirty = Object.keys(patch).length > 0;
  const allErrors = draftErrors(draft, t);
  // an error shows once its field was changed, or for every field once a save was tried
  const errors = tried ? allErrors : Object.fromEntries(Object.entries(allErrors).filter(([path]) => [...touched].some((field) => path === field || path.startsWith(`${field}.`))));
  const blocked = Object.keys(allErrors).length > 0 || unreadable.size > 0;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  const onValidity = useCallback((id: string, valid: boolean) => {
    setUnreadable((before) => {
      if (valid === !before.has(id)) return before;
      const next = new Set(before);
      if (valid) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const change = (next: Partial<ProgramDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setTouched((before) => new Set([...before, ...Object.keys(next)]));
  };

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!dirty || update.isPending) return;
    if (blocked) {
      toast.error(t('programs.designer.fixFirst'));
      return;
    }
    update.mutate(
      { id: program.id, patch },
      {
        onSuccess: (back) => {
          setDraft(draftOf(back));
          setTried(false);
          setTouched(new Set());
          toast.success(t('programs.designer.saved', { name: back.name }));
        },
      },
    );
  };

  const discard = () => {
    setDraft(saved);
    setTried(false);
    setTouched(new Set());
    setUnreadable(new Set());
    setFormNonce((n) => n + 1);
  };

  const doDuplicate = () => {
    if (dirty && !window.confirm(t('programs.designer.unsavedConfirm'))) return;
    duplicate.mutate(
      { id: program.id },
      {
        onSuccess: (copy) => {
          toast.success(t('programs.designer.duplicated', { name: copy.name }));
          onOpen(copy.id, program.id);
        },
        onError: (e) => toast.error(t('programs.designer.duplicateFailed'), { description: e.message }),
      },
    );
  };

  const Icon = TYPE_ICONS[program.rules.type];
  return (
    <Flex direction="column" gap="4" minWidth="0" data-testid="program-view">
      <Flex justify="between" align="start" gap="3" wrap="wrap">
        <Flex align="center" gap="3" minWidth="0">
          <Flex className="programs-type-icon" align="center" justify="center" aria-hidden>
            <Icon size={20} />
          </Flex>
          <Box minWidth="0">
            <Heading as="h2" size="5" id="program-heading" className="programs-heading">
              {program.name}
            </Heading>
            <Flex gap="2" align="center" mt="1" wrap="wrap">
              <Text size="2" color="gray">
                {t(`programs.types.${program.rules.type}`)}
              </Text>
              <Badge color={STATUS_COLOURS[program.status]} variant="soft">
                {t(`programs.status.${program.status}`)}
              </Badge>
              {dirty && (
                <Badge color="amber" variant="outline" role="status">
                  {t('programs.designer.unsaved')}
                </Badge>
              )}
            </Flex>
          </Box>
        </Flex>
        <Flex gap="2" align="start">
          <ProposalButton programId={program.id} today={today} assumptions={assumptions} />
          <Button variant="soft" color="gray" onClick={doDuplicate} loading={duplicate.isPending}>
            <Copy size={16} aria-hidden />
            {t('programs.designer.duplicate')}
          </Button>
          <Button variant="soft" color="red" onClick={() => onDelete(program)} loading={deleting}>
            <Trash2 size={16} aria-hidden />
            {t('programs.designer.delete')}
          </Button>
        </Flex>
      </Flex>

      <Tabs.Root value={tab} onValueChange={(value) => onTab(value as ProgramTab)}>
        <Tabs.List aria-label={t('programs.view.label')}>
          <Tabs.Trigger value="design">{t('programs.view.design')}</Tabs.Trigger>
          <Tabs.Trigger value="economics">{t('programs.view.economics')}</Tabs.Trigger>
        </Tabs.List>
        <Box pt="4">
          <Tabs.Content value="design">
            <form
              onSubmit={save}
              noValidate
              aria-labelledby="program-heading"
              onKeyDown={(event) => {
                if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
                  event.preventDefault();
                  save();
                }
              }}
            >
              <ProgramDesigner key={formNonce} draft={draft} change={change} errors={errors} onValidity={onValidity} currency={currency} />
              {update.error && <ApiErrorCallout error={update.error} title={t('programs.designer.saveFailed')} mt="4" />}
              <Flex gap="3" mt="4" justify="end" align="center" className="programs-save-bar">
                {tried && blocked && (
                  <Text size="2" color="red" role="alert" mr="auto">
                    {t('programs.designer.fixFirst')}
                  </Text>
                )}
                <Button type="button" variant="soft" color="gray" disabled={!dirty || update.isPending} onClick={discard}>
                  {t('programs.designer.discard')}
                </Button>
                <Button type="submit" disabled={!dirty} loading={update.isPending}>
                  <Save size={16} aria-hidden />
                  {t('programs.designer.save')}
                </Button>
              </Flex>
            </form>
          </Tabs.Content>
          <Tabs.Content value="economics">
            <EconomicsPanel program={program} currency={currency} today={today} assumptions={assumptions} onAssumptions={onAssumptions} unsaved={dirty} />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
    </Flex>
  );
}
