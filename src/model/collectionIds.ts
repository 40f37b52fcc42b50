/** Whether an id is that of a valid item of a collection. */
export interface KnownIdSet {
  has(id: string): boolean;
}

/** The ids of each collection's valid items, by collection name, for the fields that refer to them. */
export type KnownIds = ReadonlyMap<string, KnownIdSet>;

/**
 * The ids met in one collection, each with the index of the first item that has it and
 * whether that item was kept. Repeats are found and references resolved with one table:
 * a large document has one id per event, and a second table of them is memory for the
 * garbage collector to walk.
 */
export class CollectionIds implements KnownIdSet {
  // The index of a kept item, or -1 - index for an item left out: one number holds both.
  private readonly firstIndexById = new Map<string, number>();

  /** Records the first item with `id`; the caller has checked that it is the first. */
  add(id: string, index: number, isKept: boolean): void {
    this.firstIndexById.set(id, isKept ? index : -1 - index);
  }

  /** The index of the first item with `id`, kept or not; `undefined` if none has it. */
  getFirstIndex(id: string): number | undefined {
    const index = this.firstIndexById.get(id);
    return index === undefined || index >= 0 ? index : -1 - index;
  }

  /** Whether the first item with `id` was kept, so that a reference to it is valid. */
  has(id: string): boolean {
    const index = this.firstIndexById.get(id);
    return index !== undefined && index >= 0;
  }
}
