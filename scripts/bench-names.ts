// How many of the names the corpus's reports write as code the outline resolves to a definition
// in the changed code files (see bench/name-resolution.ts): one table per half, by language; with
// `--verbose`, each instance's names the outline left unresolved. Run it on two commits to compare
// parsers.
//
//   npm run bench:names -- --mirrors DIR --work DIR [--split report] [--kind bug] [--verbose]
import { parseOptions } from './bench/options.js'
import { loadInstances, type Instance } from './bench/instances.js'
import { resolveNames, type NameResolution } from './bench/name-resolution.js'
import { treeOf } from './bench/trees.js'

const HALVES: Record<string, string> = {
  tune: 'tuning half',
  report: 'reporting half (the figures to quote)'
}

function share(part: number, whole: number): string {
  const pct = whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(0)}%`.padStart(4)
  return `${`${part}/${whole}`.padStart(9)} ${pct}`
}

function table(rows: [Instance, NameResolution][]): string[] {
  const lines = [
    `${'group'.padEnd(12)}${'n'.padStart(4)} |     names resolved |     pairs resolved`
  ]
  const languages = [...new Set(rows.map(([instance]) => instance.language))].sort()
  for (const [name, group] of [
    ['all', rows] as const,
    ...languages.map(
      language => [language, rows.filter(([instance]) => instance.language === language)] as const
    )
  ]) {
    const sum = (pick: (item: NameResolution) => string[]) =>
      group.reduce((total, [, item]) => total + pick(item).length, 0)
    lines.push(
      `${name.padEnd(12)}${String(group.length).padStart(4)} | ${share(
        sum(item => item.resolved),
        sum(item => item.names)
      )} | ${share(
        sum(item => item.resolvedPairs),
        sum(item => item.pairs)
      )}`
    )
  }
  return lines
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const instances = loadInstances(options.instances, options.filter)
  const rows: [Instance, NameResolution][] = []
  for (const instance of instances) {
    const tree = await treeOf(instance, options.mirrors, options.work)
    const resolution = await resolveNames(instance, tree)
    rows.push([instance, resolution])
    if (options.verbose) {
      const missed = resolution.names.filter(name => !resolution.resolved.includes(name))
      const missedPairs = resolution.pairs.filter(pair => !resolution.resolvedPairs.includes(pair))
      process.stderr.write(
        `${instance.id.padEnd(44)} names ${resolution.resolved.length}/${resolution.names.length}` +
          ` pairs ${resolution.resolvedPairs.length}/${resolution.pairs.length}` +
          `${missed.length + missedPairs.length > 0 ? `  unresolved: ${[...missed, ...missedPairs].join(' ')}` : ''}\n`
      )
    }
  }
  const out = [
    `names the reports write as code and the changed code files use, resolved to a definition there (${instances.length} instances)`
  ]
  for (const split of ['report', 'tune']) {
    const half = rows.filter(([instance]) => instance.split === split)
    if (half.length > 0) out.push('', `== ${HALVES[split]} ==`, ...table(half))
  }
  process.stdout.write(`${out.join('\n')}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
