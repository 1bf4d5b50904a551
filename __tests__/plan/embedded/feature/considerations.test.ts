// Security and performance notes fire on a reason a reader can check: a sentence of the issue
// about the concern, quoted, or a touched file whose role carries it, named. A word that merely
// contains the concern ("author", "tokenizer", "dependency injection", "cache-related") is none.
import { describe, expect, test } from '@jest/globals'
import {
  performanceNotes,
  securityNotes
} from '../../../../src/plan/embedded/feature/considerations.js'

const NO_SECURITY = /^Nothing in the issue or the code it touches/
const NO_PERFORMANCE = /^Nothing in the issue points at a hot path/

const notes = (sentences: string[], files: string[] = []) => ({ sentences, files })

describe('securityNotes', () => {
  test.each([
    'Credit the library author in the generated header',
    'The tokenizer splits words on hyphens',
    'Make the config module stop setting a log handler',
    'Spring needs dependency injection to create the class',
    'See https://example.com/auth for the format'
  ])('“%s” raises no security note', text => {
    expect(securityNotes(notes([text], ['src/tokenizer.py', 'src/authors.py']))).toEqual([
      expect.stringMatching(NO_SECURITY)
    ])
  })

  test('the honest line names the files it looked at', () => {
    expect(securityNotes(notes([], ['src/views.js']))[0]).toContain('(`src/views.js`)')
  })

  test.each([
    [
      'Only admins can export orders',
      /^Touches authentication or authorisation \(the issue: “Only admins can export orders”\)/
    ],
    ['Accept uploads of attachments', /^Handles files or paths from outside/],
    [
      'A malicious client can send the same id with every request',
      /^Takes input an attacker can shape \(the issue: “A malicious client/
    ],
    ['Compile the `exceptions` entries as regular expressions', /ReDoS/]
  ])('“%s” raises the note it names, quoting the issue', (text, note) => {
    expect(securityNotes(notes(['Title', text])).join('\n')).toMatch(note)
  })

  test('a touched file whose role carries the concern is a reason, named', () => {
    expect(
      securityNotes(notes(['Add a remember-me checkbox'], ['app/auth/session.py']))[0]
    ).toMatch(
      /^Touches authentication or authorisation \(the change touches `app\/auth\/session.py`\)/
    )
  })
})

describe('performanceNotes', () => {
  test('a cache key is about a cache, not about speed', () => {
    const found = performanceNotes(
      notes(['Let `render` take a `cacheKey` so two tenants stop sharing a cached view.'])
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /^Changes a cache \(the issue: “[^”]*two tenants stop sharing a cached view”\): keep keys unique/
    )
    expect(found[0]).not.toMatch(/speed|measure before and after/)
  })

  test('a test timeout, a list or "cache-related" is no performance reason', () => {
    for (const text of [
      'A timeout however leaves us grepping for the correct file',
      'Import the list of fields from the report module',
      'The rest of the cache-related annotations have a value alias'
    ])
      expect(performanceNotes(notes([text]))).toEqual([expect.stringMatching(NO_PERFORMANCE)])
  })

  test('data that grows and a hot path from the touched code fire, each with its reason', () => {
    expect(performanceNotes(notes(['Let it stream large results too']))[0]).toMatch(
      /^Works over data that can grow \(the issue: “Let it stream large results too”\)/
    )
    expect(
      performanceNotes(notes(['Add a `[*]` selector'], ['src/select/QueryParser.java']))[0]
    ).toMatch(
      /^Changes code on the hot path \(the change touches `src\/select\/QueryParser.java`\)/
    )
  })
})
