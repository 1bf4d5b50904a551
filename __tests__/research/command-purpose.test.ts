// What a declared command is for, from its name: the project's own dev server is "dev", a
// server for its documentation is not.
import { describe, expect, test } from '@jest/globals'
import { purposeOf } from '../../src/research/orientation/commands.js'

describe('purposeOf', () => {
  test.each([
    ['dev', 'dev'],
    ['start', 'dev'],
    ['watch', 'dev'],
    ['watch-docs', 'other'],
    ['docs:serve', 'other'],
    ['storybook', 'other'],
    ['watch-readme', 'other'],
    ['test:unit', 'test'],
    ['lint', 'lint'],
    ['build', 'build']
  ])('%s is for %s', (name, purpose) => {
    expect(purposeOf(name)).toBe(purpose)
  })
})
