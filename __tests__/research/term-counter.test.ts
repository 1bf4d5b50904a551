import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { TermCounter } from '../../src/research/scan/term-counter.js'
import { subwords } from '../../src/research/issue/terms.js'

/** The reference: split with the regular expression, then count by string comparison. */
function reference(text: string, wanted: string[]): { counts: number[]; parts: number } {
  const parts = subwords(text).filter(part => part.length >= 3)
  return {
    counts: wanted.map(word => parts.filter(part => part === word).length),
    parts: parts.length
  }
}

describe('TermCounter', () => {
  it('splits identifiers on case and underscores like the reference splitter', () => {
    const wanted = ['json', 'encoder', 'dict', 'http', 'server']
    const counter = new TermCounter(new Map(wanted.map((word, i) => [word, i])))
    const counts = new Uint32Array(wanted.length)
    const text = 'class JSONEncoder: def to_json_dict(self): HTTPServer(jsonDict) # json'

    const parts = counter.count(text, counts)

    expect([...counts]).toEqual(reference(text, wanted).counts)
    expect([...counts]).toEqual([4, 1, 2, 1, 1])
    expect(parts).toBe(reference(text, wanted).parts)
  })

  it('agrees with the reference on arbitrary text, read as text or as UTF-8 bytes', () => {
    // Letters outside ASCII, CJK, an emoji (two UTF-16 units, four bytes), a BOM: parts are
    // ASCII letters, so whatever encodes the rest only separates them.
    const alphabet = fc.constantFrom(...'aAbBcCxX_ .(9\n'.split(''), 'é', 'Ü', '日', '😀', '\uFEFF')
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), chars => {
        const text = chars.join('')
        const wanted = ['abc', 'cab', 'xxx', 'bab', 'abcx']
        const counter = new TermCounter(new Map(wanted.map((word, i) => [word, i])))
        const expected = reference(text, wanted)
        const bytes = Buffer.from(text, 'utf8')
        for (const count of [
          (counts: Uint32Array) => counter.count(text, counts),
          (counts: Uint32Array) => counter.countBytes(bytes, bytes.length, counts)
        ]) {
          const counts = new Uint32Array(wanted.length)
          expect(count(counts)).toBe(expected.parts)
          expect([...counts]).toEqual(expected.counts)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('ends where it is told to: a capped read counts only its bytes', () => {
    const counter = new TermCounter(new Map([['table', 0]]))
    const counts = new Uint32Array(1)
    const bytes = Buffer.from('DataTable table tab')
    expect(counter.countBytes(bytes, 'DataTable table'.length, counts)).toBe(3)
    expect([...counts]).toEqual([2])
  })
})
