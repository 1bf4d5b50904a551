import { GitError } from './git-store.js'
import { errorBody, gitCommitJson, refJson, treeJson } from './responses.js'
import { json, type RouteContext, type Routes } from './route-types.js'

const notFound = () => json(404, errorBody(404, 'Not Found'))
const invalid = (message: string) => json(422, errorBody(422, message))

export const gitRoutes: Routes = {
  async 'git/get-ref'({ fake, params }) {
    const exact = (await fake.git.refs(`refs/${params.ref}`)).get(`refs/${params.ref}`)
    if (!exact) return notFound()
    return json(200, refJson(fake.urls, `refs/${params.ref}`, exact))
  },

  async 'git/list-matching-refs'({ fake, params }) {
    const prefix = `refs/${params.ref ?? ''}`
    const refs = [...(await fake.git.refs())].filter(([name]) => name.startsWith(prefix))
    return json(
      200,
      refs.map(([name, sha]) => refJson(fake.urls, name, sha))
    )
  },

  async 'git/create-ref'({ fake, body }) {
    const ref = String(body.ref)
    if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
      return invalid("Reference name must start with 'refs/' and have at least two slashes.")
    }
    if ((await fake.git.objectType(body.sha)) !== 'commit') return invalid('Object does not exist')
    try {
      // Expecting "no old value" makes git refuse if a concurrent request created it first.
      await fake.git.updateRef(ref, body.sha, '')
    } catch {
      return invalid('Reference already exists')
    }
    return json(201, refJson(fake.urls, ref, body.sha), {
      location: `${fake.urls.api}/repos/${fake.owner}/${fake.repo}/git/${ref}`
    })
  },

  async 'git/update-ref'({ fake, params, body }) {
    const ref = `refs/${params.ref}`
    const current = (await fake.git.refs(ref)).get(ref)
    if (!current) return invalid('Reference does not exist')
    if ((await fake.git.objectType(body.sha)) !== 'commit') return invalid('Object does not exist')
    if (!body.force && !(await fake.git.isAncestor(current, body.sha))) {
      return invalid('Update is not a fast forward')
    }
    try {
      await fake.git.updateRef(ref, body.sha, current)
    } catch {
      // Moved by a concurrent request between our check and the write.
      return invalid('Update is not a fast forward')
    }
    return json(200, refJson(fake.urls, ref, body.sha))
  },

  async 'git/get-commit'({ fake, params }) {
    const sha = params.commit_sha!
    if ((await fake.git.objectType(sha)) !== 'commit') return notFound()
    const commit = await fake.git.readCommit(sha)
    return json(200, gitCommitJson(fake.urls, commit, fake.verifiedCommits.has(commit.sha)))
  },

  async 'git/create-commit'({ fake, body }) {
    if ((await fake.git.objectType(body.tree)) !== 'tree') return invalid('Tree SHA does not exist')
    const parents: string[] = body.parents ?? []
    for (const parent of parents) {
      if ((await fake.git.objectType(parent)) !== 'commit') {
        return invalid('Parent SHA does not exist or is not a commit object')
      }
    }
    const now = fake.now()
    const author = { ...fake.committer, date: now, ...(body.author ?? {}) }
    const committer = { ...fake.committer, date: now, ...(body.committer ?? body.author ?? {}) }
    const sha = await fake.git.commitTree(body.tree, parents, body.message, author, committer)
    // GitHub signs a bot's API commit only when it names no author or committer of its own.
    const verified = body.author === undefined && body.committer === undefined
    if (verified) fake.verifiedCommits.add(sha)
    return json(201, gitCommitJson(fake.urls, await fake.git.readCommit(sha), verified))
  },

  async 'git/get-tree'({ fake, params, query }) {
    // Like GitHub, accept any tree-ish: a tree SHA, a commit SHA or a branch name.
    const tree = await fake.git.resolveTree(params.tree_sha!)
    if (!tree) return notFound()
    const recursive = query.has('recursive') && !['0', 'false'].includes(query.get('recursive')!)
    return json(200, treeJson(fake.urls, tree, await fake.git.listTree(tree, recursive)))
  },

  async 'git/create-tree'(context: RouteContext) {
    const { fake, body } = context
    if (body.base_tree !== undefined && !(await fake.git.resolveTree(body.base_tree))) {
      return invalid('base_tree is not a valid tree oid')
    }
    for (const entry of body.tree as { sha?: string | null; content?: string }[]) {
      if (entry.sha !== undefined && entry.content !== undefined) {
        return invalid('Must supply either tree.sha or tree.content, not both')
      }
    }
    try {
      const sha = await fake.git.createTree(body.tree, body.base_tree)
      return json(201, treeJson(fake.urls, sha, await fake.git.listTree(sha)))
    } catch (error) {
      if (error instanceof GitError) return invalid('GitRPC::BadObjectState')
      throw error
    }
  },

  async 'git/create-blob'({ fake, body }) {
    const content =
      body.encoding === 'base64'
        ? Buffer.from(body.content, 'base64')
        : Buffer.from(body.content, 'utf8')
    const sha = await fake.git.writeBlob(content)
    return json(201, {
      url: `${fake.urls.api}/repos/${fake.owner}/${fake.repo}/git/blobs/${sha}`,
      sha
    })
  }
}
