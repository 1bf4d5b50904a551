// The review a reviewer who knows the merged change would write on a plan: drop the code files it
// lists that the change did not touch, add the ones it missed, use the existing test the change
// extended; and one wish about the prose no embedded planner can act on. Each request is one
// sentence, in one of a few everyday forms (backticked or bare, imperative, modal, passive,
// negated), so the benchmark reads the grammar and not one phrasing. Then: did the plan change as
// asked, and did `adw-plan revise` say so, or say plainly that it could not?
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { listedFiles } from './plan-measures.js'
import { isCodePath } from './paths.js'

export type RequestKind = 'drop' | 'add' | 'use-test' | 'wish'

export interface ReviewRequest {
  kind: RequestKind
  /** The file it is about; none for the wish. */
  path?: string
  sentence: string
}

const FORMS: Record<RequestKind, ((path: string) => string)[]> = {
  drop: [
    path => `Drop \`${path}\`.`,
    path => `${path} is not needed.`,
    path => `Please leave out ${path}.`,
    path => `Don't touch ${path}.`
  ],
  add: [
    path => `Also change \`${path}\`.`,
    path => `${path} has to be changed too.`,
    path => `Please also update ${path}.`,
    path => `Modify ${path}.`
  ],
  'use-test': [
    path => `Use the existing test \`${path}\`.`,
    path => `Extend the existing tests in ${path}.`
  ],
  wish: [() => 'The plan should explain the root cause in more detail.']
}

/** Up to two of each, picked from the gold and the plan; `seed` rotates the forms. */
export function reviewRequests(
  plan: string,
  gold: { files: string[]; tests: string[] },
  tree: string,
  seed: number
): ReviewRequest[] {
  const listed = listedFiles(plan)
  const exists = (path: string) => existsSync(join(tree, path))
  const picks: [RequestKind, string[]][] = [
    ['drop', listed.filter(path => isCodePath(path) && !gold.files.includes(path)).slice(0, 2)],
    [
      'add',
      gold.files
        .filter(path => isCodePath(path) && !listed.includes(path) && exists(path))
        .slice(0, 2)
    ],
    ['use-test', gold.tests.filter(path => !listed.includes(path) && exists(path)).slice(0, 1)],
    ['wish', ['']]
  ]
  let turn = seed
  return picks.flatMap(([kind, paths]) =>
    paths.map(path => {
      const forms = FORMS[kind]
      const sentence = forms[turn++ % forms.length](path)
      return { kind, path: path || undefined, sentence }
    })
  )
}

export type Outcome =
  /** The plan changed as asked and the report says it was applied. */
  | 'applied'
  /** The report says applied, but the plan does not show it. */
  | 'claimed'
  /** The report says it could not, and the plan does not show it. */
  | 'declined'
  /** The plan changed as asked, but the report does not say so. */
  | 'unreported'
  /** Neither done nor reported. */
  | 'silent'

function done(request: ReviewRequest, after: string): boolean {
  const path = request.path ?? ''
  switch (request.kind) {
    case 'drop':
      return !listedFiles(after).includes(path)
    case 'add':
    case 'use-test':
      return listedFiles(after).includes(path)
    case 'wish':
      return false
  }
}

/** The report's lines: `applied: …` ones and the `Not applied …` one. */
function reported(request: ReviewRequest, report: string): { applied: boolean; declined: boolean } {
  const lines = report.split('\n').map(line => line.trim())
  // The whole path: `a/__init__.py` is not in `a/__init__.pyi`.
  const path = request.path?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const about = (line: string) =>
    path ? new RegExp(`(?<![\\w./-])${path}(?![\\w/])`).test(line) : line.includes(request.sentence)
  return {
    applied: lines.some(line => line.startsWith('applied:') && about(line)),
    declined: lines.some(line => line.startsWith('Not applied') && about(line))
  }
}

export function outcomeOf(request: ReviewRequest, after: string, report: string): Outcome {
  const { applied, declined } = reported(request, report)
  const changed = done(request, after)
  if (applied) return changed ? 'applied' : 'claimed'
  if (changed) return 'unreported'
  return declined ? 'declined' : 'silent'
}
