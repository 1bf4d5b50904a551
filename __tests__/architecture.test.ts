// The layering DESIGN.md promises, checked on the sources: dependencies point down only, so the
// core (research, plan, the text cleaning) never reaches up into GitHub or a shell; inside the
// research, each stage reads only the stages before it; no module imports itself through others;
// and no folder grows so wide that its stages disappear in the listing.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'

const SRC = 'src'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : []
  )
}

/**
 * The top-level folder under src/ of a source file (`research`, `plan`…), `.` for entry points;
 * outside src/, the path itself (`package.json`).
 */
function area(file: string): string {
  const path = relative(SRC, file).split(/[\\/]/)
  if (path[0] === '..') return relative('.', file).split('\\').join('/')
  return path.length === 1 ? '.' : path[0]
}

/** Every relative import of every source file (types included), as `.ts` paths. */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const from = dirname(file).split('\\').join('/')
    graph.set(
      file.split('\\').join('/'),
      [...text.matchAll(/(?:from|import\(?)\s*'(\.{1,2}\/[^']+)'/g)].map(match =>
        posix.normalize(posix.join(from, match[1])).replace(/\.js$/, '.ts')
      )
    )
  }
  return graph
}

/** Every `group -> group` edge of the import graph, with one example import each. */
function edges(group: (file: string) => string | undefined): Map<string, string> {
  const found = new Map<string, string>()
  for (const [file, targets] of imports()) {
    for (const target of targets) {
      const [a, b] = [group(file), group(target)]
      if (a === undefined || b === undefined || a === b) continue
      const edge = `${a} -> ${b}`
      if (!found.has(edge)) found.set(edge, `${file}: ${target}`)
    }
  }
  return found
}

/** The import cycles, each as the files on it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file)!)
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || graph.get(file)!.includes(file)) found.push(component.sort())
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

/**
 * The research stage of a file (`issue`, `rank`…): `pipeline` for `index.ts`, `types` for the
 * shared types; undefined outside the research.
 */
function stage(file: string): string | undefined {
  const inside = relative(join(SRC, 'research'), file).split(/[\\/]/)
  if (inside[0] === '..') return undefined
  if (inside.length > 1) return inside[0]
  return inside[0] === 'index.ts' ? 'pipeline' : 'types'
}

// What each area may import besides itself. Anything else is a dependency pointing up.
const allowed: Record<string, string[]> = {
  log: [],
  text: [],
  templates: [],
  research: ['text', 'log'],
  plan: ['research', 'text', 'templates', 'log'],
  github: ['log'],
  pipeline: ['research', 'plan', 'text', 'templates', 'log'],
  // The CLI prints the package's version (the bundle inlines that one field).
  cli: ['pipeline', 'research', 'plan', 'text', 'templates', 'log', 'package.json'],
  action: ['pipeline', 'github', 'research', 'plan', 'text', 'templates', 'log'],
  // The entry points: the two shells, and the research's worker threads.
  '.': ['action', 'cli', 'research']
}

// What each research stage may read besides itself and the shared types (`types.ts`): the
// stages before it in the pipeline. `index.ts` is the pipeline, reads them all and is read by none.
const stageRules: Record<string, string[]> = {
  issue: [],
  tree: [],
  scan: ['issue', 'tree'],
  syntax: ['tree', 'scan'],
  evidence: ['issue', 'tree', 'scan'],
  graph: ['tree', 'syntax'],
  families: ['issue', 'tree'],
  rank: ['issue', 'tree', 'scan', 'evidence', 'syntax', 'graph'],
  covering: ['tree', 'syntax'],
  orientation: ['tree', 'covering'],
  history: ['issue', 'tree', 'scan', 'covering']
}

/**
 * The part of the embedded planner a file belongs to (`request`, `shared`, `feature`…), `.` for
 * the files at its top (the dispatch by kind, the prose rules); undefined outside the planner.
 */
function plannerPart(file: string): string | undefined {
  const inside = relative(join(SRC, 'plan', 'embedded'), file).split(/[\\/]/)
  if (inside[0] === '..') return undefined
  return inside.length > 1 ? inside[0] : '.'
}

// What each part of the embedded planner may read besides itself and its top-level files: a plan
// kind reads the reading of the request and the shared sections, never another kind's sections.
const plannerRules: Record<string, string[]> = {
  request: [],
  shared: [],
  feature: ['request', 'shared'],
  bug: ['request', 'shared'],
  chore: ['request', 'shared'],
  // A revision edits a plan already written: it reads no kind's sections.
  review: []
}

// Folders whose files a newcomer must see as stages at a glance.
const widest = 12
const narrowFolders = ['src', 'src/research', 'src/action', 'src/plan/embedded']

describe('architecture', () => {
  const graph = edges(area)

  test('every area under src/ has a rule', () => {
    const areas = new Set(sources(SRC).map(area))
    expect([...areas].filter(name => !(name in allowed))).toEqual([])
  })

  test.each(Object.keys(allowed))('%s imports only what sits below it', name => {
    const upward = [...graph]
      .filter(([edge]) => edge.startsWith(`${name} -> `))
      .filter(([edge]) => !allowed[name].includes(edge.split(' -> ')[1]))
      .map(([edge, example]) => `${edge} (${example})`)
    expect(upward).toEqual([])
  })

  test('no import cycles, type imports included', () => {
    expect(cycles(imports())).toEqual([])
  })

  test('every research stage has a rule', () => {
    const stages = new Set(sources(join(SRC, 'research')).map(file => stage(file)!))
    stages.delete('pipeline')
    stages.delete('types')
    expect([...stages].filter(name => !(name in stageRules))).toEqual([])
  })

  test.each(Object.keys(stageRules))('research/%s reads only the stages before it', name => {
    const research = edges(stage)
    const upward = [...research]
      .filter(([edge]) => edge.startsWith(`${name} -> `))
      .filter(([edge]) => ![...stageRules[name], 'types'].includes(edge.split(' -> ')[1]))
      .map(([edge, example]) => `${edge} (${example})`)
    expect(upward).toEqual([])
  })

  test('every part of the embedded planner has a rule', () => {
    const parts = new Set(sources(join(SRC, 'plan', 'embedded')).map(file => plannerPart(file)!))
    parts.delete('.')
    expect([...parts].filter(name => !(name in plannerRules))).toEqual([])
  })

  test.each(Object.keys(plannerRules))('plan/embedded/%s reads no plan kind but its own', name => {
    const planner = edges(plannerPart)
    const crossing = [...planner]
      .filter(([edge]) => edge.startsWith(`${name} -> `))
      .filter(([edge]) => ![...plannerRules[name], '.'].includes(edge.split(' -> ')[1]))
      .map(([edge, example]) => `${edge} (${example})`)
    expect(crossing).toEqual([])
  })

  test.each(narrowFolders)(`%s holds at most ${widest} files beside its folders`, folder => {
    const files = readdirSync(folder, { withFileTypes: true }).filter(entry => entry.isFile())
    expect(files.map(entry => entry.name).length).toBeLessThanOrEqual(widest)
  })
})
