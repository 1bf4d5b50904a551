// Top-level areas of the codebase with a one-line summary each, derived from what the area
// says about itself: its README, its package docstring, its package.json description, or
// else the kinds of files it holds.
import { languageByExtension } from './stack.js'
import { extensionOf, kindOf } from '../tree/classify.js'
import type { Area } from '../types.js'
import { summaryOf, titleOf } from './docs.js'
import { clip, readJson, readText } from '../tree/read-text.js'

/** Directories that only group other areas: their children are listed as areas as well. */
const containers = new Set([
  'src',
  'packages',
  'apps',
  'libs',
  'lib',
  'services',
  'crates',
  'cmd',
  'internal',
  'modules',
  'plugins'
])

const conventional: Record<string, string> = {
  docs: 'Documentation',
  doc: 'Documentation',
  tests: 'Tests',
  test: 'Tests',
  __tests__: 'Tests',
  spec: 'Tests',
  examples: 'Examples',
  benchmarks: 'Benchmarks',
  scripts: 'Scripts',
  tools: 'Tooling',
  '.github': 'GitHub workflows and templates',
  '.circleci': 'CI configuration',
  ci: 'CI configuration',
  migrations: 'Database migrations',
  templates: 'Templates',
  static: 'Static assets',
  public: 'Public assets',
  assets: 'Assets',
  data: 'Data files',
  __fixtures__: 'Test fixtures',
  fixtures: 'Test fixtures'
}

// Areas are described by what they hold, so documents and data count alongside code.
const languageNames: Record<string, string> = {
  ...languageByExtension,
  h: 'C',
  md: 'Markdown',
  rst: 'reStructuredText',
  yml: 'YAML',
  yaml: 'YAML',
  json: 'JSON',
  sql: 'SQL',
  sh: 'shell',
  html: 'HTML',
  css: 'CSS',
  scss: 'SCSS',
  hbs: 'Handlebars',
  toml: 'TOML'
}

function firstDocstringLine(text: string): string | undefined {
  const m = /^\s*(?:#[^\n]*\n\s*)*(?:[rRuU]?("""|'''))\s*([\s\S]*?)\1/.exec(text)
  if (!m) return undefined
  const line = m[2]
    .split(/\r?\n/)
    .map(part => part.trim())
    .find(part => part !== '')
  return line ? clip(line, 140) : undefined
}

function fileKinds(files: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const path of files) {
    const name = languageNames[extensionOf(path)] ?? (extensionOf(path) || 'other')
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2)
  return `${top.map(([name, n]) => `${name} (${n})`).join(', ')} files`
}

/** What an area holds when nothing in it says what it is for. */
function dominantKinds(files: readonly string[]): string {
  const tests = files.filter(path => kindOf(path) === 'test').length
  return tests > files.length / 2 ? `Tests: ${fileKinds(files)}` : fileKinds(files)
}

function summarise(root: string, dir: string, files: readonly string[]): string {
  const name = dir.slice(dir.lastIndexOf('/') + 1)
  const inside = new Set(files)
  for (const readme of ['README.md', 'README.rst', 'README', 'readme.md', 'README.txt']) {
    if (!inside.has(`${dir}/${readme}`)) continue
    const text = readText(root, `${dir}/${readme}`, 16 * 1024) ?? ''
    const summary = summaryOf(text, 140) || titleOf(text, '')
    if (summary) return summary
  }
  for (const init of [`${dir}/__init__.py`, `${dir}/${name}/__init__.py`]) {
    if (!inside.has(init)) continue
    const line = firstDocstringLine(readText(root, init, 8 * 1024) ?? '')
    if (line) return line
  }
  if (inside.has(`${dir}/package.json`)) {
    const description = readJson(root, `${dir}/package.json`)?.description
    if (typeof description === 'string' && description.trim() !== '') return clip(description, 140)
  }
  const known = conventional[name.toLowerCase()]
  return known ? `${known}: ${fileKinds(files)}` : dominantKinds(files)
}

export function findStructure(root: string, files: readonly string[], limit = 16): Area[] {
  const byDir = new Map<string, string[]>()
  const add = (dir: string, path: string) => {
    const list = byDir.get(dir)
    if (list) list.push(path)
    else byDir.set(dir, [path])
  }
  for (const path of files) {
    const parts = path.split('/')
    if (parts.length < 2) continue
    add(parts[0], path)
    if (parts.length >= 3 && containers.has(parts[0])) add(`${parts[0]}/${parts[1]}`, path)
  }
  // The largest areas, summarised (which reads a file or two each), then in path order.
  return [...byDir]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([dir, inside]) => ({
      path: dir,
      fileCount: inside.length,
      summary: summarise(root, dir, inside)
    }))
}
