// How a bug fix proceeds and how it is proven: a failing regression test first, then the root
// cause confirmed and fixed, then the repository's checks; the testing and the acceptance criteria
// that show the bug is gone and nothing next to it changed.
import { posix } from 'node:path'
import { isFirstPerson } from '../../../text/chatter.js'
import { withoutStop } from './bug-report.js'
import type { BugFacts } from './bug-facts.js'
import { validationStep, type Step } from '../shared/content-shared.js'
import { code, listing, prose } from '../prose.js'
import { namesIn, symbolName, symbolPlace } from '../shared/symbols.js'

export interface BugTesting {
  overview: string
  regression: string[]
  edgeCases: string[]
}

function failingTestStep({ files, framework, test, commands, report }: BugFacts): Step {
  return {
    name: 'Reproduce the bug in a failing test',
    tasks: [
      files.newTest
        ? `Create ${code(files.newTest)}${framework ? ` with ${framework}` : ''}: a test that ${test.exercise} and ${test.asserts}.`
        : `Add a regression test to ${test.home ? `${code(test.home)}${test.why}` : 'the tests next to the code it exercises'} that ${test.exercise} and ${test.asserts}.`,
      `Run it${commands.test ? ` with ${code(commands.test)}` : ''} and confirm it fails${report.error ? ` with ${code(report.error)}` : ' the way the issue describes'}.`
    ]
  }
}

function confirmCauseStep({ lead, leadSymbol, frames, research }: BugFacts): Step {
  const from = leadSymbol?.line !== undefined ? ` from line ${leadSymbol.line}` : ''
  return {
    name: 'Confirm the root cause',
    tasks: [
      leadSymbol
        ? `Read ${symbolPlace(leadSymbol)} in ${code(lead!.path)}${from} and find the condition that produces the actual behaviour instead of the expected one.`
        : lead
          ? `Read ${code(lead.path)} along the path the steps to reproduce take and find where the actual behaviour departs from the expected one.`
          : 'Trace the steps to reproduce through the code to where the actual behaviour departs from the expected one.',
      ...(frames.length > 1
        ? [
            `If the state is already wrong there, walk out through the traceback's other frames: ${listing(frames.slice(1, 4).map(file => `${code(file.path)}${namesIn(research, file)}`))}.`
          ]
        : [])
    ]
  }
}

function fixCauseStep({ files, lead, target, report, research }: BugFacts): Step {
  const others = files.code.filter(file => file !== lead && file.kind === 'code')
  return {
    name: 'Fix the root cause',
    tasks: [
      target
        ? `Change ${target} so that ${report.expected ? `“${withoutStop(report.expected)}” holds` : 'the expected behaviour holds'}, and keep the change to the cause.`
        : 'Fix the code where the cause was found, and keep the change to the cause.',
      ...others.map(
        file =>
          `Adapt ${code(file.path)}${namesIn(research, file)} only if the fix changes what it receives or returns.`
      )
    ]
  }
}

export function fixSteps(facts: BugFacts): Step[] {
  return [
    failingTestStep(facts),
    confirmCauseStep(facts),
    fixCauseStep(facts),
    validationStep(facts.commands.checks)
  ]
}

/** What the fix must leave as it is: other input to the same code, and the traceback's callers. */
function edgeCases({ lead, leadSymbol, frames }: BugFacts): string[] {
  return [
    ...(leadSymbol
      ? [
          `Calls of ${code(symbolName(leadSymbol))} whose input does not trigger the bug keep their current results.`
        ]
      : lead
        ? [
            `Paths through ${code(lead.path)} that do not involve the bug keep their current results.`
          ]
        : ['Inputs next to the failing one keep their current results.']),
    ...(frames.length > 1
      ? [
          `Callers on the traceback's path (${listing(frames.slice(1, 4).map(file => code(file.path)))}) still work with the fixed code.`
        ]
      : [])
  ]
}

export function bugTesting(facts: BugFacts): BugTesting {
  const { test, framework, commands, report, research } = facts
  const testDir = test.home ? posix.dirname(test.home) : research.orientation.tests.dirs[0]
  return {
    overview: `A regression test${test.home ? ` in ${code(test.home)}` : ''}${framework ? `, with ${framework}` : ''}, written before the fix, proves it${commands.test ? `; ${code(commands.test)} runs it with the existing tests` : ''}${testDir && !test.home ? ` in ${code(testDir)}` : ''}.`,
    regression: [
      `${test.home ? code(test.home) : 'The regression test'}: ${test.exercise} and ${test.asserts}; it fails before the fix${report.error ? ` with ${code(report.error)}` : ''} and passes after it.`
    ],
    edgeCases: edgeCases(facts)
  }
}

/**
 * The report's own criteria: boxes it ticks under a criteria heading of its own. Elsewhere a bug
 * report's boxes are its form's (“I have searched…”, the example's confirmations, a platform to
 * pick): about the report, never a behaviour to check.
 */
function reportCriteria(reading: BugFacts['reading']): string[] {
  const criteria = (reading.sections.criteria ?? '').replace(/\s+/g, ' ')
  return [
    ...new Set(
      reading.checklist
        .filter(item => criteria.includes(item) && !isFirstPerson(item))
        .map(item => prose(item, 240))
    )
  ].filter(Boolean)
}

export function bugCriteria({ reading, report, test, commands }: BugFacts): string[] {
  const { expected, error } = report
  const fromIssue = reportCriteria(reading)
  return [
    ...fromIssue,
    `Following the steps to reproduce gives the expected behaviour${expected ? `: ${withoutStop(expected)}` : ''}`,
    ...(error ? [`${code(error)} is no longer raised for the input in the issue`] : []),
    `The regression test${test.home ? ` in ${code(test.home)}` : ''} fails before the fix and passes after it`,
    `The existing tests pass${commands.test ? ` (${code(commands.test)})` : ''}`
  ].slice(0, 12)
}
