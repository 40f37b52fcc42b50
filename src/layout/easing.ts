/** Cubic ease-in-out over 0..1, as d3-ease's easeCubicInOut; every animated view change uses it. */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
