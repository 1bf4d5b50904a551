// Security and performance notes the embedded planner can justify: each one fires on a signal
// in the issue or in the files the change touches, and says what to check. With no signal the
// plan says so plainly instead of inventing a risk.

interface Signal {
  pattern: RegExp
  note: string
}

const SECURITY: Signal[] = [
  {
    pattern:
      /\b(auth\w*|login|logout|password|session|token|credential|permissions?|roles?|admins?|access control|private|oauth|jwt|sso)\b/i,
    note: 'Touches authentication or authorisation: check that every new path enforces the same permission checks as its neighbours, and that tokens or passwords never reach logs, URLs or error messages.'
  },
  {
    pattern: /\b(upload|file ?path|filename|directory|download|attachment|fs\.|open\()/i,
    note: 'Handles files or paths: resolve paths against a fixed root and reject `..`, absolute paths and symlinks that lead outside it; cap file sizes.'
  },
  {
    pattern:
      /\b(urls?|https?|webhooks?|fetch\w*|endpoints?|proxy|redirects?|outbound|callback url)\b/i,
    note: 'Makes or accepts network requests: validate URLs and payloads, set timeouts, and do not let user input choose arbitrary hosts (SSRF).'
  },
  {
    pattern: /\b(sql|query|database|db|orm|migration|insert|select)\b/i,
    note: 'Reaches the database: use parameterised queries or the ORM, never string-built SQL, and keep migrations reversible.'
  },
  {
    pattern:
      /\b(input|form|parse[sd]?|parsing|user[- ](?:provided|supplied)|payload|upload|html|sanitiz\w*|escap\w*)\b/i,
    note: 'Parses outside input: validate types and sizes at the boundary, and escape anything rendered back (HTML, Markdown, shell).'
  },
  {
    pattern: /\b(secret|api[- ]?key|env(ironment)? var\w*|\.env|config(uration)?)\b/i,
    note: 'Involves configuration or secrets: read secrets from the environment or a secret store, never commit them, and mask them in output.'
  }
]

const PERFORMANCE: Signal[] = [
  {
    pattern:
      /\b(list|search|filter|sort|index|all (items|records|rows)|large|bulk|batch|export|import|report)\b/i,
    note: 'Works over collections that can grow: paginate or stream instead of loading everything, and avoid per-item queries (N+1).'
  },
  {
    pattern: /\b(real[- ]?time|stream\w*|websocket|poll\w*|notification|live|subscribe)\b/i,
    note: 'Pushes updates continuously: bound connection counts and message rates, and back off on reconnects.'
  },
  {
    pattern: /\b(cache|caching|slow|latency|performance|fast|speed|timeout)\b/i,
    note: 'The issue is about speed: measure before and after with a benchmark or profile, and state the figure in the pull request.'
  },
  {
    pattern: /\b(query|database|db|sql)\b/i,
    note: 'Adds database work: check the query plan and add an index if the new query filters on unindexed columns.'
  },
  {
    pattern: /\b(image|video|upload|download|file|attachment|pdf)\b/i,
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
