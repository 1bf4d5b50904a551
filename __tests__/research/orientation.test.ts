import { beforeAll, describe, expect, it } from '@jest/globals'
import { research } from '../../src/research/index.js'
import type { Orientation } from '../../src/research/types.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

async function orientationOf(files: Record<string, string>): Promise<Orientation> {
  const root = gitRepo(files)
  const result = await research({ root, title: 'orientation', body: '' })
  return result.orientation
}

describe('orientation of a TypeScript project', () => {
  let orientation: Orientation
  beforeAll(async () => {
    orientation = await orientationOf({
      'README.md':
        '[![CI](https://ci/badge.svg)](https://ci)\n\n# Widget Service\n\nA service that renders widgets for the dashboard and stores their layouts.\n',
      'CLAUDE.md': '# Guide for agents\n\nRun the tests before committing anything.\n',
      '.github/copilot-instructions.md': 'Use strict TypeScript everywhere in this repository.\n',
      'docs/architecture.md':
        '# Architecture\n\nThe service has a renderer and a store, kept apart.\n',
      'package.json': JSON.stringify({
        name: 'widgets',
        description: 'Widget service',
        scripts: {
          pretest: 'node check.js',
          test: 'jest',
          lint: 'eslint .',
          typecheck: 'tsc --noEmit',
          format: 'prettier --write .',
          build: 'tsc -p .',
          dev: 'vite'
        },
        dependencies: { react: '^19', next: '^15' },
        devDependencies: { typescript: '^5', jest: '^30', eslint: '^9' }
      }),
      'yarn.lock': '# yarn lockfile v1\n',
      'tsconfig.json': '{}',
      'src/render/widget.ts': 'export function render() {}\n',
      'src/render/layout.ts': 'export function layout() {}\n',
      'src/store/db.ts': 'export const db = {}\n',
      'packages/ui/package.json': JSON.stringify({
        name: 'ui',
        description: 'Shared UI components'
      }),
      'packages/ui/button.tsx': 'export const Button = () => null\n',
      '__tests__/widget.test.ts': "test('w', () => {})\n",
      '__tests__/layout.test.ts': "test('l', () => {})\n"
    })
  })

  it('lists README first, then agent guides and docs, with titles and summaries', () => {
    expect(orientation.docs[0]).toEqual({
      path: 'README.md',
      title: 'Widget Service',
      summary: 'A service that renders widgets for the dashboard and stores their layouts.'
    })
    const docPaths = orientation.docs.map(doc => doc.path)
    expect(docPaths).toEqual(
      expect.arrayContaining([
        'CLAUDE.md',
        '.github/copilot-instructions.md',
        'docs/architecture.md'
      ])
    )
    expect(orientation.agentGuides).toEqual(['CLAUDE.md', '.github/copilot-instructions.md'])
  })

  it('recognises the stack from package.json', () => {
    expect(orientation.stack).toEqual(
      expect.arrayContaining(['TypeScript', 'Node.js', 'React', 'Next.js', 'jest', 'ESLint'])
    )
  })

  it('declares package scripts with the package manager of the lock file, test first', () => {
    const commands = orientation.commands.map(command => command.command)
    expect(commands[0]).toBe('yarn test')
    expect(commands).toEqual(
      expect.arrayContaining([
        'yarn lint',
        'yarn typecheck',
        'yarn format',
        'yarn build',
        'yarn dev'
      ])
    )
    expect(commands).not.toContain('yarn pretest')
    const lint = orientation.commands.find(command => command.command === 'yarn lint')
    expect(lint).toEqual({
      command: 'yarn lint',
      purpose: 'lint',
      description: 'runs `eslint .`',
      source: 'package.json'
    })
  })

  it('describes the test layout', () => {
    expect(orientation.tests).toEqual({
      dirs: ['__tests__'],
      pattern: '__tests__/{name}.test.ts',
      examples: ['__tests__/layout.test.ts', '__tests__/widget.test.ts'],
      files: ['__tests__/layout.test.ts', '__tests__/widget.test.ts'],
      framework: 'jest'
    })
  })

  it('summarises top-level areas and the packages of container directories', () => {
    const byPath = new Map(orientation.structure.map(area => [area.path, area]))
    expect(byPath.get('src')?.fileCount).toBe(3)
    expect(byPath.get('src/render')?.fileCount).toBe(2)
    expect(byPath.get('packages/ui')?.summary).toBe('Shared UI components')
    expect(byPath.get('__tests__')?.summary).toMatch(/^Tests/)
    expect(byPath.has('node_modules')).toBe(false)
  })
})

