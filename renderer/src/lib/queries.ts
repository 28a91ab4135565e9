/**
 * Server state, read through TanStack Query hooks keyed by [channel, request] and refreshed by push events.
 * Nothing here is copied into React state: views read the cache, mutations invalidate it.
 */
import { keepPreviousData, useIsMutating, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '@shared/contract/channels';
import type { ProfilePatch, Profile } from '@shared/domain/profile';
import type { SaveState, WorkspaceStatus } from '@shared/domain/workspace';
import { call, onEvent, type ApiError } from './api';
import { staleQueries } from './invalidation';

export const queryKey = <C extends Channel>(channel: C, request: RequestOf<C>) => [channel, request] as const;

function useChannel<C extends Channel>(channel: C, request: RequestOf<C>, options: { enabled?: boolean; staleTime?: number } = {}) {
  return useQuery<ResponseOf<C>, ApiError>({
    queryKey: queryKey(channel, request),
    queryFn: () => call(channel, request),
    ...options,
  });
}

export const useAppInfo = () => useChannel('app.info', {}, { staleTime: Infinity });
export const useWorkspaceInfo = () => useChannel('workspace.info', {});
export const useRecent = () => useChannel('workspace.recent', {});
export const useProfile = (enabled = true) => useChannel('profile.get', {}, { enabled });

/** Everything but app facts depends on which workspace is open and what is in it. */
function invalidateWorkspaceData(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'app.info' });
}

/** Only the queries the named mutation channels can have changed (see invalidation.ts). */
function invalidateAfter(client: QueryClient, mutationChannels: readonly string[]): Promise<void> {
  const stale = staleQueries(mutationChannels);
  return client.invalidateQueries({ predicate: (query) => stale(query.queryKey[0]) });
}

/** Subscribes once (at the app root) to the push events that make cached server state stale. */
export function useServerEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const offChanged = onEvent('workspace.changed', ({ channels }) => void invalidateAfter(client, channels));
    const offSwitched = onEvent('workspace.switched', (status) => {
      client.setQueryData(queryKey('workspace.info', {}), status);
      void invalidateWorkspaceData(client);
    });
    return () => {
      offChanged();
      offSwitched();
    };
  }, [client]);
}

function useChannelMutation<C extends Channel>(channel: C, after?: (value: ResponseOf<C>, client: QueryClient) => void) {
  const client = useQueryClient();
  return useMutation<ResponseOf<C>, ApiError, RequestOf<C>>({
    mutationKey: [channel],
    mutationFn: (request) => call(channel, request),
    onSuccess: (value) => after?.(value, client),
    // A failed open changes what workspace.info answers (it reports why), so refresh either way.
    onSettled: () => void invalidateAfter(client, [channel]),
  });
}

const switchedTo = (value: WorkspaceStatus | null, client: QueryClient) => {
  if (value) client.setQueryData(queryKey('workspace.info', {}), value);
};

export const useCreateWorkspace = () => useChannelMutation('workspace.create', switchedTo);
export const useOpenDemo = () => useChannelMutation('workspace.createDemo', switchedTo);
export const useOpenWorkspace = () => useChannelMutation('workspace.open', switchedTo);
export const useOpenRecent = () => useChannelMutation('workspace.openRecent', switchedTo);
export const useForgetRecent = () => useChannelMutation('workspace.forgetRecent');
export const useSaveCopy = () => useChannelMutation('workspace.saveCopy');
export const useReveal = () => useChannelMutation('workspace.reveal');
export const useCloseWorkspace = () =>
  useChannelMutation('workspace.close', (_value, client) => client.setQueryData(queryKey('workspace.info', {}), { open: false }));
export const useUpdateProfile = () =>
  useChannelMutation('profile.update', (profile: Profile, client) => client.setQueryData(queryKey('profile.get', {}), profile));

export type { ProfilePatch };

// Customers. The grid pages through customers.list itself (AG Grid's infinite row model); these serve the page.
/** How many customers the workspace holds (one row fetched): the header count and the empty state. */
export const useCustomerCount = () => useChannel('customers.list', { offset: 0, limit: 1, search: '' });
export const useCustomer = (id: string | null) => useChannel('customers.get', { id: id ?? '' }, { enabled: id !== null });
export const useCreateCustomer = () => useChannelMutation('customers.create');
export const useUpdateCustomer = () =>
  useChannelMutation('customers.update', (customer, client) => client.setQueryData(queryKey('customers.get', { id: customer.id }), customer));
/** A few customers matching what was typed (pickers); nothing while the box is empty unless `always`. */
export const useCustomerSearch = (search: string, enabled = true) =>
  useChannel('customers.list', { offset: 0, limit: 8, search }, { enabled });
export const useEraseCustomer = () => useChannelMutation('customers.erase');
export const useDuplicates = (enabled = true) => useChannel('customers.findDuplicates', {}, { enabled });
export const useMergeCustomers = () => useChannelMutation('customers.merge');

