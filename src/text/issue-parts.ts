// Which part of a request a heading opens, read from the heading's own words the way a maintainer
// reads an issue form: GitHub's classic template ("Is your feature request related to a
// problem?", "Describe the solution you'd like", "Describe alternatives you've considered",
// "Additional context"), the forms projects write for themselves ("Motivation", "Feature
// Proposal", "Example", "What will the rule do after it's changed?"), and the problem / proposal /
// API / pros and cons a careful reporter writes by hand. The words decide, not a list of forms, so
// a form nobody has seen still falls into its parts.

export type IssuePart =
  | 'problem'
  | 'solution'
  | 'api'
  | 'alternatives'
  | 'pros'
  | 'cons'
  | 'criteria'
  | 'context'
  /** The form's own questions about the reporter (prerequisites, environment, versions, logs, a PR offer): never plan prose. */
  | 'aside'

// The first rule whose words the heading holds wins: the order settles headings with several
// ("Describe alternative solutions" is about alternatives; "Is your feature request related to a
// problem?" about the problem).
const RULES: Array<[IssuePart, RegExp]> = [
  [
    'aside',
    /\b(?:prerequisites?|checklist|check ?list|participation|code of conduct|willing|are you (?:able|going)|submit(?:ting)? a (?:pr|pull request)|(?:operating )?system(?: info(?:rmation)?)?|environment|versions?|platforms?|os|browsers?|runtime|logs?|screenshots?|stack ?traces?|tracebacks?|related (?:issues?|prs?|links?)|duplicates?|search(?:ed)? (?:existing|the)|validations?|terms|sponsor(?:ship)?|reproduction (?:link|url|repo(?:sitory)?))\b/i
  ],
  ['alternatives', /\b(?:alternatives?|workarounds?|other options?|considered)\b/i],
  [
    'cons',
    /\b(?:cons|drawbacks?|downsides?|disadvantages?|risks?|caveats?|trade-?offs?|concerns?|limitations?|breaking changes?)\b/i
  ],
  ['pros', /\b(?:pros|advantages?|benefits?|upsides?)\b/i],
  [
    'criteria',
    /\b(?:acceptance criteria|definition of done|done when|requirements?|tasks?|to ?do)\b/i
  ],
  [
    'context',
    /\b(?:additional|anything else|other (?:info|information|comments?|notes?)|extra)\b/i
  ],
  [
    'api',
    /\b(?:api|usage|examples?|sketch|syntax|signatures?|code (?:sample|snippet)s?|snippets?|mock-?ups?|input code|example code|how (?:it|this) (?:would|could|might) look)\b/i
  ],
  [
    'problem',
    /\b(?:problem|motivation|background|why|use[- ]?cases?|pain|currently|current(?:ly)? behaviou?r|now|today|what (?:does|do) .+ (?:currently|now)|what (?:do|did) you see|actual|the issue|context)\b/i
  ],
  [
    'solution',
    /\b(?:solution|proposal|propos\w*|suggest\w*|ideas?|feature|enhancement|request|how (?:would|should|will|could|can|do)|implement\w*|change|expected|desired|what will|after (?:it|the change)|improve\w*|would you like|describe (?:the|your)|design)\b/i
  ],
  ['context', /\b(?:notes?|comments?|info(?:rmation)?|links?|references?)\b/i]
]

/** The part a heading opens, or undefined for a heading that names none (its text stays loose). */
export function partOfHeading(heading: string): IssuePart | undefined {
  const words = heading
    .replace(/[*_`#]/g, ' ')
    .replace(/[^\p{L}\p{N}'?,./ -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!words) return undefined
  return RULES.find(([, pattern]) => pattern.test(words))?.[0]
}

/**
 * An answer too short to be prose: a form's multiple-choice field ("Fewer", "A new option",
 * "Generate fewer warnings") or an empty one ("_No response_", "N/A"). It says which box was
 * ticked, not what to build.
 */
export function isChoiceAnswer(text: string): boolean {
  const words = text
    .replace(/(`+)[\s\S]*?\1/g, ' code ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  if (/^_?(?:no response|n\/?a|none|nope|no|yes)_?\.?$/i.test(text.trim())) return true
  // A sentence, however short, ends with its stop; a ticked label does not.
  return words.length <= 4 && !/`/.test(text) && !/[.!?]\s*$/.test(text.trim())
}
