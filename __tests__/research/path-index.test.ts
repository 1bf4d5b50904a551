import { describe, expect, it } from '@jest/globals'
import {
  buildPathIndex,
  resolveDottedModule,
  resolveQuotedPath
} from '../../src/research/tree/path-index.js'

const paths = [
  'src/pkg/__init__.py',
  'src/pkg/fields.py',
  'src/pkg/utils/__init__.py',
  'src/pkg/utils/fields.py',
  'tests/test_fields.py',
  'pvlib/irradiance.py',
  'web/src/index.ts',
  'echo.go',
  'middleware/server.go'
]
const index = buildPathIndex(paths)

function resolved(quoted: string): string[] {
  return resolveQuotedPath(index, quoted).files.map(file => paths[file])
}

describe('resolveQuotedPath', () => {
  it('matches an absolute path from another machine by its longest shared tail', () => {
    expect(resolved('/usr/lib/python3.11/site-packages/pkg/fields.py')).toEqual([
      'src/pkg/fields.py'
    ])
    expect(
      resolved('C:\\venv\\Lib\\site-packages\\pkg\\utils\\fields.py'.replace(/\\/g, '/'))
    ).toEqual(['src/pkg/utils/fields.py'])
  })

  it('returns every file for an ambiguous bare name, and nothing for unknown files', () => {
    expect(resolved('fields.py').sort()).toEqual(['src/pkg/fields.py', 'src/pkg/utils/fields.py'])
    expect(resolved('/home/me/script.py')).toEqual([])
  })

  it('asked for the whole path, as a link names it, finds only a file at that path', () => {
    const whole = (quoted: string) =>
      resolveQuotedPath(index, quoted, true).files.map(file => paths[file])
    expect(whole('middleware/server.go')).toEqual(['middleware/server.go'])
    expect(whole('src/net/http/server.go')).toEqual([])
    expect(resolved('src/net/http/server.go')).toEqual(['middleware/server.go'])
  })
})

describe('resolveDottedModule', () => {
  it('finds the module file of a dotted reference, longest module first', () => {
    const irradiance = resolveDottedModule(index, ['pvlib', 'irradiance', 'reindl'])
    expect(irradiance && paths[irradiance.file]).toBe('pvlib/irradiance.py')
    expect(irradiance?.used).toBe(2)
    const utils = resolveDottedModule(index, ['pkg', 'utils', 'helper'])
    expect(utils && paths[utils.file]).toBe('src/pkg/utils/__init__.py')
  })

  it('finds a module by its last name alone and ignores short variable names', () => {
    const found = resolveDottedModule(index, ['irradiance', 'haydavies'])
    expect(found && paths[found.file]).toBe('pvlib/irradiance.py')
    expect(resolveDottedModule(index, ['np', 'nan'])).toBeUndefined()
  })

  it('never takes a Go file for the package of the same name: `echo.New` is package echo', () => {
    expect(resolveDottedModule(index, ['echo', 'New'])).toBeUndefined()
  })
})
