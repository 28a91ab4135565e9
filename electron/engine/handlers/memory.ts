/**
 * What the handlers keep between calls for the open workspace (the last list order, the last import plan): one
 * `WorkspaceMemory` per open workspace, made by the Engine when it opens or creates one and dropped when it
 * closes, so nothing of one workspace is ever seen by the next. Each domain declares its own typed slot.
 */
export interface MemorySlot<T> {
  readonly name: string;
  /** Only for the type: a slot's values are T. */
  readonly of?: (value: T) => T;
}

export function memorySlot<T>(name: string): MemorySlot<T> {
  return { name };
}

export class WorkspaceMemory {
  private readonly values = new Map<MemorySlot<unknown>, unknown>();

  get<T>(slot: MemorySlot<T>): T | undefined {
    return this.values.get(slot as MemorySlot<unknown>) as T | undefined;
  }

  set<T>(slot: MemorySlot<T>, value: T): void {
    this.values.set(slot as MemorySlot<unknown>, value);
  }

  forget<T>(slot: MemorySlot<T>): void {
    this.values.delete(slot as MemorySlot<unknown>);
  }

  /** How many slots hold something (tests). */
  get size(): number {
    return this.values.size;
  }
}