/** The customers this customer referred, with ids to link to them (only fetched when the facts say there are some). */
export function useReferredCustomers(id: string, count: number) {
  return useQuery<{ id: string; name: string }[], ApiError>({
    queryKey: queryKey('customers.list', { referredBy: id, limit: 500 }),
    enabled: count > 0,
    queryFn: async () => (await call('customers.list', { referredBy: id, limit: 500 })).rows.map((row) => ({ id: row.id, name: row.displayName })),
  });
}

// Timeline: purchases, touchpoints and feedback of one customer. Any change refreshes the customer's facts too
// (every mutation invalidates the workspace's queries).
export const useTimeline = (customerId: string) => useChannel('timeline.list', { customerId });
export const useAddTimelineEntry = () => useChannelMutation('timeline.add');
export const useUpdateTimelineEntry = () => useChannelMutation('timeline.update');
export const useDeleteTimelineEntry = () => useChannelMutation('timeline.delete');

// Exchange rates: every total is in the business currency, converted with these.
export const useRates = () => useChannel('rates.list', {});
export const useSetRate = () => useChannelMutation('rates.set', (rates, client) => client.setQueryData(queryKey('rates.list', {}), rates));
export const useDeleteRate = () => useChannelMutation('rates.delete', (rates, client) => client.setQueryData(queryKey('rates.list', {}), rates));

// The dashboard: figures over a period (asked twice, for the period and the one before), who needs attention,
// and RFM scores. Every change to customers, the timeline, the profile, rates or segments makes them stale.
export const useMetricsSummary = (period: { from: string; to: string } | null) =>
  useChannel('metrics.summary', period ?? { from: '', to: '' }, { enabled: period !== null });
export const useAttention = (asOf?: string) => useChannel('attention.list', asOf ? { asOf } : {});
export const useRfmScores = (request: RequestOf<'rfm.scores'> = {}) => useChannel('rfm.scores', request);
// Segments and RFM (issue 9). The builder's preview keeps its last answer while the next one loads.
export const useSegments = () => useChannel('segments.list', {});
export function useSegmentPreview(request: RequestOf<'segments.preview'> | null) {
  return useQuery<ResponseOf<'segments.preview'>, ApiError>({
    queryKey: queryKey('segments.preview', request ?? { rules: { kind: 'group', op: 'and', rules: [] } }),
    queryFn: () => call('segments.preview', request!),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}
/** The current members of each of these saved segments (lifetime value per segment). */
export const useSegmentMembers = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKey('segments.members', { id }),
      queryFn: () => call('segments.members', { id }),
    })),
  });
export const useCreateSegment = () => useChannelMutation('segments.create');
export const useUpdateSegment = () => useChannelMutation('segments.update');
export const useDeleteSegment = () => useChannelMutation('segments.delete');
export const useRestoreSegment = () => useChannelMutation('segments.restore');
export const useFreezeSegment = () => useChannelMutation('segments.freeze');
export const useSaveRfmThresholds = () => useChannelMutation('rfm.saveThresholds');

