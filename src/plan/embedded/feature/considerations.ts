// Security and performance notes the embedded planner can justify. A note fires on a reason a
// reader can check: a sentence of the issue about the concern (quoted) or a file the change
// touches whose role carries it (named). A word alone is no reason: the logs, code and
// links are not read, nor the alternatives it set aside, and "cache key" is about a cache, not
// about speed. With no reason the plan says so in one honest line instead of inventing a risk.
import { code, prose } from '../prose.js'
import { wordsOf } from '../../../text/sentences.js'

export interface ConsiderationInput {
  /** The issue's own sentences about the request (title, problem, proposal, drawbacks), chatter left out. */
  sentences: string[]
  /** The code files the change touches, best first. */
  files: string[]
}

interface Signal {
  /** Words of the issue that name the concern itself. */
  words?: RegExp
  /** File paths whose role carries the concern. */
  path?: RegExp
  /** What to check, after the reason. */
  check: string
  /** What the change does, as the note opens: "Touches authentication". */
  what: string
}

// Each pattern names the concern itself: "author" is not authentication, a tokenizer is not an
// access token, a config module is not a secret.
const SECURITY: Signal[] = [
  {
    words:
      /\b(?:auth|authn|authz|authenticat\w*|authori[sz]\w*|log[ -]?in|log[ -]?out|sign[ -]?in|passwords?|sessions?|credentials?|permissions?|access control|admins?|oauth2?|jwt|sso|access tokens?|api tokens?)\b/i,
    path: /(?:^|[/_.-])(?:auth|authn|authz|authenticat\w*|authori[sz]\w*|login|sessions?|permissions?|acl|oauth2?|jwt|sso|credentials?)(?:[/_.-]|$)/i,
    what: 'Touches authentication or authorisation',
    check:
      'every new path enforces the same permission checks as its neighbours, and tokens or passwords never reach logs, URLs or error messages.'
  },
  {
    words: /\b(?:uploads?|file ?paths?|path traversal|downloads?|attachments?|symlinks?)\b/i,
    path: /(?:^|[/_.-])(?:uploads?|downloads?|attachments?|static|serve[_-]?files?)(?:[/_.-]|$)/i,
    what: 'Handles files or paths from outside',
    check:
      'resolve paths against a fixed root and reject `..`, absolute paths and symlinks that lead outside it; cap file sizes.'
  },
  {
    words: /\b(?:webhooks?|proxy|proxies|redirects?|outbound|callback urls?|ssrf)\b/i,
    what: 'Makes or forwards network requests',
    check:
      'validate URLs and payloads, set timeouts, and do not let user input choose arbitrary hosts (SSRF).'
  },
  {
    words:
      /\b(?:user[- ](?:provided|supplied|input)|untrusted|malicious|attackers?|spoof\w*|forged?|sanitiz\w*|sanitis\w*|xss|(?:sql|code|command|script|html|header|template|prompt|shell|log) injection|injection attacks?|escap(?:e|ing) (?:html|input|output))\b/i,
    what: 'Takes input an attacker can shape',
    check:
      'validate types and sizes at the boundary, and escape anything rendered back (HTML, Markdown, shell).'
  },
  {
    words: /\b(?:secrets?|api[- ]?keys?|\.env|private keys?)\b/i,
    what: 'Involves secrets',
    check:
      'read secrets from the environment or a secret store, never commit them, and mask them in output.'
  },
  {
    words: /\b(?:regular expressions?|regexp?s?|regex patterns?)\b/i,
    what: 'Builds regular expressions from configuration or input',
    check:
      'compile them once rather than per call, and keep a pattern from a user from backtracking without bound on long input (ReDoS).'
  },
  {
    words: /\b(?:sql|database queries|query builder|migrations?)\b/i,
    path: /(?:^|[/_.-])(?:db|database|sql|migrations?|orm)(?:[/_.-]|$)/i,
    what: 'Reaches the database',
    check:
      'use parameterised queries or the ORM, never string-built SQL, and keep migrations reversible.'
  }
]

