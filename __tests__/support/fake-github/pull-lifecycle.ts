// Pull requests over their life in the fake: what GitHub computes for pulls/get, reviews with
// inline comments, and the merge (or close) that ends them. FakeGitHub's methods of the same
// names call these.
import type { FakeGitHub } from './fake-github.js'
import {
  noreplyEmail,
  pullDetailJson as pullDetailJsonOf,
  type FakePull,
  type FakeUser
} from './responses.js'
import {
  locateInDiff,
  reviewCommentNodeId,
  reviewNodeId,
  type AddedReview,
  type FakeReview,
  type ReviewSeed
} from './reviews.js'

/** A pull request as the webhook helpers take it (pullRequestReviewEvent, pullRequestClosedEvent). */
export interface PullInfo {
  number: number
  title: string
  body: string | null
  headRef: string
  headSha: string
  baseRef: string
  baseSha: string
  userLogin: string
  userType: FakeUser['type']
  labels: string[]
}

/** What mergePull / closePull return: spread it into pullRequestClosedEvent({ owner, repo, ... }). */
export interface ClosedPull {
  pull: PullInfo
  merged: boolean
  mergedBy?: string
  mergeCommitSha?: string
  mergedAt?: string
}

export interface MergeOptions {
  /** Login of whoever presses the button (default octocat). */
  by?: string
  /**
   * merge (default): a merge commit, as GitHub's default button makes even when a fast-forward
   * is possible; squash: one commit with the pull request's changes on top of the base;
   * fast-forward: the base moves to the head (which must contain it).
   */
  method?: 'merge' | 'squash' | 'fast-forward'
}

/** The fields the webhook helpers need, as GitHub would send them now. */
export async function pullInfo(fake: FakeGitHub, number: number): Promise<PullInfo> {
  const pull = requirePull(fake, number, 'pullInfo')
  return {
    number,
    title: pull.title,
    body: pull.body,
    headRef: pull.head,
    headSha: pull.merge?.headSha ?? (await fake.branchHead(pull.head)) ?? '0'.repeat(40),
    baseRef: pull.base,
    baseSha: pull.merge?.baseSha ?? (await fake.branchHead(pull.base)) ?? '0'.repeat(40),
    userLogin: pull.user.login,
    userType: pull.user.type,
    labels: [...pull.labels]
  }
}

/**
 * Merges an open pull request the way GitHub's button does: the base branch moves (a merge
 * commit by default), the pull request is closed and merged. Throws on conflicts.
 */
export async function mergePull(
  fake: FakeGitHub,
  number: number,
  options: MergeOptions = {}
): Promise<ClosedPull> {
  const pull = requirePull(fake, number, 'mergePull')
  if (pull.state !== 'open') throw new Error(`mergePull: #${number} is not open`)
  const head = await fake.branchHead(pull.head)
  const base = await fake.branchHead(pull.base)
  if (!head || !base) throw new Error(`mergePull: #${number} lost its head or base branch`)
  const info = await pullInfo(fake, number)
  const by = fake.userFor(options.by ?? 'octocat')
  const at = fake.now()
  const author = { name: by.login, email: noreplyEmail(by), date: at }
  const github = { name: 'GitHub', email: 'noreply@github.com', date: at }
  const method = options.method ?? 'merge'
  let sha: string
  if (method === 'fast-forward') {
    if (!(await fake.git.isAncestor(base, head))) {
      throw new Error(`mergePull: ${pull.base} cannot be fast-forwarded to ${pull.head}`)
    }
    sha = head
  } else {
    const tree = await fake.git.mergeTree(base, head)
    sha =
      method === 'squash'
        ? await fake.git.commitTree(tree, [base], `${pull.title} (#${number})`, author, github)
        : await fake.git.commitTree(
            tree,
            [base, head],
            `Merge pull request #${number} from ${fake.owner}/${pull.head}\n\n${pull.title}`,
            author,
            github
          )
    fake.linkEmail(author.email, by.login)
    fake.verifiedCommits.add(sha)
  }
  await fake.git.updateRef(`refs/heads/${pull.base}`, sha, base)
  pull.state = 'closed'
  pull.updatedAt = at
  pull.merge = { sha, by, at, headSha: head, baseSha: base }
  return { pull: info, merged: true, mergedBy: by.login, mergeCommitSha: sha, mergedAt: at }
}

