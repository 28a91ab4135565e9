import { Badge, Box, Button, Card, DropdownMenu, Flex, Grid, Heading, Select, Tabs, Text, TextArea, TextField } from '@radix-ui/themes';
import { Plus, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Language } from '@shared/domain/profile';
import { TEMPLATE_KINDS, type Template, type TemplateKind, type TemplateVersion } from '@shared/domain/template';
import { lintTemplate } from '@shared/logic/template';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { useCreateTemplate, useDeleteTemplate, useResetStarter, useRestoreTemplate, useUpdateTemplate } from '../../lib/queries';
import { CoveragePanel } from './CoveragePanel';
import { TemplatePreview } from './TemplatePreview';
import { FORMAT_SNIPPETS, fieldsByGroup, fieldTag, insertAt, languageOrder, type FormatSnippet } from './snippets';
import { WarningList } from './WarningList';

interface Draft {
  name: string;
  kind: TemplateKind;
  occasion: string;
  versions: Partial<Record<Language, TemplateVersion>>;
}

const draftOf = (template: Template | null, business: Language): Draft =>
  template
    ? { name: template.name, kind: template.kind, occasion: template.occasion, versions: template.versions }
    : { name: '', kind: 'note', occasion: '', versions: { [business]: { subject: '', body: '' } } };

