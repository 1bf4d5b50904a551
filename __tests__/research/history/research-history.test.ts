// The research with the repository's history, end to end on a real git repository.
import { describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { research } from '../../../src/research/index.js'
import { git, tempRepos, writeTree } from '../../support/git-repo.js'

const temp = tempRepos()

function commit(repo: string, files: Record<string, string>, message: string): void {
  writeTree(files, repo)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
}

/** A project whose past says where webhook retries live, though today's words point elsewhere. */
function project(): string {
  const repo = temp.gitRepo({
    'src/delivery.py': 'def send(event, timeout=10):\n    return post(event, timeout)\n',
    'src/events.py':
      'def webhook_payload(event, timeout):\n    """Builds the webhook body with its timeout."""\n' +
      '    return {"event": event, "timeout": timeout}\n',
    'tests/test_delivery.py':
      'from src.delivery import send\n\ndef test_send():\n    assert send\n',
    'tests/test_events.py':
      'from src.events import webhook_payload\n\ndef test_payload():\n    assert webhook_payload\n'
  })
  for (let i = 0; i < 3; i++)
    commit(
      repo,
      {
        'src/delivery.py': `def send(event, timeout=10):\n    return post(event, timeout, attempt=${i})\n`,
        'tests/test_delivery.py': `from src.delivery import send\n\ndef test_send_${i}():\n    assert send\n`
      },
      `Retry webhook deliveries after a timeout (${i})`
    )
  commit(repo, { 'src/old_retry.py': 'x = 1\n' }, 'Retry webhook deliveries in a helper')
  rmSync(join(repo, 'src/old_retry.py'))
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', 'Drop the helper')
  return repo
}

const issue = {
  title: 'Webhook deliveries are not retried after a timeout',
  body: 'When the webhook endpoint times out, the delivery is lost. Retry it.'
}

describe('research with history', () => {
  it('reads the history, lifts the files past changes like this one touched, and their tests', async () => {
    const root = project()
    const found = await research({ root, ...issue })

    expect(found.history?.read).toMatchObject({ read: true, commits: 6 })
    expect(found.files[0].path).toBe('src/delivery.py')
    expect(found.files[0].reasons.some(reason => reason.startsWith('changed by `'))).toBe(true)
    expect(found.tests[0]).toMatchObject({
      path: 'tests/test_delivery.py',
      subject: 'src/delivery.py'
    })
    expect(found.history?.similar[0].subject).toMatch(/^Retry webhook deliveries/)
    // A file a past change touched that no longer exists is never ranked.
    expect(found.files.map(file => file.path)).not.toContain('src/old_retry.py')
  })

  it('is today’s research when no history is read, and says why', async () => {
    const root = project()
    const without = await research({ root, ...issue, historyCommits: 0 })
    expect(without.history?.read).toMatchObject({
      read: false,
      reason: 'history reading is turned off'
    })
    expect(without.history?.similar).toEqual([])
    // Today's words alone point elsewhere: the lift above is the history's.
    expect(without.files[0].path).toBe('src/events.py')
    expect(without.files.every(file => file.reasons.every(r => !r.startsWith('changed by')))).toBe(
      true
    )

    const tree = temp.tree({ 'src/delivery.py': 'def send(event):\n    return post(event)\n' })
    const untracked = await research({ root: tree, ...issue })
    expect(untracked.history?.read).toMatchObject({
      read: false,
      reason: 'the tree is not a git checkout'
    })
  })
})
