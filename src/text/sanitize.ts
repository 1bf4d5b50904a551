// The copy of issue text a model reads. Issue text is untrusted: hidden HTML comments and
// invisible or direction-changing characters are the usual carriers of prompt injection, so they
// are removed; the size is capped so one issue cannot exhaust the context. The plan's Metadata
// keeps the body verbatim; only the model's copy is cleaned.

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g
// Zero-width, bidi controls and isolates (and the Arabic letter mark), BOM, soft hyphen, word joiner and invisible operators,
// Mongolian vowel separator, interlinear annotation marks.
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g
// C0 and C1 controls other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g
// Unicode "tag" characters can smuggle invisible ASCII.
const TAGS = /[\u{E0000}-\u{E007F}]/gu

export function sanitizeIssueText(text: string, maxChars = 20_000): string {
  let clean = text
    .replace(/\r\n?/g, '\n')
    // Invisible characters first: `<!\u200B--` must not survive as a visible comment opener.
    .replace(INVISIBLE, '')
    .replace(TAGS, '')
    .replace(CONTROL, '')
  // Removing one comment can join its neighbours into another (`<<!-- -->!-- x -->`): repeat.
  for (let previous = ''; previous !== clean;) {
    previous = clean
    clean = clean.replace(HTML_COMMENT, '')
  }
  if (clean.length <= maxChars) return clean
  // Never cut between the two halves of a surrogate pair: a lone half is not valid text.
  const cut = /[\uD800-\uDBFF]/.test(clean[maxChars - 1] ?? '') ? maxChars - 1 : maxChars
  return `${clean.slice(0, cut)}\n[truncated: ${clean.length - cut} more characters]`
}
