import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

/** One box of the dashboard: a heading, an optional line of explanation, its content (or a quiet empty line). */
export function Panel({ title, help, empty, children, className }: { title: string; help?: string; empty?: string | null; children?: ReactNode; className?: string }) {
  return (
    <Card asChild className={['dashboard-panel', className].filter(Boolean).join(' ')}>
      <section aria-label={title}>
        <Flex direction="column" gap="2">
          <Heading as="h2" size="3">
            {title}
          </Heading>
          {help && (
            <Text as="p" size="1" color="gray">
              {help}
            </Text>
          )}
          {empty ? (
            <Text as="p" size="2" color="gray" className="dashboard-panel-empty">
              {empty}
            </Text>
          ) : (
            children
          )}
        </Flex>
      </section>
    </Card>
  );
}
