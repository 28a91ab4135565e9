import { z } from 'zod';
import type { AppInfo } from '../domain/workspace';
import { channel, domain, returns } from './define';
import { empty } from './schemas';

export const appContract = domain('app', {
  'app.info': channel({ request: empty, response: returns<AppInfo>(), mutates: false, runs: 'shell' }),
  'app.openExternal': channel({
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: returns<null>(),
    mutates: false,
    runs: 'shell',
  }),
});
