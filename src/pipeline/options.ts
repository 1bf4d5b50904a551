// Checks of the options both shells hand to the pipeline (issue number, directories inside the
// repository), with errors that name the option, so the action and the CLI reject the same values.

export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`Input \`${input}\`: ${problem}`)
    this.name = 'InputError'
  }
}

/** A positive integer issue number, or undefined; `#12` is accepted as people write it. */
export function parseIssueNumber(
  raw: string | undefined,
  name = 'issue-number'
): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const text = raw.trim().replace(/^#/, '')
  if (!/^[1-9][0-9]{0,9}$/.test(text)) {
    throw new InputError(name, `expected a positive issue number such as 42, got "${raw}"`)
  }
  return Number(text)
}

/** A path relative to the repository root that cannot leave it. */
export function parseRelativeDir(raw: string, name: string): string {
  const dir = raw
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  if (dir === '' || dir === '.')
    throw new InputError(name, 'must name a directory inside the repository')
  if (dir.startsWith('/') || /^[a-zA-Z]:/.test(dir) || dir.split('/').includes('..')) {
    throw new InputError(name, `must be a relative path inside the repository, got "${raw}"`)
  }
  if (dir.split('/').some(part => part === '.git' || part === '')) {
    throw new InputError(name, `is not a usable directory: "${raw}"`)
  }
  return dir
}

/**
 * How many commits of the repository's history to read: a whole number, 0 for none; undefined
 * (unset) leaves the research's default.
 */
export function parseHistoryCommits(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const text = raw.trim()
  if (!/^[0-9]{1,7}$/.test(text)) {
    throw new InputError(
      name,
      `expected a number of commits such as 3000 (0 reads none), got "${raw}"`
    )
  }
  return Number(text)
}
