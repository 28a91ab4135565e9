import { Dialog, Flex, RadioCards, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAM_TYPES, type Program, type ProgramType } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { useCreateProgram } from '../../lib/queries';
import { defaultRules, TYPE_ICONS } from './kinds';

/** "New program": a type and a name; the program starts as a draft with the type's usual rules, then opens. */
export function NewProgramDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (program: Program) => void }) {
  const { t } = useTranslation();
  const create = useCreateProgram();
  const [type, setType] = useState<ProgramType>('stampCard');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const nameError = name.trim() === '' ? t('programs.newDialog.nameRequired') : undefined;

  const save = () => {
    setTried(true);
    if (nameError) return;
    create.mutate({ name: name.trim(), rules: defaultRules(type), status: 'draft' }, { onSuccess: onCreated });
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content maxWidth="640px">
        <Dialog.Title>{t('programs.newDialog.title')}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('programs.newDialog.description')}
        </Dialog.Description>
        <Flex direction="column" gap="3">
          <Field id="new-program-name" label={t('programs.designer.name')} error={tried ? nameError : undefined}>
            <TextField.Root
              id="new-program-name"
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') save();
              }}
            />
          </Field>
          <Text as="div" size="2" weight="medium" id="new-program-type">
            {t('programs.designer.type')}
          </Text>
          <RadioCards.Root value={type} onValueChange={(v) => setType(v as ProgramType)} columns={{ initial: '1', sm: '2' }} gap="2" aria-labelledby="new-program-type">
            {PROGRAM_TYPES.map((option) => {
              const Icon = TYPE_ICONS[option];
              return (
                <RadioCards.Item key={option} value={option}>
                  <Flex direction="column" gap="1" width="100%">
                    <Flex align="center" gap="2">
                      <Icon size={16} aria-hidden />
                      <Text weight="medium">{t(`programs.types.${option}`)}</Text>
                    </Flex>
                    <Text size="1" color="gray">
                      {t(`programs.typeHelp.${option}`)}
                    </Text>
                  </Flex>
                </RadioCards.Item>
              );
            })}
          </RadioCards.Root>
          {create.error && <ApiErrorCallout error={create.error} title={t('programs.newDialog.failed')} />}
        </Flex>
        <DialogActions label={t('programs.newDialog.create')} onClick={save} loading={create.isPending} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
