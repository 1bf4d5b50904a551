// Ranks one instance's tree with the research step and with a plain BM25, in this process, and
// reports the rank of the first gold file and the median time of each.
import { research } from '../../src/research/index.js'
import { bm25Rank } from './bm25.js'
import type { Instance } from './instances.js'
import { titleAndBody } from './instances.js'
import { firstGoldRank, median } from './metrics.js'

export interface MethodRun {
  ranked: string[]
  ms: number
  rank?: number
}

async function repeated(
  repeats: number,
  run: () => Promise<string[]> | string[]
): Promise<{ ranked: string[]; ms: number }> {
  const times: number[] = []
  let ranked: string[] = []
  for (let i = 0; i < repeats; i++) {
    const started = performance.now()
    ranked = await run()
    times.push(performance.now() - started)
  }
  return { ranked, ms: median(times) }
}

export async function compareRankings(
  instance: Instance,
  root: string,
  options: { repeats: number; top: number }
): Promise<{ research: MethodRun; bm25: MethodRun }> {
  const { title, body } = titleAndBody(instance)
  const ours = await repeated(options.repeats, async () => {
    const result = await research({ root, title, body, top: options.top })
    return result.files.map(file => file.path)
  })
  const plain = await repeated(options.repeats, () =>
    bm25Rank(root, instance.problem_statement, options.top)
  )
  return {
    research: { ...ours, rank: firstGoldRank(ours.ranked, instance.gold_files) },
    bm25: { ...plain, rank: firstGoldRank(plain.ranked, instance.gold_files) }
  }
}
