import { Box, Button, Card, Flex, Grid, Heading, Tabs, Text } from '@radix-ui/themes';
import { BookOpenText, Lightbulb, Plus } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EconomicsAssumptionsSchema, type EconomicsAssumptions, type Program } from '@shared/domain/program';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { toast } from 'sonner';
import { useDeleteProgram, usePrograms, useProfile, useRestoreProgram } from '../../lib/queries';
import { localToday } from '../dashboard/period';
import { ComparePanel } from './ComparePanel';
import { NewProgramDialog } from './NewProgramDialog';
import { ProgramList } from './ProgramList';
import { ProgramView, type ProgramTab } from './ProgramView';
import { Recommendations } from './Recommendations';
import './programs.css';

type ScreenTab = 'programs' | 'recommended' | 'compare';

/**
 * The Programs section: the programs with the designer and their economics, the recommendations for this business
 * (one click makes a draft), and two programs compared side by side under the same assumptions.
 */
export function ProgramsScreen({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const currency = profile.data?.currency ?? info.profile.currency;
  const today = useMemo(() => localToday(new Date()), []);
  const programs = usePrograms();
  const [tab, setTab] = useState<ScreenTab>('programs');
  const [selected, setSelected] = useState<string | null>(null);
  const [programTab, setProgramTab] = useState<ProgramTab>('design');
  const [dirty, setDirty] = useState(false);
  const [creating, setCreating] = useState(false);
  // one set of assumptions for every program, so that what the economics and the comparison show is alike
  const [assumptions, setAssumptions] = useState<EconomicsAssumptions>(() => EconomicsAssumptionsSchema.parse({}));
  const [pair, setPair] = useState<[string | null, string | null]>([null, null]);

  const list = programs.data;
  // an id that is gone (deleted) falls back to the first program
  const program: Program | null = list?.find((p) => p.id === selected) ?? list?.[0] ?? null;
  const onDirty = useCallback((value: boolean) => setDirty(value), []);
  const remove = useDeleteProgram();
  const restore = useRestoreProgram();

  const leave = () => !dirty || window.confirm(t('programs.designer.unsavedConfirm'));
  const open = (id: string, from?: string) => {
    setDirty(false);
    setSelected(id);
    setProgramTab('design');
    setTab('programs');
    if (from) setPair([from, id]);
  };
  const select = (id: string) => {
    if (id === program?.id || !leave()) return;
    setDirty(false);
    setSelected(id);
  };
  const onDelete = (gone: Program) =>
    remove.mutate(
      { id: gone.id },
      {
        onSuccess: () => {
          setDirty(false);
          setSelected(null);
          toast(t('programs.designer.deleted', { name: gone.name }), {
            duration: 15_000,
            action: {
              label: t('programs.designer.undo'),
              onClick: () =>
                restore.mutate(
                  { id: gone.id },
                  {
                    onSuccess: (back) => {
                      toast.success(t('programs.designer.restored', { name: back.name }));
                      if (leave()) open(back.id);
                    },
                    onError: (e) => toast.error(t('programs.designer.deleteFailed'), { description: e.message }),
                  },
                ),
            },
          });
        },
        onError: (e) => toast.error(t('programs.designer.deleteFailed'), { description: e.message }),
      },
    );
  const changeTab = (next: ScreenTab) => {
    if (next === 'compare' && list && (pair[0] === null || pair[1] === null)) setPair([pair[0] ?? list[0]?.id ?? null, pair[1] ?? list.find((p) => p.id !== (pair[0] ?? list[0]?.id))?.id ?? null]);
    setTab(next);
  };

  return (
    <Box px="6" pt="5" pb="6">
      <Heading as="h1" size="7" mb="1">
        {t('programs.title')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="4">
        {t('programs.intro')}
      </Text>
      <Tabs.Root value={tab} onValueChange={(value) => changeTab(value as ScreenTab)}>
        <Tabs.List aria-label={t('programs.tabs.label')}>
          <Tabs.Trigger value="programs">{t('programs.tabs.programs')}</Tabs.Trigger>
          <Tabs.Trigger value="recommended">{t('programs.tabs.recommended')}</Tabs.Trigger>
          <Tabs.Trigger value="compare">{t('programs.tabs.compare')}</Tabs.Trigger>
        </Tabs.List>
        <Box pt="4">
          <Tabs.Content value="programs">
            <Grid columns={{ initial: '1', md: '260px 1fr' }} gap="5" align="start">
              <ProgramList programs={list} error={programs.error} selected={program?.id ?? null} onSelect={select} onNew={() => leave() && setCreating(true)} />
              {list && list.length === 0 ? (
                <EmptyPrograms onRecommended={() => setTab('recommended')} onNew={() => setCreating(true)} />
              ) : program ? (
                <ProgramView
                  key={program.id}
                  program={program}
                  currency={currency}
                  today={today}
                  assumptions={assumptions}
                  onAssumptions={setAssumptions}
                  tab={programTab}
                  onTab={setProgramTab}
                  onDirty={onDirty}
                  onOpen={open}
                  onDelete={onDelete}
                  deleting={remove.isPending}
                />
              ) : null}
            </Grid>
          </Tabs.Content>
          <Tabs.Content value="recommended">
            <Box maxWidth="880px">
              <Text as="p" size="2" mb="3">
                {t('programs.recommend.intro')}
              </Text>
              <Recommendations today={today} programs={list ?? []} onOpen={(id) => (leave() ? open(id) : undefined)} />
            </Box>
          </Tabs.Content>
          <Tabs.Content value="compare">
            <ComparePanel programs={list ?? []} pair={pair} onPair={setPair} assumptions={assumptions} currency={currency} today={today} />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
      {creating && (
        <NewProgramDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            open(created.id);
          }}
        />
      )}
    </Box>
  );
}

/** No programs yet: the way to the recommendations first, or a blank start. */
function EmptyPrograms({ onRecommended, onNew }: { onRecommended: () => void; onNew: () => void }) {
  const { t } = useTranslation();
  return (
    <Card size="4" data-testid="programs-empty">
      <Flex direction="column" align="center" gap="3" py="6" style={{ textAlign: 'center' }}>
        <Flex className="programs-type-icon programs-type-icon-large" align="center" justify="center" aria-hidden>
          <BookOpenText size={26} strokeWidth={1.5} />
        </Flex>
        <Heading as="h2" size="4">
          {t('programs.empty.title')}
        </Heading>
        <Text as="p" size="2" color="gray" style={{ maxWidth: 460 }}>
          {t('programs.empty.text')}
        </Text>
        <Flex gap="3" mt="2" wrap="wrap" justify="center">
          <Button size="3" onClick={onRecommended}>
            <Lightbulb size={16} aria-hidden />
            {t('programs.empty.recommended')}
          </Button>
          <Button size="3" variant="soft" color="gray" onClick={onNew}>
            <Plus size={16} aria-hidden />
            {t('programs.empty.blank')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
