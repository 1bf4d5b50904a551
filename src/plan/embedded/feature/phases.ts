// "Implementation Phases" of the embedded planner: three steps, as an engineer builds a feature in
// existing code. The foundation: the interface the issue sketches (the option, the flag, with the
// default that keeps today's behaviour), or, when it sketches none, tests that pin down what the
// touched code does today. The core: the behaviour, in the files the research found, grouped by
// area. The integration: the entry points that expose it, the tests and the documentation.
import type { RankedFile, ResearchResult } from '../../../research/types.js'
import type { ApiItem, ApiSketch } from '../request/api-sketch.js'
import { code, listing } from '../prose.js'
import type { RelevantFiles } from '../shared/relevant-files.js'
import { leadPlace, runChecksTask } from '../shared/content-shared.js'
import { definedNames, namesIn, symbolName, symbolsOf } from '../shared/symbols.js'
import { areaName, areaOf } from '../shared/areas.js'

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
  /** The interface the issue sketches: the foundation phase declares it. */
  api?: ApiSketch
  /** Where the feature's tests go. */
  testHome?: string
  /** The issue's title: a new member's foundation needs the title to name it. */
  title?: string
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

function wiringTasks(files: RankedFile[], input: PhaseInput): string[] {
  return files.map(file =>
    file.kind === 'config'
      ? `Update ${code(file.path)} for any setting, script or dependency the feature needs.`
      : `Connect the feature in ${code(file.path)}${namesIn(input.research, file)}; keep existing options and output unchanged unless the issue asks otherwise.`
  )
}

/** A new name's declaration: next to its kind, with the default that keeps today's behaviour. */
function declareTask(item: ApiItem, place: string): string {
  const owner = item.owner && !place.includes(code(item.owner)) ? ` (for ${code(item.owner)})` : ''
  if (item.kind === 'flag')
    return `Declare ${code(item.name)}${owner} next to the command's other flags (${place}), with help text; without it the command behaves as today.`
  if (item.kind === 'env')
    return item.nextTo
      ? `Read ${code(item.name)} in ${code(item.nextTo.path)}, next to the environment variables the project reads already (${listing(item.nextTo.names.map(code))}); while it is unset, the behaviour is today's.`
      : `Read ${code(item.name)} from the environment where ${place} is configured; while it is unset, the behaviour is today's.`
  return `Add ${code(item.name)}${owner} to ${place}, defaulting to ${item.default ? code(item.default) : 'a value'} so that today's behaviour is kept.`
}

/**
 * A name the code has already, never declared a second time: what the foundation extends when the
 * issue adds nothing new, else a neighbour of the new names, changed only where the feature needs.
 */
function existingTask(item: ApiItem, alone: boolean): string {
  const verb = item.kind === 'env' ? 'reads' : 'declares'
  const where = item.declaredIn
    ? ` where ${code(item.declaredIn)} ${verb} it`
    : ' where it is declared'
  return alone
    ? `Extend the existing ${code(item.name)}${where}, rather than declaring it again.`
    : `Leave ${code(item.name)}${where}: it exists already, so change it there only if the feature needs to, never declare it a second time.`
}

/**
 * Declare the sketched interface first: the option, flag or variable, with a default that changes
 * nothing; the names the code has already are extended where they are.
 */
function interfaceFoundation(lead: RankedFile, api: ApiSketch, input: PhaseInput): Phase {
  const place = leadPlace(input.research, lead).reference!
  const added = [...api.items, ...api.variables]
  const tasks = [
    ...added.map(item => declareTask(item, place)),
    ...api.existing.map(item => existingTask(item, added.length === 0))
  ]
  const config = input.files.code.filter(file => file.kind === 'config')
  if (config.length > 0 && api.items.length > 0)
    tasks.push(
      `Declare the new setting in ${listing(config.map(file => code(file.path)))} where the existing ones are.`
    )
  const first = added[0] ?? api.existing[0]
  const kindName = (item: ApiItem) => (item.kind === 'env' ? 'environment variable' : item.kind)
  if (input.testHome)
    tasks.push(
      `Add a test to ${code(input.testHome)} that uses the existing interface without the new ${added[0] ? kindName(added[0]) : 'behaviour'} and expects today's result.`
    )
  const names = listing(added.map(item => code(item.name)))
  return {
    name: `Foundation: the interface in ${code(posixName(first.declaredIn ?? lead.path))}`,
    description:
      added.length > 0
        ? `Add the ${added.length > 1 ? 'names' : kindName(added[0])} the issue sketches (${names}) without behaviour yet, so callers can ${added.length > 1 ? 'use them' : 'use it'} and nothing changes until the core is in.`
        : `The issue builds on ${listing(api.existing.map(item => code(item.name)))}, which the code has already: extend ${api.existing.length > 1 ? 'them' : 'it'} where ${api.existing.length > 1 ? 'they are' : 'it is'} declared, so that nothing changes until the core is in.`,
    tasks
  }
}

function posixName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

