import { Dialog, Flex, Text } from '@radix-ui/themes';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChooseStep } from './ChooseStep';
import { DoneStep } from './DoneStep';
import { PreviewStep } from './PreviewStep';
import { RunningStep } from './RunningStep';
import { type ImportStep, useImportFlow } from './useImportFlow';
import './import.css';

/**
 * The import wizard: choose a file (dialog or drag-and-drop), check what Rapport read and what it will do row by
 * row, run it (one transaction), and undo it in one click afterwards. The file's bytes go to the engine, never a path.
 */
export function ImportWizard({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const busy = useRef(false);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next || !busy.current) && onOpenChange(next)}>
      <Dialog.Content maxWidth="1120px" size="4" className="import-dialog" aria-describedby={undefined}>
        {/* Remounted on every open, so each import starts from the file step. */}
        {open && <Wizard onClose={() => onOpenChange(false)} busy={busy} title={<Dialog.Title size="6" mb="1">{t('import.title')}</Dialog.Title>} />}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function Wizard({ onClose, busy, title }: { onClose: () => void; busy: React.MutableRefObject<boolean>; title: ReactNode }) {
  const { t } = useTranslation();
  const flow = useImportFlow({ onClose, busy });
  const { file, preview, result } = flow;

  return (
    <Flex direction="column" gap="4">
      <Flex justify="between" align="start" gap="4" wrap="wrap">
        <div>
          {title}
          <Text as="p" size="2" color="gray">
            {t('import.description')}
          </Text>
        </div>
        <Steps step={flow.step} />
      </Flex>

      {flow.step === 'choose' && (
        <ChooseStep
          onFile={flow.choose}
          busy={flow.reading !== null || flow.analysing}
          analysing={flow.reading === null && flow.analysing}
          busyText={flow.reading ? t('import.reading', { name: flow.reading }) : t('import.analysing')}
          error={flow.readError}
          refused={flow.refused}
          refusedName={file?.name}
          onCancel={flow.cancelChoosing}
        />
      )}

      {flow.step === 'preview' && preview && file && (
        <PreviewStep
          file={file}
          preview={preview}
          updating={flow.updating}
          detection={flow.detection}
          remembered={flow.remembered}
          chosenEncoding={flow.chosenEncoding}
          onEncoding={flow.setEncoding}
          onDelimiter={flow.setDelimiter}
          onField={flow.setField}
          onForget={flow.forgetRemembered}
          onAnother={flow.chooseAnother}
          runError={flow.runError}
          onRun={flow.runImport}
          onCancel={flow.close}
        />
      )}

      {flow.step === 'running' && <RunningStep />}

      {flow.step === 'done' && result && file && (
        <DoneStep
          fileName={file.name}
          result={result.value}
          plan={result.plan}
          undoing={flow.undoing}
          undone={flow.undone}
          onUndo={flow.undoImport}
          onClose={flow.close}
        />
      )}
    </Flex>
  );
}

/** The three steps people see; the engine writing counts as the preview step still (it ends in "done"). */
function Steps({ step }: { step: ImportStep }) {
  const { t } = useTranslation();
  const steps = ['choose', 'preview', 'done'] as const;
  const shown = step === 'running' ? 'preview' : step;
  const index = steps.indexOf(shown);
  return (
    <ol className="import-steps" aria-label={t('import.stepsLabel')}>
      {steps.map((s, i) => (
        <li key={s} aria-current={s === shown ? 'step' : undefined} data-state={i < index ? 'past' : i === index ? 'current' : 'future'}>
          <span className="import-step-number" aria-hidden>
            {i + 1}
          </span>
          {t(`import.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
