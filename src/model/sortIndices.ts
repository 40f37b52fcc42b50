/** Largest integer a float64 holds exactly. */
const MAX_EXACT = 2 ** 53;

/**
 * Positions `0 … n - 1` ordered by `primary`, then `secondary`, then position, so the order is
 * total and the same on every engine. Sorting positions over flat key arrays leaves the
 * caller's list untouched. Keys already in order (items that come from a time-ordered model)
 * are recognised in one pass.
 *
 * Keys are compared as numbers; NaN compares equal to everything, as `a - b` does.
 * `maxPacked` bounds the packed sort keys (see below); past it, or for keys that are not
 * integers, the keys are compared one by one, which gives the same order more slowly.
 */
export function sortIndicesBy(
  primary: Float64Array,
  secondary?: Float64Array,
  maxPacked = MAX_EXACT,
): Uint32Array {
  const order = new Uint32Array(primary.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  if (!secondary && isNonDecreasing(primary)) return order;
  const compare = secondary
    ? (a: number, b: number) =>
        (primary[a] as number) - (primary[b] as number) ||
        (secondary[a] as number) - (secondary[b] as number) ||
        a - b
    : (a: number, b: number) => (primary[a] as number) - (primary[b] as number) || a - b;
  // NaN compares equal to everything, so keys that hold one may still be in order.
  let isSorted = true;
  for (let i = 1; isSorted && i < order.length; i += 1) isSorted = compare(i - 1, i) <= 0;
  if (isSorted) return order;
  return sortByPackedIntegers(order, primary, secondary, maxPacked) ?? order.sort(compare);
}

/** Whether each key is at least the one before it; false when one is NaN. */
function isNonDecreasing(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i += 1) {
    if (!((keys[i - 1] as number) <= (keys[i] as number))) return false;
  }
  return true;
}

/** The least and greatest of `keys`, or `undefined` when one is not an integer. */
function integerBounds(keys: Float64Array): readonly [number, number] | undefined {
  let least = Number.POSITIVE_INFINITY;
  let greatest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as number;
    if (!Number.isInteger(key)) return undefined;
    if (key < least) least = key;
    if (key > greatest) greatest = key;
  }
  return [least, greatest];
}

/*
 * Why: a comparator sort of 100,000 positions calls back into JavaScript about two million
 * times, which costs a large document's first render tens to hundreds of milliseconds. Keys
 * that are integers in a narrow range (day numbers over a few centuries) are packed with the
 * position into one integer-valued float, and the engine's native numeric sort orders those,
 * in exactly the comparator's order. It declines, and the caller sorts with the comparator,
 * when a key is not an integer or the packed values would not stay exact. Other large inputs
 * (marks in px) arrive nearly in order from the time-ordered model and rarely need sorting.
 */
function sortByPackedIntegers(
  order: Uint32Array,
  primary: Float64Array,
  secondary: Float64Array | undefined,
  maxPacked: number,
): Uint32Array | undefined {
  const count = order.length;
  const primaryBounds = integerBounds(primary);
  const secondaryBounds = secondary ? integerBounds(secondary) : ([0, 0] as const);
  if (!primaryBounds || !secondaryBounds) return undefined;
  const [primaryLeast, primaryGreatest] = primaryBounds;
  const [secondaryLeast, secondaryGreatest] = secondaryBounds;
  const secondarySpan = secondaryGreatest - secondaryLeast + 1;
  if ((primaryGreatest - primaryLeast + 1) * secondarySpan * count > maxPacked) return undefined;
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const secondaryKey = secondary ? (secondary[i] as number) - secondaryLeast : 0;
    const key = ((primary[i] as number) - primaryLeast) * secondarySpan + secondaryKey;
    packed[i] = key * count + i;
  }
  packed.sort();
  for (let i = 0; i < count; i += 1) order[i] = (packed[i] as number) % count;
  return order;
}
