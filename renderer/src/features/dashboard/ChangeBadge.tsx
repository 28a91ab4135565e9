import { Text, VisuallyHidden } from '@radix-ui/themes';
import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { type Change, formatChangeValue } from './change';

const TONE_COLOUR = { good: 'green', bad: 'red', neutral: 'gray' } as const;

/**
 * How a figure moved against the period before: an arrow, the signed change and a colour for good or bad news
 * (the arrow and the sign say it without the colour). `previous` is the earlier figure, already formatted.
 */
export function ChangeBadge({ change, previous }: { change: Change | null; previous: string }) {
  const { t, i18n } = useTranslation();
  if (!change) {
    return (
      <Text size="1" color="gray">
        {t('dashboard.change.none')}
      </Text>
    );
  }
  const Icon = change.direction === 'up' ? ArrowUpRight : change.direction === 'down' ? ArrowDownRight : Minus;
  const value = change.unit === 'fromZero' ? t('dashboard.change.fromZero') : formatChangeValue(change, i18n.language, (v) => t('dashboard.change.points', { value: v }));
  const spoken = t('dashboard.change.spoken', { direction: t(`dashboard.change.${change.direction}`), value, previous });
  return (
    <Text size="1" color={TONE_COLOUR[change.tone]} className="dashboard-change" data-tone={change.tone} data-direction={change.direction} title={spoken}>
      <Icon size={14} aria-hidden strokeWidth={2.5} />
      <span aria-hidden>{value}</span>
      <VisuallyHidden>{spoken}</VisuallyHidden>
    </Text>
  );
}
