import { describe, expect, it } from '@jest/globals'
import { definitionPatternFor, forEachDefinition } from '../../src/research/scan/definitions.js'

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
