export { FakeGitHub } from './fake-github.js'
export type {
  FakeGitHubOptions,
  Injection,
  RecordedRequest,
  SeedIssue,
  ValidationFailure
} from './fake-github.js'
export type { CommitInfo, FileMap } from './git-store.js'
export type { ClosedPull, MergeOptions, PullInfo } from './pull-lifecycle.js'
export type { FakeComment, FakeIssue, FakeMerge, FakePull, FakeUser } from './responses.js'
export type {
  AddedReview,
  FakeReview,
  FakeReviewComment,
  ReviewCommentSeed,
  ReviewSeed
} from './reviews.js'
export type { FakeDispatch, FakeWorkflow } from './routes-actions.js'
export type { FakeReaction, ReactionOutcome } from './routes-reactions.js'
