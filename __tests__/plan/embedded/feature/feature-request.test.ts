// A feature request read into its parts, each where the plan uses it, with the chatter left out:
// on the classic template, an issue form, free text and a hand-written problem / proposal / pros
// and cons.
import { describe, expect, test } from '@jest/globals'
import { readIssue } from '../../../../src/text/issue-text.js'
import { readFeatureRequest } from '../../../../src/plan/embedded/feature/feature-request.js'
import {
  classicTemplate,
  freeText,
  issueForm,
  prosCons,
  type FixtureIssue
} from './fixtures/feature-requests/index.js'

const read = (issue: FixtureIssue) => readFeatureRequest(issue.title, readIssue(issue.body))
const CHATTER =
  /\b(?:thanks|let me know|PR|pull request|maybe|probably|I think|version|happy to)\b/i

describe('readFeatureRequest on the classic template', () => {
  const request = read(classicTemplate)

  test('the problem comes from its problem part, told as the users’ experience', () => {
    expect(request.problem).toEqual([
      'When users render a report with `render_table(rows)`, every call parses the column spec again, and they always end up caching the parsed spec themselves in a module-level dict.',
      'There is no way to pass a spec that was parsed once.'
    ])
  })

  test('the proposal restates the wish as work and keeps its rule; no hedge is left', () => {
    expect(request.proposal).toEqual([
      'Let `render_table` accept a `spec` keyword, so that callers can parse the spec once and reuse it.',
      '`render_table` should raise `SpecError` when both `spec` and `columns` are given.'
    ])
  })

  test('the alternatives go apart; the additional context’s thanks, offer and version go nowhere', () => {
    expect(request.alternatives[0]).toBe('A global cache inside `parse_spec`.')
    const everything = JSON.stringify(request)
    expect(everything).not.toMatch(CHATTER)
  })
})

describe('readFeatureRequest on an issue form', () => {
  const request = read(issueForm)

  test('motivation is the problem, the proposal is the solution, the prerequisites are nothing', () => {
    expect(request.problem[0]).toMatch(/^Today the server takes the id/)
    expect(request.proposal[0]).toBe('Add a `trustRequestId` option to the server factory.')
    expect(JSON.stringify(request)).not.toMatch(/searched existing issues|willing to submit/)
  })

  test('a hedged aside in the motivation does not reach the problem', () => {
    expect(request.problem.join(' ')).not.toMatch(/low impact|I guess|nice to turn it off/)
  })

  test('what the proposal says the result does is kept as an expected outcome', () => {
    expect(request.expected).toEqual([
      'When it is `false`, the server ignores the incoming `x-request-id` header and always generates the id with `genReqId`.'
    ])
  })
})

describe('readFeatureRequest on free text', () => {
  const request = read(freeText)

  test('a sentence that asks is the proposal; the rest is the problem', () => {
    expect(request.proposal).toEqual([
      'Let `export` have a `--no-front-matter` flag, so that the exported files start with the note body.',
      'The flag should stay off by default.'
    ])
    expect(request.problem[0]).toMatch(/^Users use the `export` command every day/)
  })

  test('the greeting, the offer and the thanks are gone; the habit is no rule', () => {
    expect(JSON.stringify(request)).not.toMatch(/Hi there|open a PR|Thanks|for me/)
    expect(request.rules).toEqual(['The flag should stay off by default.'])
  })

  test('the title’s request is the capability, with the purpose the body gives', () => {
    expect(request.ask).toEqual({
      imperative: 'Strip front matter',
      purpose: 'the exported files start with the note body',
      source: 'export: strip front matter'
    })
  })
})

describe('readFeatureRequest on problem / proposal / API / pros and cons', () => {
  const request = read(prosCons)

  test('the cons are drawbacks, not requirements; the sign-off is dropped', () => {
    expect(request.cons).toEqual([
      'It may require view engines to implement support for it.',
      'E.g. some engines keep their own cache under the hood.'
    ])
    expect(request.rules).toEqual([])
    expect(JSON.stringify(request)).not.toMatch(/submit a PR|Let me know/)
  })

  test('a title that only names the feature defers to the body’s words for it', () => {
    expect(request.ask?.named).toBe(true)
    expect(request.bodyAsk?.imperative).toBe('Let `render(view, options)` take a `cacheKey` option')
  })
})
