// Counts the terms in a file without allocating per token: a hand-written scanner
// splits identifiers into parts (as `subwordPattern` does), hashes each part lower-cased as it
// reads it and compares against the wanted forms only on a hash hit. It reads the file's UTF-8
// bytes as they come from the disk, not a decoded string: identifier parts are ASCII letters,
// every other character (whatever its encoding) only separates them, so the parts of the bytes
// are the parts of the text, and term statistics over a whole tree cost little more than
// reading it.

const OTHER = 0
const LOWER = 1
const UPPER = 2

/** Byte -> OTHER, LOWER or UPPER. */
const classes = new Uint8Array(256)
for (let c = 97; c <= 122; c++) classes[c] = LOWER
for (let c = 65; c <= 90; c++) classes[c] = UPPER

/** 65,536 bits: a few hundred forms set under 1% of them. */
const HASH_MASK = 2047

const fnvOffset = 0x811c9dc5
const fnvPrime = 0x01000193

function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, fnvPrime)
}

export class TermCounter {
  private readonly forms: string[] = []
  private readonly termOf: number[] = []
  private readonly next: number[] = []
  private readonly heads = new Map<number, number>()
  private readonly maxLength: number
  /** One bit per hash value (folded) that some form has: most parts stop at this test. */
  private readonly hashes = new Int32Array(HASH_MASK + 1)
  /** Parts shorter than this are neither counted nor measured. */
  static readonly minLength = 3

  /** `forms`: lower-case surface form -> term index. */
  constructor(forms: ReadonlyMap<string, number> | Iterable<readonly [string, number]>) {
    let max = 0
    for (const [form, term] of forms) {
      let hash = fnvOffset
      for (let i = 0; i < form.length; i++) hash = hashStep(hash, form.charCodeAt(i))
      const index = this.forms.length
      this.forms.push(form)
      this.termOf.push(term)
      this.next.push(this.heads.get(hash) ?? -1)
      this.heads.set(hash, index)
      this.hashes[(hash >>> 5) & HASH_MASK] |= 1 << (hash & 31)
      if (form.length > max) max = form.length
    }
    this.maxLength = max
  }

  /** `countBytes` over a string: the same parts, since they are the parts of its UTF-8 bytes. */
  count(text: string, counts: Uint32Array): number {
    const bytes = Buffer.from(text, 'utf8')
    return this.countBytes(bytes, bytes.length, counts)
  }

  /**
   * Adds the occurrences of each term in `bytes[0, end)` to `counts` (indexed by term) and
   * returns the number of identifier parts of `minLength` letters or more: the document length.
   */
  countBytes(bytes: Uint8Array, end: number, counts: Uint32Array): number {
    let parts = 0
    let i = 0
    const maxLength = this.maxLength
    const hashes = this.hashes
    while (i < end) {
      let code = bytes[i]
      const kind = classes[code]
      if (kind === OTHER) {
        i++
        continue
      }
      // One identifier part: `[A-Z]+(?![a-z])` or `[A-Z]?[a-z]+`, hashed lower-cased as it is read.
      const start = i
      let stop = i + 1
      let hash = hashStep(fnvOffset, code | 0x20)
      if (kind === UPPER) {
        let before = fnvOffset
        while (stop < end && classes[(code = bytes[stop])] === UPPER) {
          before = hash
          hash = hashStep(hash, code | 0x20)
          stop++
        }
        if (stop < end && classes[code] === LOWER) {
          // `JSONEncoder`: the last capital starts the next part, unless the run is one letter.
          if (stop - start > 1) {
            stop--
            hash = before
          } else {
            while (stop < end && classes[(code = bytes[stop])] === LOWER) {
              hash = hashStep(hash, code)
              stop++
            }
          }
        }
      } else {
        while (stop < end && classes[(code = bytes[stop])] === LOWER) {
          hash = hashStep(hash, code)
          stop++
        }
      }
      const length = stop - start
      if (length >= TermCounter.minLength) {
        parts++
        if (length <= maxLength && (hashes[(hash >>> 5) & HASH_MASK] & (1 << (hash & 31))) !== 0)
          this.lookup(hash, bytes, start, stop, counts)
      }
      i = stop
    }
    return parts
  }

  private lookup(
    hash: number,
    bytes: Uint8Array,
    start: number,
    stop: number,
    counts: Uint32Array
  ): void {
    let entry = this.heads.get(hash)
    while (entry !== undefined && entry >= 0) {
      const form = this.forms[entry]
      if (form.length === stop - start) {
        let same = true
        for (let k = 0; k < form.length; k++) {
          if ((bytes[start + k] | 0x20) !== form.charCodeAt(k)) {
            same = false
            break
          }
        }
        if (same) {
          counts[this.termOf[entry]]++
          return
        }
      }
      entry = this.next[entry]
    }
  }
}
