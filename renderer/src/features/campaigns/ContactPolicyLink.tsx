import { Button, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePolicy } from '../../lib/queries';
import { useNavigation } from '../shell/navigation';

/** Settings' pointer to the contact policy (edited in Campaigns): what it says now, and a button to it. */
export function ContactPolicyLink() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const { openCampaigns } = useNavigation();
  return (
    <Card size="4" asChild>
      <section aria-labelledby="settings-policy-heading">
        <Heading as="h2" size="5" id="settings-policy-heading">
          {t('campaigns.policy.title')}
        </Heading>
        <Flex align="center" justify="between" gap="4" wrap="wrap" mt="2">
          <Flex direction="column" gap="1" style={{ flex: '1 1 320px' }}>
            <Text size="2" color="gray">
              {t('campaigns.policy.settingsHint')}
            </Text>
            {policy.data && (
              <Text size="2" data-testid="settings-policy-summary">
                {t('campaigns.policy.summary', { max: policy.data.maxPer30Days, gap: policy.data.minGapDays })}
              </Text>
            )}
          </Flex>
          <Button variant="soft" onClick={() => openCampaigns('policy')}>
            <ShieldCheck size={16} aria-hidden /> {t('campaigns.policy.open')}
          </Button>
        </Flex>
      </section>
    </Card>
  );
}
