// Counts the terms in a file without allocating per token: a hand-written scanner
// splits identifiers into parts (as `subwordPattern` does), hashes each part lower-cased on
// the fly and compares against the wanted forms only on a hash hit. Term statistics over
// thousands of files then cost little more than reading them.

const enum Char {
  Other = 0,
  Lower = 1,
  Upper = 2
}

function classOf(code: number): Char {
  if (code >= 97 && code <= 122) return Char.Lower
  if (code >= 65 && code <= 90) return Char.Upper
  return Char.Other
}

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
  /** Parts shorter than this are neither counted nor measured. */
  static readonly minLength = 3

  /** `forms`: lower-case surface form -> term index. */
  constructor(forms: ReadonlyMap<string, number>) {
    let max = 0
    for (const [form, term] of forms) {
      let hash = fnvOffset
      for (let i = 0; i < form.length; i++) hash = hashStep(hash, form.charCodeAt(i))
      const index = this.forms.length
      this.forms.push(form)
      this.termOf.push(term)
      this.next.push(this.heads.get(hash) ?? -1)
      this.heads.set(hash, index)
      if (form.length > max) max = form.length
    }
    this.maxLength = max
  }

  /**
   * Adds the occurrences of each term in `text` to `counts` (indexed by term) and returns
   * the number of identifier parts of `minLength` letters or more: the document length.
   */
  count(text: string, counts: Uint32Array): number {
    let parts = 0
    const length = text.length
    let i = 0
    while (i < length) {
      const kind = classOf(text.charCodeAt(i))
      if (kind === Char.Other) {
        i++
        continue
      }
      // One identifier part: `[A-Z]+(?![a-z])` or `[A-Z]?[a-z]+`.
      const start = i
      let end = i + 1
      if (kind === Char.Upper) {
        while (end < length && classOf(text.charCodeAt(end)) === Char.Upper) end++
        if (end < length && classOf(text.charCodeAt(end)) === Char.Lower) {
          // `JSONEncoder`: the last capital starts the next part, unless the run is one letter.
          if (end - start > 1) {
            end--
          } else {
            while (end < length && classOf(text.charCodeAt(end)) === Char.Lower) end++
          }
        }
      } else {
        while (end < length && classOf(text.charCodeAt(end)) === Char.Lower) end++
      }
      if (end - start >= TermCounter.minLength) {
        parts++
        if (end - start <= this.maxLength) this.lookup(text, start, end, counts)
      }
      i = end
    }
    return parts
  }

  private lookup(text: string, start: number, end: number, counts: Uint32Array): void {
    let hash = fnvOffset
    for (let k = start; k < end; k++) hash = hashStep(hash, text.charCodeAt(k) | 0x20)
    let entry = this.heads.get(hash)
    while (entry !== undefined && entry >= 0) {
      const form = this.forms[entry]
      if (form.length === end - start) {
        let same = true
        for (let k = 0; k < form.length; k++) {
          if ((text.charCodeAt(start + k) | 0x20) !== form.charCodeAt(k)) {
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
