// Command-line options of the localisation and plan benchmarks.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

export interface BenchOptions {
  instances: string
  mirrors: string
  work: string
  repeats: number
  top: number
  only?: string
  verbose: boolean
  /** The bundled CLI the plan benchmark runs (default dist/cli.js). */
  cli: string
  /** Where the plan benchmark keeps the plans it scored, if anywhere. */
  plans?: string
  /** Skip the plans: research accuracy only (for instances without plan-level gold). */
  researchOnly: boolean
  /** Kind of plan the plan benchmark asks for. */
  kind: string
  json?: string
}

const usage =
  'usage: bench-localize|bench-plan --instances FILE.json --mirrors DIR [--work DIR] [--repeats N] [--top K] [--only SUBSTRING] [--verbose]\n' +
  '       bench-plan only: [--cli dist/cli.js] [--plans DIR] [--kind bug] [--research-only] [--json FILE]'

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      instances: { type: 'string' },
      mirrors: { type: 'string' },
      work: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      top: { type: 'string', default: '10' },
      only: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      cli: { type: 'string', default: 'dist/cli.js' },
      plans: { type: 'string' },
      kind: { type: 'string', default: 'bug' },
      'research-only': { type: 'boolean', default: false },
      json: { type: 'string' }
    }
  })
  if (!values.instances || !values.mirrors) throw new Error(usage)
  const repeats = Number(values.repeats)
  if (!Number.isInteger(repeats) || repeats < 1)
    throw new Error('--repeats must be a whole number >= 1')
  return {
    instances: resolve(values.instances),
    mirrors: resolve(values.mirrors),
    work: resolve(values.work ?? join(tmpdir(), 'adw-bench-localize')),
    repeats,
    top: Number(values.top),
    only: values.only,
    verbose: values.verbose ?? false,
    cli: resolve(values.cli ?? 'dist/cli.js'),
    plans: values.plans ? resolve(values.plans) : undefined,
    researchOnly: values['research-only'] ?? false,
    kind: values.kind ?? 'bug',
    json: values.json ? resolve(values.json) : undefined
  }
}
