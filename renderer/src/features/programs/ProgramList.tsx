import { Badge, Button, Flex, Spinner, Text } from '@radix-ui/themes';
import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import type { ApiError } from '../../lib/api';
import { STATUS_COLOURS, TYPE_ICONS } from './kinds';

/** The programs, active first, then drafts, then ended (the engine's order): type icon, name, type, status. */
export function ProgramList({
  programs,
  error,
  selected,
  onSelect,
  onNew,
}: {
  programs: Program[] | undefined;
  error: ApiError | null;
  selected: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex direction="column" gap="3">
      <Button onClick={onNew}>
        <Plus size={16} aria-hidden />
        {t('programs.list.new')}
      </Button>
      {error && <ApiErrorCallout error={error} title={t('programs.list.loadFailed')} icon={false} />}
      {programs === undefined && !error && <Spinner aria-label={t('common.loading')} />}
      {programs && programs.length > 0 && (
        <nav aria-label={t('programs.list.label')}>
          <ul className="programs-list">
            {programs.map((program) => {
              const Icon = TYPE_ICONS[program.rules.type];
              return (
                <li key={program.id}>
                  <button
                    type="button"
                    className="programs-list-item"
                    aria-current={program.id === selected ? 'true' : undefined}
                    onClick={() => onSelect(program.id)}
                    data-testid="program-item"
                  >
                    <Flex align="start" gap="2">
                      <Icon size={16} aria-hidden className="programs-list-icon" />
                      <Flex direction="column" minWidth="0" flexGrow="1">
                        <Text size="2" weight="medium" className="programs-list-name">
                          {program.name}
                        </Text>
                        <Flex align="center" gap="2" mt="1">
                          <Text size="1" color="gray">
                            {t(`programs.types.${program.rules.type}`)}
                          </Text>
                          <Badge size="1" color={STATUS_COLOURS[program.status]} variant="soft">
                            {t(`programs.status.${program.status}`)}
                          </Badge>
                        </Flex>
                      </Flex>
                    </Flex>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </Flex>
  );
}
