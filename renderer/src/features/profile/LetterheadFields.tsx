import { Box, Button, Flex, Grid, Heading, SegmentedControl, Text, TextArea, TextField } from '@radix-ui/themes';
import { ImagePlus, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, type Profile } from '@shared/domain/profile';
import { Field } from '../../components/Field';
import type { ProfileErrors, ProfileField } from './validation';

const LOGO_MAX_BYTES = 1_000_000;

/** A picked file as a data URL, or why it cannot be a logo (the caller words the code). */
export function readLogo(file: File): Promise<{ dataUrl: string } | { problem: 'type' | 'size' }> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return Promise.resolve({ problem: 'type' });
  if (file.size > LOGO_MAX_BYTES) return Promise.resolve({ problem: 'size' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ dataUrl: String(reader.result) });
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** What documents carry of the business: sender address, signature, logo, brand colour, paper size, the agency on proposals. */
export function LetterheadFields({ id, value, onChange, errors }: { id: (field: string) => string; value: Profile; onChange: (field: ProfileField, value: string) => void; errors: ProfileErrors }) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readLogo(file);
      if ('problem' in read) setLogoProblem(t(read.problem === 'type' ? 'profile.letterhead.logoType' : 'profile.letterhead.logoSize'));
      else {
        setLogoProblem(null);
        onChange('logo', read.dataUrl);
      }
    } catch (error) {
      setLogoProblem(String((error as Error).message));
    }
  };

  return (
    <Flex direction="column" gap="4" data-testid="profile-letterhead">
      <Box>
        <Heading as="h3" size="3">
          {t('profile.letterhead.title')}
        </Heading>
        <Text size="1" color="gray">
          {t('profile.letterhead.hint')}
        </Text>
      </Box>
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <Field id={id('senderAddress')} label={t('profile.letterhead.senderAddress')} error={errors.senderAddress} help={t('profile.letterhead.senderAddressHelp')}>
          <TextArea id={id('senderAddress')} rows={4} value={value.senderAddress} onChange={(e) => onChange('senderAddress', e.target.value)} />
        </Field>
        <Field id={id('signature')} label={t('profile.letterhead.signature')} error={errors.signature} help={t('profile.letterhead.signatureHelp')}>
          <TextArea id={id('signature')} rows={4} value={value.signature} onChange={(e) => onChange('signature', e.target.value)} />
        </Field>
      </Grid>
      <Field id={id('logo')} label={t('profile.letterhead.logo')} error={logoProblem ?? errors.logo} help={t('profile.letterhead.logoHelp')}>
        <Flex gap="3" align="center" wrap="wrap">
          {value.logo ? <img src={value.logo} alt={t('profile.letterhead.logoPreview')} className="profile-logo-preview" /> : null}
          <input
            ref={fileRef}
            id={id('logo')}
            type="file"
            accept="image/png,image/jpeg"
            hidden
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <Button type="button" variant="soft" onClick={() => fileRef.current?.click()}>
            <ImagePlus size={16} aria-hidden /> {value.logo ? t('profile.letterhead.logoReplace') : t('profile.letterhead.logoUpload')}
          </Button>
          {value.logo && (
            <Button type="button" variant="soft" color="red" onClick={() => onChange('logo', '')}>
              <Trash2 size={16} aria-hidden /> {t('profile.letterhead.logoRemove')}
            </Button>
          )}
        </Flex>
      </Field>
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <Field id={id('brandColour')} label={t('profile.letterhead.brandColour')} error={errors.brandColour}>
          <Flex gap="2" align="center">
            <input
              type="color"
              aria-label={t('profile.letterhead.brandColourPicker')}
              value={/^#[0-9A-Fa-f]{6}$/.test(value.brandColour) ? value.brandColour : '#000000'}
              onChange={(e) => onChange('brandColour', e.target.value.toUpperCase())}
              className="profile-colour"
            />
            <TextField.Root id={id('brandColour')} value={value.brandColour} maxLength={7} onChange={(e) => onChange('brandColour', e.target.value)} />
          </Flex>
        </Field>
        <Box>
          <Text as="div" size="2" weight="medium" mb="1" id={id('paperSize-label')}>
            {t('profile.letterhead.paperSize')}
          </Text>
          <SegmentedControl.Root aria-labelledby={id('paperSize-label')} value={value.paperSize} onValueChange={(v) => onChange('paperSize', v)}>
            {PAPER_SIZES.map((size) => (
              <SegmentedControl.Item key={size} value={size}>
                {t(`profile.letterhead.paper.${size}`)}
              </SegmentedControl.Item>
            ))}
          </SegmentedControl.Root>
        </Box>
      </Grid>
      <Field id={id('agencyName')} label={t('profile.letterhead.agencyName')} error={errors.agencyName} help={t('profile.letterhead.agencyNameHelp')}>
        <TextField.Root id={id('agencyName')} value={value.agencyName ?? ''} maxLength={120} onChange={(e) => onChange('agencyName', e.target.value)} />
      </Field>
    </Flex>
  );
}
