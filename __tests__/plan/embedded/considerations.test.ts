// Security and performance notes fire on the words that name the concern, never on words that
// merely contain them: an author is not authentication, a tokenizer is not an access token.
import { describe, expect, test } from '@jest/globals'
import { performanceNotes, securityNotes } from '../../../src/plan/embedded/considerations.js'

const NOTHING = /^No new trust boundary is apparent/

describe('securityNotes', () => {
  test.each([
    'Credit the library author in the generated header',
    'The tokenizer splits words on hyphens',
    'Make the config module stop setting a log handler',
    'Parse the input file faster',
    'See https://example.com/docs for the format'
  ])('“%s” raises no security note', text => {
    expect(securityNotes(text, ['src/tokenizer.py', 'src/authors.py'])).toEqual([
      expect.stringMatching(NOTHING)
    ])
  })

  test.each([
    ['Only admins can export orders', /authorisation/],
    ['Users must log in with a password', /authentication/],
    ['Accept uploads of attachments', /paths/],
    ['Call the webhook endpoint of the customer', /SSRF/],
    ['Escape user-supplied HTML to prevent XSS', /escape anything rendered/]
  ])('“%s” raises the note it names', (text, note) => {
    expect(securityNotes(text, []).join(' ')).toMatch(note)
  })
})

describe('performanceNotes', () => {
  test('a list or an import is not a collection that grows; thousands of rows are', () => {
    expect(performanceNotes('Import the list of fields from the report module').join(' ')).toMatch(
      /^No performance-sensitive path/
    )
    expect(performanceNotes('Exports of thousands of rows time out').join(' ')).toMatch(
      /paginate or stream/
    )
  })
})
