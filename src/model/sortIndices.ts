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
  if (isNonDecreasing(primary)) {
    if (!secondary) return order;
    if (!hasNaN(secondary)) return orderRunsBy(order, primary, secondary);
  }
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

function hasNaN(keys: Float64Array): boolean {
  for (let i = 0; i < keys.length; i += 1) if (Number.isNaN(keys[i])) return true;
  return false;
}

/** Runs up to this long are put in order by insertion, longer ones by the engine's sort. */
const INSERTION_RUN = 16;

/*
 * Why: documents are usually written in time order, and their starts then arrive sorted. Only
 * the runs of equal starts (events of the same day) are left to order, by end and position:
 * a few short runs, ordered in place, rather than the whole list ranked and sorted. In a page's
 * first render this code runs before the engine has optimised it, when every step counts.
 */
function orderRunsBy(order: Uint32Array, primary: Float64Array, secondary: Float64Array) {
  let runStart = 0;
  for (let end = 1; end <= order.length; end += 1) {
    if (end < order.length && primary[end] === primary[runStart]) continue;
    if (end - runStart > INSERTION_RUN) {
      order
        .subarray(runStart, end)
        .sort((a, b) => (secondary[a] as number) - (secondary[b] as number) || a - b);
    } else {
      for (let i = runStart + 1; i < end; i += 1) {
        const item = order[i] as number;
        const key = secondary[item] as number;
        let j = i - 1;
        // Items start in position order, so only a smaller key moves one back.
        while (j >= runStart && (secondary[order[j] as number] as number) > key) {
          order[j + 1] = order[j] as number;
          j -= 1;
        }
        order[j + 1] = item;
      }
    }
    runStart = end;
  }
  return order;
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
