// Command-line options of the localisation and plan benchmarks.
import { existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { InstanceFilter } from './instances.js'

export interface BenchOptions {
  instances: string
  mirrors: string
  work: string
  filter: InstanceFilter
  /** The kind of plan to ask for when the instances do not say (SWE-bench lists: bug). */
  planKind?: string
  repeats: number
  top: number
  verbose: boolean
  /** The bundled CLI the plan benchmark runs (default dist/cli.js). */
  cli: string
  /** Another build's CLI, run side by side with the first. */
  compare?: string
  /** Where the plan benchmark keeps the plans it scored, if anywhere. */
  plans?: string
  /** Skip the plans: research accuracy only. */
  researchOnly: boolean
  /** Leave the BM25 baseline out (quicker runs while tuning; reports always include it). */
  skipBm25: boolean
  /** bench-localize: where to dump the candidates and graph edges, for fitting the reranking. */
  dump?: string
  /** bench-localize: where to record what the history fusion reads, for fitting its weights. */
  fusionDump?: string
  /** Also run every build without the repository's history, side by side. */
  noHistory: boolean
  json?: string
}

export const usage = [
  'usage: bench-plan|bench-localize --mirrors DIR [--instances bench/corpus/corpus.json]',
  '         [--split tune|report|all] [--language L] [--kind bug|feature|chore] [--only TEXT[,TEXT…]]',
  '         [--min-files N] [--work DIR] [--top K] [--verbose] [--no-history]',
  '       bench-plan only: [--cli dist/cli.js] [--compare OTHER_DIST] [--plans DIR] [--json FILE]',
  '         [--plan-kind K] [--research-only]',
  '       bench-localize only: [--repeats N] [--skip-bm25] [--json FILE] [--dump FILE]',
  '         [--fusion-dump FILE]',
  '  --no-history: each build also runs with --history 0 (labelled BUILD-nohist), side by side'
].join('\n')

/** `dist/` or `dist/cli.js` of a build: the CLI to run. */
export function cliOf(build: string): string {
  const path = resolve(build)
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'cli.js') : path
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      instances: { type: 'string', default: 'bench/corpus/corpus.json' },
      mirrors: { type: 'string' },
      work: { type: 'string' },
      split: { type: 'string' },
      language: { type: 'string' },
      kind: { type: 'string' },
      'min-files': { type: 'string' },
      'plan-kind': { type: 'string' },
      repeats: { type: 'string', default: '1' },
      top: { type: 'string', default: '10' },
      only: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      cli: { type: 'string', default: 'dist/cli.js' },
      compare: { type: 'string' },
      plans: { type: 'string' },
      'research-only': { type: 'boolean', default: false },
      'skip-bm25': { type: 'boolean', default: false },
      dump: { type: 'string' },
      'fusion-dump': { type: 'string' },
      'no-history': { type: 'boolean', default: false },
      json: { type: 'string' }
    }
  })
  if (!values.mirrors) throw new Error(usage)
  const repeats = Number(values.repeats)
  if (!Number.isInteger(repeats) || repeats < 1)
    throw new Error('--repeats must be a whole number >= 1')
  return {
    instances: resolve(values.instances!),
    mirrors: resolve(values.mirrors),
    work: resolve(values.work ?? join(tmpdir(), 'adw-bench-work')),
    filter: {
      only: values.only,
      split: values.split,
      language: values.language,
      kind: values.kind,
      minFiles: values['min-files'] ? Number(values['min-files']) : undefined
    },
    planKind: values['plan-kind'],
    repeats,
    top: Number(values.top),
    verbose: values.verbose ?? false,
    cli: cliOf(values.cli!),
    compare: values.compare ? cliOf(values.compare) : undefined,
    plans: values.plans ? resolve(values.plans) : undefined,
    researchOnly: values['research-only'] ?? false,
    skipBm25: values['skip-bm25'] ?? false,
    dump: values.dump ? resolve(values.dump) : undefined,
    fusionDump: values['fusion-dump'] ? resolve(values['fusion-dump']) : undefined,
    noHistory: values['no-history'] ?? false,
    json: values.json ? resolve(values.json) : undefined
  }
}
