import { type Channel, type EngineChannel, type ParsedRequestOf, type ResponseOf, type ShellChannel, contract, isChannel } from '../../shared/contract/channels';
import { type Result, fail, ok, resultOf } from '../../shared/contract/result';

export type ChannelHandler<C extends Channel> = (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
/** The handlers of the channels that run in the shell (main process or browser host). */
export type ShellHandlers = { [C in ShellChannel]: ChannelHandler<C> };
/** Sends an engine channel's parsed request to the engine worker; answers the worker's envelope as it is. */
export type EngineForward = (channel: EngineChannel, request: unknown) => Promise<Result<unknown>>;

export interface Routes {
  shell: ShellHandlers;
  engine: EngineForward;
}

export interface Router {
  /** Takes anything from the outside, answers a result envelope; never throws. */
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The single entry point for calls from the renderer, whatever the transport (IPC or the browser host):
 * the channel must exist and the payload must parse against its schema before a handler sees it. An engine
 * channel's answer is the worker's envelope, passed on unchanged; a shell handler's value or throw becomes an
 * envelope here (resultOf, the same conversion the worker uses).
 */
export function createRouter(routes: Routes, log: (message: string) => void = console.error): Router {
  return {
    async dispatch(channel, payload) {
      if (!isChannel(channel)) {
        return fail('unknown-channel', `There is no channel called ${JSON.stringify(String(channel)).slice(0, 80)}.`);
      }
      const parsed = contract[channel].request.safeParse(payload === undefined ? {} : payload);
      if (!parsed.success) {
        return fail('invalid-request', `The request for ${channel} is not valid.`, {
          issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
        });
      }
      try {
        if (contract[channel].runs === 'engine') return await routes.engine(channel as EngineChannel, parsed.data);
        const handler = routes.shell[channel as ShellChannel] as ChannelHandler<ShellChannel>;
        return ok(await handler(parsed.data as never));
      } catch (error) {
        return resultOf(error, channel, (message) => log(`handler ${message}`));
      }
    },
  };
}
