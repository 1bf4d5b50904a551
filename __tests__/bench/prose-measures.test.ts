// The benchmark's reading of a feature plan's prose, by its own rules: chatter in criteria and in
// the Solution Overview, stories that paste the title in or promise nothing, considerations that
// fire with or without a reason a reader can check, documentation lines at examples or CI.
import { describe, expect, test } from '@jest/globals'
import { coversAsk, measureProse, proseTable } from '../../scripts/bench/prose-measures.js'

const issue = {
  title: 'views: custom cache key support',
  body: 'Views are cached by file name only.\n\nI am going to submit a PR. Let me know your thoughts.'
}

function plan(parts: Record<string, string>): string {
  return Object.entries(parts)
    .map(([heading, text]) => `${heading}\n${text}\n`)
    .join('\n')
}

describe('measureProse', () => {
  test('a plan that lifts the wrong sentences scores on every count', () => {
    const score = measureProse(
      plan({
        '## User Story':
          'As a user, I want views: custom cache key support so that the problem described below goes away.',
        '## Problem Statement': 'Views are cached by file name only.',
        '## Solution Overview': "I'm going to submit PR for this one. Let me know your thoughts.",
        '### Existing Files to Modify': '- `lib/view.js` - Main change.',
        '### New Files to Create': '- No new files are needed.',
        '### Phase 1: Core': 'x',
        '### Phase 2: Tests': 'y',
        '## Acceptance Criteria':
          '- [ ] It may require view engines to implement support for it.\n- [ ] If there are too many results, I will search again.\n- [ ] `render` caches under `cacheKey`',
        '## Security Considerations': '- No new trust boundary is apparent from the issue.',
        '## Performance Considerations':
          '- The issue is about speed: measure before and after with a benchmark.',
        '## Documentation Updates':
          '- `examples/view-constructor/github-view.js` - update.\n- `README.md` - describe it.'
      }),
      issue
    )
    expect(score).toEqual({
      criteria: 3,
      criteriaChatter: 2,
      overviewChatter: true,
      problemChatter: false,
      storyTitle: true,
      storyVacuous: true,
      securityFired: 0,
      performanceFired: 1,
      firedWithoutReason: 1,
      docsOffTarget: 1,
      phases: 2,
      asks: 0,
      asksCovered: 0,
      specific: 3,
      specificUncovered: 0,
      criteriaReasonHint: 0
    })
  })

  test('a note that quotes the issue, even without its backticks, or names a listed file has a reason', () => {
    const score = measureProse(
      plan({
        '### Existing Files to Modify': '- `lib/cache.js` - Main change.',
        '## Security Considerations':
          '- Touches sessions (the change touches `lib/cache.js`): check.',
        '## Performance Considerations':
          '- Changes a cache (the issue: “Views are cached by file name only”): keep keys unique.'
      }),
      { ...issue, body: 'Views are `cached` by file name only.' }
    )
    expect(score.firedWithoutReason).toBe(0)
    expect(score.securityFired + score.performanceFired).toBe(2)
  })

  test('the table counts plans per group', () => {
    const score = measureProse(plan({ '## Acceptance Criteria': '- [ ] Maybe it works' }), issue)
    const lines = proseTable([['all', [score, score]]], 'dist')
    expect(lines[2]).toMatch(/^all\s+2 \|\s+2\/2\s+2 \|/)
  })

  test('criteria against the labelled asks: covered asks, specific criteria naming none, reasons and hints', () => {
    const asks = [
      { ask: '`hide` hides the bar', terms: ['hide'] },
      { ask: 'the theme follows the background', terms: ['theme*', 'dark|light|background'] },
      { ask: 'a `--zero` flag', terms: ['--zero'] }
    ]
    const score = measureProse(
      plan({
        '## Acceptance Criteria': [
          '- [ ] `progressbar` accepts `hide`',
          '- [ ] Themes follow the dark background',
          '- [ ] Since there are only ten themes, users pick one by hand',
          '- [ ] A generic way to check is to read `defaults`',
          '- [ ] The new behaviour is covered by automated tests',
          '- [ ] Existing behaviour is unchanged and the existing tests pass'
        ].join('\n')
      }),
      { ...issue, asks }
    )
    expect(score).toMatchObject({
      asks: 3,
      asksCovered: 2,
      specific: 4,
      specificUncovered: 2,
      criteriaReasonHint: 2
    })
    expect(proseTable([['all', [score]]], 'dist').at(-1)).toMatch(
      /^all\s+1 \|\s+2\/3\s+67% \|\s+2\/4\s+50% \|\s+2\/6\s+33%$/
    )
  })

  test('a term names a word at its start: whole unless it ends with *, and code spans count as words', () => {
    const ask = (terms: string[]) => ({ ask: '', terms })
    expect(coversAsk('`BAT_THEME_DARK` is read', ask(['bat_theme']))).toBe(false)
    expect(coversAsk('`BAT_THEME_DARK` is read', ask(['bat_theme_dark']))).toBe(true)
    expect(coversAsk('Options override the config', ask(['overrid*']))).toBe(true)
    expect(coversAsk('`seq -f` prints', ask(['-f|--format']))).toBe(true)
    expect(coversAsk('`seq --format` prints', ask(['-f']))).toBe(false)
  })

  test('a term of punctuation or one letter is named only as a token of its own', () => {
    const ask = (terms: string[]) => ({ ask: '', terms })
    expect(coversAsk('Pressing `*` searches forward', ask(['*|star']))).toBe(true)
    expect(coversAsk('Pressing * searches forward', ask(['*|star']))).toBe(true)
    expect(coversAsk('Vi mode searches forward', ask(['*|star']))).toBe(false)
    expect(coversAsk('The `#fragment` is kept', ask(['#']))).toBe(false)
    expect(coversAsk('A fragment such as `#` is kept', ask(['#']))).toBe(true)
    expect(coversAsk('The key (`o`) toggles the cursor', ask(['o']))).toBe(true)
    expect(coversAsk('The cursor is toggled by o.', ask(['o']))).toBe(true)
    expect(coversAsk("The option's value is kept", ask(['o']))).toBe(false)
    expect(coversAsk('`--opt-o` is accepted', ask(['-o']))).toBe(false)
    expect(coversAsk('`{*n}` expands to the indices', ask(['{*n}']))).toBe(true)
    expect(coversAsk('`[*]` selects any attribute', ask(['[*]']))).toBe(true)
  })
})
