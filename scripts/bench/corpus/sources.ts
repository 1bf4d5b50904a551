// New instances arrive as a list of sources (the issue as its tracker shows it, and the commit
// that resolved it): the format the builder's `--add` reads.
import { readFileSync } from 'node:fs'
import type { CorpusInstance, Kind, Language } from './types.js'

interface SourceItem {
  repo: string
  language: Language
  issue: number
  issue_url: string
  title: string
  body: string
  body_truncated?: boolean
  labels?: string[]
  created: string
  kind: Kind
  kind_reason: string
  fix_commit: string
  fix_pr?: number | null
  fix_source: string
}

export function instanceId(repo: string, issue: number): string {
  return `${repo.replace('/', '__')}-${issue}`
}

export function readSources(file: string): CorpusInstance[] {
  const items = JSON.parse(readFileSync(file, 'utf8')) as SourceItem[]
  return items.map(item => ({
    id: instanceId(item.repo, item.issue),
    repo: item.repo,
    language: item.language,
    kind: item.kind,
    kind_reason: item.kind_reason,
    issue: {
      number: item.issue,
      url: item.issue_url,
      title: item.title,
      body: item.body,
      body_truncated: item.body_truncated ?? false,
      labels: item.labels ?? [],
      created: item.created
    },
    fix: { commit: item.fix_commit, pr: item.fix_pr ?? null, evidence: item.fix_source }
  }))
}
