import type { Channel, RequestOf, ResponseOf } from './channels';
import type { EventMap, EventName } from './events';
import type { Result } from './result';

/**
 * What the renderer sees as `window.rapport`. The preload implements it over IPC and the browser bridge over
 * HTTP; both are checked against this type with `satisfies`, never with a hand-kept copy.
 */
export interface RapportBridge {
  invoke<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
