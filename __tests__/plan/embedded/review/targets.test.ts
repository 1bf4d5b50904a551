// The names a review request writes: a name inside a longer one is that one, a name that only
// begins another is its own (dropping `x.py` must not be read as dropping `x.pyi`).
import { describe, expect, test } from '@jest/globals'
import { namesIn } from '../../../../src/plan/embedded/review/targets.js'

describe('namesIn', () => {
  test('a file name inside its path, and a member inside its owner, are the longer name', () => {
    expect(namesIn('Use `test_x.py` from tests/test_x.py.')).toEqual(['tests/test_x.py'])
    expect(namesIn('Change `total` in `Cart.total`.')).toEqual(['Cart.total'])
  })

  test('a path that only begins another path is a name of its own', () => {
    const names = namesIn('Drop `loguru/__init__.py`. loguru/__init__.pyi is not needed.')
    expect(names).toContain('loguru/__init__.py')
    expect(names).toContain('loguru/__init__.pyi')
  })
})
