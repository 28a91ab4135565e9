import { Button, Flex, Separator, Text } from '@radix-ui/themes';
import { HeartHandshake, UserPlus } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportButton, ImportHistoryButton } from '../import';
import { SECTIONS, SECTION_ICONS, type Section } from './sections';

/**
 * The section list. Tab reaches each item; Up/Down (and Home/End) move between items like a desktop list,
 * Enter or Space opens the focused one. The active section carries aria-current="page".
 */
export function Sidebar({ active, onSelect, onCapture }: { active: Section; onSelect: (section: Section) => void; onCapture: () => void }) {
  const { t } = useTranslation();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = SECTIONS.length - 1;
    const target =
      event.key === 'ArrowDown' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowUp' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    refs.current[target]?.focus();
  };

  const item = (section: Section, index: number) => {
    const Icon = SECTION_ICONS[section];
    const current = section === active;
    return (
      <li key={section}>
        <button
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          className="nav-item"
          aria-current={current ? 'page' : undefined}
          onClick={() => onSelect(section)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          <Icon size={18} strokeWidth={1.75} aria-hidden />
          <span>{t(`nav.${section}`)}</span>
        </button>
      </li>
    );
  };

  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <Flex align="center" gap="2" px="3" pt="4" pb="3" className="sidebar-brand">
        <HeartHandshake size={20} strokeWidth={1.75} aria-hidden className="accent-icon" />
        <Text size="3" weight="bold">
          {t('app.name')}
        </Text>
      </Flex>
      <ul className="nav-list">{SECTIONS.slice(0, -1).map(item)}</ul>
      <div className="sidebar-spacer" />
      <Button variant="soft" className="sidebar-action" onClick={onCapture}>
        <UserPlus size={16} aria-hidden /> {t('capture.open')}
      </Button>
      <ImportButton className="sidebar-action" />
      <ImportHistoryButton className="sidebar-action" />
      <Separator size="4" my="2" />
      <ul className="nav-list">{item('settings', SECTIONS.length - 1)}</ul>
    </nav>
  );
}
