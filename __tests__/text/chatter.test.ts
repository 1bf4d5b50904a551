// The chatter around a request, and the hedges inside its sentences, written by people in every
// project the same way: the filter names those habits, not any one issue's words.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  inThirdPerson,
  isFirstPerson,
  plainProse,
  plainSentences,
  sentenceKind,
  withoutHedges
} from '../../src/text/chatter.js'
import { sentencesOf } from '../../src/text/sentences.js'

const chatty = readFileSync(new URL('./fixtures/chatty-request.md', import.meta.url), 'utf8')

describe('sentencesOf', () => {
  test('cuts after stops, never inside code, an address or "e.g."', () => {
    expect(
      sentencesOf('Call `a.b()` first. E.g. the cache under https://x.y/z?q=1. Done! Next')
    ).toEqual(['Call `a.b()` first.', 'E.g. the cache under https://x.y/z?q=1.', 'Done!', 'Next'])
  })

  test('a blank line or a list item ends a sentence without its stop', () => {
    expect(sentencesOf('Fewer warnings\n\nA new option\n- first item\n- second item')).toEqual([
      'Fewer warnings',
      'A new option',
      'first item',
      'second item'
    ])
  })
})

describe('sentenceKind', () => {
  test.each([
    ['Thanks for the awesome library', 'courtesy'],
    ['Hey there, really enjoying the new codecs feature.', 'courtesy'],
    ['This would be helpful for my use-case.', 'courtesy'],
    ["I'm going to submit a PR for this one.", 'offer'],
    ['I could probably wrangle a PR if it would be considered.', 'offer'],
    ['Are you willing to work on this yourself?', 'offer'],
    ['Let me know your thoughts.', 'solicitation'],
    ['Is there any chance they will be implemented?', 'solicitation'],
    ['OS: Arch Linux', 'environment'],
    ['Version: `tool 0.10.1`', 'environment'],
    ['I have read the documentation: https://example.org/docs', 'meta'],
    ['Similarly to https://github.com/acme/tool/issues/873', 'meta'],
    ['What I would really like to be able to do is this:', 'meta'],
    ['For example,', 'meta'],
    ['I may be doing something wrong.', 'doubt'],
    ['`render` caches views by file name.', 'content'],
    ['Users should be able to pass a key.', 'content']
  ])('“%s” is %s', (sentence, kind) => {
    expect(sentenceKind(sentence)).toBe(kind)
  })
})

describe('withoutHedges', () => {
  test.each([
    ['I think that `X` should accept a list.', '`X` should accept a list.'],
    ['Maybe the flag should probably default to off.', 'The flag should default to off.'],
    [
      "To be honest, I don't think modifying arrays should update the DOM.",
      'Modifying arrays should not update the DOM.'
    ],
    [
      'It seems that macros always generate strings, even in a native environment.',
      'Macros always generate strings, even in a native environment.'
    ],
    ['This behaviour seems counter-intuitive to me.', 'This behaviour is counter-intuitive.'],
    [
      "The count doesn't seem to be accessible in this hook.",
      'The count is not accessible in this hook.'
    ],
    ["The hooks don't seem to run twice.", 'The hooks do not run twice.'],
    ['Hi, the `--all` flag is ignored.', 'The `--all` flag is ignored.'],
    ['I think.', '']
  ])('“%s” -> “%s”', (sentence, plain) => {
    expect(withoutHedges(sentence)).toBe(plain)
  })

  test('code and addresses keep their words, hedges included', () => {
    expect(withoutHedges('Perhaps call `maybe_probably()` from https://x.y/maybe.')).toBe(
      'Call `maybe_probably()` from https://x.y/maybe.'
    )
  })
})

describe('first person', () => {
  test('the reporter’s habits read as the users’', () => {
    const sentence =
      'Often when I use the `progressbar` I find myself wanting to hide it in my scripts.'
    expect(isFirstPerson(sentence)).toBe(true)
    expect(inThirdPerson(sentence)).toBe(
      'Often when users use the `progressbar` they find themselves wanting to hide it in their scripts.'
    )
    expect(inThirdPerson("I'm used to it and I've always done so.")).toBe(
      'Users are used to it and they have always done so.'
    )
  })

  test('"I" inside code is code', () => {
    expect(isFirstPerson('The `I` register overflows.')).toBe(false)
  })
})

describe('plainSentences on a chatty request', () => {
  test('keeps what the issue says about the software, without greetings, versions, offers or hedges', () => {
    expect(plainSentences(chatty)).toEqual([
      "I use `fmt --check` in CI for every repository we have, and it doesn't print which files would change.",
      'It would be nice to list them.'
    ])
  })

  test('plainProse tells the reporter’s experience in the third person', () => {
    expect(plainProse(chatty)).toBe(
      "Users use `fmt --check` in CI for every repository we have, and it doesn't print which files would change. It would be nice to list them."
    )
  })

  test('a sentence that joins a statement and an offer keeps the statement', () => {
    expect(
      plainSentences(
        'It should always add a trailing newline, but I want to check before opening a PR.'
      )
    ).toEqual(['It should always add a trailing newline.'])
  })
})

describe('plainSentences on markup', () => {
  test('emphasis and HTML are markup: a word they wrap is a plain word again, snake_case stays', () => {
    expect(
      plainSentences('Future support *may* make sense. The <b>extend_skip</b> option is **new**.')
    ).toEqual(['Future support may make sense.', 'The extend_skip option is new.'])
  })
})
