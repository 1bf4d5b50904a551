// The words a reporter wraps a request in, shared by every reading of it: the wish ("I'd like",
// "we would love"), the compliment to an idea ("it would be nice", "that would be really useful")
// and the reporter's team speaking ("we", "our"). Each is a pattern's source, to be embedded.

/** "I'd like", "we would really love", "what I would want": the reporter's wish, opening a sentence. */
export const I_WOULD_LIKE =
  "(?:what )?(?:i|we)(?:'d| would)(?: really| also| just)? (?:like|love|prefer|want)"

/** "nice", "really useful", "so great": how a reporter rates an idea. */
export const NICE =
  '(?:really |very |super |so |even )?(?:nice|great|good|helpful|useful|handy|cool|convenient|awesome|ideal|better|beneficial|valuable|neat|amazing)'

/** "It would be nice", "this would be really useful": the compliment a wish opens with. */
export const WOULD_BE_NICE = `(?:it|this|that) would be ${NICE}`

/** "we", "our": the reporter's team, which a plan about the software does not speak as. */
export const WE = /\b(?:we|we're|we've|us|our|ours)\b/i
