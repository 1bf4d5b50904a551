// Security and performance notes the embedded planner can justify: each one fires on a signal
// in the issue or in the files the change touches, and says what to check. With no signal the
// plan says so plainly instead of inventing a risk.

interface Signal {
  pattern: RegExp
  note: string
}

// Each pattern matches whole words that name the concern itself: "author" is not
// authentication, a tokenizer is not an access token, a config module is not a secret.
const SECURITY: Signal[] = [
  {
    pattern:
      /\b(auth|authn|authz|authenticat\w*|authori[sz]\w*|log[ -]?in|log[ -]?out|sign[ -]?in|passwords?|sessions?|credentials?|permissions?|access control|admins?|oauth2?|jwt|sso|access tokens?|api tokens?)\b/i,
    note: 'Touches authentication or authorisation: check that every new path enforces the same permission checks as its neighbours, and that tokens or passwords never reach logs, URLs or error messages.'
  },
  {
    pattern: /\b(uploads?|file ?paths?|path traversal|downloads?|attachments?|symlinks?)\b/i,
    note: 'Handles files or paths: resolve paths against a fixed root and reject `..`, absolute paths and symlinks that lead outside it; cap file sizes.'
  },
  {
    pattern:
      /\b(webhooks?|endpoints?|proxy|redirects?|outbound|callback urls?|http requests?|ssrf)\b/i,
    note: 'Makes or accepts network requests: validate URLs and payloads, set timeouts, and do not let user input choose arbitrary hosts (SSRF).'
  },
  {
    pattern: /\b(databases?|orm|migrations?|sql injection|parameteri[sz]ed queries)\b/i,
    note: 'Reaches the database: use parameterised queries or the ORM, never string-built SQL, and keep migrations reversible.'
  },
  {
    pattern:
      /\b(user[- ](?:provided|supplied|input)|untrusted|payloads?|form (?:data|input)|sanitiz\w*|sanitis\w*|xss|injection)\b/i,
    note: 'Parses outside input: validate types and sizes at the boundary, and escape anything rendered back (HTML, Markdown, shell).'
  },
  {
    pattern:
      /\b(secrets?|api[- ]?keys?|\.env|environment variables? (?:holding|with) (?:keys|secrets))\b/i,
    note: 'Involves configuration or secrets: read secrets from the environment or a secret store, never commit them, and mask them in output.'
  }
]

const PERFORMANCE: Signal[] = [
  {
    pattern:
      /\b(large|bulk|batch(?:es)?|thousands|millions|paginat\w*|all (?:items|records|rows)|big (?:files?|data|inputs?))\b/i,
    note: 'Works over collections that can grow: paginate or stream instead of loading everything, and avoid per-item queries (N+1).'
  },
  {
    pattern: /\b(real[- ]?time|streaming|websockets?|polling|notifications?|subscriptions?)\b/i,
    note: 'Pushes updates continuously: bound connection counts and message rates, and back off on reconnects.'
  },
  {
    pattern: /\b(cache|caching|slow|slower|latency|performance|speed ?up|timeouts?)\b/i,
    note: 'The issue is about speed: measure before and after with a benchmark or profile, and state the figure in the pull request.'
  },
  {
    pattern: /\b(databases?|n\+1|queries)\b/i,
    note: 'Adds database work: check the query plan and add an index if the new query filters on unindexed columns.'
  },
  {
    pattern: /\b(uploads?|downloads?|attachments?|videos?|large files?)\b/i,
    note: 'Moves files: stream them rather than buffering whole files in memory, and cap sizes.'
  }
]

function matching(signals: Signal[], text: string): string[] {
  return signals.filter(signal => signal.pattern.test(text)).map(signal => signal.note)
}

export function securityNotes(text: string, files: string[]): string[] {
  const notes = matching(SECURITY, `${text}\n${files.join('\n')}`).slice(0, 4)
  if (notes.length > 0) return notes
  return [
    'No new trust boundary is apparent from the issue: the change stays inside existing code paths. Review that inputs reaching the files above are still validated as before.'
  ]
}

export function performanceNotes(text: string): string[] {
  const notes = matching(PERFORMANCE, text).slice(0, 3)
  if (notes.length > 0) return notes
  return [
    'No performance-sensitive path is apparent from the issue. Keep the new code linear in the size of its input and avoid extra I/O on hot paths; measure if a benchmark exists.'
  ]
}
