// Acceptance criteria are behaviours someone can check: the issue's rules, the capability as its
// result, the interface it sketches (the option and its default, the flag with its help text, the
// example that must run), then the tests and "existing behaviour unchanged". Never the reporter's
// habits, hedges or offers.
import { describe, expect, test } from '@jest/globals'
import { readIssue } from '../../../../src/text/issue-text.js'
import { apiSketch } from '../../../../src/plan/embedded/request/api-sketch.js'
import { criteriaOf } from '../../../../src/plan/embedded/feature/feature-criteria.js'
import { readFeatureRequest } from '../../../../src/plan/embedded/feature/feature-request.js'
import {
  classicTemplate,
  freeText,
  helpTextFlag,
  prosCons,
  type FixtureIssue
} from './fixtures/feature-requests/index.js'

function criteria(issue: FixtureIssue, known: (name: string) => boolean = () => false) {
  const reading = readIssue(issue.body)
  const request = readFeatureRequest(issue.title, reading)
  const api = apiSketch(issue.title, reading, request.proposalSource, known)
  return criteriaOf({
    reading,
    request,
    api,
    featureLabel: `“${issue.title}”`,
    testCommand: 'make test'
  }).all
}

const FIRST_PERSON_OR_HEDGE = /\b(?:I|I'm|my|me|we|maybe|probably|perhaps|I think|thanks)\b/

describe('criteriaOf', () => {
  test('a flag quoted with its help text: the flag, its other spelling, what it does, its default, the example', () => {
    expect(criteria(helpTextFlag)).toEqual([
      '`tac -s` (and `--separator`) is accepted: use STRING as the separator instead of newline',
      "Leaving `-s` out keeps today's behaviour",
      "The issue's example works as written: `$ printf 'a,b,c,' | tac -s ,`",
      'The new behaviour is covered by automated tests',
      'Existing behaviour is unchanged and the existing tests pass (`make test`)'
    ])
  })

  test('an option sketched in a call: the rule, the capability, the option and its default', () => {
    const all = criteria(classicTemplate, name => name === 'rows')
    expect(all).toContain(
      '`render_table` should raise `SpecError` when both `spec` and `columns` are given'
    )
    expect(all).toContain("Leaving `spec` out keeps today's behaviour")
    expect(all).toContain("The issue's example works as written: `render_table(rows, spec=spec)`")
    expect(all).not.toContain('`parse_spec` accepts `total`')
  })

  test('the purpose the request gives is a criterion when it states a result', () => {
    expect(criteria(freeText)).toEqual([
      'The flag should stay off by default',
      'Front matter is stripped',
      '`export` can have a `--no-front-matter` flag',
      'The exported files start with the note body',
      "Leaving `--no-front-matter` out keeps today's behaviour",
      'The new behaviour is covered by automated tests',
      'Existing behaviour is unchanged and the existing tests pass (`make test`)'
    ])
  })

  test('drawbacks and sign-offs are no criteria; an example with backticks is quoted whole', () => {
    const all = criteria(prosCons, name => name === 'cache')
    expect(all.join('\n')).not.toMatch(/view engines|submit a PR|Let me know/)
    expect(all).toContain('`render(view, options)` can take a `cacheKey` option')
    expect(all).toContain(
      "The issue's example works as written: ``app.render('invoice', { cache: true, cacheKey: `invoice:${tenant.id}` }, done)``"
    )
  })

  test('no criterion carries the reporter’s first person or a hedge', () => {
    for (const issue of [classicTemplate, freeText, prosCons, helpTextFlag])
      for (const line of criteria(issue))
        expect({ line, chatty: FIRST_PERSON_OR_HEDGE.test(line.replace(/`[^`]*`/g, '')) }).toEqual({
          line,
          chatty: false
        })
  })

  test('an issue that states nothing checkable still gets a concrete criterion, not a habit', () => {
    const all = criteria({
      title: 'Limit the results of the search tool',
      body: 'If there are too many results (more than 100 for me), I will search again until the results are less than 30.'
    })
    expect(all[0]).toBe('The results of the search tool can be limited')
    expect(all.join('\n')).not.toMatch(/I will|for me/)
  })
})

describe('a form’s multiple choice', () => {
  test('the boxes of a choice field are not criteria; a checklist of behaviours is', () => {
    const body = [
      '### Shell',
      '',
      '- [x] bash',
      '- [ ] zsh',
      '- [ ] fish',
      '',
      '### Problem',
      '',
      'Directories look like files in the `--walker dir` list.',
      '',
      '- [ ] Directories listed by `--walker dir` end with `/`'
    ].join('\n')
    const all = criteria({ title: 'Append `/` to directories of `--walker dir`', body })
    for (const box of ['bash', 'zsh', 'fish']) expect(all).not.toContain(box)
    expect(all).toContain('Directories listed by `--walker dir` end with `/`')
  })

  test('a goal list is what the request asks, item by item; its reasons and hints are no criteria', () => {
    const all = criteria({
      title: 'Feature request: Add Duration Plugin',
      body: [
        '## Goal',
        '',
        '1. parse ISO 8601 durations',
        '2. `Duration#toISOString()`',
        '3. `dayjs.duration(x.diff(y))`',
        '4. The `o` binding for toggling the cursor between the ends of the selection',
        '',
        'Since there are only ten themes, a generic way to check is to read `defaults`.',
        'Users who switch appearance should see the theme change.'
      ].join('\n')
    })
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ISO 8601 durations (?:are|can be) parsed$/),
        '`Duration#toISOString()` works',
        '`dayjs.duration(x.diff(y))` works',
        'The `o` binding for toggling the cursor between the ends of the selection is available'
      ])
    )
    expect(all.join('\n')).not.toMatch(/generic way|Since there|Users who/)
  })
})
