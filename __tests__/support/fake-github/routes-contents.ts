import type { TreeEntry } from './git-store.js'
import { contentEntryJson, contentFileJson, errorBody, gitCommitJson } from './responses.js'
import { json, type Routes } from './route-types.js'

const notFound = () => json(404, errorBody(404, 'Not Found'))
const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '')

export const contentRoutes: Routes = {
  async 'repos/get-content'({ fake, params, query }) {
    const ref = query.get('ref') || fake.defaultBranch
    const commit = await fake.git.resolveCommit(ref)
    if (!commit) {
      return json(404, errorBody(404, `No commit found for the ref ${ref}`))
    }
    const path = trimSlashes(params.path ?? '')
    if (path === '') {
      const entries = await fake.git.listTree(commit)
      return json(
        200,
        entries.map(entry => contentEntryJson(fake.urls, entry, ref))
      )
    }
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
    const siblings = await fake.git
      .listTree(parent ? `${commit}:${parent}` : commit)
      .catch(() => [])
    const name = path.split('/').pop()!
    const entry = siblings.find(candidate => candidate.path === name)
    if (!entry) return notFound()
    const located = { ...entry, path }
    if (entry.type === 'tree') {
      const children = await fake.git.listTree(entry.sha)
      return json(
        200,
        children.map(child =>
          contentEntryJson(fake.urls, { ...child, path: `${path}/${child.path}` }, ref)
        )
      )
    }
    return json(200, contentFileJson(fake.urls, located, ref, await fake.git.readBlob(entry.sha)))
  },

  /**
   * One commit on top of the branch head, compare-and-swapped like GitHub: the `sha` guard
   * (the file's current blob) is checked, and the ref only moves if nobody moved it meanwhile.
   */
  async 'repos/create-or-update-file-contents'({ fake, params, body }) {
    const path = trimSlashes(params.path ?? '')
    const branch = String(body.branch ?? fake.defaultBranch).replace(/^refs\/heads\//, '')
    const head = await fake.branchHead(branch)
    if (!head) return json(404, errorBody(404, `Branch ${branch} not found`))
    const current = (await fake.git.flatten(head)).get(path)
    if (current && current.type !== 'blob') {
      return json(422, errorBody(422, `${path} is not a file`))
    }
    if (current && body.sha === undefined) {
      return json(422, errorBody(422, 'Invalid request.\n\n"sha" wasn\'t supplied.'))
    }
    if (body.sha !== undefined && body.sha !== current?.sha) {
      return json(409, errorBody(409, `${path} does not match ${body.sha}`))
    }
    const encoded = String(body.content).replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) {
      return json(422, errorBody(422, 'content is not valid Base64'))
    }
    const content = Buffer.from(encoded, 'base64')
    const blob = await fake.git.writeBlob(content)
    const tree = await fake.git.createTree(
      [{ path, mode: current?.mode ?? '100644', type: 'blob', sha: blob }],
      head
    )
    const now = fake.now()
    const committer = { ...fake.committer, date: now, ...(body.committer ?? {}) }
    const author = { ...committer, ...(body.author ?? {}) }
    const sha = await fake.git.commitTree(tree, [head], String(body.message), author, committer)
    try {
      await fake.git.updateRef(`refs/heads/${branch}`, sha, head)
    } catch {
      const moved = await fake.branchHead(branch)
      return json(409, errorBody(409, `is at ${moved} but expected ${head}`))
    }
    const verified = body.author === undefined && body.committer === undefined
    if (verified) fake.verifiedCommits.add(sha)
    const entry: TreeEntry = { mode: '100644', type: 'blob', sha: blob, path, size: content.length }
    return json(current ? 200 : 201, {
      content: contentEntryJson(fake.urls, entry, branch),
      commit: gitCommitJson(fake.urls, await fake.git.readCommit(sha), verified)
    })
  }
}
