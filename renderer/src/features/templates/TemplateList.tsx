import { Badge, Box, Button, Card, Flex, Text, TextField } from '@radix-ui/themes';
import { Plus, Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Template } from '@shared/domain/template';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import type { ApiError } from '../../lib/api';
import { useAddMissingStarters } from '../../lib/queries';

/** The saved templates with search, "New template" and "Add missing starters". */
export function TemplateList({
  templates,
  error,
  selected,
  onSelect,
}: {
  templates: Template[] | undefined;
  error: ApiError | null;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const addStarters = useAddMissingStarters();
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return (templates ?? []).filter((x) => !needle || `${x.name} ${x.occasion}`.toLocaleLowerCase().includes(needle));
  }, [templates, search]);
  return (
    <Flex direction="column" gap="3" aria-label={t('templates.list.label')} role="region">
      <Flex gap="2" wrap="wrap">
        <Button onClick={() => onSelect(null)}>
          <Plus size={16} /> {t('templates.list.new')}
        </Button>
        <Button
          variant="ghost"
          size="1"
          loading={addStarters.isPending}
          onClick={() =>
            addStarters.mutate(
              {},
              {
                onSuccess: ({ added }) => toast.success(t('templates.list.startersAdded', { count: added })),
                onError: (e) => toast.error(e.message),
              },
            )
          }
        >
          {t('templates.list.addStarters')}
        </Button>
      </Flex>
      <TextField.Root placeholder={t('templates.list.search')} aria-label={t('templates.list.search')} value={search} onChange={(e) => setSearch(e.target.value)}>
        <TextField.Slot>
          <Search size={14} />
        </TextField.Slot>
      </TextField.Root>
      {error && <ApiErrorCallout error={error} title={t('templates.list.loadFailed')} icon={false} />}
      {templates && templates.length === 0 && (
        <Text size="2" color="gray">
          {t('templates.list.empty', { example: '{{firstName}}' })}
        </Text>
      )}
      {templates && templates.length > 0 && shown.length === 0 && (
        <Text size="2" color="gray">
          {t('templates.list.noMatch', { search })}
        </Text>
      )}
      <Flex direction="column" gap="2" asChild>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((template) => (
            <li key={template.id}>
              <Card asChild variant={template.id === selected ? 'surface' : 'ghost'}>
                <button
                  type="button"
                  aria-current={template.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(template.id)}
                  style={{ width: '100%', textAlign: 'left', cursor: 'pointer' }}
                >
                  <Flex justify="between" align="center" gap="2">
                    <Text weight="medium" truncate>
                      {template.name}
                    </Text>
                    {template.starterKey && (
                      <Badge color={template.unchangedStarter ? 'gray' : 'amber'} variant="soft">
                        {template.unchangedStarter ? t('templates.list.starter') : t('templates.list.edited')}
                      </Badge>
                    )}
                  </Flex>
                  <Box>
                    <Text size="1" color="gray">
                      {t(`templates.kinds.${template.kind}`)} · {Object.keys(template.versions).join(', ').toUpperCase()}
                    </Text>
                  </Box>
                </button>
              </Card>
            </li>
          ))}
        </ul>
      </Flex>
    </Flex>
  );
}
