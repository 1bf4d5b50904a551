import { errorBody, repoCommitJson } from './responses.js'
import { json, type Routes } from './route-types.js'
import { paginate } from './paginate.js'

export const commitRoutes: Routes = {
  /**
   * `git log <sha> -- <path>`, newest first. `author` and `committer` are the GitHub accounts
   * the commit emails belong to (FakeGitHub.userForEmail): the token's own API commits map to
   * github-actions[bot], pushCommit's to the login it was given.
   */
  async 'repos/list-commits'({ fake, query }) {
    const ref = query.get('sha') || fake.defaultBranch
    const head = await fake.git.resolveCommit(ref)
    if (!head) return json(404, errorBody(404, `No commit found for SHA: ${ref}`))
    const path = query.get('path')?.replace(/^\/+|\/+$/g, '') || undefined
    const author = query.get('author')?.toLowerCase()
    const items = []
    for (const sha of await fake.git.revList(head, path)) {
      const commit = await fake.git.readCommit(sha)
      const users = {
        author: fake.userForEmail(commit.author.email),
        committer: fake.userForEmail(commit.committer.email)
      }
      if (
        author &&
        users.author?.login.toLowerCase() !== author &&
        commit.author.email.toLowerCase() !== author
      ) {
        continue
      }
      items.push(repoCommitJson(fake.urls, commit, users, fake.verifiedCommits.has(sha)))
    }
    return paginate(fake, `/repos/${fake.owner}/${fake.repo}/commits`, query, items)
  }
}
