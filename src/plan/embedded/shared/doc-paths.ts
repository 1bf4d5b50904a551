// Which files document a behaviour. The research files examples, templates and CI definitions with
// the docs (they sit in docs-like folders and are text), but an example program, an issue or pull
// request template and a CI workflow are not where a user reads how the software behaves: a plan
// lists none of them as documentation to update.

// Examples and fixtures, the tracker's templates, CI definitions, and the project's own rules
// (conduct, contributing, licence), which describe the project, not the software's behaviour.
const NOT_DOCUMENTATION =
  /(?:^|\/)(?:code_of_conduct|contributing|security|licen[cs]e|authors|maintainers|governance|support|funding)(?:\.\w+)?$|(?:^|\/)(?:examples?|samples?|demos?|fixtures?|testdata|__snapshots__)\/|(?:^|\/)\.github\/|(?:^|\/)(?:issue|pull_request)_template|(?:^|\/)\.(?:circleci|gitlab-ci\.ya?ml|travis\.ya?ml)|(?:^|\/)(?:appveyor|azure-pipelines|codecov)\.ya?ml$|(?:^|\/)Jenkinsfile$/i

export function isDocumentation(path: string): boolean {
  return !NOT_DOCUMENTATION.test(path)
}
