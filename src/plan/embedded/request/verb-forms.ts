// The few English verb forms the planner needs to restate a request: the base form behind a past
// tense ("if it accepted" -> "accept") or a gerund ("having" -> "have"), and the participle and
// third person of a base ("set" -> "can be set", "support" -> "supports"). Regular rules, checked
// against the verbs issues about software use; a word the rules cannot place is left alone.

// Verbs that issues about software ask for, in their base form.
const VERBS = new Set(
  `accept access add adjust align allow apply assert attach avoid bind block break build bump cache
   calculate call cancel capture catch cause change check choose clean clear close collapse collect
   combine compare compile complete compose compress compute configure connect contain continue
   convert copy count create customise customize debug declare decode define delete deny
   deprecate derive describe detect disable display distinguish do document download drop dump
   emit enable encode end enforce ensure escape evaluate exclude execute exist expand expect export
   expose extend extract fail fetch fill filter find fire fix flag flatten follow force format
   forward generate get give group handle have hide highlight hold honour honor ignore implement
   import improve include indent infer inherit initialise initialize inject insert inspect install
   introduce invert invoke keep label launch leave let limit link list listen load lock log look
   make map mark match merge migrate mirror move name navigate nest normalise normalize notify
   omit open order output override pad paginate parse pass patch pause persist pick pin place play
   point populate prefer prefix preserve prevent print process produce prompt propagate protect
   provide publish pull push put query quote raise reach read rebuild receive record redirect
   reduce refactor refresh register reject release reload remember remove rename render reorder
   repeat replace report request require reset resolve respect restore restrict resume retain retry
   return reuse revert run save scan schedule scroll search see select send separate serialise
   serialize set share shift show shrink skip sort specify split start stop store stream strip
   submit subscribe suggest support suppress switch sync tag take tell test throw toggle track
   transform translate treat trigger trim truncate turn type undo unify unwrap update upgrade
   upload use validate verify view wait warn watch work wrap write yield`.split(/\s+/)
)

const IRREGULAR_PAST: Record<string, string> = {
  had: 'have',
  made: 'make',
  did: 'do',
  got: 'get',
  gave: 'give',
  took: 'take',
  kept: 'keep',
  ran: 'run',
  wrote: 'write',
  sent: 'send',
  built: 'build',
  found: 'find',
  threw: 'throw',
  chose: 'choose',
  left: 'leave',
  held: 'hold',
  hid: 'hide',
  showed: 'show',
  bound: 'bind',
  broke: 'break',
  saw: 'see',
  told: 'tell'
}

const IRREGULAR_PARTICIPLE: Record<string, string> = {
  be: 'been',
  bind: 'bound',
  break: 'broken',
  build: 'built',
  choose: 'chosen',
  do: 'done',
  find: 'found',
  get: 'got',
  give: 'given',
  have: 'had',
  hide: 'hidden',
  hold: 'held',
  keep: 'kept',
  leave: 'left',
  make: 'made',
  read: 'read',
  run: 'run',
  see: 'seen',
  send: 'sent',
  show: 'shown',
  take: 'taken',
  tell: 'told',
  throw: 'thrown',
  write: 'written'
}

/** Whether the word is a verb of the list above, in its base form. */
export function isBaseVerb(word: string): boolean {
  return VERBS.has(word.toLowerCase())
}

/** "accepted" -> "accept", "copied" -> "copy", "stopped" -> "stop", "had" -> "have"; else undefined. */
export function baseOfPast(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (IRREGULAR_PAST[lower]) return IRREGULAR_PAST[lower]
  if (!lower.endsWith('ed')) return undefined
  const candidates = [
    lower.slice(0, -2),
    lower.slice(0, -1),
    lower.slice(0, -3),
    `${lower.slice(0, -3)}y`
  ]
  return candidates.find(isBaseVerb)
}

/** "having" -> "have", "adding" -> "add", "running" -> "run", "making" -> "make"; else undefined. */
export function baseOfGerund(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (!lower.endsWith('ing') || lower.length < 5) return undefined
  const stem = lower.slice(0, -3)
  return [stem, `${stem}e`, stem.slice(0, -1)].find(isBaseVerb)
}

// Short verbs whose last consonant doubles before -ed: "stop" -> "stopped".
const DOUBLING =
  /^(?:stop|map|drop|wrap|skip|strip|trim|pin|log|tag|flag|prefer|submit|omit|emit|permit|commit|plan|swap|scan|ban|unwrap)$/

/** "set" -> "set", "hide" -> "hidden", "copy" -> "copied", "skip" -> "skipped", "pass" -> "passed". */
export function pastParticiple(base: string): string {
  const lower = base.toLowerCase()
  if (IRREGULAR_PARTICIPLE[lower]) return IRREGULAR_PARTICIPLE[lower]
  if (/^(?:set|put|let|split|cut|shut|spread|broadcast|hit|cost)$/.test(lower)) return lower
  if (lower.endsWith('e')) return `${lower}d`
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`
  if (DOUBLING.test(lower)) return `${lower}${lower.slice(-1)}ed`
  return `${lower}ed`
}

/** "support" -> "supports", "fix" -> "fixes", "copy" -> "copies", "have" -> "has". */
export function thirdPerson(base: string): string {
  const lower = base.toLowerCase()
  if (lower === 'have') return 'has'
  if (lower === 'be') return 'is'
  if (lower === 'do') return 'does'
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${lower}es`
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`
  return `${lower}s`
}
