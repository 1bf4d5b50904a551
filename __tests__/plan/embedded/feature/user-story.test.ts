// The user story: the issue's own when it tells one; else the role the issue names, the
// capability asked for, the benefit from the problem. Never the title pasted in.
import { describe, expect, test } from '@jest/globals'
import { readIssue } from '../../../../src/text/issue-text.js'
import { readFeatureRequest } from '../../../../src/plan/embedded/feature/feature-request.js'
import { roleIn, userStoryOf } from '../../../../src/plan/embedded/feature/user-story.js'
import {
  classicTemplate,
  freeText,
  helpTextFlag,
  issueForm,
  prosCons,
  type FixtureIssue
} from './fixtures/feature-requests/index.js'

function story(issue: FixtureIssue, cli = false): string {
  const reading = readIssue(issue.body)
  return userStoryOf(
    reading,
    readFeatureRequest(issue.title, reading),
    `${issue.title}\n${issue.body}`,
    cli
  )
}

describe('roleIn', () => {
  test.each([
    ['As a library author I ship types with every release.', 'library author'],
    ['We plugin authors need a hook before the build.', 'plugin author'],
    ["I'm an operator running the daemon on many hosts.", 'operator'],
    ['Maintainers who run the bot on forks get duplicate comments.', 'maintainer']
  ])('“%s” names %s', (text, role) => {
    expect(roleIn(text)).toBe(role)
  })

  test('a word that only contains a role names none', () => {
    expect(roleIn('It is tricky because of its use as a context manager.')).toBeUndefined()
    expect(roleIn('The user-friendly way would be to check one of them.')).toBeUndefined()
  })
})

describe('userStoryOf', () => {
  test('the issue’s own story is kept', () => {
    const issue = {
      title: 'Stop after max_errors errors',
      body: 'As an API developer, I want `Schema.load` to accept `max_errors` so that large payloads fail fast.'
    }
    expect(story(issue)).toBe(
      'As an API developer, I want `Schema.load` to accept `max_errors` so that large payloads fail fast.'
    )
  })

  test('the capability from the title’s request, the benefit from what the request is for', () => {
    expect(story(freeText, true)).toBe(
      'As a command-line user, I want front matter to be stripped so that the exported files start with the note body.'
    )
    expect(story(classicTemplate)).toBe(
      'As a developer, I want a parsed spec to be accepted in render_table so that callers can parse the spec once and reuse it.'
    )
  })

  test('a title that only names the feature gives way to the body’s words for it', () => {
    expect(story(prosCons)).toMatch(
      /^As a developer, I want `render\(view, options\)` to take a `cacheKey` option so that /
    )
    expect(story(issueForm)).toMatch(
      /^As a developer, I want a `trustRequestId` option to the server factory so that /
    )
  })

  test('the benefit turns the limitation round, or quotes it; it never only promises that the problem goes away', () => {
    expect(story(helpTextFlag, true)).toBe(
      'As a command-line user, I want the -s option to tac so that `tac` has the `-s` option that GNU tac has.'
    )
    expect(story(prosCons)).toMatch(
      /so that the limitation the issue reports is lifted \(“Views are cached by file name only/
    )
    for (const issue of [classicTemplate, issueForm, freeText, prosCons, helpTextFlag]) {
      expect(story(issue)).not.toContain(`“${issue.title}”`)
    }
  })

  test('a goal that only repeats the title gives way to what the problem says cannot be done', () => {
    const issue = {
      title: 'Enable definition lists',
      body: 'Currently there is no way to make a definition list without using HTML. These can be a useful semantic and presentation structure.'
    }
    expect(story(issue)).toBe(
      'As a user, I want to make a definition list without using HTML so that the problem the issue describes is solved (“These can be a useful semantic and presentation structure”).'
    )
  })

  test('the limitation may be the second clause of a sentence', () => {
    const issue = {
      title: 'Option to keep runtime config on create-window',
      body: 'Users change the config at runtime, and `msg create-window` does not keep those runtime changes in new windows.'
    }
    expect(story(issue)).toMatch(
      /so that `msg create-window` keeps those runtime changes in new windows\.$/
    )
  })

  test('a quoted benefit stops where the sentence starts to hope, and never quotes a question, emoticon or the title', () => {
    const hedged = {
      title: 'Upper limit on the retry backoff',
      body: 'Currently there is no upper limit on the backoff, meaning it grows if you want many retries which you might not want.'
    }
    expect(story(hedged)).toMatch(
      /lifted \(“Currently there is no upper limit on the backoff”\)\.$/
    )
    const moody = {
      title: 'Typed arrays as request body',
      body: 'Would it be possible to accept typed arrays? Here are some tools that already do this :)'
    }
    expect(story(moody)).not.toMatch(/“/)
    const echo = {
      title: 'Accept typed arrays as request body',
      body: 'Accept typed arrays as request body.'
    }
    expect(story(echo)).not.toMatch(/“Accept typed arrays/)
  })
})
