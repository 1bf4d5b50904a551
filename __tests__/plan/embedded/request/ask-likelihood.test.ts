// The ask scorer reads where a sentence stands and how it is said, not its words: a numbered goal
// or a rule under the proposal scores above the reporter's story, a hint or a reason; and a
// criterion the scorer finds unlikely is left out unless it is the request's only one.
import { describe, expect, test } from '@jest/globals'
import { readIssue } from '../../../../src/text/issue-text.js'
import {
  ASK_FEATURES,
  ASK_WEIGHTS,
  askFeatures,
  askLikelihood,
  askUnits,
  unitOf
} from '../../../../src/plan/embedded/request/ask-likelihood.js'
import { apiSketch } from '../../../../src/plan/embedded/request/api-sketch.js'
import { criteriaOf } from '../../../../src/plan/embedded/feature/feature-criteria.js'
import { readFeatureRequest } from '../../../../src/plan/embedded/feature/feature-request.js'

const title = 'Support for themes based on the terminal color scheme'
const body = [
  '## Problem',
  '',
  'Last week I tried to switch my terminal to a light theme and the output was unreadable.',
  '',
  '## Proposal',
  '',
  '1. `$THEME_DARK` is used when the terminal background is dark',
  '2. `$THEME_LIGHT` is used when the terminal background is light',
  '',
  'You could check `defaults read -g AppleInterfaceStyle` on macOS for example.'
].join('\n')

describe('askLikelihood', () => {
  const units = askUnits(title, readIssue(body))
  const likelihood = (start: string) =>
    askLikelihood(
      units.find(unit => unit.text.startsWith(start))!,
      title
    )

  test('one feature per name, one weight per feature', () => {
    expect(askFeatures(units[0], title)).toHaveLength(ASK_FEATURES.length)
    expect(Object.keys(ASK_WEIGHTS).sort()).toEqual([...ASK_FEATURES].sort())
  })

  test('the title, the body’s sentences and its list items are the units, with their parts', () => {
    expect(units[0]).toMatchObject({ title: true, text: title })
    expect(units).toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/^`\$THEME_DARK`/), item: 'ordered' })
    )
    expect(units.find(unit => unit.text.startsWith('Last week'))?.part).toBe('problem')
  })

  test('a numbered goal naming the interface scores above the story and the hint', () => {
    const goal = likelihood('`$THEME_DARK`')
    expect(goal).toBeGreaterThan(likelihood('Last week'))
    expect(goal).toBeGreaterThan(likelihood('You could check'))
  })

  test('a criterion’s source is found in the unit that holds it, else stands alone', () => {
    expect(unitOf('`$THEME_LIGHT` is used when the terminal background is light', units).item).toBe(
      'ordered'
    )
    expect(unitOf('Something the issue never says', units)).toMatchObject({
      text: 'Something the issue never says'
    })
  })
})

describe('criteriaOf with the ask scorer', () => {
  const reading = readIssue(body)
  const request = readFeatureRequest(title, reading)
  const input = {
    title,
    reading,
    request,
    api: apiSketch(title, reading, request.proposalSource, () => false),
    featureLabel: '“themes”'
  }

  test('a candidate below the threshold is left out', () => {
    const kept = criteriaOf(input, () => 0.9, 0.5).functional
    const low = criteriaOf(
      input,
      candidate => (candidate.source?.includes('THEME_LIGHT') ? 0.1 : 0.9),
      0.5
    )
    expect(low.functional.length).toBeLessThan(kept.length)
    expect(
      low.functional.some(line => line.includes('THEME_LIGHT') && !line.includes('THEME_DARK'))
    ).toBe(false)
  })

  test('a request whose every candidate is unlikely keeps the likeliest one', () => {
    const all = criteriaOf(input, candidate => (candidate.source === undefined ? 0 : 0.1), 0.5)
    expect(all.functional).toHaveLength(1)
  })
})
