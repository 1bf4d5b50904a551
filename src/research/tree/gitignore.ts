// A deliberately simple reading of a top-level .gitignore, for trees that are not git
// checkouts (an extracted tarball). Supports `*`, `**`, `?`, anchoring with a leading or inner
// `/`, directory-only patterns with a trailing `/`, and `!` re-inclusion.

interface Rule {
  regex: RegExp
  negated: boolean
  directoryOnly: boolean
}

function globToRegex(glob: string, anchored: boolean): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, a trailing `**` everything below.
        source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
        i += glob[i + 2] === '/' ? 2 : 1
      } else source += '[^/]*'
    } else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end < 0) source += '\\['
      else {
        source += glob.slice(i, end + 1).replace(/^\[!/, '[^')
        i = end
      }
    } else source += char.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${source}$`)
}

/** The rules, and one expression matching any of them: most paths match none, and one test says so. */
export interface GitignoreRules {
  rules: Rule[]
  anyFileRule?: RegExp
  anyRule?: RegExp
}

function either(rules: readonly Rule[]): RegExp | undefined {
  return rules.length > 0
    ? new RegExp(rules.map(rule => `(?:${rule.regex.source})`).join('|'))
    : undefined
}

export function parseGitignore(text: string): GitignoreRules {
  const rules: Rule[] = []
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/\s+$/, '')
    if (line === '' || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    if (negated) line = line.slice(1)
    const directoryOnly = line.endsWith('/')
    if (directoryOnly) line = line.slice(0, -1)
    // A slash anywhere but at the end anchors the pattern to the .gitignore's directory.
    const anchored = line.includes('/')
    if (line.startsWith('/')) line = line.slice(1)
    if (line === '') continue
    rules.push({ regex: globToRegex(line, anchored), negated, directoryOnly })
  }
  return {
    rules,
    anyFileRule: either(rules.filter(rule => !rule.directoryOnly)),
    anyRule: either(rules)
  }
}

/** Whether `path` (relative, POSIX) is ignored; the last matching rule wins, as in git. */
export function isIgnored(rules: GitignoreRules, path: string, isDirectory: boolean): boolean {
  if (!(isDirectory ? rules.anyRule : rules.anyFileRule)?.test(path)) return false
  let ignored = false
  for (const rule of rules.rules) {
    if (rule.directoryOnly && !isDirectory) continue
    if (rule.regex.test(path)) ignored = !rule.negated
  }
  return ignored
}
