// Regenerates __fixtures__/openapi/api.github.com.subset.json from @octokit/openapi's
// description: only the operations the action calls, plus every component they reference. The
// local GitHub fake validates each request against it, so a request GitHub would reject fails
// the tests too. Usage: npm install --no-save @octokit/openapi@23.0.2 && node scripts/openapi-subset.mjs
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixtureSource } from './fixture-source.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outFile = join(root, '__fixtures__', 'openapi', 'api.github.com.subset.json')
const sourcePath = fixtureSource('@octokit/openapi', '23.0.2', 'generated/api.github.com.json')

const operations = {
  '/repos/{owner}/{repo}': ['get'],
  '/repos/{owner}/{repo}/issues/{issue_number}': ['get'],
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/{issue_number}/labels': ['post'],
  '/repos/{owner}/{repo}/issues/comments/{comment_id}': ['get', 'patch', 'delete'],
  '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': ['post'],
  '/repos/{owner}/{repo}/git/ref/{ref}': ['get'],
  '/repos/{owner}/{repo}/git/matching-refs/{ref}': ['get'],
  '/repos/{owner}/{repo}/git/refs': ['post'],
  '/repos/{owner}/{repo}/git/refs/{ref}': ['patch'],
  '/repos/{owner}/{repo}/git/commits': ['post'],
  '/repos/{owner}/{repo}/git/commits/{commit_sha}': ['get'],
  '/repos/{owner}/{repo}/git/trees': ['post'],
  '/repos/{owner}/{repo}/git/trees/{tree_sha}': ['get'],
  '/repos/{owner}/{repo}/git/blobs': ['post'],
  '/repos/{owner}/{repo}/contents/{path}': ['get', 'put'],
  '/repos/{owner}/{repo}/commits': ['get'],
  '/repos/{owner}/{repo}/pulls': ['get', 'post'],
  '/repos/{owner}/{repo}/pulls/{pull_number}': ['get', 'patch'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments': ['get'],
  '/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions': ['post'],
  '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': ['post'],
  '/repos/{owner}/{repo}/tarball/{ref}': ['get'],
  '/repos/{owner}/{repo}/collaborators/{username}/permission': ['get']
}

const source = JSON.parse(await readFile(sourcePath, 'utf8'))

// Examples are documentation only and make up most of the size; drop them and their refs.
// Inside `properties` the keys are field names, so a field called `example` must stay.
function withoutExamples(value, parentKey) {
  if (Array.isArray(value)) return value.map(item => withoutExamples(item))
  if (value === null || typeof value !== 'object') return value
  const copy = {}
  for (const [key, inner] of Object.entries(value)) {
    if (parentKey !== 'properties' && (key === 'examples' || key === 'example')) continue
    copy[key] = withoutExamples(inner, key)
  }
  return copy
}

function collectRefs(value, found) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found)
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.add(inner)
      else collectRefs(inner, found)
    }
  }
}

const paths = {}
for (const [path, methods] of Object.entries(operations)) {
  const item = source.paths[path]
  if (!item) throw new Error(`${path} is not in the OpenAPI description`)
  paths[path] = {}
  for (const method of methods) {
    if (!item[method]) throw new Error(`${method.toUpperCase()} ${path} is not described`)
    paths[path][method] = withoutExamples(item[method])
  }
}

const components = {}
const pending = new Set()
collectRefs(paths, pending)
const done = new Set()
while (pending.size > 0) {
  const [ref] = pending
  pending.delete(ref)
  if (done.has(ref)) continue
  done.add(ref)
  const [, , kind, name] = ref.split('/') // '#/components/{kind}/{name}'
  const target = source.components[kind]?.[name]
  if (!target) throw new Error(`unresolved ${ref}`)
  const copy = withoutExamples(target)
  components[kind] ??= {}
  components[kind][name] = copy
  collectRefs(copy, pending)
}
for (const kind of Object.keys(components)) {
  components[kind] = Object.fromEntries(
    Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b))
  )
}

const subset = {
  openapi: source.openapi,
  info: {
    ...source.info,
    description: `Subset of ${source.info.title} used by the action and its tests.`
  },
  servers: source.servers,
  paths,
  components
}
await mkdir(dirname(outFile), { recursive: true })
await writeFile(outFile, `${JSON.stringify(subset, null, 2)}\n`)
const count = Object.values(operations).flat().length
process.stdout.write(
  `wrote ${count} operations and ${done.size} components to __fixtures__/openapi/\n`
)
