/**
 * Positions `0 … n - 1` ordered by `primary`, then `secondary`, then position, so the order is
 * total and the same on every engine. Sorting positions over flat key arrays is several times
 * faster than sorting objects on 100,000 items, and leaves the caller's list untouched. Keys
 * already in order (items that come from a time-ordered model) are recognised in one pass.
 */
export function sortIndicesBy(primary: Float64Array, secondary?: Float64Array): Uint32Array {
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
  return isSorted ? order : order.sort(compare);
}
