import { describe, expect, test } from '@jest/globals'
import { readCommand, splitKind } from '../../src/action/events/command.js'

describe('readCommand', () => {
  test.each([
    ['/plan drop the docs change', 'drop the docs change'],
    ['/PLAN Use the cache', 'Use the cache'],
    ['/plan', ''],
    ['\n\n  /plan\nsplit phase 2\ninto two', 'split phase 2\ninto two'],
    ['/plan\r\nkeep it short', 'keep it short']
  ])('%j is the command with feedback %j', (body, feedback) => {
    expect(readCommand(body, '/plan')).toBe(feedback)
  })

  test.each([
    'Looks good to me',
    '/planner go',
    'please /plan again',
    '> /plan quoted',
    '',
    null,
    undefined
  ])('%j is not a command', body => {
    expect(readCommand(body, '/plan')).toBeUndefined()
  })

  test('another command word works the same way', () => {
    expect(readCommand('/adw  add tests', '/adw')).toBe('add tests')
  })
})

describe('splitKind', () => {
  test('a leading kind word chooses the kind', () => {
    expect(splitKind('bug the cart total is wrong')).toEqual({
      kind: 'bug',
      feedback: 'the cart total is wrong'
    })
    expect(splitKind('Chore')).toEqual({ kind: 'chore', feedback: '' })
  })

  test('anything else is feedback', () => {
    expect(splitKind('bugs in phase 2')).toEqual({ feedback: 'bugs in phase 2' })
    expect(splitKind('')).toEqual({ feedback: '' })
  })
})
