import { Text } from '@radix-ui/themes';

/** Placeholder until the ui-docs helper lands the Gifts tab (it replaces this file). */
export function GiftsTab() {
  return <Text as="p" size="2" color="gray">…</Text>;
}
