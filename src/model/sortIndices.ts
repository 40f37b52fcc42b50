/** Largest integer a float64 holds exactly. */
const MAX_EXACT = 2 ** 53;

/**
 * Positions `0 … n - 1` ordered by `primary`, then `secondary`, then position, so the order is
 * total and the same on every engine. Sorting positions over flat key arrays leaves the
 * caller's list untouched. Keys already in order (items that come from a time-ordered model)
 * are recognised in one pass.
 *
 * Keys are compared as numbers; NaN compares equal to everything, as `a - b` does.
 * `maxPacked` bounds the packed sort keys (see below); past it the keys are compared one by
 * one, which gives the same order more slowly.
 */
export function sortIndicesBy(
  primary: Float64Array,
  secondary?: Float64Array,
  maxPacked = MAX_EXACT,
): Uint32Array {
  const order = new Uint32Array(primary.length);
  const compare = secondary
    ? (a: number, b: number) =>
        (primary[a] as number) - (primary[b] as number) ||
        (secondary[a] as number) - (secondary[b] as number) ||
        a - b
    : (a: number, b: number) => (primary[a] as number) - (primary[b] as number) || a - b;
  let isSorted = true;
  for (let i = 0; i < order.length; i += 1) {
    order[i] = i;
    if (isSorted && i > 0 && compare(i - 1, i) > 0) isSorted = false;
  }
  if (isSorted) return order;
  return sortByPackedRanks(order, primary, secondary, maxPacked) ?? order.sort(compare);
}

/** The distinct values of `values` in increasing order; `undefined` if one is NaN. */
function distinctSorted(values: Float64Array): Float64Array | undefined {
  const sorted = Float64Array.from(values).sort();
  let count = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const value = sorted[i] as number;
    if (Number.isNaN(value)) return undefined;
    // -0 and 0 are one key, as they are for the comparison.
    if (count === 0 || value !== sorted[count - 1]) sorted[count++] = value;
  }
  return sorted.subarray(0, count);
}

function rankOf(distinct: Float64Array, value: number): number {
  let low = 0;
  let high = distinct.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((distinct[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/*
 * Why: a comparator sort of 100,000 positions calls back into JavaScript about two million
 * times, which costs a large document's first render tens to hundreds of milliseconds. Each
 * key is replaced by its rank among the distinct keys, the ranks and the position are packed
 * into one integer-valued float, and the engine's native numeric sort orders those. It gives
 * exactly the comparator's order; when the packed values would not stay exact integers, or a
 * key is NaN, it declines and the caller sorts with the comparator.
 */
function sortByPackedRanks(
  order: Uint32Array,
  primary: Float64Array,
  secondary: Float64Array | undefined,
  maxPacked: number,
): Uint32Array | undefined {
  const count = order.length;
  const primaryKeys = distinctSorted(primary);
  const secondaryKeys = secondary ? distinctSorted(secondary) : new Float64Array(1);
  if (!primaryKeys || !secondaryKeys) return undefined;
  if (primaryKeys.length * secondaryKeys.length * count > maxPacked) return undefined;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const secondaryRank = secondary ? rankOf(secondaryKeys, secondary[i] as number) : 0;
    const rank = rankOf(primaryKeys, primary[i] as number) * secondaryKeys.length + secondaryRank;
    packed[i] = rank * count + i;
  }
  packed.sort();
  for (let i = 0; i < count; i += 1) order[i] = (packed[i] as number) % count;
  return order;
}
