import { describe, expect, it } from '@jest/globals'
import {
  isDeclaration,
  isTestCode,
  namedPlaces,
  placesIn,
  scoreFault
} from '../../scripts/bench/fault-measures.js'
import { tempRepos } from '../support/git-repo.js'

describe('placesIn', () => {
  it('reads the three ways a plan names a place with its lines', () => {
    expect(placesIn('- Read `walk` (lines 3–9) in `src/walk.rs` and find …')).toEqual([
      { name: 'walk', path: 'src/walk.rs', start: 3, end: 9 }
    ])
    expect(placesIn('`Size.parse` in `src/filter/size.rs` (line 12) is where it points')).toEqual([
      { name: 'Size.parse', path: 'src/filter/size.rs', start: 12, end: 12 }
    ])
    expect(
      placesIn(
        'The fault most likely lives here in `size` (line 7) and `run` (lines 10–20): fix it',
        'src/filter/mod.rs'
      )
    ).toEqual([
      { name: 'size', path: 'src/filter/mod.rs', start: 7, end: 7 },
      { name: 'run', path: 'src/filter/mod.rs', start: 10, end: 20 }
    ])
    expect(placesIn('ends at `lib/a.js`, in `parse` (lines 2–4): that is where')).toEqual([
      { name: 'parse', path: 'lib/a.js', start: 2, end: 4 }
    ])
  })

  it('names nothing without lines', () => {
    expect(placesIn('Change `parse` in `lib/a.js` so that it holds')).toEqual([])
  })
})

describe('namedPlaces', () => {
  it("leaves a test file's bullet out: it says where the test goes", () => {
    const plan = [
      '## Relevant Files',
      '### Existing Files to Modify',
      '- `src/a.rs` - The fault most likely lives here in `parse` (lines 1–3).',
      '- `tests/tests.rs` - Existing tests of `src/a.rs`: helper `run` (lines 5–9).',
      '',
      '## Step by Step Tasks'
    ].join('\n')
    expect(namedPlaces(plan).map(place => place.path)).toEqual(['src/a.rs'])
  })
})

describe('isDeclaration', () => {
  it('tells declarations from code', () => {
    expect(isDeclaration(['mod size;'])).toBe(true)
    expect(isDeclaration(['pub(crate) use crate::walk::{a, b};'])).toBe(true)
    expect(isDeclaration(['from .core import rolling'])).toBe(true)
    expect(isDeclaration(["export { parse } from './parse.js'"])).toBe(true)
    expect(isDeclaration(["const debug = require('debug')"])).toBe(true)
    expect(isDeclaration(['mod size {', '  fn a() {}', '}'])).toBe(false)
    expect(isDeclaration(['def size(self):', '    return 1'])).toBe(false)
    expect(isDeclaration(['', '// comment'])).toBe(false)
  })
})

describe('isTestCode', () => {
  const place = (name: string, path = 'src/size.rs', start = 1, end = 1) => ({
    name,
    path,
    start,
    end
  })

  it('knows test files, test names and Rust test modules', () => {
    expect(isTestCode(place('run', 'tests/tests.rs'), [])).toBe(true)
    expect(isTestCode(place('gen_size_filter_parse_test'), [])).toBe(true)
    expect(isTestCode(place('Size.parse'), [])).toBe(false)
    expect(isTestCode(place('latest'), [])).toBe(false)
    const lines = ['fn parse() {}', '#[cfg(test)]', 'mod tests {', '  fn helper() {}', '}']
    expect(isTestCode(place('helper', 'src/size.rs', 4, 4), lines)).toBe(true)
    expect(isTestCode(place('parse', 'src/size.rs', 1, 1), lines)).toBe(false)
  })
})

describe('scoreFault', () => {
  const dirs = tempRepos()

  it('reads the named places in the tree', () => {
    const root = dirs.tree({
      'src/filter/mod.rs': 'use std::fs;\n\nmod size;\n\npub fn run() {\n  size::x()\n}\n'
    })
    const plan = [
      '## Root Cause Analysis',
      '`size` in `src/filter/mod.rs` (line 3) is where the issue points.',
      '',
      '## Relevant Files',
      '### Existing Files to Modify',
      '- `src/filter/mod.rs` - On the failing path in `run` (lines 5–7).'
    ].join('\n')
    expect(scoreFault(plan, root)).toEqual({
      declaration: true,
      testCode: false,
      offending: ['src/filter/mod.rs:3 size']
    })
  })
})
