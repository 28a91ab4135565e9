import { Badge, Button, Callout, Checkbox, Flex, Heading, RadioGroup, Text, TextArea, TextField } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { CircleAlert, Info, LoaderCircle, LogOut, UserPlus } from 'lucide-react';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerMatch } from '@shared/domain/capture';
import { namesSomeone } from '@shared/domain/customer';
import { emailProblem, phoneProblem } from '@shared/logic/contact-rules';
import { emailKey } from '@shared/logic/match-keys';
import { call } from '../../lib/api';
import { queryKey, useProfile } from '../../lib/queries';
import { phoneWarning } from '../customers/validation';
import { type KnownChoice, type LeadSave, leadName, useBackgroundSaves } from './useBackgroundSaves';
import { startOfLocalDay, useCaptureEvent } from './useCaptureEvent';

const EMPTY = { firstName: '', lastName: '', company: '', email: '', phone: '', interest: '', notes: '', consent: false };
type Lead = typeof EMPTY;
type TextFieldName = 'firstName' | 'lastName' | 'company' | 'email' | 'phone' | 'interest';

/** What stops this lead from being saved, per field, in the words of the app (never the browser's bubbles). */
function problemsOf(event: string, lead: Lead, t: (key: string) => string): { event?: string; lead?: string; email?: string; phone?: string } {
  const trimmed = { firstName: lead.firstName.trim(), lastName: lead.lastName.trim(), company: lead.company.trim(), email: lead.email.trim() };
  return {
    ...(event.trim() === '' ? { event: t('capture.needEvent') } : {}),
    ...(!namesSomeone(trimmed) ? { lead: t('capture.needName') } : {}),
    ...(emailProblem(lead.email) ? { email: t('customers.errors.email') } : {}),
    ...(phoneProblem(lead.phone) ? { phone: t('customers.errors.phone') } : {}),
  };
}

/**
 * Trade-fair capture: full screen, keyboard first. Enter clears the form for the next visitor at once and saves
 * the lead in the background; a likely duplicate is flagged while typing, with the choice to update the known
 * customer (the default when the email is the same) or save a new one; the counter shows today's captures.
 */