const PERFORMANCE: Signal[] = [
  {
    words:
      /\b(?:large (?:\w+ )?(?:results?|files?|inputs?|data(?:sets?)?|payloads?|lists?|exports?|repositor(?:y|ies)|projects?|documents?)|bulk|batch(?:es)?|thousands|millions|paginat\w*|huge|big (?:files?|data|inputs?))\b/i,
    what: 'Works over data that can grow',
    check: 'stream or paginate instead of loading everything, and keep the work per item constant.'
  },
  {
    words: /\b(?:real[- ]?time|streaming|websockets?|polling|subscriptions?)\b/i,
    what: 'Pushes updates continuously',
    check: 'bound connection counts and message rates, and back off on reconnects.'
  },
  {
    // "cache-related annotations" name a topic, not a cache the change alters.
    // A file in a cache package is no reason alone: its annotation or its config may change, not the cache.
    words: /\b(?:cache[sd]?|caching|memoi[sz]\w*)\b(?!-)/i,
    what: 'Changes a cache',
    check:
      'keep keys unique per input so entries are never shared by mistake, bound its size, and compare the hit rate before and after.'
  },
  {
    words:
      /\b(?:slow(?:er|ly|ness)?|latency|performance|speed ?up|faster|takes? (?:\d+ )?(?:seconds|minutes)|expensive|overhead|memory usage)\b/i,
    what: 'The issue is about cost in time or memory',
    check:
      'measure before and after with a benchmark or profile, and state the figure in the pull request.'
  },
  {
    words: /\b(?:n\+1|database queries|sql queries)\b/i,
    what: 'Adds database work',
    check: 'check the query plan, and add an index if the new query filters on unindexed columns.'
  },
  {
    // The loops every input goes through: one more step there is paid on every call.
    path: /(?:^|\/)[\w-]*(?:router|routing|matcher|lexer|tokeni[sz]er|scanner|parser|serializer|encoder|decoder)s?\.\w+$/i,
    what: 'Changes code on the hot path',
    check:
      'every input goes through it: keep the added work constant per call, allocate nothing when the feature is not used, and run the project’s benchmarks if it has some.'
  }
]

/** A short quote of the sentence around the word that fired, as the issue wrote it. */
function quoteAround(sentence: string, word: RegExp): string {
  const flat = sentence.replace(/\s+/g, ' ').trim()
  const at = flat.search(word)
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - 50)) + 1)
  const cut = flat.slice(at < 50 ? 0 : start)
  const end = cut.length > 110 ? cut.lastIndexOf(' ', 110) : cut.length
  return prose(cut.slice(0, end > 0 ? end : 110), 120)
    .replace(/`/g, '')
    .replace(/[,;:.]+$/, '')
}

/** The reason a signal has here: the words, else the touched file's role; or none. */
function reasonFor(signal: Signal, input: ConsiderationInput): string | undefined {
  if (signal.words) {
    const sentence = input.sentences.find(text => signal.words!.test(wordsOf(text)))
    if (sentence) return `the issue: “${quoteAround(sentence, signal.words)}”`
  }
  if (signal.path) {
    const file = input.files.slice(0, 3).find(path => signal.path!.test(path))
    if (file) return `the change touches ${code(file)}`
  }
  return undefined
}

function notes(signals: Signal[], input: ConsiderationInput, limit: number): string[] {
  return signals
    .map(signal => {
      const reason = reasonFor(signal, input)
      return reason ? `${signal.what} (${reason}): ${signal.check}` : undefined
    })
    .filter((note): note is string => note !== undefined)
    .slice(0, limit)
}

function touched(files: string[]): string {
  return files.length > 0 ? ` (${files.slice(0, 2).map(code).join(', ')})` : ''
}

export function securityNotes(input: ConsiderationInput): string[] {
  const found = notes(SECURITY, input, 3)
  if (found.length > 0) return found
  return [
    `Nothing in the issue or the code it touches${touched(input.files)} handles credentials, permissions, files from outside or network input, so the change adds no trust boundary; keep the validation the touched code already does.`
  ]
}

export function performanceNotes(input: ConsiderationInput): string[] {
  const found = notes(PERFORMANCE, input, 3)
  if (found.length > 0) return found
  return [
    `Nothing in the issue points at a hot path, a cache, data that grows or new I/O${touched(input.files)}; the change should cost nothing when the feature is not used.`
  ]
}
