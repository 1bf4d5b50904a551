// Text made into a regular expression that matches it literally: names, paths and patterns from
// issues and code are data, never syntax.

/** `text` with every character a regular expression gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
