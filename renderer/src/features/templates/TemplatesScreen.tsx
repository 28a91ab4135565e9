import { Box, Grid, Heading, Tabs, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/profile';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { useProfile, useTemplates } from '../../lib/queries';
import { GiftsTab } from '../gifts/GiftsTab';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';

/** The "Templates & gifts" section: templates (list, editor, live preview, coverage) and the gifts tab. */
export function TemplatesScreen({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const business = profile.data?.language ?? info.profile.language;
  return (
    <Box px="6" pt="5" pb="6">
      <Heading as="h1" size="7" mb="1">
        {t('templates.title')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="4">
        {t('templates.intro')}
      </Text>
      <Tabs.Root defaultValue="templates">
        <Tabs.List aria-label={t('templates.tabs.label')}>
          <Tabs.Trigger value="templates">{t('templates.tabs.templates')}</Tabs.Trigger>
          <Tabs.Trigger value="gifts">{t('templates.tabs.gifts')}</Tabs.Trigger>
        </Tabs.List>
        <Box pt="4">
          <Tabs.Content value="templates">
            <Templates business={business} />
          </Tabs.Content>
          <Tabs.Content value="gifts">
            <GiftsTab />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
    </Box>
  );
}

function Templates({ business }: { business: Language }) {
  const templates = useTemplates();
  // null: a new template; an id that is gone (deleted) falls back to a new one
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const { t } = useTranslation();
  const template = templates.data?.find((x) => x.id === selected) ?? null;
  const select = (id: string | null) => {
    if (dirty && !window.confirm(t('templates.editor.unsaved'))) return;
    setDirty(false);
    setSelected(id);
  };
  return (
    <Grid columns={{ initial: '1', md: '280px 1fr' }} gap="5" align="start">
      <TemplateList templates={templates.data} error={templates.error} selected={template?.id ?? null} onSelect={select} />
      <TemplateEditor
        key={template?.id ?? 'new'}
        template={template}
        business={business}
        onDirty={setDirty}
        onSaved={(id) => {
          setDirty(false);
          setSelected(id);
        }}
        onDeleted={() => {
          setDirty(false);
          setSelected(null);
        }}
      />
    </Grid>
  );
}
