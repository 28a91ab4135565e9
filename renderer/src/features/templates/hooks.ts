/**
 * Server state of the Templates section. Kept beside the feature until the engine's hooks land in lib/queries.ts;
 * the same pattern (keyed by [channel, request], mutations refresh what they change).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, RequestOf, ResponseOf } from '@shared/contract/channels';
import { call, type ApiError } from '../../lib/api';
import { queryKey } from '../../lib/queries';

function useRead<C extends Channel>(channel: C, request: RequestOf<C>, enabled = true) {
  return useQuery<ResponseOf<C>, ApiError>({ queryKey: queryKey(channel, request), queryFn: () => call(channel, request), enabled });
}

function useWrite<C extends Channel>(channel: C) {
  const client = useQueryClient();
  return useMutation<ResponseOf<C>, ApiError, RequestOf<C>>({
    mutationKey: [channel],
    mutationFn: (request) => call(channel, request),
    onSettled: () => void client.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('templates.') }),
  });
}

export const useTemplates = () => useRead('templates.list', {});
export const useTemplateContext = (customerId: string | null) =>
  useRead('templates.context', { customerId: customerId ?? '' }, customerId !== null);
export const useRenderPreview = (request: RequestOf<'templates.render'> | null) =>
  useQuery<ResponseOf<'templates.render'>, ApiError>({
    queryKey: queryKey('templates.render', request ?? { body: '', subject: '', customerId: '' }),
    queryFn: () => call('templates.render', request!),
    enabled: request !== null,
  });
/** The coverage check runs when asked (a button), so it is a mutation that changes nothing. */
export const useCoverage = () =>
  useMutation<ResponseOf<'templates.coverage'>, ApiError, RequestOf<'templates.coverage'>>({
    mutationFn: (request) => call('templates.coverage', request),
  });
export const useCreateTemplate = () => useWrite('templates.create');
export const useUpdateTemplate = () => useWrite('templates.update');
export const useDeleteTemplate = () => useWrite('templates.delete');
export const useRestoreTemplate = () => useWrite('templates.restore');
export const useResetStarter = () => useWrite('templates.resetStarter');
export const useAddMissingStarters = () => useWrite('templates.addMissingStarters');
