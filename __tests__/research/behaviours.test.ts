// The special methods an issue asks for without naming them: from its words ("not iterable",
// "unhashable") and from operators in the code it quotes, never from its program output.
import { describe, expect, test } from '@jest/globals'
import { readBehaviours } from '../../src/research/issue/behaviours.js'
import { issueInput } from '../../src/research/issue/issue-input.js'
import { research } from '../../src/research/index.js'
import { tempRepos } from '../support/git-repo.js'

const behavioursOf = (title: string, body: string) => readBehaviours(issueInput(title, body))

const { gitRepo } = tempRepos()

describe('readBehaviours', () => {
  test('words of the prose ask for the methods that implement them', () => {
    const found = behavioursOf('Errors are unhashable', 'So they cannot go in a set.')
    expect(found.get('__hash__')).toBe('unhashable')
    expect(found.get('__eq__')).toBe('unhashable')
    expect(found.has('__iter__')).toBe(false)
  })

  test('operators come from quoted code only, not from prose or program output', () => {
    const body = [
      'Taking it the other way round - like this - fails:',
      '```python',
      '>>> t2.datetime - t1',
      'Traceback (most recent call last):',
      "TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'Arrow'",
      '```',
      'and `stop | wait` composes fine.'
    ].join('\n')
    const found = behavioursOf('Reflected operand fails', body)
    expect(found.get('__rsub__')).toBe('`-`')
    expect(found.get('__or__')).toBe('`|`')
    expect(found.has('__and__')).toBe(false)
  })

  test('an indented REPL session is code too', () => {
    const body = 'A friend saw this:\n\n    >>> t2.datetime - t1 > timedelta(0)\n    False\n'
    expect(behavioursOf('Inverted sign', body).get('__rsub__')).toBe('`-`')
  })

  test('an issue that asks for nothing of the kind yields nothing', () => {
    expect(behavioursOf('Wrong default timeout', 'The client waits 5 s instead of 10.').size).toBe(
      0
    )
  })
})

describe('special methods in the symbol ranking', () => {
  test('"not iterable" leads to the class method that makes it iterable', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/names.py': [
        'class PersonName:',
        '    def __init__(self, value):',
        '        self.value = value',
        '',
        '    def __iter__(self):',
        '        return iter(self.value)',
        '',
        '    def family_name(self):',
        '        return self.value.split("^")[0]',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: 'PersonName is not iterable',
      body: "`'S' in PersonName('A^B')` raises TypeError: argument of type 'PersonName' is not iterable"
    })
    const iter = found.symbols.find(symbol => symbol.name === '__iter__')
    expect(iter?.reasons).toContain(
      'the special method for not iterable of `PersonName`, which the issue names'
    )
    expect(found.symbols[0]).toMatchObject({ name: '__iter__', className: 'PersonName' })
  })
})
