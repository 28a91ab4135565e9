import { Box, Flex, Grid, Heading, Tabs, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { useProfile, useSegments } from '../../lib/queries';
import { RfmView } from './RfmView';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList } from './SegmentList';
import './segments.css';

/** The Segments section: saved segments with the rule builder, and the RFM grid with lifetime value. */
export function SegmentsScreen({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const currency = profile.data?.currency ?? info.profile.currency;
  return (
    <Box px="6" pt="5" pb="6" className="segments-screen">
      <Heading as="h1" size="7" mb="1">
        {t('segments.title')}
      </Heading>
      <Text as="p" size="2" color="gray" mb="4">
        {t('segments.intro')}
      </Text>
      <Tabs.Root defaultValue="segments">
        <Tabs.List aria-label={t('segments.tabs.label')}>
          <Tabs.Trigger value="segments">{t('segments.tabs.segments')}</Tabs.Trigger>
          <Tabs.Trigger value="rfm">{t('segments.tabs.rfm')}</Tabs.Trigger>
        </Tabs.List>
        <Box pt="4">
          <Tabs.Content value="segments">
            <SavedSegments currency={currency} />
          </Tabs.Content>
          <Tabs.Content value="rfm">
            <RfmView currency={currency} />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
    </Box>
  );
}

function SavedSegments({ currency }: { currency: string }) {
  const segments = useSegments();
  // null: a new segment; an id that is gone (deleted elsewhere) falls back to a new one
  const [selected, setSelected] = useState<string | null>(null);
  const segment = segments.data?.find((s) => s.id === selected) ?? null;
  return (
    <Grid columns={{ initial: '1', md: '260px 1fr' }} gap="5" align="start">
      <SegmentList segments={segments.data} error={segments.error} selected={segment?.id ?? null} onSelect={setSelected} onNew={() => setSelected(null)} />
      <Flex direction="column" minWidth="0">
        <SegmentEditor
          key={segment?.id ?? 'new'}
          segment={segment}
          currency={currency}
          onSaved={setSelected}
          onDeleted={() => setSelected(null)}
        />
      </Flex>
    </Grid>
  );
}
