import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { CaptureInput } from '@shared/domain/capture';
import { emailKey } from '@shared/logic/match-keys';
import { call, isApiError } from '../../lib/api';

/**
 * What staff decided about a possible duplicate: update that customer, save a new one, or nothing yet (the
 * check had not answered when Enter was pressed), in which case an exact email match is updated, as the form's
 * default would have been.
 */
export type KnownChoice = { update: string } | 'new' | 'undecided';

export interface LeadSave {
  key: number;
  lead: CaptureInput;
  choice: KnownChoice;
  status: 'saving' | 'failed';
  error?: string;
}

/** "Jonas Berg", else the company, else the email: how a lead is named in messages. */
export function leadName(lead: Pick<CaptureInput, 'firstName' | 'lastName' | 'company' | 'email'>): string {
  return [lead.firstName, lead.lastName].join(' ').trim() || lead.company || lead.email || '';
}

/**
 * Saves leads in the background, so the form is cleared the moment Enter is pressed and the next visitor's name
 * can be typed at once: clearing the form when the save answered wiped what had been typed since (the first
 * letter of the next lead). A save that fails stays listed, to try again or to put back into the form.
 */
export function useBackgroundSaves() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saves, setSaves] = useState<LeadSave[]>([]);
  const nextKey = useRef(1);

  const run = useCallback(
    async (entry: Omit<LeadSave, 'status' | 'error'>) => {
      setSaves((all) => [...all.filter((s) => s.key !== entry.key), { ...entry, status: 'saving' }]);
      try {
        const updateId = entry.choice === 'undecided' ? await exactEmailMatch(entry.lead.email ?? '') : entry.choice === 'new' ? undefined : entry.choice.update;
        const saved = await call('capture.save', { ...entry.lead, ...(updateId ? { updateId } : {}) });
        setSaves((all) => all.filter((s) => s.key !== entry.key));
        const name = leadName(saved);
        toast.success(updateId ? t('capture.updated', { name }) : t('capture.saved', { name }));
        void client.invalidateQueries({ queryKey: ['capture.count'] });
        void client.invalidateQueries({ queryKey: ['customers.findMatches'] });
      } catch (failure) {
        const error = isApiError(failure) ? failure.message : t('capture.failedUnknown');
        setSaves((all) => all.map((s) => (s.key === entry.key ? { ...s, status: 'failed', error } : s)));
      }
    },
    [client, t],
  );

  const save = useCallback((lead: CaptureInput, choice: KnownChoice) => void run({ key: nextKey.current++, lead, choice }), [run]);
  const retry = useCallback((entry: LeadSave) => void run(entry), [run]);
  const dismiss = useCallback((key: number) => setSaves((all) => all.filter((s) => s.key !== key)), []);

  return { saves, save, retry, dismiss };
}

/** The known customer with exactly this email address, if any. */
async function exactEmailMatch(email: string): Promise<string | undefined> {
  if (!email.trim()) return undefined;
  const matches = await call('customers.findMatches', { email });
  return matches.find((m) => m.reason === 'email' && emailKey(m.email) === emailKey(email))?.id;
}
