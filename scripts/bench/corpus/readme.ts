// The corpus README's table of repositories, written between its markers from corpus.json so it
// never drifts from the instances.
import type { Corpus } from './types.js'

const START = '<!-- repositories: written by npm run bench:corpus -->'
const END = '<!-- /repositories -->'

export function repositoryTable(readme: string, corpus: Corpus): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) return readme
  const repos = Object.entries(corpus.repositories).sort(
    ([a, x], [b, y]) => x.language.localeCompare(y.language) || a.localeCompare(b, 'en')
  )
  const count = (repo: string, kind: string) =>
    corpus.instances.filter(item => item.repo === repo && item.kind === kind).length
  const largest = (repo: string) =>
    Math.max(
      ...corpus.instances
        .filter(item => item.repo === repo)
        .map(item => item.derived?.tree_files ?? 0)
    )
  const rows = repos.map(
    ([repo, entry]) =>
      `| ${entry.language} | [${repo}](https://github.com/${repo}) | ${entry.split} | ${count(repo, 'bug')} | ` +
      `${count(repo, 'feature')} | ${largest(repo).toLocaleString('en')} |`
  )
  const halves = (['tune', 'report'] as const).map(split => {
    const instances = corpus.instances.filter(
      item => corpus.repositories[item.repo]?.split === split
    )
    return `${split === 'tune' ? 'tuning' : 'reporting'} half ${instances.length}`
  })
  const table = [
    START,
    `${corpus.instances.length} instances from ${repos.length} repositories (${halves.join(', ')}).`,
    '',
    '| language | repository | half | bugs | features | files at the base |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...rows,
    END
  ].join('\n')
  return readme.slice(0, start) + table + readme.slice(end + END.length)
}