/** One template: its fields, a tab per language version, insert menus, save/discard, then preview and coverage. */
export function TemplateEditor({
  template,
  business,
  onDirty,
  onSaved,
  onDeleted,
}: {
  template: Template | null;
  business: Language;
  onDirty: (dirty: boolean) => void;
  onSaved: (id: string) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(template, business));
  const order = languageOrder(business);
  const present = order.filter((language) => draft.versions[language]);
  const [tab, setTab] = useState<Language>(present[0] ?? business);
  const body = useRef<HTMLTextAreaElement>(null);
  const create = useCreateTemplate();
  const update = useUpdateTemplate();
  const remove = useDeleteTemplate();
  const restore = useRestoreTemplate();
  const reset = useResetStarter();
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(template, business));
  const saving = create.isPending || update.isPending;
  const saveError = create.error ?? update.error;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  const version = draft.versions[tab] ?? { subject: '', body: '' };
  // the syntax check runs as one types (no customer needed): the same lintTemplate the engine's render reports
  const syntaxWarnings = useMemo(() => [...lintTemplate(version.subject), ...lintTemplate(version.body)], [version.subject, version.body]);
  const setVersion = (patch: Partial<TemplateVersion>) =>
    setDraft((d) => ({ ...d, versions: { ...d.versions, [tab]: { ...version, ...patch } } }));

  const insert = (snippet: string) => {
    const area = body.current;
    const next = insertAt(version.body, area?.selectionStart ?? version.body.length, area?.selectionEnd ?? version.body.length, snippet);
    setVersion({ body: next.text });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const save = () => {
    if (saving) return;
    const done = (saved: Template) => {
      toast.success(t('templates.editor.saved', { name: saved.name }));
      onSaved(saved.id);
    };
    if (template) update.mutate({ id: template.id, patch: draft }, { onSuccess: done });
    else create.mutate(draft, { onSuccess: done });
  };

  const duplicate = () => {
    if (!template) return;
    create.mutate(
      { ...draft, name: t('templates.editor.copyName', { name: draft.name }) },
      {
        onSuccess: (copy) => {
          toast.success(t('templates.editor.duplicated', { name: template.name }));
          onSaved(copy.id);
        },
      },
    );
  };

  const del = () => {
    if (!template) return;
    remove.mutate(
      { id: template.id },
      {
        onSuccess: () => {
          onDeleted();
          toast(t('templates.editor.deleted', { name: template.name }), {
            action: {
              label: t('templates.editor.undo'),
              onClick: () => restore.mutate({ id: template.id }, { onSuccess: (back) => toast.success(t('templates.editor.restored', { name: back.name })) }),
            },
          });
        },
        onError: (e) => toast.error(e.message),
      },
    );
  };

  const addLanguage = (language: Language) => {
    setDraft((d) => ({ ...d, versions: { ...d.versions, [language]: { subject: version.subject, body: version.body } } }));
    setTab(language);
  };
  const removeLanguage = (language: Language) => {
    const rest = { ...draft.versions };
    delete rest[language];
    setDraft((d) => ({ ...d, versions: rest }));
    setTab(order.find((l) => rest[l]) ?? business);
  };

  const hasSubject = draft.kind === 'letter' || draft.kind === 'email';
  const missing = order.filter((language) => !draft.versions[language]);

  return (
    <Flex
      direction="column"
      gap="4"
      minWidth="0"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          save();
        }
      }}
    >
      <Card size="3">
        <Flex direction="column" gap="3">
          <Flex justify="between" align="center" gap="2" wrap="wrap">
            <Heading as="h2" size="5">
              {template ? template.name : t('templates.editor.newTitle')}
            </Heading>
            {dirty && <Badge color="amber">{t('templates.editor.unsavedBadge')}</Badge>}
          </Flex>
          <Grid columns={{ initial: '1', sm: '2fr 1fr 1fr' }} gap="3">
            <label>
              <Text size="2" weight="medium">{t('templates.editor.name')}</Text>
              <TextField.Root value={draft.name} placeholder={t('templates.editor.namePlaceholder')} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            </label>
            <label>
              <Text size="2" weight="medium">{t('templates.editor.kind')}</Text>
              <Select.Root value={draft.kind} onValueChange={(kind) => setDraft({ ...draft, kind: kind as TemplateKind })}>
                <Select.Trigger aria-label={t('templates.editor.kind')} style={{ width: '100%' }} />
                <Select.Content>
                  {TEMPLATE_KINDS.map((kind) => (
                    <Select.Item key={kind} value={kind}>{t(`templates.kinds.${kind}`)}</Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </label>
            <label>
              <Text size="2" weight="medium">{t('templates.editor.occasion')}</Text>
              <TextField.Root value={draft.occasion} placeholder={t('templates.editor.occasionPlaceholder')} onChange={(e) => setDraft({ ...draft, occasion: e.target.value })} />
            </label>
          </Grid>
          <Tabs.Root value={tab} onValueChange={(value) => setTab(value as Language)}>
            <Flex align="center" gap="2">
              <Tabs.List aria-label={t('templates.editor.versions')}>
                {present.map((language) => (
                  <Tabs.Trigger key={language} value={language}>{t(`templates.languages.${language}`)}</Tabs.Trigger>
                ))}
              </Tabs.List>
              {missing.length > 0 && (
                <DropdownMenu.Root>
                  <DropdownMenu.Trigger>
                    <Button variant="ghost" size="1"><Plus size={14} /> {t('templates.editor.addLanguage')}</Button>
                  </DropdownMenu.Trigger>
                  <DropdownMenu.Content>
                    {missing.map((language) => (
                      <DropdownMenu.Item key={language} onSelect={() => addLanguage(language)}>{t(`templates.languages.${language}`)}</DropdownMenu.Item>
                    ))}
                  </DropdownMenu.Content>
                </DropdownMenu.Root>
              )}
              {present.length > 1 && (
                <Button variant="ghost" size="1" color="red" onClick={() => removeLanguage(tab)}>
                  <X size={14} /> {t('templates.editor.removeLanguage', { language: t(`templates.languages.${tab}`) })}
                </Button>
              )}
            </Flex>
          </Tabs.Root>
          {hasSubject && (
            <label>
              <Text size="2" weight="medium">{t('templates.editor.subject')}</Text>
              <TextField.Root value={version.subject} onChange={(e) => setVersion({ subject: e.target.value })} />
            </label>
          )}
          <Flex gap="2">
            <InsertMenu onInsert={insert} />
          </Flex>
          <label>
            <Text size="2" weight="medium">{t('templates.editor.body')}</Text>
            <TextArea ref={body} rows={12} value={version.body} onChange={(e) => setVersion({ body: e.target.value })} style={{ fontFamily: 'var(--code-font-family)' }} />
          </label>
          <WarningList warnings={syntaxWarnings} label={t('templates.warnings.syntaxTitle')} />
          {saveError && <ApiErrorCallout error={saveError} title={t('templates.editor.saveFailed')} />}
          <Flex gap="2" wrap="wrap" align="center">
            <Button onClick={save} loading={saving} disabled={!dirty && template !== null}>{t('templates.editor.save')}</Button>
            <Button variant="soft" color="gray" disabled={!dirty} onClick={() => setDraft(draftOf(template, business))}>{t('templates.editor.discard')}</Button>
            <Text size="1" color="gray">{t('templates.editor.saveHint')}</Text>
            <Box flexGrow="1" />
            {template?.starterKey && !template.unchangedStarter && (
              <Button variant="soft" onClick={() => reset.mutate({ id: template.id }, { onSuccess: (x) => { setDraft(draftOf(x, business)); toast.success(t('templates.editor.resetDone', { name: x.name })); } })}>
                {t('templates.editor.resetStarter')}
              </Button>
            )}
            {template && <Button variant="soft" onClick={duplicate}>{t('templates.editor.duplicate')}</Button>}
            {template && <Button variant="soft" color="red" onClick={del} loading={remove.isPending}>{t('templates.editor.delete')}</Button>}
          </Flex>
        </Flex>
      </Card>
      <TemplatePreview versions={draft.versions} business={business} withSubject={hasSubject} />
      <CoveragePanel templateId={template?.id ?? null} />
    </Flex>
  );
}

/** "Insert field" grouped by MERGE_FIELDS groups, and "Insert format" with the helpers. */
function InsertMenu({ onInsert }: { onInsert: (snippet: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger>
          <Button variant="soft" size="1">{t('templates.editor.insertField')} <DropdownMenu.TriggerIcon /></Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content>
          {fieldsByGroup().map(({ group, fields }) => (
            <DropdownMenu.Sub key={group}>
              <DropdownMenu.SubTrigger>{t(`templates.editor.groups.${group}`)}</DropdownMenu.SubTrigger>
              <DropdownMenu.SubContent>
                {fields.map((field) => (
                  <DropdownMenu.Item key={field} onSelect={() => onInsert(fieldTag(field))}>{field}</DropdownMenu.Item>
                ))}
              </DropdownMenu.SubContent>
            </DropdownMenu.Sub>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Root>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger>
          <Button variant="soft" size="1">{t('templates.editor.insertFormat')} <DropdownMenu.TriggerIcon /></Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content>
          {(Object.keys(FORMAT_SNIPPETS) as FormatSnippet[]).map((key) => (
            <DropdownMenu.Item key={key} onSelect={() => onInsert(FORMAT_SNIPPETS[key])}>
              {t(`templates.editor.formats.${key}`)} <Text color="gray" size="1" style={{ fontFamily: 'var(--code-font-family)' }}>{FORMAT_SNIPPETS[key]}</Text>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Root>
    </>
  );
}
