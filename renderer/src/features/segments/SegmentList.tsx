import { Badge, Button, Flex, Spinner, Text } from '@radix-ui/themes';
import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '@shared/domain/segment';
import type { ApiError } from '../../lib/api';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';

/** The saved segments, in the order they were made: colour, name, member count, description; ready-made ones marked. */
export function SegmentList({ segments, error, selected, onSelect, onNew }: {
  segments: (Segment & { count: number })[] | undefined;
  error: ApiError | null;
  selected: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Flex direction="column" gap="3" className="segments-list">
      <Button onClick={onNew} variant={selected === null ? 'solid' : 'soft'}>
        <Plus size={16} aria-hidden />
        {t('segments.list.new')}
      </Button>
      {error && <ApiErrorCallout error={error} title={t('segments.list.loadFailed')} />}
      {segments === undefined && !error && <Spinner aria-label={t('common.loading')} />}
      {segments?.length === 0 && (
        <Text size="2" color="gray">
          {t('segments.list.empty')}
        </Text>
      )}
      {segments && segments.length > 0 && (
        <nav aria-label={t('segments.list.label')}>
          <ul className="segments-list-items">
            {segments.map((segment) => (
              <li key={segment.id}>
                <button
                  type="button"
                  className="segments-list-item"
                  aria-current={segment.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(segment.id)}
                  data-testid="segment-item"
                >
                  <Flex align="center" gap="2">
                    <span className="segments-dot" data-accent-color={segment.colour} aria-hidden />
                    <Text size="2" weight="medium" className="segments-list-name">
                      {segment.name}
                    </Text>
                    {segment.readyMade && (
                      <Badge size="1" color="gray" variant="soft">
                        {t('segments.list.readyMade')}
                      </Badge>
                    )}
                  </Flex>
                  <Text as="div" size="1" color="gray" className="segments-list-count">
                    {t('segments.list.members', { count: segment.count, formatted: new Intl.NumberFormat(i18n.language).format(segment.count) })}
                  </Text>
                  {segment.description && (
                    <Text as="div" size="1" color="gray" className="segments-list-description">
                      {segment.description}
                    </Text>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </Flex>
  );
}