export function CaptureScreen({ workspacePath, onExit }: { workspacePath: string; onExit: () => void }) {
  const { t } = useTranslation();
  const [event, setEvent] = useCaptureEvent(workspacePath);
  const [lead, setLead] = useState<Lead>(EMPTY);
  // messages are shown after the first Enter on this lead, and each goes away as soon as it no longer applies
  const [attempted, setAttempted] = useState(false);
  const [choice, setChoice] = useState<{ matchId: string; value: 'update' | 'new' } | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const eventField = useRef<HTMLInputElement>(null);
  const fieldRefs = { email: useRef<HTMLInputElement>(null), phone: useRef<HTMLInputElement>(null) };
  const ids = useId();
  const background = useBackgroundSaves();
  const businessCountry = useProfile().data?.country ?? '';

  const since = startOfLocalDay();
  const countRequest = { event: event.trim(), since };
  const count = useQuery({
    queryKey: queryKey('capture.count', countRequest),
    queryFn: () => call('capture.count', countRequest),
    enabled: event.trim() !== '',
  });

  const likely = useLikelyMatches(lead);
  const match = likely.matches[0];
  const sameEmail = match !== undefined && match.reason === 'email' && emailKey(match.email) === emailKey(lead.email);
  const decided = match && choice?.matchId === match.id ? choice.value : sameEmail ? 'update' : 'new';

  const problems = problemsOf(event, lead, t);
  const phoneNote = problems.phone ? null : phoneWarning(lead.phone, businessCountry, t);

  useEffect(() => {
    (event.trim() ? firstField : eventField).current?.focus();
    // focus once, on entering the screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (Object.keys(problems).length > 0) {
      setAttempted(true);
      const where = problems.event ? eventField : problems.lead ? firstField : problems.email ? fieldRefs.email : fieldRefs.phone;
      where.current?.focus();
      return;
    }
    // a flag on screen for exactly these values is a decision; otherwise the save checks for the same email itself
    const known: KnownChoice = match && likely.current ? (decided === 'update' ? { update: match.id } : 'new') : 'undecided';
    background.save({ event, ...lead }, known);
    // cleared now, in this keystroke's event: whatever is typed next belongs to the next lead
    setLead(EMPTY);
    setAttempted(false);
    setChoice(null);
    firstField.current?.focus();
  };

  const restore = (entry: LeadSave) => {
    const { event: _event, ...fields } = entry.lead;
    setLead({ ...EMPTY, ...fields } as Lead);
    background.dismiss(entry.key);
    firstField.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onExit();
    // Ctrl/Cmd+Enter saves from the notes box, where Enter makes a new line
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  };

  const set = <K extends keyof Lead>(name: K, value: Lead[K]) => setLead((current) => ({ ...current, [name]: value }));

  const field = (name: TextFieldName, options: { ref?: React.Ref<HTMLInputElement>; error?: string | undefined; warning?: string | null } = {}) => (
    <div className="capture-field" key={name}>
      <Text as="label" htmlFor={`${ids}-${name}`} size="2" weight="medium">
        {t(`capture.fields.${name}`)}
      </Text>
      <TextField.Root
        id={`${ids}-${name}`}
        ref={options.ref}
        size="3"
        type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
        value={lead[name]}
        autoComplete="off"
        aria-invalid={options.error ? true : undefined}
        aria-describedby={options.error || options.warning ? `${ids}-${name}-message` : undefined}
        onChange={(e) => set(name, e.target.value)}
      />
      {options.error ? (
        <Text id={`${ids}-${name}-message`} size="2" color="red" role="alert">
          {options.error}
        </Text>
      ) : options.warning ? (
        <Text id={`${ids}-${name}-message`} size="2" color="amber" role="status">
          {options.warning}
        </Text>
      ) : null}
    </div>
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
            <TextField.Root
              ref={eventField}
              value={event}
              placeholder={t('capture.eventPlaceholder')}
              aria-invalid={attempted && problems.event ? true : undefined}
              onChange={(e) => setEvent(e.target.value)}
            />
          </label>
          <Badge size="3" color="teal" role="status" aria-live="polite" aria-label={t('capture.todayLabel')}>
            {t('capture.today', { count: count.data?.count ?? 0 })}
          </Badge>
          <Button variant="soft" color="gray" onClick={onExit}>
            <LogOut size={16} aria-hidden /> {t('capture.exit')}
          </Button>
        </Flex>
      </Flex>

      <form className="capture-form" onSubmit={submit} noValidate aria-label={t('capture.formLabel')}>
        <div className="capture-grid">
          {field('firstName', { ref: firstField })}
          {field('lastName')}
          {field('company')}
          {field('email', { ref: fieldRefs.email, error: attempted ? problems.email : undefined })}
          {field('phone', { ref: fieldRefs.phone, error: attempted ? problems.phone : undefined, warning: phoneNote })}
          {field('interest')}
        </div>
        <div className="capture-field">
          <Text as="label" htmlFor={`${ids}-notes`} size="2" weight="medium">
            {t('capture.fields.notes')}
          </Text>
          <TextArea id={`${ids}-notes`} size="3" rows={3} value={lead.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
        <Text as="label" size="3" htmlFor={`${ids}-consent`}>
          <Flex gap="2" align="center">
            <Checkbox id={`${ids}-consent`} size="3" checked={lead.consent} onCheckedChange={(v) => set('consent', v === true)} />
            {t('capture.consent')}
          </Flex>
        </Text>

        {match && <KnownCustomer match={match} decided={decided} onChoose={(value) => setChoice({ matchId: match.id, value })} />}
        {attempted && (problems.event || problems.lead) && (
          <Callout.Root color="red" role="alert">
            <Callout.Icon>
              <CircleAlert size={16} />
            </Callout.Icon>
            <Callout.Text>{problems.event ?? problems.lead}</Callout.Text>
          </Callout.Root>
        )}

        <Flex justify="between" align="center">
          <Text size="2" color="gray">
            {t('capture.keys')}
          </Text>
          <Button size="3" type="submit">
            {t('capture.save')}
          </Button>
        </Flex>

        <SaveList saves={background.saves} onRetry={background.retry} onRestore={restore} formEmpty={isEmpty(lead)} />
      </form>
    </div>
  );
}

const isEmpty = (lead: Lead) => Object.entries(lead).every(([key, value]) => (key === 'consent' ? value === false : value === ''));

/** "Already known?": who, why, and the choice of updating them (the default for the same email) or a new customer. */
function KnownCustomer({ match, decided, onChoose }: { match: CustomerMatch; decided: 'update' | 'new'; onChoose: (value: 'update' | 'new') => void }) {
  const { t } = useTranslation();
  return (
    <Callout.Root color="amber" role="status" aria-label={t('capture.duplicateLabel')}>
      <Callout.Icon>
        <Info size={16} />
      </Callout.Icon>
      <Flex direction="column" gap="2" className="capture-callout-body">
          <Text size="2">{t('capture.duplicate', { name: match.displayName, reason: t(`capture.reason.${match.reason}`) })}</Text>
          <RadioGroup.Root
            size="2"
            value={decided}
            onValueChange={(value) => onChoose(value as 'update' | 'new')}
            aria-label={t('capture.knownChoiceLabel')}
            className="capture-known-choice"
          >
            <RadioGroup.Item value="update">{t('capture.updateKnown', { name: match.displayName })}</RadioGroup.Item>
            <RadioGroup.Item value="new">{t('capture.saveAsNew')}</RadioGroup.Item>
          </RadioGroup.Root>
      </Flex>
    </Callout.Root>
  );
}

/** Leads on their way to the workspace, and those that could not be saved, with what to do about them. */
function SaveList({ saves, onRetry, onRestore, formEmpty }: { saves: LeadSave[]; onRetry: (s: LeadSave) => void; onRestore: (s: LeadSave) => void; formEmpty: boolean }) {
  const { t } = useTranslation();
  if (saves.length === 0) return null;
  return (
    <ul className="capture-saves" aria-label={t('capture.savesLabel')}>
      {saves.map((entry) => (
        <li key={entry.key}>
          {entry.status === 'saving' ? (
            <Text size="2" color="gray" role="status">
              <LoaderCircle size={14} aria-hidden className="spin" /> {t('capture.saving', { name: leadName(entry.lead) })}
            </Text>
          ) : (
            <Callout.Root color="red" role="alert" size="1">
              <Flex align="center" justify="between" gap="3" wrap="wrap" className="capture-callout-body">
                  <Text size="2">{t('capture.failed', { name: leadName(entry.lead), reason: entry.error })}</Text>
                  <Flex gap="2">
                    <Button type="button" size="1" variant="soft" onClick={() => onRetry(entry)}>
                      {t('capture.retry')}
                    </Button>
                    <Button type="button" size="1" variant="soft" color="gray" disabled={!formEmpty} title={formEmpty ? undefined : t('capture.restoreBusy')} onClick={() => onRestore(entry)}>
                      {t('capture.restore')}
                    </Button>
                  </Flex>
              </Flex>
            </Callout.Root>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Asks the engine, a moment after typing stops, whether this person is already known. `current` says whether the
 * answer is about exactly what is in the form now (not still about what was typed a moment ago).
 */
function useLikelyMatches(lead: Lead): { matches: CustomerMatch[]; current: boolean } {
  const probe = { email: lead.email.trim(), phone: lead.phone.trim(), firstName: lead.firstName.trim(), lastName: lead.lastName.trim(), company: lead.company.trim() };
  const serialized = JSON.stringify(probe);
  const [debounced, setDebounced] = useState(serialized);
  const cleared = Object.values(probe).every((value) => value === '');
  useEffect(() => {
    // a cleared form drops the previous visitor's flag at once
    const timer = setTimeout(() => setDebounced(serialized), cleared ? 0 : 250);
    return () => clearTimeout(timer);
  }, [serialized, cleared]);
  const asked = JSON.parse(cleared ? serialized : debounced) as typeof probe;
  const worthAsking = asked.email.includes('@') || asked.phone.length >= 6 || (asked.firstName !== '' && asked.lastName !== '');
  const query = useQuery({
    queryKey: queryKey('customers.findMatches', asked),
    queryFn: () => call('customers.findMatches', asked),
    enabled: worthAsking,
  });
  const matches = worthAsking ? (query.data ?? []) : [];
  return { matches, current: debounced === serialized && query.isSuccess };
}