describe('orientation of a Python project', () => {
  let orientation: Orientation
  beforeAll(async () => {
    orientation = await orientationOf({
      'README.rst':
        'Geodata\n=======\n\nTools to read, reproject and write geographic data files.\n',
      'pyproject.toml': [
        '[project]',
        'name = "geodata"',
        'dependencies = ["numpy>=1.20", "pandas"]',
        '[project.optional-dependencies]',
        'test = ["pytest", "pytest-cov"]',
        '[tool.pytest.ini_options]',
        'testpaths = ["tests"]',
        '[tool.ruff]',
        'line-length = 100',
        '[tool.mypy]',
        'strict = true',
        ''
      ].join('\n'),
      'tox.ini':
        '[tox]\nenvlist = py311, lint\n\n[testenv]\ncommands = pytest\n\n[testenv:docs]\ncommands = sphinx-build docs out\n',
      Makefile: [
        '.PHONY: test lint',
        '',
        'test: ## Run the unit tests',
        '\tpytest -q',
        '',
        '# Check style',
        'lint:',
        '\truff check .',
        '',
        '%.o: %.c',
        '\tcc -c $<',
        '',
        'build/geodata.whl: setup.py',
        '\tpython -m build',
        ''
      ].join('\n'),
      'geodata/__init__.py': '"""Reading and writing geographic data."""\n',
      'geodata/io.py': 'def read(path):\n    pass\n',
      'geodata/project.py': 'def reproject(frame):\n    pass\n',
      'tests/test_io.py': 'def test_read():\n    pass\n',
      'tests/test_project.py': 'def test_reproject():\n    pass\n',
      'tests/conftest.py': 'import pytest\n'
    })
  })

  it('recognises Python tools from the manifests', () => {
    expect(orientation.stack).toEqual(
      expect.arrayContaining(['Python', 'NumPy', 'pandas', 'pytest', 'Ruff', 'mypy', 'tox'])
    )
  })

  it('reads Makefile targets with their descriptions, skipping pattern and file targets', () => {
    const make = orientation.commands.filter(command => command.source === 'Makefile')
    expect(make).toEqual([
      {
        command: 'make test',
        purpose: 'test',
        description: 'Run the unit tests',
        source: 'Makefile'
      },
      { command: 'make lint', purpose: 'lint', description: 'Check style', source: 'Makefile' }
    ])
  })

  it('reads tox environments and pyproject tool sections', () => {
    const commands = orientation.commands.map(command => command.command)
    expect(commands).toEqual(
      expect.arrayContaining([
        'tox -e py311',
        'tox -e lint',
        'tox -e docs',
        'pytest',
        'ruff check .',
        'mypy .'
      ])
    )
    expect(orientation.commands.find(command => command.command === 'pytest')?.source).toBe(
      'pyproject.toml'
    )
    // Tests come first, Makefile targets before tools.
    expect(orientation.commands[0].command).toBe('make test')
  })

  it('describes the test layout and the package docstring', () => {
    expect(orientation.tests).toMatchObject({
      dirs: ['tests'],
      pattern: 'tests/test_{name}.py',
      framework: 'pytest'
    })
    expect(orientation.tests.examples).toEqual(['tests/test_io.py', 'tests/test_project.py'])
    expect(orientation.structure.find(area => area.path === 'geodata')?.summary).toBe(
      'Reading and writing geographic data.'
    )
    expect(orientation.docs[0]).toMatchObject({ path: 'README.rst', title: 'Geodata' })
  })
})

describe('orientation of a Go module', () => {
  it('offers the standard go commands and the colocated test pattern', async () => {
    const orientation = await orientationOf({
      'go.mod': 'module example.com/svc\n\ngo 1.22\n',
      'go.sum': 'example.com/dep v1.0.0 h1:abc=\n',
      'internal/server/handler.go': 'package server\n\nfunc Handle() {}\n',
      'internal/server/handler_test.go': 'package server\n',
      'internal/store/store_test.go': 'package store\n'
    })
    expect(orientation.stack).toEqual(expect.arrayContaining(['Go']))
    expect(orientation.commands.map(command => command.command)).toEqual(
      expect.arrayContaining(['go test ./...', 'go vet ./...'])
    )
    expect(orientation.tests.pattern).toBe('{dir}/{name}_test.go')
    expect(orientation.tests.framework).toBe('go test')
  })
})
