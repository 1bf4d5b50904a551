// "Implementation Phases" of the embedded planner: the files to change grouped by the area of the
// codebase they belong to, in the order an engineer would build them (core logic, then the
// interface that exposes it, then tests and documentation), two to four phases in all.
import type { RankedFile, ResearchResult } from '../../research/types.js'
import { code, listing } from './prose.js'
import type { RelevantFiles } from './relevant-files.js'
import { runChecksTask } from './content-shared.js'
import { definedNames, namesIn, symbolName, symbolsOf } from './symbols.js'

export interface Phase {
  name: string
  description: string
  tasks: string[]
}

export interface PhaseInput {
  files: RelevantFiles
  research: ResearchResult
  /** Short description of the solution, one sentence. */
  solution: string
  /** Acceptance criteria, as rendered in the plan. */
  criteria: string[]
  /** Code identifiers the issue mentions. */
  identifiers: string[]
  /** Commands that check the work (test, lint, typecheck). */
  checks: string[]
}

const CONTAINERS = new Set(['src', 'lib', 'app', 'apps', 'packages', 'pkg', 'internal', 'cmd'])

/** `src/foo/bar.ts` -> `src/foo`: the top level alone is too coarse in most repositories. */
export function areaOf(path: string): string {
  const parts = path.split('/')
  if (parts.length === 1) return '.'
  return CONTAINERS.has(parts[0]) && parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]
}

/** An area as a sentence names it: the top level is "the repository root". */
export function areaName(area: string): string {
  return area === '.' ? 'the repository root' : area
}

// Where users or other programs reach the code: the second phase wires the feature in there.
const INTERFACE =
  /(?:^|[/_.-])(?:cli|cmd|commands?|api|routes?|router|controllers?|handlers?|views?|pages?|components?|ui|web|server|endpoints?|main|index|app|bin)(?:[/_.-]|$)/i

function isInterface(file: RankedFile): boolean {
  return file.kind === 'config' || INTERFACE.test(file.path)
}

function groupByArea(files: RankedFile[]): Array<[string, RankedFile[]]> {
  const groups = new Map<string, RankedFile[]>()
  for (const file of files)
    groups.set(areaOf(file.path), [...(groups.get(areaOf(file.path)) ?? []), file])
  return [...groups]
}

function corePhase(files: RankedFile[], input: PhaseInput): Phase {
  const areas = [...new Set(files.map(file => areaOf(file.path)))]
  const [lead, ...rest] = files
  const mentioned = input.identifiers
    .filter(
      name =>
        !files.some(
          file =>
            definedNames(file).includes(name) ||
            symbolsOf(input.research, file.path).some(symbol => symbolName(symbol).endsWith(name))
        )
    )
    .slice(0, 3)
  return {
    name: `Core logic in ${listing(areas.map(areaName))}`,
    description: `${input.solution} This phase builds that behaviour where the research found its home, without changing what existing callers see.`,
    tasks: [
      `Implement the feature's logic in ${code(lead.path)}${namesIn(input.research, lead)}, reusing its existing helpers rather than adding a parallel code path.`,
      ...rest.map(
        file =>
          `Adapt ${code(file.path)}${namesIn(input.research, file)} to the new behaviour and keep its current callers working.`
      ),
      ...(mentioned.length > 0
        ? [
            `Locate ${listing(mentioned.map(code))}, named in the issue, and change ${mentioned.length > 1 ? 'them' : 'it'} together with the code above.`
          ]
        : []),
      ...input.criteria
        .slice(0, 2)
        .map(
          criterion => `Make the code satisfy the criterion “${criterion.replace(/[.!]$/, '')}”.`
        )
    ]
  }
}

function interfacePhase(files: RankedFile[], input: PhaseInput): Phase {
  const areas = [...new Set(files.map(file => areaOf(file.path)))]
  return {
    name: `Wiring in ${listing(areas.map(areaName))}`,
    description:
      'Expose the new behaviour where users and other code reach it: entry points, commands, routes and configuration.',
    tasks: files.map(file =>
      file.kind === 'config'
        ? `Update ${code(file.path)} for any setting, script or dependency the feature needs.`
        : `Connect the feature in ${code(file.path)}${namesIn(input.research, file)}; keep existing options and output unchanged unless the issue asks otherwise.`
    )
  }
}

function foundationPhase(input: PhaseInput): Phase {
  const home = [...input.research.orientation.structure].sort(
    (a, b) => b.fileCount - a.fileCount
  )[0]
  return {
    name: 'Foundation',
    description: `${input.solution} The research found no existing code clearly tied to the issue, so the feature starts as new code that follows the repository's layout.`,
    tasks: [
      home
        ? `Add the feature's module under ${code(home.path)} (${home.summary || `${home.fileCount} files`}), next to the code it resembles most.`
        : "Add the feature's module where the README says code of this kind belongs.",
      ...input.criteria
        .slice(0, 3)
        .map(criterion => `Implement the criterion “${criterion.replace(/[.!]$/, '')}”.`),
      'Expose the feature through the same entry points the rest of the project uses.'
    ]
  }
}

function verificationPhase(input: PhaseInput): Phase {
  const { files } = input
  const framework = input.research.orientation.tests.framework
  const tasks = [
    ...(files.newTest
      ? [
          `Create ${code(files.newTest)}${framework ? ` with ${framework}` : ''}: one test per acceptance criterion, plus invalid input and the behaviour when the feature is not used.`
        ]
      : []),
    ...files.tests.map(file => `Extend ${code(file.path)} with cases for the changed behaviour.`),
    ...files.docs.map(file => `Update ${code(file.path)} to describe the feature.`),
    runChecksTask(input.checks)
  ]
  if (!files.newTest && files.tests.length === 0) {
    tasks.unshift(
      'Add automated tests for each acceptance criterion next to the code they exercise.'
    )
  }
  return {
    name: 'Tests and documentation',
    description:
      'Prove the feature against the acceptance criteria, document it, and leave every check green.',
    tasks
  }
}

export function buildPhases(input: PhaseInput): Phase[] {
  const groups = groupByArea(input.files.code)
  const core = groups.filter(([, files]) => !files.every(isInterface))
  const wiring = groups.filter(([, files]) => files.every(isInterface))
  const phases: Phase[] = []
  if (core.length > 0) {
    // The best-ranked core area first; a second core area joins it (one phase per layer, not per folder).
    phases.push(
      corePhase(
        core.slice(0, 2).flatMap(([, files]) => files),
        input
      )
    )
  } else if (wiring.length > 0) {
    phases.push(corePhase(wiring.shift()![1], input))
  } else {
    phases.push(foundationPhase(input))
  }
  const later = [...core.slice(2), ...wiring].flatMap(([, files]) => files)
  if (later.length > 0) phases.push(interfacePhase(later, input))
  phases.push(verificationPhase(input))
  return phases
}
