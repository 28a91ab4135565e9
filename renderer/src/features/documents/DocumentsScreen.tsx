import { Button, Card, Checkbox, Flex, Grid, Heading, RadioCards, Select, Text, TextField } from '@radix-ui/themes';
import './documents.css';
import { useMutation } from '@tanstack/react-query';
import { FileText } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { DOCUMENT_KINDS, type DocumentExportAnswer, type DocumentKind } from '@shared/domain/document';
import type { Recipients } from '@shared/domain/recipients';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { Field } from '../../components/Field';
import { type ApiError, call } from '../../lib/api';
import { announceExport } from '../../lib/exported';
import { useConfirmSent, useSegments, useTemplates, useUndoSent } from '../../lib/queries';
import { localToday } from '../dashboard/period';
import { JobProgress } from '../import/JobProgress';
import { useNavigation } from '../shell/navigation';
import { CoverageCard } from './Coverage';
import { DOCUMENT_CHANNEL, DOCUMENT_TEMPLATE_KINDS } from './kinds';

type Source = { type: 'segment'; segmentId: string } | { type: 'selection' };

/** The Documents section: kind, template, recipients, date → coverage → "Create document" → "Mark as sent". */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const { documentsIntent } = useNavigation();
  const templates = useTemplates();
  const segments = useSegments();
  const [kind, setKind] = useState<DocumentKind>('letters');
  const [templateId, setTemplateId] = useState<string>('');
  const [selection, setSelection] = useState<string[]>(documentsIntent?.customerIds ?? []);
  const [source, setSource] = useState<Source>(documentsIntent ? { type: 'selection' } : { type: 'segment', segmentId: '' });
  const [date, setDate] = useState(() => localToday(new Date()));
  const [cutMarks, setCutMarks] = useState(true);
  const [done, setDone] = useState<DocumentExportAnswer | null>(null);
  const confirm = useConfirmSent();
  const undo = useUndoSent();

  useEffect(() => {
    if (!documentsIntent) return;
    setSelection(documentsIntent.customerIds);
    setSource({ type: 'selection' });
  }, [documentsIntent]);

  const fitting = useMemo(() => (templates.data ?? []).filter((tpl) => DOCUMENT_TEMPLATE_KINDS[kind].includes(tpl.kind)), [templates.data, kind]);
  const chosenTemplate = fitting.some((tpl) => tpl.id === templateId) ? templateId : '';
  const recipients: Recipients | null =
    source.type === 'selection' ? (selection.length > 0 ? { customerIds: selection } : null) : source.segmentId ? { segmentId: source.segmentId } : null;
  const ready = chosenTemplate !== '' && recipients !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);

  const exportDocument = useMutation<DocumentExportAnswer | null, ApiError>({
    mutationFn: () => call('documents.export', { kind, templateId: chosenTemplate, recipients: recipients!, date, cutMarks }),
    onSuccess: (answer) => {
      if (!answer) return;
      setDone(answer);
      void announceExport(t, t('documents.created', { count: answer.documents }), answer);
    },
  });

  const markSent = () => {
    if (!done || done.kind === 'callList' || done.kind === 'proposal' || done.includedIds.length === 0) return;
    confirm.mutate(
      { kind: done.kind, templateId: chosenTemplate, customerIds: done.includedIds, date },
      {
        onSuccess: (batch) => {
          setDone(null);
          toast.success(t('documents.sent', { count: batch.touchpoints }), {
            action: { label: t('documents.undo'), onClick: () => undo.mutate({ batchId: batch.batchId }, { onSuccess: () => toast.success(t('documents.undone')) }) },
          });
        },
        onError: (error) => toast.error(t('documents.sentFailed'), { description: error.message }),
      },
    );
  };

  return (
    <Flex direction="column" gap="5" p="6" maxWidth="1100px" data-testid="documents-screen">
      <div>
        <Heading as="h1" size="7">
          {t('documents.title')}
        </Heading>
        <Text as="p" size="2" color="gray" mt="1">
          {t('documents.hint')}
        </Text>
      </div>
      <Grid columns={{ initial: '1', md: '1fr 380px' }} gap="5" align="start">
        <Card size="3">
          <Flex direction="column" gap="4">
            <div>
              <Text as="div" size="2" weight="medium" mb="2" id="documents-kind-label">
                {t('documents.kind')}
              </Text>
              <RadioCards.Root value={kind} onValueChange={(v) => (setKind(v as DocumentKind), setDone(null))} columns={{ initial: '1', sm: '3' }} aria-labelledby="documents-kind-label">
                {DOCUMENT_KINDS.map((k) => (
                  <RadioCards.Item key={k} value={k} aria-label={t(`documents.kinds.${k}.name`)} className="documents-kind">
                    <Flex direction="column" width="100%">
                      <Text weight="bold">{t(`documents.kinds.${k}.name`)}</Text>
                      <Text size="1" color="gray">
                        {t(`documents.kinds.${k}.text`)}
                      </Text>
                    </Flex>
                  </RadioCards.Item>
                ))}
              </RadioCards.Root>
            </div>
            <Field id="documents-template" label={t('documents.template')} warning={templates.data && fitting.length === 0 ? t('documents.noTemplates') : null}>
              <Select.Root value={chosenTemplate} onValueChange={(v) => (setTemplateId(v), setDone(null))}>
                <Select.Trigger id="documents-template" placeholder={t('documents.templatePlaceholder')} />
                <Select.Content>
                  {fitting.map((tpl) => (
                    <Select.Item key={tpl.id} value={tpl.id}>
                      {tpl.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
            </Field>
            {templates.error && <ApiErrorCallout error={templates.error} title={t('documents.templatesFailed')} />}
            <Field id="documents-segment" label={t('documents.recipients')}>
              <Flex direction="column" gap="2">
                {selection.length > 0 && (
                  <Text as="label" size="2">
                    <Flex gap="2" align="center">
                      <input type="radio" name="documents-source" checked={source.type === 'selection'} onChange={() => setSource({ type: 'selection' })} />
                      {t('documents.selection', { count: selection.length })}
                    </Flex>
                  </Text>
                )}
                <Flex gap="2" align="center" width="100%">
                  {selection.length > 0 && (
                    <input
                      type="radio"
                      name="documents-source"
                      aria-label={t('documents.segment')}
                      checked={source.type === 'segment'}
                      onChange={() => setSource({ type: 'segment', segmentId: '' })}
                    />
                  )}
                  <Select.Root value={source.type === 'segment' ? source.segmentId : ''} onValueChange={(v) => (setSource({ type: 'segment', segmentId: v }), setDone(null))}>
                    <Select.Trigger id="documents-segment" className="documents-grow" placeholder={t('documents.segmentPlaceholder')} />
                    <Select.Content>
                      {(segments.data ?? []).map((s) => (
                        <Select.Item key={s.id} value={s.id}>
                          {s.name}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select.Root>
                </Flex>
              </Flex>
            </Field>
            <Flex gap="4" align="end" wrap="wrap">
              <Field id="documents-date" label={t('documents.date')}>
                <TextField.Root id="documents-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              </Field>
              {kind === 'giftCards' && (
                <Text as="label" size="2">
                  <Flex gap="2" align="center">
                    <Checkbox checked={cutMarks} onCheckedChange={(v) => setCutMarks(v === true)} />
                    {t('documents.cutMarks')}
                  </Flex>
                </Text>
              )}
            </Flex>
            {exportDocument.isPending && (
              <JobProgress
                jobId="documents.export"
                waiting={t('documents.progress.waiting')}
                counting={(done, total) => t('documents.progress.counting', { done, total })}
                label={t('documents.progress.label')}
                stop={t('documents.progress.stop')}
              />
            )}
            {exportDocument.error && <ApiErrorCallout error={exportDocument.error} title={t('documents.failed')} />}
            <Flex gap="3" wrap="wrap">
              <Button disabled={!ready} loading={exportDocument.isPending} onClick={() => exportDocument.mutate()}>
                <FileText size={16} aria-hidden /> {t('documents.create')}
              </Button>
              {done && done.kind !== 'callList' && done.includedIds.length > 0 && (
                <Button variant="soft" onClick={markSent} loading={confirm.isPending}>
                  {t('documents.markSent')}
                </Button>
              )}
            </Flex>
            {done && done.kind !== 'callList' && (
              <Text size="1" color="gray">
                {t('documents.markSentHint')}
              </Text>
            )}
          </Flex>
        </Card>
        <CoverageCard request={ready ? { templateId: chosenTemplate, recipients: recipients!, channel: DOCUMENT_CHANNEL[kind] } : null} />
      </Grid>
    </Flex>
  );
}
