export { FakeGitHub } from './fake-github.js'
export type {
  FakeGitHubOptions,
  Injection,
  RecordedRequest,
  SeedIssue,
  ValidationFailure
} from './fake-github.js'
export type { CommitInfo, FileMap } from './git-store.js'
export type { FakeComment, FakeIssue, FakePull } from './responses.js'
