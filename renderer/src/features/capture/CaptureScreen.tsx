import { Badge, Button, Callout, Checkbox, Flex, Heading, Text, TextArea, TextField } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Info, LogOut, UserPlus } from 'lucide-react';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { CaptureSchema } from '../../../../shared/domain/capture';
import { call, type ApiError } from '../../lib/api';
import { queryKey } from '../../lib/queries';
import { startOfLocalDay, useCaptureEvent } from './useCaptureEvent';

const EMPTY = { firstName: '', lastName: '', company: '', email: '', phone: '', interest: '', notes: '', consent: false };
type Lead = typeof EMPTY;
const TEXT_FIELDS = ['firstName', 'lastName', 'company', 'email', 'phone', 'interest'] as const;

/**
 * Trade-fair capture: full screen, keyboard first. Enter saves the lead and clears the form for the next
 * visitor; a likely duplicate is flagged while typing; the counter shows today's captures for the event.
 */
export function CaptureScreen({ workspacePath, onExit }: { workspacePath: string; onExit: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [event, setEvent] = useCaptureEvent(workspacePath);
  const [lead, setLead] = useState<Lead>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const eventField = useRef<HTMLInputElement>(null);
  const ids = useId();

  const since = startOfLocalDay();
  const countRequest = { event: event.trim(), since };
  const count = useQuery({
    queryKey: queryKey('capture.count', countRequest),
    queryFn: () => call('capture.count', countRequest),
    enabled: event.trim() !== '',
  });

  const matches = useLikelyMatches(lead);

  const save = useMutation<unknown, ApiError, Lead>({
    mutationFn: (values) => call('capture.save', { event, ...values }),
    onSuccess: (_saved, values) => {
      toast.success(t('capture.saved', { name: [values.firstName, values.lastName].join(' ').trim() || values.company || values.email }));
      setLead(EMPTY);
      setError(null);
      firstField.current?.focus();
      void client.invalidateQueries({ queryKey: ['capture.count'] });
    },
    onError: (failure) => setError(failure.message),
  });

  useEffect(() => {
    (event.trim() ? firstField : eventField).current?.focus();
    // focus once, on entering the screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const parsed = CaptureSchema.safeParse({ event, ...lead });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue?.path[0] === 'event' ? t('capture.needEvent') : t('capture.needName'));
      (issue?.path[0] === 'event' ? eventField : firstField).current?.focus();
      return;
    }
    if (!save.isPending) save.mutate(lead);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onExit();
    // Ctrl/Cmd+Enter saves from the notes box, where Enter makes a new line
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  const field = (name: (typeof TEXT_FIELDS)[number], ref?: React.Ref<HTMLInputElement>) => (
    <label className="capture-field" key={name}>
      <Text size="2" weight="medium">
        {t(`capture.fields.${name}`)}
      </Text>
      <TextField.Root
        ref={ref}
        size="3"
        type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
        value={lead[name]}
        autoComplete="off"
        onChange={(e) => setLead({ ...lead, [name]: e.target.value })}
      />
    </label>
  );

  return (
    <div className="capture" onKeyDown={onKeyDown}>
      <Flex className="capture-header" align="center" justify="between" gap="4" px="6" py="3">
        <Flex align="center" gap="3">
          <UserPlus size={22} aria-hidden className="accent-icon" />
          <Heading size="5">{t('capture.title')}</Heading>
        </Flex>
        <Flex align="center" gap="4">
          <label className="capture-event">
            <Text size="2" weight="medium">
              {t('capture.event')}
            </Text>
            <TextField.Root ref={eventField} value={event} placeholder={t('capture.eventPlaceholder')} onChange={(e) => setEvent(e.target.value)} />
          </label>
          <Badge size="3" color="teal" role="status" aria-live="polite" aria-label={t('capture.todayLabel')}>
            {t('capture.today', { count: count.data?.count ?? 0 })}
          </Badge>
          <Button variant="soft" color="gray" onClick={onExit}>
            <LogOut size={16} aria-hidden /> {t('capture.exit')}
          </Button>
        </Flex>
      </Flex>

      <form className="capture-form" onSubmit={submit} aria-label={t('capture.formLabel')}>
        <div className="capture-grid">
          {field('firstName', firstField)}
          {field('lastName')}
          {field('company')}
          {field('email')}
          {field('phone')}
          {field('interest')}
        </div>
        <label className="capture-field">
          <Text size="2" weight="medium">
            {t('capture.fields.notes')}
          </Text>
          <TextArea size="3" rows={3} value={lead.notes} onChange={(e) => setLead({ ...lead, notes: e.target.value })} />
        </label>
        <Text as="label" size="3" htmlFor={`${ids}-consent`}>
          <Flex gap="2" align="center">
            <Checkbox id={`${ids}-consent`} size="3" checked={lead.consent} onCheckedChange={(v) => setLead({ ...lead, consent: v === true })} />
            {t('capture.consent')}
          </Flex>
        </Text>

        {matches.length > 0 && (
          <Callout.Root color="amber" role="status" aria-label={t('capture.duplicateLabel')}>
            <Callout.Icon>
              <Info size={16} />
            </Callout.Icon>
            <Callout.Text>
              {t('capture.duplicate', { name: matches[0]!.displayName, reason: t(`capture.reason.${matches[0]!.reason}`) })}
            </Callout.Text>
          </Callout.Root>
        )}
        {error && (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{error}</Callout.Text>
          </Callout.Root>
        )}

        <Flex justify="between" align="center">
          <Text size="2" color="gray">
            {t('capture.keys')}
          </Text>
          <Button size="3" type="submit" loading={save.isPending}>
            {t('capture.save')}
          </Button>
        </Flex>
      </form>
    </div>
  );
}

/** Asks the engine, a moment after typing stops, whether this person is already known. */
function useLikelyMatches(lead: Lead) {
  const probe = { email: lead.email.trim(), phone: lead.phone.trim(), firstName: lead.firstName.trim(), lastName: lead.lastName.trim(), company: lead.company.trim() };
  const [debounced, setDebounced] = useState(probe);
  const serialized = JSON.stringify(probe);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(JSON.parse(serialized) as typeof probe), 250);
    return () => clearTimeout(timer);
  }, [serialized]);
  const worthAsking = debounced.email.includes('@') || debounced.phone.length >= 6 || (debounced.firstName !== '' && debounced.lastName !== '');
  const query = useQuery({
    queryKey: queryKey('customers.findMatches', debounced),
    queryFn: () => call('customers.findMatches', debounced),
    enabled: worthAsking,
  });
  return worthAsking ? (query.data ?? []) : [];
}
