// JSON shaped like api.github.com's responses (see the response schemas in the OpenAPI subset):
// every field the action reads is present with GitHub's type, plus the usual neighbours.
import type { CommitInfo, TreeEntry } from './git-store.js'

export const DOCS = 'https://docs.github.com/rest'

export interface Urls {
  /** API root, e.g. http://127.0.0.1:1234 */
  api: string
  /** Web root, e.g. https://github.com */
  html: string
  owner: string
  repo: string
}

export interface FakeUser {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
  /** How the user relates to the repository in `author_association` (default: bots NONE, people OWNER). */
  association?: 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE'
}

export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: FakeUser
  createdAt: string
  updatedAt: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string | null
  labels: string[]
  state: 'open' | 'closed'
  locked: boolean
  user: FakeUser
  createdAt: string
  updatedAt: string
}

export interface FakePull {
  number: number
  title: string
  body: string | null
  head: string
  base: string
  state: 'open' | 'closed'
  draft: boolean
  user: FakeUser
  /** Shared with the issues API: issues/add-labels on the pull request's number lands here. */
  labels: string[]
  createdAt: string
  updatedAt: string
  /** Set by FakeGitHub.mergePull. */
  merge?: FakeMerge
}

export interface FakeMerge {
  sha: string
  by: FakeUser
  at: string
  /** The branch heads just before the merge (the pull request's commits stay countable). */
  headSha: string
  baseSha: string
}

/** What pulls/get computes from git on top of the list fields. */
export interface PullDetails {
  comments: number
  reviewComments: number
  commits: number
  additions: number
  deletions: number
  changedFiles: number
}

/** The address GitHub gives an account for web commits. */
export function noreplyEmail(user: FakeUser): string {
  return `${user.id}+${user.login}@users.noreply.github.com`
}

export function errorBody(status: number, message: string, errors?: unknown[]) {
  return { message, ...(errors ? { errors } : {}), documentation_url: DOCS, status: String(status) }
}

const repoApi = (u: Urls) => `${u.api}/repos/${u.owner}/${u.repo}`
const repoHtml = (u: Urls) => `${u.html}/${u.owner}/${u.repo}`

export function userJson(u: Urls, user: FakeUser) {
  const url = `${u.api}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${u.html}/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false
  }
}

export function repositoryJson(u: Urls, owner: FakeUser, id: number, defaultBranch: string) {
  const api = repoApi(u)
  return {
    id,
    node_id: nodeId('R', id),
    name: u.repo,
    full_name: `${u.owner}/${u.repo}`,
    private: false,
    owner: userJson(u, owner),
    html_url: repoHtml(u),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    contents_url: `${api}/contents/{+path}`,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    downloads_url: `${api}/downloads`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    git_url: `git://${new URL(u.html).host}/${u.owner}/${u.repo}.git`,
    ssh_url: `git@${new URL(u.html).host}:${u.owner}/${u.repo}.git`,
    clone_url: `${repoHtml(u)}.git`,
    svn_url: repoHtml(u),
    homepage: null,
    mirror_url: null,
    language: null,
    license: null,
    size: 0,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    network_count: 0,
    subscribers_count: 0,
    default_branch: defaultBranch,
    visibility: 'public',
    archived: false,
    disabled: false,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    open_issues: 0,
    open_issues_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    pushed_at: '2026-01-01T00:00:00Z'
  }
}

export function labelJson(u: Urls, name: string, index: number) {
  const id = 1000 + index
  return {
    id,
    node_id: nodeId('LA', id),
    url: `${repoApi(u)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false
  }
}

export function issueJson(u: Urls, issue: FakeIssue, commentCount: number, isPull: boolean) {
  const api = `${repoApi(u)}/issues/${issue.number}`
  return {
    id: 50000 + issue.number,
    node_id: nodeId('I', issue.number),
    url: api,
    repository_url: repoApi(u),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtml(u)}/${isPull ? 'pull' : 'issues'}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' ? 'completed' : null,
    title: issue.title,
    body: issue.body,
    user: userJson(u, issue.user),
    labels: issue.labels.map((name, index) => labelJson(u, name, index)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: issue.locked,
    active_lock_reason: issue.locked ? 'resolved' : null,
    comments: commentCount,
    ...(isPull
      ? {
          pull_request: {
            url: `${repoApi(u)}/pulls/${issue.number}`,
            html_url: `${repoHtml(u)}/pull/${issue.number}`,
            diff_url: `${repoHtml(u)}/pull/${issue.number}.diff`,
            patch_url: `${repoHtml(u)}/pull/${issue.number}.patch`,
            merged_at: null
          }
        }
      : {}),
    closed_at: issue.state === 'closed' ? issue.updatedAt : null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'OWNER'
  }
}

export function commentJson(u: Urls, comment: FakeComment) {
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${repoApi(u)}/issues/comments/${comment.id}`,
    html_url: `${repoHtml(u)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(u, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi(u)}/issues/${comment.issueNumber}`,
    author_association: comment.user.association ?? (comment.user.type === 'Bot' ? 'NONE' : 'OWNER')
  }
}

