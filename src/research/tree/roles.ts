// What part a file plays in the repository, from its path: the project's own code and docs, or
// the machinery around them — build and release scripts, benchmarks, the website's assets,
// examples, generated copies of the sources, CI workflows, issue and pull request templates,
// changelogs. The machinery is rarely where a change goes and never a feature's home unless the
// issue names it, so the research weighs it less (path-priors.ts) and the planners do not list it.

export type FileRole =
  'project' | 'tooling' | 'site' | 'example' | 'mirror' | 'ci' | 'template' | 'changelog'

// Directory names that say "machinery" wherever they sit, and names that say so only at the top
// of the tree (`tools/` beside `src/` is build tooling; `pandas/core/tools/` is the library).
const TOOLING_ANYWHERE = new Set(['scripts', 'benchmark', 'benchmarks', 'devtools', 'build-tools'])
const TOOLING_AT_TOP = new Set([
  'script',
  'tools',
  'tooling',
  'bench',
  'benches',
  'perf',
  'hack',
  'ci',
  '.ci',
  'buildsrc'
])
const SITE_NEAR_TOP = new Set(['site', 'website', 'www', 'docs-site'])
const EXAMPLES_ANYWHERE = new Set(['examples', '_examples', 'samples'])
const EXAMPLES_AT_TOP = new Set(['example', 'sample', 'demo', 'demos', 'playground'])
const CI_FILES =
  /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|appveyor\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|jenkinsfile|\.cirrus\.ya?ml|codecov\.ya?ml|\.pre-commit-config\.ya?ml)$/
const CI_DIRS = new Set(['.circleci', '.buildkite', '.woodpecker'])
const CHANGELOG =
  /^(?:changelog|changes|history|news|releases?)(?:[-_][\w-]*)?(?:\.(?:md|markdown|rst|txt|adoc))?$/

export function roleOf(path: string): FileRole {
  const parts = path.toLowerCase().split('/')
  const name = parts[parts.length - 1]
  const dirs = parts.slice(0, -1)
  if (dirs[0] === '.github' || dirs[0] === '.gitlab') {
    if (dirs[1] === 'workflows' || dirs[1] === 'actions') return 'ci'
    if (/template/.test(dirs[1] ?? '') || /template/.test(name)) return 'template'
    return 'tooling'
  }
  if (CI_FILES.test(name) || dirs.some(dir => CI_DIRS.has(dir))) return 'ci'
  if (
    CHANGELOG.test(name) ||
    dirs.some(dir => /^(?:changelog\.d|changes|newsfragments)$/.test(dir))
  )
    return 'changelog'
  // A generated copy of the sources for another runtime: `deno_dist/`, `cjs-dist/`.
  if (dirs.some(dir => /[._-]dist$|^dist[._-]/.test(dir))) return 'mirror'
  if (dirs.some(dir => EXAMPLES_ANYWHERE.has(dir)) || EXAMPLES_AT_TOP.has(dirs[0] ?? ''))
    return 'example'
  if (dirs.slice(0, 2).some(dir => SITE_NEAR_TOP.has(dir))) return 'site'
  if (dirs.some(dir => TOOLING_ANYWHERE.has(dir)) || TOOLING_AT_TOP.has(dirs[0] ?? ''))
    return 'tooling'
  return 'project'
}
