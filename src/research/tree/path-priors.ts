// What a file's path alone says about how likely a change goes there, before any evidence: its
// role (the project's own code, or the machinery around it) and whether it is written in one of
// the project's main languages (a JavaScript helper of a Java project's website is not where a
// Java change goes). Issue evidence then scales by it; naming a file outright does not. The
// weights of a file's kind, role and language are all decided here.
import type { FileKind } from '../types.js'
import { codeExtensions, extensionOf } from './classify.js'
import { roleOf, type FileRole } from './roles.js'

/** How much each kind of file counts: the change is in the code, tests and docs follow it. */
export const kindWeight: Record<FileKind, number> = {
  code: 1,
  test: 0.4,
  doc: 0.3,
  config: 0.4,
  other: 0.3
}

/**
 * How much the inferred evidence for a file of each role counts, on top of its kind's weight. An
 * example program is read as a doc (`classify.ts`) and weighed as an example, 0.3 × 0.35: weighing
 * it by its role alone (as code, 0.35) reordered the rankings of 17 corpus instances (8 of the
 * tuning half, 9 of the reporting half), lifting example and benchmark programs into the top ten
 * of 7, and moved no file or function of the change on either half: both weights stay.
 */
export const roleWeight: Record<FileRole, number> = {
  project: 1,
  tooling: 0.5,
  site: 0.35,
  example: 0.35,
  mirror: 0.3,
  ci: 0.3,
  template: 0.2,
  changelog: 0.3
}

/** Extensions that belong to one language, for counting a project's languages. */
const FAMILIES: Record<string, string> = {
  js: 'web',
  jsx: 'web',
  mjs: 'web',
  cjs: 'web',
  ts: 'web',
  tsx: 'web',
  mts: 'web',
  cts: 'web',
  vue: 'web',
  svelte: 'web',
  java: 'jvm',
  kt: 'jvm',
  kts: 'jvm',
  scala: 'jvm',
  groovy: 'jvm',
  c: 'c',
  h: 'c',
  cc: 'c',
  cpp: 'c',
  cxx: 'c',
  hpp: 'c',
  hh: 'c',
  hxx: 'c',
  py: 'python',
  pyi: 'python',
  pyx: 'python'
}

const familyOf = (path: string): string | undefined => {
  const extension = extensionOf(path)
  return codeExtensions.has(extension) ? (FAMILIES[extension] ?? extension) : undefined
}

/** Below this share of the code files, a language is a minor one in the project. */
const MINOR_SHARE = 0.05
const MINOR_WEIGHT = 0.6

export interface PathPriors {
  role(file: number): FileRole
  /** The factor the file's inferred evidence is multiplied by. */
  weight(file: number): number
}

export function pathPriors(paths: readonly string[]): PathPriors {
  const roles = paths.map(roleOf)
  const families = paths.map(familyOf)
  const counts = new Map<string, number>()
  let code = 0
  families.forEach((family, file) => {
    if (!family || roles[file] !== 'project') return
    counts.set(family, (counts.get(family) ?? 0) + 1)
    code++
  })
  const minor = (family: string | undefined) =>
    family !== undefined && code >= 20 && (counts.get(family) ?? 0) < MINOR_SHARE * code
  return {
    role: file => roles[file],
    weight: file => roleWeight[roles[file]] * (minor(families[file]) ? MINOR_WEIGHT : 1)
  }
}
