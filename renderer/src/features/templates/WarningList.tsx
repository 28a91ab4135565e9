import { Callout, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { TemplateWarning } from '@shared/domain/template';

/** Template warnings in words, each with the character it starts at where there is one. */
export function WarningList({ warnings, label }: { warnings: TemplateWarning[]; label?: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Callout.Root color="amber" size="1" role="status" aria-label={label ?? t('templates.warnings.title')}>
      <Flex direction="column" gap="1" asChild>
        <ul style={{ margin: 0, paddingLeft: '1em' }}>
          {warnings.map((warning, i) => (
            <li key={`${warning.code}-${warning.at ?? ''}-${i}`}>
              <Text size="2">
                {t(`templates.warnings.${warning.code}`, { field: warning.field ?? '', open: '{{' })}
                {warning.at !== undefined && <Text color="gray"> ({t('templates.warnings.at', { at: warning.at + 1 })})</Text>}
              </Text>
            </li>
          ))}
        </ul>
      </Flex>
    </Callout.Root>
  );
}
