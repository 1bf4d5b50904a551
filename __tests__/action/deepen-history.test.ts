// Deepening a shallow checkout from its own origin: a real bare repository as the remote.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deepenHistory, tokenEnvironment } from '../../src/action/stages/deepen-history.js'
import { git, tempRepos, writeTree } from '../support/git-repo.js'

const temp = tempRepos()
const TOKEN = 'ghs_not-a-real-token-0123456789'

/** A bare remote holding `count` commits, and a depth-1 clone of it (as actions/checkout makes). */
function shallowCheckout(count: number): { remote: string; checkout: string } {
  const repo = temp.gitRepo({ 'a.txt': '0\n' })
  for (let i = 1; i < count; i++) {
    writeTree({ 'a.txt': `${i}\n` }, repo)
    git(repo, 'commit', '-q', '-am', `change ${i}`)
  }
  const remote = join(temp.dir('adw-remote-'), 'origin.git')
  git(repo, 'clone', '-q', '--bare', repo, remote)
  git(remote, 'config', 'uploadpack.allowFilter', 'true')
  const checkout = join(temp.dir('adw-checkout-'), 'ws')
  git(repo, 'clone', '-q', '--depth', '1', `file://${remote}`, checkout)
  return { remote, checkout }
}

const options = { token: TOKEN, serverUrl: 'https://github.com', timeoutMs: 30_000 }

describe('deepenHistory', () => {
  it('deepens a shallow checkout to the commits the research reads, from origin, without contents', async () => {
    const { checkout } = shallowCheckout(12)
    expect(git(checkout, 'rev-list', '--count', 'HEAD').trim()).toBe('1')

    const outcome = await deepenHistory(checkout, { ...options, commits: 8 })

    expect(outcome).toMatchObject({ status: 'deepened', commits: 8 })
    expect(outcome.note).toMatch(/deepened to 8 commits/)
    expect(git(checkout, 'rev-list', '--count', 'HEAD').trim()).toBe('8')
    // Commits and trees only: the clone now fetches contents on demand, from its own origin.
    expect(git(checkout, 'config', 'remote.origin.partialclonefilter').trim()).toBe('blob:none')
    // The token was never needed here, and is nowhere in the repository's configuration.
    expect(readFileSync(join(checkout, '.git', 'config'), 'utf8')).not.toContain(TOKEN)
  })

  it('leaves a full or deep enough checkout alone, and reads nothing when turned off', async () => {
    const full = temp.gitRepo({ 'a.txt': 'a\n' })
    expect((await deepenHistory(full, { ...options, commits: 100 })).status).toBe('complete')
    const { checkout } = shallowCheckout(3)
    expect((await deepenHistory(checkout, { ...options, commits: 1 })).status).toBe('enough')
    expect((await deepenHistory(checkout, { ...options, commits: 0 })).status).toBe('off')
  })

  it('costs the plan nothing when the fetch fails, and never names the token', async () => {
    const { checkout } = shallowCheckout(3)
    git(checkout, 'remote', 'set-url', 'origin', `file://${join(checkout, 'no-such-remote.git')}`)

    const outcome = await deepenHistory(checkout, { ...options, commits: 50 })

    expect(outcome.status).toBe('failed')
    expect(outcome.note).toMatch(/^History not deepened: .*failed \(/)
    expect(outcome.note).not.toContain(TOKEN)
    expect(readFileSync(join(checkout, '.git', 'config'), 'utf8')).not.toContain(TOKEN)
  })

  it('gives the token to git as configuration in its environment, scoped to the server', () => {
    const env = tokenEnvironment(TOKEN, 'https://ghe.example.com/')
    expect(env.GIT_CONFIG_KEY_0).toBe('http.https://ghe.example.com/.extraheader')
    expect(env.GIT_CONFIG_VALUE_0).toBe(
      `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`
    )
  })
})
