import type { WorkspaceInfo, WorkspaceStatus, RecentWorkspace } from '../domain/workspace';
import { ProfileSchema } from '../domain/profile';
import { z } from 'zod';
import { channel, domain, returns } from './define';
import { empty } from './schemas';

/** A workspace in the recent list, by the id the list gave it (never a path from the renderer). */
export const RecentIdSchema = z.object({ id: z.string().regex(/^[a-f0-9]{16}$/, 'Not a recent-workspace id.') }).strict();

export const workspaceContract = domain('workspace', {
  'workspace.info': channel({ request: empty, response: returns<WorkspaceStatus>(), mutates: false, runs: 'shell' }),
  'workspace.recent': channel({ request: empty, response: returns<RecentWorkspace[]>(), mutates: false, runs: 'shell' }),
  /** Creates a workspace where the save dialog says; answers null when the user cancels the dialog. */
  'workspace.create': channel({
    request: z.object({ profile: ProfileSchema }).strict(),
    response: returns<WorkspaceInfo | null>(),
    mutates: true,
    runs: 'shell',
  }),
  /** Opens the demo workspace (a made-up coffee roaster) from the app's data folder, generating it the first time. */
  'workspace.createDemo': channel({ request: empty, response: returns<WorkspaceInfo>(), mutates: true, runs: 'shell' }),
  'workspace.open': channel({ request: empty, response: returns<WorkspaceInfo | null>(), mutates: false, runs: 'shell' }),
  'workspace.openRecent': channel({ request: RecentIdSchema, response: returns<WorkspaceInfo>(), mutates: false, runs: 'shell' }),
  'workspace.forgetRecent': channel({ request: RecentIdSchema, response: returns<null>(), mutates: false, runs: 'shell' }),
  'workspace.saveCopy': channel({ request: empty, response: returns<{ path: string } | null>(), mutates: false, runs: 'shell' }),
  'workspace.reveal': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),
  'workspace.close': channel({ request: empty, response: returns<null>(), mutates: false, runs: 'shell' }),
});