export function pullJson(
  u: Urls,
  pull: FakePull,
  heads: { head: string; base: string },
  repository: ReturnType<typeof repositoryJson>
) {
  const api = `${repoApi(u)}/pulls/${pull.number}`
  const html = `${repoHtml(u)}/pull/${pull.number}`
  const side = (ref: string, sha: string) => ({
    label: `${u.owner}:${ref}`,
    ref,
    sha,
    user: repository.owner,
    repo: repository
  })
  return {
    url: api,
    id: 70000 + pull.number,
    node_id: nodeId('PR', pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi(u)}/issues/${pull.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(u)}/pulls/comments{/number}`,
    comments_url: `${repoApi(u)}/issues/${pull.number}/comments`,
    statuses_url: `${repoApi(u)}/statuses/${heads.head}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(u, pull.user),
    body: pull.body,
    labels: pull.labels.map((name, index) => labelJson(u, name, index)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.state === 'closed' ? pull.updatedAt : null,
    merged_at: pull.merge?.at ?? null,
    merge_commit_sha: pull.merge?.sha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head, heads.head),
    base: side(pull.base, heads.base),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${repoApi(u)}/issues/${pull.number}` },
      comments: { href: `${repoApi(u)}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(u)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(u)}/statuses/${heads.head}` }
    },
    author_association: 'OWNER',
    auto_merge: null,
    draft: pull.draft
  }
}

/** pulls/get, pulls/create and pulls/update answer with the full pull request. */
export function pullDetailJson(
  u: Urls,
  pull: FakePull,
  heads: { head: string; base: string },
  repository: ReturnType<typeof repositoryJson>,
  details: PullDetails
) {
  const open = pull.state === 'open'
  return {
    ...pullJson(u, pull, heads, repository),
    merged: pull.merge !== undefined,
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: open ? 'clean' : 'unknown',
    merged_by: pull.merge ? userJson(u, pull.merge.by) : null,
    comments: details.comments,
    review_comments: details.reviewComments,
    maintainer_can_modify: false,
    commits: details.commits,
    additions: details.additions,
    deletions: details.deletions,
    changed_files: details.changedFiles
  }
}

export function refJson(u: Urls, ref: string, sha: string) {
  return {
    ref,
    node_id: nodeId('REF', ref),
    url: `${repoApi(u)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(u)}/git/commits/${sha}` }
  }
}

export function gitCommitJson(u: Urls, commit: CommitInfo, verified = false) {
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: `${repoApi(u)}/git/commits/${commit.sha}`,
    html_url: `${repoHtml(u)}/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${repoApi(u)}/git/trees/${commit.tree}` },
    parents: commit.parents.map(sha => ({
      sha,
      url: `${repoApi(u)}/git/commits/${sha}`,
      html_url: `${repoHtml(u)}/commit/${sha}`
    })),
    verification: verificationJson(commit, verified)
  }
}

/**
 * GitHub signs the commits it makes for a bot token that sends no custom author or committer
 * (and its own merge commits); the fake records which ones (FakeGitHub.verifiedCommits).
 */
export function verificationJson(commit: CommitInfo, verified: boolean) {
  return verified
    ? {
        verified: true,
        reason: 'valid',
        signature: '-----BEGIN PGP SIGNATURE-----\n\nfake\n-----END PGP SIGNATURE-----\n',
        payload: `tree ${commit.tree}\n`,
        verified_at: commit.committer.date
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
}

/**
 * repos/list-commits item: the git commit plus the GitHub accounts its emails map to (`null`
 * when no account has that email, as on GitHub).
 */
export function repoCommitJson(
  u: Urls,
  commit: CommitInfo,
  users: { author: FakeUser | null; committer: FakeUser | null },
  verified: boolean
) {
  return {
    url: `${repoApi(u)}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    html_url: `${repoHtml(u)}/commit/${commit.sha}`,
    comments_url: `${repoApi(u)}/commits/${commit.sha}/comments`,
    commit: {
      url: `${repoApi(u)}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${repoApi(u)}/git/trees/${commit.tree}` },
      verification: verificationJson(commit, verified)
    },
    author: users.author ? userJson(u, users.author) : null,
    committer: users.committer ? userJson(u, users.committer) : null,
    parents: commit.parents.map(sha => ({
      sha,
      url: `${repoApi(u)}/commits/${sha}`,
      html_url: `${repoHtml(u)}/commit/${sha}`
    }))
  }
}

export function treeJson(u: Urls, sha: string, entries: TreeEntry[]) {
  return {
    sha,
    url: `${repoApi(u)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map(entry => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === 'blob' ? { size: entry.size ?? 0 } : {}),
      url: `${repoApi(u)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
    }))
  }
}

export function contentEntryJson(u: Urls, entry: TreeEntry, ref: string) {
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file'
  const self = `${repoApi(u)}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`
  const git = `${repoApi(u)}/git/${type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`
  const html = `${repoHtml(u)}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${entry.path}`
  return {
    type,
    size: type === 'file' ? (entry.size ?? 0) : 0,
    name: entry.path.split('/').pop()!,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      type === 'file'
        ? `https://raw.githubusercontent.com/${u.owner}/${u.repo}/${ref}/${entry.path}`
        : null,
    _links: { self, git, html }
  }
}

export function contentFileJson(u: Urls, entry: TreeEntry, ref: string, content: Buffer) {
  // GitHub wraps the base64 at 60 characters.
  const encoded = content.toString('base64').replace(/.{60}/g, '$&\n')
  return { ...contentEntryJson(u, entry, ref), content: encoded, encoding: 'base64' }
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}_${id}`).toString('base64').replace(/=+$/, '')
}
