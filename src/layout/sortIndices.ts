/**
 * Positions `0 … n - 1` ordered by `primary`, then `secondary`, then position, so the order is
 * total and the same on every engine. Sorting positions over flat key arrays is several times
 * faster than sorting objects on 100,000 items, and leaves the caller's list untouched.
 */
export function sortIndicesBy(primary: Float64Array, secondary?: Float64Array): Uint32Array {
  const order = new Uint32Array(primary.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  if (!secondary) {
    return order.sort((a, b) => (primary[a] as number) - (primary[b] as number) || a - b);
  }
  return order.sort(
    (a, b) =>
      (primary[a] as number) - (primary[b] as number) ||
      (secondary[a] as number) - (secondary[b] as number) ||
      a - b,
  );
}
