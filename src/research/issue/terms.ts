// Words and identifier parts, shared by the issue reader and the ranking: identifiers split on
// case changes and underscores, lower-cased, with a light English stemmer.

/** Identifier parts: `JSONEncoder` -> JSON, Encoder; `to_json_dict` -> to, json, dict. */
export const subwordPattern = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g

/** Splits text into lower-case identifier parts of two letters or more. */
export function subwords(text: string): string[] {
  const out: string[] = []
  subwordPattern.lastIndex = 0
  for (let m = subwordPattern.exec(text); m; m = subwordPattern.exec(text)) {
    if (m[0].length >= 2) out.push(m[0].toLowerCase())
  }
  return out
}

/**
 * Words that say nothing about where a change goes: English function words, words every
 * issue template uses, and keywords of common languages.
 */
export const stopwords = new Set(
  (
    'a an and are as at be been but by can could did do does doing done for from had has have ' +
    'having he her here hers him his how i if in into is it its itself just me more most my no ' +
    'nor not now of off on once only or other our out over own same she should so some such ' +
    'than that the their them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours ' +
    'also any all am cannot like get got use used using want seems seem see make made may might ' +
    'must need needs one two new way well still even instead though thanks thank please hi hello ' +
    'able about above after again against because before being below between both down during ' +
    'each few further let lets us via etc eg ie ok yes yet already always never something ' +
    'anything nothing everything someone would shall bug bugs issue issues error errors expected ' +
    'behaviour behavior actual describe description reproduce steps step version versions ' +
    'following follows example examples work works working problem feature request code ' +
    'screenshots screenshot context additional environment output result results info ' +
    'def class self cls return import from none true false null undefined function const var ' +
    'let elif else pass raise try except finally lambda yield async await print python pip ' +
    'js ts py www http https com org github html'
  ).split(' ')
)

/**
 * Light stemming: enough to meet `timezones`/`timezone`, `parsing`/`parses`/`parse`,
 * `classes`/`class`. Over-stemming is harmless here: both sides go through the same function.
 */
export function stem(word: string): string {
  let w = word.toLowerCase()
  if (w.length <= 4) return w
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3)
  else if (w.endsWith('ed') && w.length > 5 && !w.endsWith('eed')) w = w.slice(0, -2)
  else if (/(?:ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

const suffixes = ['', 'e', 's', 'es', 'ed', 'd', 'ing']

/**
 * Surface forms that stem to `stemmed`, so a file's tokens can be looked up raw in a map
 * (no stemming per token while scanning files).
 */
export function surfaceForms(stemmed: string): string[] {
  const forms = suffixes.map(suffix => stemmed + suffix)
  if (stemmed.endsWith('y')) forms.push(`${stemmed.slice(0, -1)}ies`)
  return forms.filter(form => stem(form) === stemmed)
}
