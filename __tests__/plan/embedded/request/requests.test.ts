// A request restated as work, whatever way the reporter phrased it, and restated again as the
// outcome a reviewer checks and the goal of a user story.
import { describe, expect, test } from '@jest/globals'
import { askOfTitle, goalOf, outcomeOf } from '../../../../src/plan/embedded/request/ask-forms.js'
import { askIn } from '../../../../src/plan/embedded/request/requests.js'

describe('askIn', () => {
  test.each([
    [
      'I would like to request an `.invert()` method on codecs, so that they can be composed.',
      { imperative: 'Add an `.invert()` method on codecs', purpose: 'they can be composed' }
    ],
    [
      'It would be handy to tag my struct with "omitempty" so that the writer skips empty values.',
      {
        imperative: 'Make it possible to tag the struct with "omitempty"',
        purpose: 'the writer skips empty values'
      }
    ],
    [
      'It would be nice if `SqlQuery` could stream large results too.',
      { imperative: 'Let `SqlQuery` stream large results too' }
    ],
    [
      'It would be nice if `RestClient` supported `Map` bodies as well.',
      { imperative: 'Let `RestClient` support `Map` bodies as well' }
    ],
    [
      'Would it be possible to provide a way to get the order of a bean?',
      { imperative: 'Provide a way to get the order of a bean' }
    ],
    [
      'Thus, we should introduce a `value` alias for `cacheNames`.',
      { imperative: 'Introduce a `value` alias for `cacheNames`' }
    ],
    [
      'I propose we call `reply.send()` when a route returns a plain value.',
      { imperative: 'Call `reply.send()` when a route returns a plain value' }
    ],
    [
      'Is this intended, and if not, would you consider having an option that copied the config to new windows?',
      { imperative: 'Add an option that copies the config to new windows' }
    ],
    [
      'I request that each window is configured on its own.',
      { statement: 'Each window is configured on its own' }
    ],
    [
      'Please add a `enable_trace` option: https://example.org/trace',
      { imperative: 'Add an `enable_trace` option' }
    ]
  ])('“%s”', (sentence, ask) => {
    expect(askIn(sentence)).toEqual(expect.objectContaining(ask))
  })

  test.each([
    'What I would really like to be able to do is this:',
    'Mocha should also look for `.mocharc.jsonc`.',
    'I would like to provide you with a minimal example but I cannot.',
    'I would personally prefer to not have any implicit sorting.'
  ])('“%s” asks for nothing the plan can restate', sentence => {
    expect(askIn(sentence)?.imperative).toBeUndefined()
  })
})

describe('askOfTitle', () => {
  test.each([
    ['seq: missing -f option', { imperative: 'Add the -f option to seq' }],
    ['paste: missing support for `-z` flag', { imperative: 'Support `-z` flag in paste' }],
    [
      "fromJSONSchema doesn't support format:hostname (but could)",
      { imperative: 'Support format:hostname in fromJSONSchema' }
    ],
    [
      'Cannot set a request body for DELETE',
      { imperative: 'Make it possible to set a request body for DELETE' }
    ],
    ['Cython .pxd files not being picked up', { statement: 'Cython .pxd files are picked up' }],
    [
      '`Event` should implement `equals()`',
      { statement: '`Event` should implement `equals()`', goal: '`Event` to implement `equals()`' }
    ],
    ['Should javadocs end with a newline?', { statement: 'Javadocs should end with a newline' }],
    [
      'Option to disable the request-id header',
      { imperative: 'Add an option to disable the request-id header', named: true }
    ],
    ['[Proposal] Allow multiple origins in cors', { imperative: 'Allow multiple origins in cors' }],
    [
      'Feature: on Go 1.23+, fill `Request.Pattern` with the route',
      { imperative: 'Fill `Request.Pattern` with the route' }
    ]
  ])('“%s”', (title, ask) => {
    expect(askOfTitle(title)).toEqual(expect.objectContaining(ask))
  })

  test('a question or a complaint asks for nothing', () => {
    expect(askOfTitle('EXE003 and uv run?')).toBeUndefined()
    expect(askOfTitle('Problems with array methods updating the DOM')).toBeUndefined()
    expect(askOfTitle('Fragment identifiers cause wrong route parameters')).toBeUndefined()
  })
})

describe('outcomeOf and goalOf', () => {
  test.each([
    [
      'Add `skipAmendWarning` for `amendLastCommit`',
      '`skipAmendWarning` is available for `amendLastCommit`',
      '`skipAmendWarning` for `amendLastCommit`'
    ],
    [
      'Support placeholders in header matchers',
      'Placeholders are supported in header matchers',
      'support for placeholders in header matchers'
    ],
    [
      'Set the `catch_exceptions` value for the whole runner',
      'The `catch_exceptions` value can be set for the whole runner',
      'to be able to set the `catch_exceptions` value for the whole runner'
    ],
    [
      'Make it possible to set a body for DELETE',
      'Users can set a body for DELETE',
      'to be able to set a body for DELETE'
    ],
    [
      'Let `SqlQuery` stream large results',
      '`SqlQuery` can stream large results',
      '`SqlQuery` to stream large results'
    ],
    [
      'Make individual prompt parts toggleable',
      'Individual prompt parts are toggleable',
      'individual prompt parts to be toggleable'
    ],
    [
      'Fill `Request.Pattern` with the route',
      '`Request.Pattern` is filled with the route',
      '`Request.Pattern` to be filled with the route'
    ],
    [
      'Warn on unknown settings',
      'The project warns on unknown settings',
      'the project to warn on unknown settings'
    ]
  ])('“%s”', (imperative, outcome, goal) => {
    expect(outcomeOf(imperative)).toBe(outcome)
    expect(goalOf(imperative)).toBe(goal)
  })
})
