import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  definitionPatternFor,
  forEachDefinition,
  forEachDefinitionOnLines
} from '../../src/research/scan/definitions.js'

function definedIn(path: string, text: string): string[] {
  const pattern = definitionPatternFor(path)
  if (!pattern) return []
  const names: string[] = []
  forEachDefinition(pattern, text, name => names.push(name))
  return names
}

describe('definitions by language', () => {
  it('Python: classes, functions, methods and module-level names', () => {
    const text = [
      'TIMEOUT: int = 30',
      'class URLValidator(Validator):',
      '    def __call__(self, value):',
      '        result = value',
      'async def fetch(url):',
      '    pass',
      'if TIMEOUT == 30:',
      '    pass'
    ].join('\n')
    expect(definedIn('pkg/validators.py', text)).toEqual([
      'TIMEOUT',
      'URLValidator',
      '__call__',
      'fetch'
    ])
  })

  it('TypeScript: exported declarations and class methods, not control flow', () => {
    const text = [
      'export interface Options { retries: number }',
      'export type Mode = "a" | "b"',
      'export const DEFAULT_MODE: Mode = "a"',
      'export default class RateLimiter {',
      '  private allow(key: string): boolean {',
      '    if (key) {',
      '      return true',
      '    }',
      '  }',
      '}',
      'export async function startServer() {}'
    ].join('\n')
    expect(definedIn('src/limiter.ts', text)).toEqual([
      'Options',
      'Mode',
      'DEFAULT_MODE',
      'RateLimiter',
      'allow',
      'startServer'
    ])
  })

  it('Go, Rust, Ruby and Java', () => {
    expect(
      definedIn(
        's.go',
        'type Server struct {}\nfunc (s *Server) Handle() {}\nfunc New() *Server {}\n'
      )
    ).toEqual(['Server', 'Handle', 'New'])
    expect(
      definedIn('lib.rs', 'pub struct Cache;\nimpl Cache {\n    pub fn get(&self) {}\n}\n')
    ).toEqual(['Cache', 'get'])
    expect(
      definedIn('a.rb', 'module Shop\n  class Cart\n    def total?\n    end\n  end\nend\n')
    ).toEqual(['Shop', 'Cart', 'total?'])
    expect(
      definedIn(
        'A.java',
        'public class Cart {\n    public static int total(int x) {\n        return x;\n    }\n}\n'
      )
    ).toEqual(['Cart', 'total'])
  })

  it('has no pattern for data files', () => {
    expect(definitionPatternFor('data/table.csv')).toBeUndefined()
  })
})

describe('definitions on the lines that name them', () => {
  const names = ['add_row', 'DataTable', 'key', 'go']
  // Lines made of pieces of definitions and uses in every language the patterns know, and noise.
  const pieces = [
    'def ',
    'class ',
    'async ',
    'fn ',
    'struct ',
    'func ',
    'type ',
    'function ',
    'export ',
    'public ',
    'static ',
    'int ',
    'module ',
    '#define ',
    'typedef ',
    '(',
    ')',
    '()',
    ' {',
    '}',
    ':',
    ' = ',
    '==',
    '.',
    '&',
    ' ',
    '  ',
    '\t',
    'é',
    '日',
    'x',
    'self.',
    ';',
    ...names,
    ...names
  ]
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map(parts => parts.join(''))
  const wanted = new Set(names)

  it.each(['a.py', 'a.ts', 'a.go', 'a.rs', 'A.java', 'a.rb', 'a.php', 'a.c', 'a.sh'])(
    '%s: the definitions the whole text holds of the names',
    path => {
      const pattern = definitionPatternFor(path)!
      fc.assert(
        fc.property(fc.array(line, { maxLength: 12 }), lines => {
          const text = lines.join('\n')
          const whole: string[] = []
          forEachDefinition(pattern, text, name => {
            if (wanted.has(name)) whole.push(name)
          })
          const bytes = Buffer.from(`${text}\nstale bytes past the end: def key`)
          const found: string[] = []
          const needles = names.map(name => Buffer.from(name))
          forEachDefinitionOnLines(pattern, bytes, Buffer.byteLength(text), needles, name => {
            if (wanted.has(name)) found.push(name)
          })
          expect(found).toEqual(whole)
        }),
        { numRuns: 500 }
      )
    }
  )
})
