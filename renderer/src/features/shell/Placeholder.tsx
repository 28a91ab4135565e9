import { Badge, Box, Container, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { SECTION_ICONS, type Section } from './sections';

/** A calm stand-in for sections that come in later issues: says plainly it is not built yet and what it will do. */
export function Placeholder({ section }: { section: Exclude<Section, 'settings' | 'dashboard'> }) {
  const { t } = useTranslation();
  const Icon = SECTION_ICONS[section];
  return (
    <Container size="2" px="6" py="8">
      <Heading as="h1" size="7" mb="6">
        {t(`nav.${section}`)}
      </Heading>
      <Box className="placeholder-panel">
        <Flex direction="column" align="center" gap="3" py="9" px="6" style={{ textAlign: 'center' }}>
          <Flex className="placeholder-icon" align="center" justify="center" aria-hidden>
            <Icon size={26} strokeWidth={1.5} />
          </Flex>
          <Badge color="gray" variant="soft" size="2">
            {t('placeholder.notBuilt')}
          </Badge>
          <Text as="p" size="3" color="gray" style={{ maxWidth: 440 }}>
            {t(`placeholder.${section}`)}
          </Text>
        </Flex>
      </Box>
    </Container>
  );
}
