import { Box, Button, Flex, Heading, Text } from '@radix-ui/themes';
import { ShoppingBag, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../shell/navigation';

/** A workspace with nothing to count yet: says what to do first, and takes the user there. */
export function DashboardEmpty({ reason }: { reason: 'noCustomers' | 'noPurchases' }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const Icon = reason === 'noCustomers' ? Users : ShoppingBag;
  return (
    <Box className="placeholder-panel" data-testid="dashboard-empty">
      <Flex direction="column" align="center" gap="3" py="9" px="6" style={{ textAlign: 'center' }}>
        <Flex className="placeholder-icon" align="center" justify="center" aria-hidden>
          <Icon size={26} strokeWidth={1.5} />
        </Flex>
        <Heading as="h2" size="4">
          {t(`dashboard.empty.${reason}.title`)}
        </Heading>
        <Text as="p" size="3" color="gray" style={{ maxWidth: 480 }}>
          {t(`dashboard.empty.${reason}.body`)}
        </Text>
        <Button size="3" onClick={() => go('customers')}>
          {t(`dashboard.empty.${reason}.action`)}
        </Button>
      </Flex>
    </Box>
  );
}
