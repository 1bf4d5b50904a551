// How the feature plans of a benchmark run read (see bench/prose-measures.ts), from the plans it
// kept (`bench:plan --plans DIR`): one table per half of the corpus, by language, without running
// the planner again. Two directories side by side compare two runs.
//
//   npm run bench:prose -- --plans DIR/dist [--plans OTHER/dist] [--split tune] [--only ID,…]
//     [--uncovered]   also lists each specific criterion that covers no labelled ask
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadInstances, type Instance } from './bench/instances.js'
import {
  measureProse,
  proseTable,
  uncoveredCriteria,
  type ProseScore
} from './bench/prose-measures.js'

function scores(dir: string, instances: Instance[]): [Instance, ProseScore][] {
  return instances
    .filter(instance => existsSync(join(dir, `${instance.id}.md`)))
    .map(instance => [
      instance,
      measureProse(readFileSync(join(dir, `${instance.id}.md`), 'utf8'), instance)
    ])
}

function byGroup(scored: [Instance, ProseScore][]): [string, ProseScore[]][] {
  const languages = [...new Set(scored.map(([instance]) => instance.language))].sort()
  return [
    ['all', scored.map(([, score]) => score)],
    ...languages.map(
      language =>
        [
          language,
          scored.filter(([instance]) => instance.language === language).map(([, score]) => score)
        ] as [string, ProseScore[]]
    )
  ]
}

function main(): void {
  const { values } = parseArgs({
    options: {
      plans: { type: 'string', multiple: true },
      instances: { type: 'string', default: 'bench/corpus/corpus.json' },
      split: { type: 'string' },
      only: { type: 'string' },
      uncovered: { type: 'boolean', default: false }
    }
  })
  if (!values.plans?.length)
    throw new Error(
      'usage: bench-prose --plans DIR [--plans DIR] [--split tune|report] [--only ID,…]'
    )
  const instances = loadInstances(resolve(values.instances!), {
    split: values.split,
    only: values.only,
    kind: 'feature'
  })
  const out: string[] = []
  for (const split of ['tune', 'report']) {
    const half = instances.filter(instance => instance.split === split)
    for (const dir of values.plans) {
      const scored = scores(resolve(dir), half)
      if (scored.length > 0) out.push('', ...proseTable(byGroup(scored), `${split}, ${dir}`))
      if (values.uncovered)
        for (const instance of half) {
          const file = join(resolve(dir), `${instance.id}.md`)
          if (!existsSync(file)) continue
          for (const criterion of uncoveredCriteria(
            readFileSync(file, 'utf8'),
            instance.asks ?? []
          ))
            out.push(`  no ask: ${instance.id} | ${criterion}`)
        }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`)
}

main()
