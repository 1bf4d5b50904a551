// Characters a reader cannot see that change how text reads or hides: zero-width, bidi controls
// and isolates, BOM, soft hyphen, Arabic letter mark, word joiner, and a Unicode tag character.
// Written out by hand, independently of the sanitiser, so the tests check it rather than echo it.
export const invisibleCharacters = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
  '\uFEFF',
  '\u00AD',
  '\u{E0041}'
]
