import { errorBody, userJson } from './responses.js'
import { json, type Routes } from './route-types.js'

const notFound = () => json(404, errorBody(404, 'Not Found'))

export const repoRoutes: Routes = {
  async 'repos/get'({ fake }) {
    return json(200, fake.repositoryJson())
  },

  async 'repos/download-tarball-archive'({ fake, params }) {
    const sha = await fake.git.resolveCommit(params.ref || fake.defaultBranch)
    if (!sha) return notFound()
    // GitHub names the top folder owner-repo-shortsha; clients strip it.
    const raw = await fake.git.archive(sha, `${fake.owner}-${fake.repo}-${sha.slice(0, 7)}`)
    return {
      status: 200,
      raw,
      headers: {
        'content-type': 'application/x-gzip',
        'content-disposition': `attachment; filename=${fake.owner}-${fake.repo}-${sha.slice(0, 7)}.tar.gz`
      }
    }
  },

  async 'repos/get-collaborator-permission-level'({ fake, params }) {
    const login = params.username!
    const permission = fake.permissions.get(login.toLowerCase()) ?? 'none'
    const user = userJson(fake.urls, fake.userFor(login))
    return json(200, {
      permission,
      role_name: permission,
      user: { ...user, permissions: rolePermissions(permission), role_name: permission }
    })
  }
}

function rolePermissions(permission: string) {
  const level = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(permission)
  return {
    pull: level >= 1,
    triage: level >= 2,
    push: level >= 3,
    maintain: level >= 4,
    admin: level >= 5
  }
}