const folded = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * Whether the title names the new member with its kind beside it ("Add Duration Plugin", "no foo
 * bar rule"): the kind is the directory its siblings sit in, singular, or their names' suffix
 * (`{name}Check`). Without it the name is a guess from other words, too weak to build a phase on.
 */
function titleNamesMember(title: string | undefined, pattern: string, name: string): boolean {
  if (!title) return false
  const [before, after = ''] = pattern.split('{name}')
  const dir = before.split('/').filter(Boolean).pop() ?? ''
  const kinds = [
    dir.replace(/ies$/, 'y').replace(/s$/, ''),
    /^([A-Z][a-z]+)/.exec(after)?.[1] ?? ''
  ]
    .map(folded)
    .filter(kind => kind.length >= 3)
  const text = folded(title)
  return kinds.some(
    kind => text.includes(folded(name) + kind) || text.includes(kind + folded(name))
  )
}

/**
 * A new member of a family (a plugin, a rule, a check) starts as its siblings do: its files in
 * their shape, registered where they are, with no behaviour yet. Pinning down what the code does
 * today would test code the new member does not change.
 */
function memberFoundation(input: PhaseInput): Phase | undefined {
  const member = input.research.newMember
  const own = member && input.files.toCreate.find(entry => entry.path === member.files[0])
  if (!member || !own || !titleNamesMember(input.title, member.pattern, member.name))
    return undefined
  const companions = input.files.toCreate.filter(
    entry => entry !== own && entry.path !== input.files.newTest
  )
  const registrations = input.files.toModify.filter(entry =>
    member.precedent?.registrations.includes(entry.path)
  )
  const siblings = listing(member.siblings.slice(0, 2).map(code))
  return {
    name: `Foundation: the ${code(member.name)} skeleton and its registration`,
    description: `Add ${code(member.name)} the way its siblings (${siblings}) are built and registered, with no behaviour yet, so that the project loads it and nothing else changes until the core is in.`,
    tasks: [
      `Create ${code(own.path)} in the shape of ${siblings}: the same exports and entry point, no behaviour yet.`,
      ...companions.map(
        entry => `Add ${code(entry.path)}, as each sibling has its own (${code(member.pattern)}).`
      ),
      ...(registrations.length > 0
        ? registrations.map(
            entry =>
              `Register ${code(member.name)} in ${code(entry.path)} the way its siblings are.`
          )
        : [`Register ${code(member.name)} wherever ${siblings} are registered.`]),
      ...(input.files.newTest
        ? [
            `Start ${code(input.files.newTest)} with one test that loads ${code(member.name)} as its siblings' tests load them.`
          ]
        : [])
    ]
  }
}

/** With no interface to declare, pin down what the touched code does today: the change must keep it. */
function pinningFoundation(lead: RankedFile, input: PhaseInput): Phase {
  const place = leadPlace(input.research, lead).reference!
  const where = input.testHome ? ` to ${code(input.testHome)}` : ''
  return {
    name: 'Foundation: pin down today’s behaviour',
    description: `Before changing ${place}, record what it does today in tests, so the change shows up as the difference the issue asks for and nothing else.`,
    tasks: [
      `Add tests${where} for the cases of ${place} the feature must not change (the default path and one edge case).`,
      `Read the callers of ${place} and note which of them will see the new behaviour.`
    ]
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

function verificationPhase(input: PhaseInput, wiring: RankedFile[] = []): Phase {
  const { files } = input
  const framework = input.research.orientation.tests.framework
  const tasks = [
    ...wiringTasks(wiring, input),
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
    name: wiring.length > 0 ? 'Integration, tests and documentation' : 'Tests and documentation',
    description: `${wiring.length > 0 ? 'Expose the new behaviour where users and other code reach it, prove' : 'Prove'} the feature against the acceptance criteria, document it, and leave every check green.`,
    tasks
  }
}

/** Core and foundation when no existing code is tied to the issue: the feature starts as new code. */
function newCodePhases(input: PhaseInput): Phase[] {
  const foundation = foundationPhase(input)
  const [setup, ...criteria] = foundation.tasks
  return [
    { ...foundation, tasks: [setup, foundation.tasks[foundation.tasks.length - 1]] },
    {
      name: 'Core behaviour',
      description: 'Implement what the acceptance criteria ask for in the new module.',
      tasks:
        criteria.slice(0, -1).length > 0
          ? criteria.slice(0, -1)
          : ['Implement the behaviour the issue describes in the new module.']
    },
    verificationPhase(input)
  ]
}

export function buildPhases(input: PhaseInput): Phase[] {
  const groups = groupByArea(input.files.code)
  const core = groups.filter(([, files]) => !files.every(isInterface))
  const wiring = groups.filter(([, files]) => files.every(isInterface))
  // The best-ranked core area first; a second core area joins it (one phase per layer, not per folder).
  const coreFiles =
    core.length > 0 ? core.slice(0, 2).flatMap(([, files]) => files) : (wiring.shift()?.[1] ?? [])
  if (coreFiles.length === 0) return newCodePhases(input)
  const lead = coreFiles.find(file => file.kind === 'code') ?? coreFiles[0]
  const later = [...core.slice(2), ...wiring].flatMap(([, files]) => files)
  return [
    memberFoundation(input) ??
      (input.api &&
      (input.api.items.length > 0 ||
        input.api.variables.length > 0 ||
        input.api.existing.length > 0)
        ? interfaceFoundation(lead, input.api, input)
        : pinningFoundation(lead, input)),
    corePhase(coreFiles, input),
    verificationPhase(input, later)
  ]
}