/** Closes a pull request without merging it. */
export async function closePull(fake: FakeGitHub, number: number): Promise<ClosedPull> {
  const pull = requirePull(fake, number, 'closePull')
  pull.state = 'closed'
  pull.updatedAt = fake.now()
  return { pull: await pullInfo(fake, number), merged: false }
}

/**
 * Submits a review on a pull request, with inline comments on lines of its diff (a line
 * outside the diff throws, as GitHub refuses it). The result feeds pullRequestReviewEvent.
 */
export async function addReview(
  fake: FakeGitHub,
  pullNumber: number,
  seed: ReviewSeed
): Promise<AddedReview> {
  const pull = requirePull(fake, pullNumber, 'addReview')
  const head = pull.merge?.headSha ?? (await fake.branchHead(pull.head))
  const base = pull.merge?.baseSha ?? (await fake.branchHead(pull.base))
  if (!head || !base) throw new Error(`addReview: #${pullNumber} lost its head or base branch`)
  const user = fake.userFor(seed.user)
  const id = fake.allocateId('review')
  const review: FakeReview = {
    id,
    nodeId: reviewNodeId(id),
    pullNumber,
    user,
    body: seed.body,
    state: seed.state ?? 'COMMENTED',
    commitId: head,
    submittedAt: fake.now(),
    commentIds: []
  }
  const mergeBase = await fake.git.mergeBase(base, head)
  for (const seedComment of seed.comments ?? []) {
    const diff = await fake.git.diff(mergeBase, head, seedComment.path)
    const { diffHunk, position } = locateInDiff(diff, seedComment)
    const commentId = fake.allocateId('review-comment')
    fake.reviewComments.set(commentId, {
      id: commentId,
      nodeId: reviewCommentNodeId(commentId),
      reviewId: review.id,
      pullNumber,
      user,
      path: seedComment.path,
      line: seedComment.line,
      startLine: seedComment.startLine ?? null,
      side: seedComment.side ?? 'RIGHT',
      body: seedComment.body,
      commitId: head,
      diffHunk,
      position,
      createdAt: review.submittedAt
    })
    review.commentIds.push(commentId)
  }
  fake.reviews.set(review.id, review)
  return {
    id: review.id,
    nodeId: review.nodeId,
    commentIds: [...review.commentIds],
    body: review.body,
    login: user.login
  }
}

/** pulls/get's full pull request: counts from git and from the fake's comments and reviews. */
export async function pullDetailJson(fake: FakeGitHub, pull: FakePull) {
  const head = (await fake.branchHead(pull.head)) ?? '0'.repeat(40)
  const base = (await fake.branchHead(pull.base)) ?? '0'.repeat(40)
  const details = {
    comments: fake.commentsOf(pull.number).length,
    reviewComments: [...fake.reviewComments.values()].filter(c => c.pullNumber === pull.number)
      .length,
    commits: 0,
    additions: 0,
    deletions: 0,
    changedFiles: 0
  }
  const from = pull.merge?.baseSha ?? base
  const to = pull.merge?.headSha ?? head
  if (
    (await fake.git.objectType(from)) === 'commit' &&
    (await fake.git.objectType(to)) === 'commit'
  ) {
    const mergeBase = await fake.git.mergeBase(from, to)
    details.commits = (await fake.git.revList(`${mergeBase}..${to}`)).length
    Object.assign(details, await fake.git.diffStat(mergeBase, to))
  }
  return pullDetailJsonOf(fake.urls, pull, { head, base }, fake.repositoryJson(), details)
}

function requirePull(fake: FakeGitHub, number: number, caller: string): FakePull {
  const pull = fake.pulls.get(number)
  if (!pull) throw new Error(`${caller}: no pull request #${number}`)
  return pull
}