// Templates, gifts and documents (issue 10). The editor's live preview renders in the renderer from
// templates.context with shared/logic/template; templates.render is the engine's answer for one customer.
export const useTemplates = () => useChannel('templates.list', {});
export const useCreateTemplate = () => useChannelMutation('templates.create');
export const useUpdateTemplate = () => useChannelMutation('templates.update');
export const useDeleteTemplate = () => useChannelMutation('templates.delete');
export const useRestoreTemplate = () => useChannelMutation('templates.restore');
export const useResetStarter = () => useChannelMutation('templates.resetStarter');
export const useAddMissingStarters = () => useChannelMutation('templates.addMissingStarters');
/** A read asked only once its request is known (null: not yet), keeping its last answer while the next one loads. */
function useLiveChannel<C extends Channel>(channel: C, request: RequestOf<C> | null) {
  return useQuery<ResponseOf<C>, ApiError>({
    queryKey: queryKey(channel, request ?? ({} as RequestOf<C>)),
    queryFn: () => call(channel, request!),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}
export const useTemplateRender = (request: RequestOf<'templates.render'> | null) => useLiveChannel('templates.render', request);
export const useMergeContext = (customerId: string | null, language?: RequestOf<'templates.context'>['language']) =>
  useChannel('templates.context', { customerId: customerId ?? '', ...(language ? { language } : {}) }, { enabled: customerId !== null });
export const useCoverage = (request: RequestOf<'templates.coverage'> | null) => useLiveChannel('templates.coverage', request);

export const useGifts = () => useChannel('gifts.list', {});
export const useCreateGift = () => useChannelMutation('gifts.create');
export const useUpdateGift = () => useChannelMutation('gifts.update');
export const useDeleteGift = () => useChannelMutation('gifts.delete');
export const useRestoreGift = () => useChannelMutation('gifts.restore');
export const useGiveGift = () => useChannelMutation('gifts.give');
export const useUpdateGivenGift = () => useChannelMutation('gifts.updateGiven');
export const useDeleteGivenGift = () => useChannelMutation('gifts.deleteGiven');
export const useGiftLog = (customerId: string | null) =>
  useChannel('gifts.log', { customerId: customerId ?? '' }, { enabled: customerId !== null });
export const useGiftSuggestions = (request: RequestOf<'gifts.suggest'> | null) =>
  useChannel('gifts.suggest', request ?? ({} as RequestOf<'gifts.suggest'>), { enabled: request !== null });

// documents.export saves a file (runs in the shell, changes no data): call it with call() like the CSV export.
export const useConfirmSent = () => useChannelMutation('documents.confirmSent');
export const useUndoSent = () => useChannelMutation('documents.undoSent');

// Campaign plans, their touches and the contact policy (issue 11). The last schedule answer (the contact-pressure
// report and the closed days the calendar greys) is kept in the cache for the session, not fetched.
export const useCampaigns = () => useChannel('campaigns.list', {});
export const useCreateCampaign = () => useChannelMutation('campaigns.create');
export const useUpdateCampaign = () => useChannelMutation('campaigns.update');
export const useDeleteCampaign = () => useChannelMutation('campaigns.delete');
export const useRestoreCampaign = () => useChannelMutation('campaigns.restore');
// Never fetched (disabled), so no invalidation clears it; keyed by the workspace so another one starts without.
const lastScheduleKey = (workspace: string | undefined) => ['local.lastSchedule', workspace ?? ''] as const;
export function useScheduleCampaigns() {
  const workspace = useWorkspaceInfo().data;
  const path = workspace?.open ? workspace.path : undefined;
  return useChannelMutation('campaigns.schedule', (answer, client) => client.setQueryData(lastScheduleKey(path), answer));
}
/** The answer of the last schedule made in this session (undefined: none yet). */
export function useLastSchedule() {
  const workspace = useWorkspaceInfo().data;
  const path = workspace?.open ? workspace.path : undefined;
  return useQuery<ResponseOf<'campaigns.schedule'>>({ queryKey: lastScheduleKey(path), queryFn: () => Promise.reject(new Error('never fetched')), enabled: false, staleTime: Infinity, gcTime: Infinity }).data;
}
export const usePrograms = () => useChannel('programs.list', {});
export const useTouches = (request: RequestOf<'touches.list'> | null) => useLiveChannel('touches.list', request);
export const useDueTouches = (asOf: string, days = 7) => useChannel('touches.due', { asOf, days });
export const useCompleteTouches = () => useChannelMutation('touches.complete');
export const useReopenTouches = () => useChannelMutation('touches.reopen');
export const usePolicy = () => useChannel('policy.get', {});
export const useUpdatePolicy = () =>
  useChannelMutation('policy.update', (policy, client) => client.setQueryData(queryKey('policy.get', {}), policy));
/** A customer's stamps, points or tier in each program that keeps a balance. */
export const useProgramStanding = (customerId: string, asOf: string) => useChannel('programs.standing', { customerId, asOf });

// Programs (issue 11): recommendations, the designer's programs (usePrograms above) and their economics. A save updates the list in
// place, so the designer shows what was saved without waiting for the list to be asked again.
export const useProgramRecommendations = (asOf: string) => useChannel('programs.recommend', { asOf });
export const useCreateProgram = () => useChannelMutation('programs.create');
export const useUpdateProgram = () =>
  useChannelMutation('programs.update', (program, client) =>
    client.setQueryData(queryKey('programs.list', {}), (list: ResponseOf<'programs.list'> | undefined) => list?.map((p) => (p.id === program.id ? program : p))),
  );
export const useDuplicateProgram = () => useChannelMutation('programs.duplicate');
export const useDeleteProgram = () => useChannelMutation('programs.delete');
export const useRestoreProgram = () => useChannelMutation('programs.restore');
/** A program's economics under assumptions (null: nothing to ask yet), keeping the last answer while the next loads. */
export const useProgramEconomics = (request: RequestOf<'programs.economics'> | null) => useLiveChannel('programs.economics', request);

/**
 * What the status bar says: the last `workspace.saveState` event (or the state workspace.info reported), and
 * "saving" while a data-changing call is in flight.
 */
export function useSaveState(initial: SaveState | undefined): SaveState | undefined {
  const [pushed, setPushed] = useState<SaveState | undefined>(undefined);
  useEffect(() => onEvent('workspace.saveState', setPushed), []);
  const inFlight = useIsMutating({ predicate: (m) => m.options.mutationKey?.[0] === 'profile.update' }) > 0;
  if (inFlight) return { state: 'saving' };
  return pushed ?? initial;
}
