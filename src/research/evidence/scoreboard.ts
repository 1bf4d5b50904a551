// Collects the evidence for each file and turns it into a ranking: scores add up, the kind of
// file scales them (tests and docs follow the code they describe), and the strongest pieces of
// evidence become the reasons a person reads.
import { kindWeight } from '../tree/path-priors.js'
import type { FileRole } from '../tree/roles.js'
import type { FileKind, RankedFile } from '../types.js'

interface Evidence {
  score: number
  reason: string
  /** The issue names this file outright (a quoted path, a traceback frame). */
  named: boolean
}

export class Scoreboard {
  private readonly evidence = new Map<number, Evidence[]>()

  /** Adds evidence; the same reason twice for one file keeps the stronger. */
  add(file: number, score: number, reason: string, named = false): void {
    const list = this.evidence.get(file)
    if (!list) {
      this.evidence.set(file, [{ score, reason, named }])
      return
    }
    const same = list.find(item => item.reason === reason)
    if (same) same.score = Math.max(same.score, score)
    else list.push({ score, reason, named })
  }

  /**
   * The best `top` files, excluding those `keep` rejects; `priors` scale a file's inferred
   * evidence by what its path says (its role, its language).
   */
  rank(
    paths: readonly string[],
    kinds: readonly FileKind[],
    keep: (file: number) => boolean,
    top: number,
    priors: { weight(file: number): number; role(file: number): FileRole }
  ): RankedFile[] {
    const ranked: RankedFile[] = []
    for (const [file, evidence] of this.evidence) {
      if (!keep(file)) continue
      evidence.sort((x, y) => y.score - x.score)
      let inferred = 0
      let named = 0
      for (const item of evidence) {
        if (item.named) named += item.score
        else inferred += item.score
      }
      // Naming a file outright is strong whatever its kind, but a test quoted in a traceback
      // still sits below the code it exercised.
      const weight = kindWeight[kinds[file]]
      const total = inferred * weight * priors.weight(file) + named * Math.max(weight, 0.6)
      const role = priors.role(file)
      ranked.push({
        path: paths[file],
        score: Math.round(total * 1000) / 1000,
        kind: kinds[file],
        reasons: evidence.slice(0, 4).map(item => item.reason),
        ...(role !== 'project' ? { role } : {}),
        ...(named > 0 ? { named: true } : {})
      })
    }
    ranked.sort((x, y) => y.score - x.score || x.path.localeCompare(y.path))
    return ranked.slice(0, top)
  }
}
