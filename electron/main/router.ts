import { type Channel, type ParsedRequestOf, type ResponseOf, contract, isChannel } from '../../shared/contract/channels';
import { RapportFailure, type Result, fail, ok } from '../../shared/contract/result';

export type ChannelHandler<C extends Channel> = (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
export type ChannelHandlers = { [C in Channel]: ChannelHandler<C> };

export interface Router {
  /** Takes anything from the outside, answers a result envelope; never throws. */
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The single entry point for calls from the renderer, whatever the transport (IPC or the browser host):
 * the channel must exist and the payload must parse against its schema before a handler sees it.
 */
export function createRouter(handlers: ChannelHandlers, log: (message: string) => void = console.error): Router {
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
        const handler = handlers[channel] as ChannelHandler<Channel>;
        return ok(await handler(parsed.data as never));
      } catch (error) {
        if (error instanceof RapportFailure) return { ok: false, error: error.toError() };
        log(`handler ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail('internal', `Something went wrong inside Rapport (${channel}). Your saved work is safe; please try again.`, { where: channel });
      }
    },
  };
}
