// The benchmark's own notion of a path's role, independent of the product's classification (so
// the product is not scored by its own rules): a code file, a test, a documentation file.
const CODE_EXTENSION =
  /\.(?:py|pyx|pyi|js|jsx|mjs|cjs|ts|tsx|mts|cts|go|rs|java|kt|scala|c|h|cc|cpp|hpp|cs|rb|php|swift|m|sh)$/i
// Test trees and files by the naming conventions of the languages the corpus holds; a JVM class
// name ends in `Test`, `Tests` or `IT`, a Spock or Scala one in `Spec` (case matters:
// `Digit.java` is no test, and `TypeSpec.java` is code).
const TEST_PATH =
  /(?:^|\/)(?:[Tt]ests?|[Tt]esting|__tests__|[Ss]pecs?|testdata)\/|(?:^|\/)(?:[Tt]est_[^/]*|[^/]*_test\.[a-z]+|[^/]*[.-](?:test|spec)\.[a-z]+|conftest\.py|unittest_[^/]*|[^/]*(?:Tests?|IT)\.(?:java|kt|scala|groovy)|[^/]*Spec\.(?:groovy|scala))$/
const DOC_PATH = /(?:^|\/)(?:docs?|documentation)\/|\.(?:md|rst|txt|adoc)$/i

export function isCodePath(path: string): boolean {
  return CODE_EXTENSION.test(path) && !TEST_PATH.test(path) && !DOC_PATH.test(path)
}

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path)
}
