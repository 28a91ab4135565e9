import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { ImportPreview, ImportResult } from '@shared/domain/import';
import { type ApiError, call } from '../../lib/api';
import { type ChosenFile, FileTooBig, formatSize, readChosenFile } from './file';
import type { Delimiter, Detection, Encoding, Options } from './importTypes';
import { type ImportField, type Mapping, forgetMapping, recallMapping, rememberMapping, sameMapping } from './mappingMemory';

/** Where the wizard is: choosing a file, checking its preview, the engine writing it, or written (and undoable). */
export type ImportStep = 'choose' | 'preview' | 'running' | 'done';

export type ImportFlow = ReturnType<typeof useImportFlow>;

/**
 * The import wizard's state and engine calls, apart from how each step looks: the chosen file, the settings the
 * user changed, the preview query (re-run on every change), the run and its undo. `busy` tells the dialog not to
 * close while the engine writes.
 */
export function useImportFlow({ onClose, busy }: { onClose: () => void; busy: React.MutableRefObject<boolean> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [options, setOptions] = useState<Options>({});
  const [detection, setDetection] = useState<Detection | null>(null);
  const [remembered, setRemembered] = useState(false);
  const [result, setResult] = useState<{ value: ImportResult; plan: ImportPreview } | null>(null);
  const checkedLayouts = useRef(new Set<string>());
  const runToast = useRef<string | number | null>(null);

  const preview = useQuery<ImportPreview, ApiError>({
    queryKey: ['imports.preview', file?.token ?? 0, options],
    queryFn: () => call('imports.preview', { fileName: file!.name, dataBase64: file!.dataBase64, ...options }),
    enabled: file !== null && result === null,
    // keep showing this file's last preview while a changed setting is re-previewed; never another file's
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === file?.token ? previous : undefined),
    staleTime: Infinity,
    gcTime: 0,
  });
  const data = preview.data;

  // Once per file: what detection said, and a mapping remembered for this layout.
  useEffect(() => {
    if (!data || preview.isPlaceholderData) return;
    if (options.encoding === undefined && options.delimiter === undefined && options.mapping === undefined) {
      setDetection({
        encoding: data.encoding,
        confidence: data.encodingConfidence,
        sample: data.sample.slice(0, 3).map((cells) => cells.join(data.delimiter)).join('\n'),
        alternatives: data.encodingAlternatives,
      });
    }
    const layout = JSON.stringify(data.headers);
    if (options.mapping === undefined && !checkedLayouts.current.has(layout)) {
      checkedLayouts.current.add(layout);
      const stored = recallMapping(data.headers);
      if (stored && !sameMapping(stored, data.mapping)) {
        setOptions((current) => ({ ...current, mapping: stored }));
        setRemembered(true);
      }
    }
  }, [data, preview.isPlaceholderData, options]);

  const request = () => ({ fileName: file!.name, dataBase64: file!.dataBase64, ...options });

  const undo = useMutation<{ removed: number; restored: number }, ApiError, string>({
    mutationFn: (importId) => call('imports.undo', { importId }),
    onSuccess: (value) => {
      if (runToast.current !== null) toast.dismiss(runToast.current);
      toast.success(t('import.undone', value));
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' });
    },
    onError: (failure) => toast.error(t('import.undoFailed', { message: failure.message })),
  });

  const run = useMutation<ImportResult, ApiError, void>({
    mutationFn: () => call('imports.run', request()),
    onSuccess: (value) => {
      setResult({ value, plan: data! });
      void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' && query.queryKey[0] !== 'imports.preview' });
      runToast.current = toast.success(t('import.toast', { name: file!.name, created: value.created, updated: value.updated }), {
        duration: 15_000,
        action: { label: t('import.toastUndo'), onClick: () => undo.mutate(value.importId) },
      });
    },
  });
  busy.current = run.isPending || undo.isPending;

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setReadError(null);
    setReading(chosen.name);
    try {
      const next = await readChosenFile(chosen);
      setOptions({});
      setDetection(null);
      setRemembered(false);
      checkedLayouts.current.clear();
      setFile(next);
    } catch (failure) {
      setReadError(failure instanceof FileTooBig ? t('import.tooBig', { name: chosen.name, size: formatSize(chosen.size) }) : t('import.unreadable', { name: chosen.name }));
    } finally {
      setReading(null);
    }
  };

  const step: ImportStep = result ? 'done' : data ? (run.isPending ? 'running' : 'preview') : 'choose';
  const analysing = file !== null && preview.isFetching;
  const stopped = preview.error?.code === 'cancelled';
  const refused = preview.error && !data && !stopped ? preview.error : null;

  // Stopped while reading a new file: back to choosing one, as before it was chosen.
  useEffect(() => {
    if (stopped && !data) setFile(null);
  }, [stopped, data]);

  return {
    step,
    file,
    preview: data,
    updating: preview.isFetching,
    detection,
    remembered,
    chosenEncoding: options.encoding,
    result,
    reading,
    readError,
    analysing,
    refused,
    runError: run.error,
    undoing: undo.isPending,
    undone: undo.data ?? null,
    choose,
    cancelChoosing: () => {
      if (analysing) void call('jobs.cancel', {}); // no one is waiting for this plan any more
      onClose();
    },
    setEncoding: (encoding: Encoding) => setOptions({ encoding, delimiter: options.delimiter }),
    setDelimiter: (delimiter: Delimiter) => setOptions({ encoding: options.encoding, delimiter }),
    setField: (header: string, field: ImportField) => {
      if (!data) return;
      // own keys only: a column named "constructor" must not pick up Object.prototype's
      const mapping: Mapping = Object.fromEntries(data.headers.map((h) => [h, h === header ? field : Object.hasOwn(data.mapping, h) ? data.mapping[h]! : 'ignore']));
      rememberMapping(data.headers, mapping);
      setRemembered(false);
      setOptions({ ...options, mapping });
    },
    forgetRemembered: () => {
      if (!data) return;
      forgetMapping(data.headers);
      setRemembered(false);
      setOptions({ encoding: options.encoding, delimiter: options.delimiter });
    },
    chooseAnother: () => {
      setFile(null);
      setOptions({});
      setDetection(null);
    },
    runImport: () => run.mutate(),
    undoImport: () => result && undo.mutate(result.value.importId),
    close: onClose,
  };
}
