import { afterEach, describe, expect, test } from '@jest/globals'
import {
  dispatchIssueNumber,
  getInputs,
  parseBranchPrefix,
  parseIssueNumber,
  parseKind,
  parseLabelKinds,
  parseLabels,
  parsePermission,
  parseRelativeDir
} from '../../src/action/inputs.js'

// @actions/core reads inputs from INPUT_<NAME> environment variables, as the runner sets them.
const setInput = (name: string, value: string) => {
  process.env[`INPUT_${name.toUpperCase()}`] = value
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
})

describe('inputs', () => {
  test('defaults match action.yml', () => {
    setInput('github-token', 'not-a-real-token')
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      labels: { plan: 'feature', 'plan:bug': 'bug', 'plan:chore': 'chore' },
      kind: 'feature',
      allowBots: false,
      specsDir: 'specs',
      branchPrefix: 'adw/',
      provider: 'auto',
      draft: false,
      dryRun: false
    })
    expect(inputs.issueNumber).toBeUndefined()
    expect(inputs.requiredPermission).toBeUndefined()
  })

  test('each kind has its labels; a label asks for one kind only; none turns a kind off', () => {
    expect(parseLabelKinds({ feature: 'plan, Feature', bug: 'plan:bug', chore: 'none' })).toEqual({
      plan: 'feature',
      feature: 'feature',
      'plan:bug': 'bug'
    })
    expect(() => parseLabelKinds({ feature: 'plan', bug: 'Plan', chore: 'none' })).toThrow(
      /`bug-label`.*"plan" already asks for a feature plan/
    )
    setInput('github-token', 'x')
    setInput('bug-label', 'defect')
    expect(getInputs().labels).toEqual({
      plan: 'feature',
      defect: 'bug',
      'plan:chore': 'chore'
    })
  })

  test('kind: from the input or the workflow_dispatch inputs; unknown kinds named', () => {
    expect(parseKind('Bug')).toBe('bug')
    expect(() => parseKind('epic')).toThrow(/`kind`.*feature, bug, chore/)
    setInput('github-token', 'x')
    expect(getInputs({ inputs: { kind: 'chore' } }).kind).toBe('chore')
  })

  test('required-permission: a GitHub role, or none', () => {
    expect(parsePermission('Write')).toBe('write')
    expect(parsePermission('none')).toBeUndefined()
    expect(parsePermission(undefined)).toBeUndefined()
    expect(() => parsePermission('owner')).toThrow(/required-permission.*triage/)
  })

  test('labels are trimmed, lowercased and de-duplicated; empty is refused', () => {
    expect(parseLabels(' Plan, needs-plan ,plan')).toEqual(['plan', 'needs-plan'])
    expect(() => parseLabels(' , ')).toThrow(/label/)
  })

  test('issue numbers: #12 and 12 accepted, anything else named', () => {
    expect(parseIssueNumber('#12')).toBe(12)
    expect(parseIssueNumber(' 7 ')).toBe(7)
    expect(parseIssueNumber('')).toBeUndefined()
    for (const bad of ['0', '-3', '1.5', 'abc', '12abc'])
      expect(() => parseIssueNumber(bad)).toThrow(/issue-number/)
  })

  test('workflow_dispatch inputs supply the issue number', () => {
    expect(dispatchIssueNumber({ inputs: { 'issue-number': '42' } })).toBe('42')
    expect(dispatchIssueNumber({ inputs: { issue_number: 9 } })).toBe('9')
    expect(dispatchIssueNumber({ inputs: {} })).toBeUndefined()
    setInput('github-token', 'x')
    expect(getInputs({ inputs: { 'issue-number': '5' } }).issueNumber).toBe(5)
  })

  test('specs-dir cannot leave the repository', () => {
    expect(parseRelativeDir('./docs/specs/', 'specs-dir')).toBe('docs/specs')
    for (const bad of ['/etc', '../x', 'a/../../b', '.', '.git/x', 'C:/x']) {
      expect(() => parseRelativeDir(bad, 'specs-dir')).toThrow(/specs-dir/)
    }
  })

  test('branch-prefix must be usable in a ref', () => {
    expect(parseBranchPrefix('plans/')).toBe('plans/')
    for (const bad of ['a..b', 'has space', '/abs', 'a//b', 'x~1'])
      expect(() => parseBranchPrefix(bad)).toThrow()
  })

  test('bad provider, flag and URL values name the input', () => {
    setInput('github-token', 'x')
    setInput('provider', 'gemini')
    expect(() => getInputs()).toThrow(/provider/)
    setInput('provider', 'openai')
    setInput('dry-run', 'maybe')
    expect(() => getInputs()).toThrow(/dry-run/)
    setInput('dry-run', 'true')
    setInput('openai-base-url', 'ftp://x')
    expect(() => getInputs()).toThrow(/openai-base-url/)
  })
})
