import { Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** A labelled form control with its error (announced), else a warning (announced, not blocking), else a help line under it. */
export function Field({
  id,
  label,
  error,
  warning,
  help,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  warning?: string | null | undefined;
  help?: string;
  children: ReactNode;
}) {
  return (
    <Flex direction="column" gap="1" minWidth="0">
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
      </Text>
      {children}
      {error ? (
        <Text id={`${id}-error`} size="1" color="red" role="alert">
          {error}
        </Text>
      ) : warning ? (
        <Text id={`${id}-warning`} size="1" color="amber" role="status">
          {warning}
        </Text>
      ) : help ? (
        <Text size="1" color="gray">
          {help}
        </Text>
      ) : null}
    </Flex>
  );
}
