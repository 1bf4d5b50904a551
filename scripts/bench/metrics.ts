// Accuracy at k and medians, as the benchmark reports them.

/** 1-based rank of the first gold path in `ranked`, or undefined when none is there. */
export function firstGoldRank(
  ranked: readonly string[],
  gold: readonly string[]
): number | undefined {
  const index = ranked.findIndex(path => gold.includes(path))
  return index < 0 ? undefined : index + 1
}

export function accuracyAt(ranks: readonly (number | undefined)[], k: number): number {
  if (ranks.length === 0) return 0
  return ranks.filter(rank => rank !== undefined && rank <= k).length / ranks.length
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((x, y) => x - y)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
