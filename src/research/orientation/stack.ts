// Languages, frameworks and tools, recognised from the manifests a repository declares and
// from the languages its files are written in.
import { extensionOf } from '../tree/classify.js'
import type { Manifests } from '../tree/manifests.js'

const javascriptPackages: [string, string][] = [
  ['typescript', 'TypeScript'],
  ['react', 'React'],
  ['next', 'Next.js'],
  ['vue', 'Vue'],
  ['svelte', 'Svelte'],
  ['@angular/core', 'Angular'],
  ['express', 'Express'],
  ['fastify', 'Fastify'],
  ['@nestjs/core', 'NestJS'],
  ['react-native', 'React Native'],
  ['electron', 'Electron'],
  ['vite', 'Vite'],
  ['webpack', 'webpack'],
  ['jest', 'jest'],
  ['vitest', 'Vitest'],
  ['mocha', 'Mocha'],
  ['@playwright/test', 'Playwright'],
  ['cypress', 'Cypress'],
  ['eslint', 'ESLint'],
  ['prettier', 'Prettier'],
  ['@biomejs/biome', 'Biome'],
  ['tailwindcss', 'Tailwind CSS'],
  ['prisma', 'Prisma'],
  ['@actions/core', 'GitHub Actions toolkit']
]

const pythonPackages: [RegExp, string][] = [
  [/\bdjango\b/i, 'Django'],
  [/\bflask\b/i, 'Flask'],
  [/\bfastapi\b/i, 'FastAPI'],
  [/\bsqlalchemy\b/i, 'SQLAlchemy'],
  [/\bpydantic\b/i, 'Pydantic'],
  [/\bnumpy\b/i, 'NumPy'],
  [/\bpandas\b/i, 'pandas'],
  [/\bscipy\b/i, 'SciPy'],
  [/\btorch\b/i, 'PyTorch'],
  [/\bpytest\b/i, 'pytest'],
  [/\btox\b/i, 'tox'],
  [/\bnox\b/i, 'nox'],
  [/\bruff\b/i, 'Ruff'],
  [/\bblack\b/i, 'Black'],
  [/\bmypy\b/i, 'mypy'],
  [/\bflake8\b/i, 'flake8'],
  [/\bpylint\b/i, 'Pylint'],
  [/\bsphinx\b/i, 'Sphinx'],
  [/\bclick\b/i, 'Click'],
  [/\bpoetry\b/i, 'Poetry']
]

/** Programming languages by file extension (also names the file kinds of an area). */
export const languageByExtension: Record<string, string> = {
  py: 'Python',
  ts: 'TypeScript',
  tsx: 'TypeScript',
  js: 'JavaScript',
  jsx: 'JavaScript',
  mjs: 'JavaScript',
  go: 'Go',
  rs: 'Rust',
  java: 'Java',
  kt: 'Kotlin',
  rb: 'Ruby',
  php: 'PHP',
  cs: 'C#',
  swift: 'Swift',
  c: 'C',
  cpp: 'C++',
  cc: 'C++',
  scala: 'Scala',
  ex: 'Elixir'
}

function dependencyNames(manifest: Record<string, unknown>): Set<string> {
  const names = new Set<string>()
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const deps = manifest[field]
    if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name)
  }
  return names
}

/** Main languages by file count: those with at least a tenth of the source files. */
function languagesOf(files: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const path of files) {
    const language = languageByExtension[extensionOf(path)]
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
  return [...counts]
    .filter(([, n]) => n >= Math.max(1, total / 10))
    .sort((a, b) => b[1] - a[1])
    .map(([language]) => language)
}

export function detectStack(files: readonly string[], manifests: Manifests): string[] {
  const present = new Set(files)
  const stack: string[] = languagesOf(files)
  const add = (name: string) => {
    if (!stack.includes(name)) stack.push(name)
  }

  if (present.has('package.json')) {
    add('Node.js')
    const manifest = manifests.json('package.json')
    if (manifest) {
      const deps = dependencyNames(manifest)
      for (const [pkg, name] of javascriptPackages) if (deps.has(pkg)) add(name)
    }
    if (present.has('tsconfig.json')) add('TypeScript')
  }

  const pythonManifests = files.filter(path =>
    /^(?:pyproject\.toml|setup\.cfg|setup\.py|requirements[\w.-]*\.txt|requirements\/[\w.-]+\.txt|tox\.ini|Pipfile|environment\.ya?ml)$/.test(
      path
    )
  )
  if (pythonManifests.length > 0) {
    add('Python')
    const text = pythonManifests.map(path => manifests.text(path) ?? '').join('\n')
    for (const [pattern, name] of pythonPackages) if (pattern.test(text)) add(name)
    if (present.has('tox.ini')) add('tox')
    if (present.has('noxfile.py')) add('nox')
  }
  if (present.has('conftest.py') || files.some(path => path.endsWith('/conftest.py'))) add('pytest')

  if (present.has('go.mod')) add('Go')
  if (present.has('Cargo.toml')) add('Rust')
  if (present.has('Gemfile')) {
    add('Ruby')
    const gemfile = manifests.text('Gemfile') ?? ''
    if (/['"]rails['"]/.test(gemfile)) add('Rails')
    if (/['"]rspec/.test(gemfile)) add('RSpec')
  }
  if (present.has('pom.xml')) add('Maven')
  if (present.has('build.gradle') || present.has('build.gradle.kts')) add('Gradle')
  if (present.has('composer.json')) add('PHP')
  if (present.has('Dockerfile') || present.has('docker-compose.yml') || present.has('compose.yaml'))
    add('Docker')
  return stack
}
