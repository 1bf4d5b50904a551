// Commands the repository itself declares: package.json scripts, Makefile targets, tox and
// nox environments, tool sections of pyproject.toml / setup.cfg, and the standard commands of
// Cargo and Go modules.
import type { CommandPurpose, RepoCommand } from '../types.js'
import type { Manifests } from '../tree/manifests.js'
import { clip, sectionsOf } from '../tree/read-text.js'

const purposeOrder: CommandPurpose[] = [
  'test',
  'lint',
  'typecheck',
  'format',
  'build',
  'dev',
  'other'
]

/** What a script or target is for, from its name first and its command second. */
export function purposeOf(name: string, command = ''): CommandPurpose {
  const text = name.toLowerCase()
  if (/(?:^|[:_-])(?:tests?|spec|e2e|coverage|cov|check-?tests?)(?:$|[:_-])|^test/.test(text))
    return 'test'
  if (/(?:^|[:_-])(?:lint|eslint|flake8|ruff|pylint|clippy|vet|style)(?:$|[:_-])/.test(text))
    return 'lint'
  if (/(?:^|[:_-])(?:typecheck|type-check|types|tsc|mypy|pyright)(?:$|[:_-])/.test(text))
    return 'typecheck'
  if (/(?:^|[:_-])(?:format|fmt|prettier|black|isort)(?:$|[:_-])/.test(text)) return 'format'
  if (/(?:^|[:_-])(?:build|bundle|compile|dist|package|release)(?:$|[:_-])/.test(text))
    return 'build'
  // `watch-docs`, `docs:serve`: a server for the documentation, not the project itself.
  if (/(?:^|[:_-])(?:docs?|documentation|readme|site|storybook)(?:$|[:_-])/.test(text))
    return 'other'
  if (/(?:^|[:_-])(?:dev|start|serve|watch|run)(?:$|[:_-])/.test(text)) return 'dev'
  const body = command.toLowerCase()
  if (/\b(?:jest|vitest|mocha|pytest|go test|cargo test|rspec|unittest)\b/.test(body)) return 'test'
  if (/\b(?:eslint|ruff check|flake8|pylint|clippy)\b/.test(body)) return 'lint'
  if (/\b(?:tsc|mypy|pyright)\b/.test(body)) return 'typecheck'
  if (/\b(?:prettier|black|ruff format|gofmt|rustfmt)\b/.test(body)) return 'format'
  return 'other'
}

function packageManager(files: ReadonlySet<string>): 'npm' | 'yarn' | 'pnpm' | 'bun' {
  if (files.has('pnpm-lock.yaml')) return 'pnpm'
  if (files.has('yarn.lock')) return 'yarn'
  if (files.has('bun.lockb') || files.has('bun.lock')) return 'bun'
  return 'npm'
}

function packageScripts(manifests: Manifests, files: ReadonlySet<string>): RepoCommand[] {
  const manifest = manifests.json('package.json')
  const scripts = manifest?.scripts
  if (!scripts || typeof scripts !== 'object') return []
  const manager = packageManager(files)
  const declared = scripts as Record<string, unknown>
  const commands: RepoCommand[] = []
  for (const [name, value] of Object.entries(declared)) {
    // `pretest`/`posttest` hooks run with their script; nobody types them.
    const hookOf = /^(?:pre|post)(.+)$/.exec(name)?.[1]
    if (typeof value !== 'string' || (hookOf !== undefined && hookOf in declared)) continue
    const direct =
      manager === 'npm' ? ['test', 'start'].includes(name) : manager !== 'bun' || name === 'test'
    const command = direct ? `${manager} ${name}` : `${manager} run ${name}`
    commands.push({
      command,
      purpose: purposeOf(name, value),
      description: `runs \`${clip(value, 100)}\``,
      source: 'package.json'
    })
  }
  return commands
}

