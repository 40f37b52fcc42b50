/**
 * A binary min-heap of numeric keys, each carrying a numeric value; the smallest key is on top.
 * Keys and values sit in flat arrays, so pushing 100,000 entries allocates no objects.
 */
export interface MinHeap {
  readonly size: () => number;
  /** The smallest key, or `Infinity` when the heap is empty. */
  readonly peekKey: () => number;
  readonly push: (key: number, value: number) => void;
  /** Removes the entry with the smallest key and returns its value (`-1` when empty). */
  readonly pop: () => number;
}

/** An empty `MinHeap`; push and pop are O(log n). */
export function createMinHeap(): MinHeap {
  const keys: number[] = [];
  const values: number[] = [];

  function swap(i: number, j: number): void {
    const key = keys[i] as number;
    const value = values[i] as number;
    keys[i] = keys[j] as number;
    values[i] = values[j] as number;
    keys[j] = key;
    values[j] = value;
  }

  function siftUp(start: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= (keys[i] as number)) return;
      swap(i, parent);
      i = parent;
    }
  }

  function siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < keys.length && (keys[left] as number) < (keys[smallest] as number))
        smallest = left;
      if (right < keys.length && (keys[right] as number) < (keys[smallest] as number)) {
        smallest = right;
      }
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  }

  return {
    size: () => keys.length,
    peekKey: () => keys[0] ?? Number.POSITIVE_INFINITY,
    push(key, value) {
      keys.push(key);
      values.push(value);
      siftUp(keys.length - 1);
    },
    pop() {
      if (keys.length === 0) return -1;
      const top = values[0] as number;
      const lastKey = keys.pop() as number;
      const lastValue = values.pop() as number;
      if (keys.length > 0) {
        keys[0] = lastKey;
        values[0] = lastValue;
        siftDown(0);
      }
      return top;
    },
  };
}
