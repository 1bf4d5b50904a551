// The fusion's weights, fitted on the corpus's tuning half by `npm run bench:fit-history` (which
// prints the figures of both halves for the weights it finds). Refit them when the evidence
// changes; do not tune them by hand.
import type { FusionWeights } from './fusion.js'

export const historyWeights: FusionWeights = {
  history: 0.5,
  similarCommits: 50,
  similarityPower: 1,
  tests: { covering: 1, coChange: 1, similar: 1, subjects: 1 }
}
