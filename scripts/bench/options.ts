// Command-line options of the localisation benchmark.
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
}

const usage =
  'usage: bench-localize --instances FILE.json --mirrors DIR [--work DIR] [--repeats N] [--only SUBSTRING] [--verbose]'

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
      verbose: { type: 'boolean', default: false }
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
    verbose: values.verbose ?? false
  }
}