/** Makefile targets that a person would type: no pattern rules, no special or file targets. */
function makeTargets(manifests: Manifests, file: string): RepoCommand[] {
  const text = manifests.text(file)
  if (!text) return []
  const lines = text.split(/\r?\n/)
  const commands: RepoCommand[] = []
  const seen = new Set<string>()
  lines.forEach((line, i) => {
    const m = /^([A-Za-z0-9][\w.-]*(?:[ \t]+[A-Za-z0-9][\w.-]*)*)[ \t]*:(?![=:])(.*)$/.exec(line)
    if (!m) return
    const trailing = /##\s*(.+)$/.exec(m[2])?.[1]
    const before = /^#+\s*(.+)$/.exec(lines[i - 1] ?? '')?.[1]
    const recipe = (lines[i + 1] ?? '').startsWith('\t')
      ? lines[i + 1].trim().replace(/^@/, '')
      : ''
    for (const target of m[1].split(/[ \t]+/)) {
      // Files (`build/app.o`), variables and dotted internals are not entry points.
      if (
        seen.has(target) ||
        /[%$/]|\.(?:o|c|h|py|js|ts|go)$/.test(target) ||
        target.startsWith('.')
      )
        continue
      seen.add(target)
      const description =
        trailing ??
        before ??
        (recipe ? `runs \`${clip(recipe, 100)}\`` : `make target \`${target}\``)
      commands.push({
        command: `make ${target}`,
        purpose: purposeOf(target, recipe),
        description: clip(description, 140),
        source: file
      })
    }
  })
  return commands
}

function toxEnvironments(manifests: Manifests): RepoCommand[] {
  const text = manifests.text('tox.ini')
  if (!text) return []
  const names = new Set<string>()
  const envlist = /^envlist\s*=\s*((?:.*\n?(?:[ \t]+.*\n?)*))/m.exec(text)?.[1] ?? ''
  for (const name of envlist.split(/[\s,]+/)) if (/^[\w.-]+$/.test(name)) names.add(name)
  for (const section of sectionsOf(text)) {
    const m = /^testenv:([\w.-]+)$/.exec(section)
    if (m) names.add(m[1])
  }
  return [
    {
      command: 'tox',
      purpose: 'test',
      description: 'runs every tox environment in `envlist`',
      source: 'tox.ini'
    },
    ...namedRuns({ run: 'tox -e', noun: 'tox environment', source: 'tox.ini' }, names, name =>
      /^py\d*$|^pypy/.test(name) ? 'test' : purposeOf(name)
    )
  ]
}

function noxSessions(manifests: Manifests): RepoCommand[] {
  const text = manifests.text('noxfile.py')
  if (!text) return []
  const sessions = [...text.matchAll(/@nox\.session[^\n]*\n(?:@[^\n]*\n)*\s*def\s+(\w+)/g)]
  return namedRuns(
    { run: 'nox -s', noun: 'nox session', source: 'noxfile.py' },
    sessions.map(m => m[1])
  )
}

/** One command per named environment or session of a runner such as tox or nox. */
function namedRuns(
  runner: { run: string; noun: string; source: string },
  names: Iterable<string>,
  purpose: (name: string) => RepoCommand['purpose'] = name => purposeOf(name)
): RepoCommand[] {
  return [...names].map(name => ({
    command: `${runner.run} ${name}`,
    purpose: purpose(name),
    description: `${runner.noun} \`${name}\``,
    source: runner.source
  }))
}

