import type { z } from 'zod';

/**
 * The pieces every domain contract file is written with: `channel(...)` for one entry, `domain(prefix, ...)` for a
 * domain's entries (each name starts with its prefix), and `composeContract(...)` to join the domains into the one
 * map, refusing a name two domains both declare (a spread would let the later one silently win).
 */
declare const responseMarker: unique symbol;
export interface Returns<T> {
  readonly [responseMarker]?: T;
}
export const returns = <T>(): Returns<T> => ({});

/** Where a file a channel produces comes from and how the save dialog asks for it. */
export interface FileSpec {
  /** What the file is: picks the save dialog's file type (and, later, a document's template family). */
  kind: 'csv' | 'text' | 'docx';
  /** The save dialog's title in the desktop app. */
  dialogTitle: string;
}

export type Runs = 'engine' | 'shell';

export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res = unknown, Mutates extends boolean = boolean, R extends Runs = Runs> {
  request: Req;
  response: Returns<Res>;
  /** Mutations run one at a time, each in a transaction, and are journaled before they are acknowledged. */
  mutates: Mutates;
  runs: R;
}

/** Keeps the literal `mutates`, `runs` and `file` of each channel in its type, so handler types can depend on them. */
export function channel<
  Req extends z.ZodType,
  Res,
  const Mutates extends boolean,
  const R extends Runs,
  const File extends FileSpec | undefined = undefined,
>(
  spec: ChannelSpec<Req, Res, Mutates, R> & {
    /**
     * The channel produces a file the engine writes: the shell asks where (save dialog, or the browser host's
     * documents folder), the engine's producer for this channel (electron/engine/files/) writes it durably, and
     * the answer says where it went. Such a channel has no hand-written handler anywhere.
     */
    file?: File;
  },
): ChannelSpec<Req, Res, Mutates, R> & { file: File } {
  return spec as ChannelSpec<Req, Res, Mutates, R> & { file: File };
}

export type DomainChannels<Prefix extends string> = { readonly [Name in `${Prefix}.${string}`]: ChannelSpec };

/** A domain's channels; the type and the check at load both insist every name is `<prefix>.<verb>`. */
export function domain<const Prefix extends string, const Channels extends DomainChannels<Prefix>>(
  prefix: Prefix,
  channels: Channels & Record<Exclude<keyof Channels, `${Prefix}.${string}`>, never>,
): Channels {
  for (const name of Object.keys(channels)) {
    if (!name.startsWith(`${prefix}.`)) throw new Error(`The channel ${name} is declared in the ${prefix} contract but does not start with "${prefix}.".`);
  }
  return channels;
}

/** The names two parts have in common; `never` when none. */
type Shared<A, B> = Extract<keyof A, keyof B>;

/** `unknown` when no name is declared twice; otherwise a type no argument list matches, naming the duplicate. */
export type DistinctNames<Parts extends readonly object[], Seen = {}> = Parts extends readonly [infer Head extends object, ...infer Rest extends readonly object[]]
  ? [Shared<Head, Seen>] extends [never]
    ? DistinctNames<Rest, Seen & Head>
    : { error: 'a channel is declared twice'; duplicate: Shared<Head, Seen> }
  : unknown;

type Joined<Parts extends readonly object[]> = Parts extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Joined<Rest> : {};
type Flat<T> = { [K in keyof T]: T[K] };

/** Joins domain contracts into one map; a name declared twice is a compile error and, should a cast hide it, throws at load. */
export function composeContract<const Parts extends readonly object[]>(...parts: Parts & DistinctNames<Parts>): Flat<Joined<Parts>> {
  const joined: Record<string, unknown> = {};
  for (const part of parts as readonly object[]) {
    for (const [name, spec] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(joined, name)) throw new Error(`The channel ${name} is declared twice in the contract.`);
      joined[name] = spec;
    }
  }
  return joined as Flat<Joined<Parts>>;
}