/** Python tools configured in pyproject.toml, setup.cfg or their own files. */
function pythonTools(manifests: Manifests, files: ReadonlySet<string>): RepoCommand[] {
  const commands: RepoCommand[] = []
  const pyproject = manifests.text('pyproject.toml') ?? ''
  const setupCfg = manifests.text('setup.cfg') ?? ''
  const sections = new Set([...sectionsOf(pyproject), ...sectionsOf(setupCfg)])
  const has = (...names: string[]) => names.some(name => sections.has(name))
  const source = (...names: string[]) =>
    names.some(name => sectionsOf(pyproject).includes(name)) ? 'pyproject.toml' : 'setup.cfg'
  if (
    has('tool.pytest.ini_options', 'tool:pytest') ||
    files.has('pytest.ini') ||
    files.has('conftest.py')
  ) {
    const from =
      files.has('pytest.ini') && !has('tool.pytest.ini_options', 'tool:pytest')
        ? 'pytest.ini'
        : source('tool.pytest.ini_options')
    commands.push({
      command: 'pytest',
      purpose: 'test',
      description: 'runs the test suite with pytest',
      source: from
    })
  }
  if (has('tool.ruff', 'tool.ruff.lint') || files.has('ruff.toml') || files.has('.ruff.toml')) {
    const from = has('tool.ruff', 'tool.ruff.lint')
      ? 'pyproject.toml'
      : files.has('ruff.toml')
        ? 'ruff.toml'
        : '.ruff.toml'
    commands.push({
      command: 'ruff check .',
      purpose: 'lint',
      description: 'lints the Python code with Ruff',
      source: from
    })
    if (has('tool.ruff.format'))
      commands.push({
        command: 'ruff format --check .',
        purpose: 'format',
        description: 'checks formatting with Ruff',
        source: from
      })
  }
  if (has('tool.black'))
    commands.push({
      command: 'black --check .',
      purpose: 'format',
      description: 'checks formatting with Black',
      source: 'pyproject.toml'
    })
  if (has('tool.isort', 'isort'))
    commands.push({
      command: 'isort --check-only .',
      purpose: 'format',
      description: 'checks import order with isort',
      source: source('tool.isort')
    })
  if (has('tool.mypy', 'mypy') || files.has('mypy.ini'))
    commands.push({
      command: 'mypy .',
      purpose: 'typecheck',
      description: 'type-checks with mypy',
      source: has('tool.mypy') ? 'pyproject.toml' : has('mypy') ? 'setup.cfg' : 'mypy.ini'
    })
  if (has('flake8') || files.has('.flake8'))
    commands.push({
      command: 'flake8',
      purpose: 'lint',
      description: 'lints with flake8',
      source: files.has('.flake8') ? '.flake8' : 'setup.cfg'
    })
  if (has('tool.pylint', 'tool.pylint.main') || files.has('.pylintrc') || files.has('pylintrc'))
    commands.push({
      command: 'pylint',
      purpose: 'lint',
      description: 'lints with Pylint (give it the package)',
      source: has('tool.pylint', 'tool.pylint.main')
        ? 'pyproject.toml'
        : files.has('.pylintrc')
          ? '.pylintrc'
          : 'pylintrc'
    })
  return commands
}

function cargoCommands(): RepoCommand[] {
  return [
    {
      command: 'cargo test',
      purpose: 'test',
      description: 'builds and runs the tests',
      source: 'Cargo.toml'
    },
    {
      command: 'cargo clippy',
      purpose: 'lint',
      description: 'lints with Clippy',
      source: 'Cargo.toml'
    },
    {
      command: 'cargo fmt --check',
      purpose: 'format',
      description: 'checks formatting with rustfmt',
      source: 'Cargo.toml'
    },
    {
      command: 'cargo build',
      purpose: 'build',
      description: 'builds the crate',
      source: 'Cargo.toml'
    }
  ]
}

function goCommands(): RepoCommand[] {
  return [
    {
      command: 'go test ./...',
      purpose: 'test',
      description: 'runs the tests of every package',
      source: 'go.mod'
    },
    {
      command: 'go vet ./...',
      purpose: 'lint',
      description: 'reports suspicious constructs',
      source: 'go.mod'
    },
    {
      command: 'gofmt -l .',
      purpose: 'format',
      description: 'lists files gofmt would change',
      source: 'go.mod'
    },
    {
      command: 'go build ./...',
      purpose: 'build',
      description: 'builds every package',
      source: 'go.mod'
    }
  ]
}

export function findCommands(files: readonly string[], manifests: Manifests): RepoCommand[] {
  const present = new Set(files)
  const commands: RepoCommand[] = []
  for (const makefile of ['Makefile', 'makefile', 'GNUmakefile'])
    if (present.has(makefile)) commands.push(...makeTargets(manifests, makefile))
  if (present.has('package.json')) commands.push(...packageScripts(manifests, present))
  if (present.has('tox.ini')) commands.push(...toxEnvironments(manifests))
  if (present.has('noxfile.py')) commands.push(...noxSessions(manifests))
  commands.push(...pythonTools(manifests, present))
  if (present.has('Cargo.toml')) commands.push(...cargoCommands())
  if (present.has('go.mod')) commands.push(...goCommands())
  const unique = new Map<string, RepoCommand>()
  for (const command of commands)
    if (!unique.has(command.command)) unique.set(command.command, command)
  // Stable sort: by purpose, and within a purpose in declaration order (Makefile first).
  return [...unique.values()].sort(
    (a, b) => purposeOrder.indexOf(a.purpose) - purposeOrder.indexOf(b.purpose)
  )
}
