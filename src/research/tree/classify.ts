// Decides, from a path alone, whether a file is worth reading and what kind of file it is.
// Content-based checks (NUL bytes, generated markers) live in read-file.ts.
import type { FileKind } from '../types.js'
import { vendoredByName } from './vendored.js'

/** Directories holding other people's code or tool state: never part of the project's own code. */
const vendoredDirs = new Set([
  'node_modules',
  'vendor',
  'third_party',
  'third-party',
  'thirdparty',
  'bower_components',
  '.git',
  '.hg',
  '.svn',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  'site-packages',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.next',
  '.nuxt',
  'coverage',
  '.bench'
])

/** Output directories of builds: their files are copies of sources that live elsewhere. */
const generatedDirs = new Set(['dist', 'build', 'target'])

const lockFiles = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'poetry.lock',
  'pdm.lock',
  'uv.lock',
  'pipfile.lock',
  'cargo.lock',
  'go.sum',
  'gemfile.lock',
  'composer.lock',
  'flake.lock',
  'mix.lock',
  'podfile.lock',
  'packages.lock.json',
  'gradle.lockfile'
])

const binaryExtensions = new Set(
  (
    'png jpg jpeg gif bmp ico icns tif tiff webp psd svgz heic avif ' +
    'woff woff2 ttf otf eot ' +
    'zip gz tgz bz2 xz 7z rar tar zst lz4 jar war ear whl egg nupkg ' +
    'pdf doc docx xls xlsx ppt pptx odt ' +
    'exe dll so dylib a o obj lib bin class pyc pyo pyd wasm node ' +
    'mp3 mp4 m4a wav ogg flac avi mov mkv webm ' +
    'db sqlite sqlite3 mdb dcm dicom npy npz pkl pickle h5 hdf5 nc parquet feather joblib pt onnx ' +
    'ds_store swp'
  ).split(' ')
)

const generatedNamePattern =
  /\.min\.(?:js|css|mjs)$|\.bundle\.js$|\.map$|\.pb\.go$|_pb2(?:_grpc)?\.pyi?$|\.g\.dart$|\.generated\.[a-z]+$|\.designer\.cs$/i

export type Exclusion = 'vendored' | 'generated' | 'lock' | 'binary'

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function extensionOf(path: string): string {
  const name = baseName(path)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Why a path is kept out of ranking, or undefined when it is the project's own text. */
export function exclusionFor(path: string): Exclusion | undefined {
  const parts = path.split('/')
  const name = parts[parts.length - 1].toLowerCase()
  for (let i = 0; i < parts.length - 1; i++) {
    const dir = parts[i]
    if (vendoredDirs.has(dir)) return 'vendored'
    if (generatedDirs.has(dir) || dir.endsWith('.egg-info')) return 'generated'
  }
  if (lockFiles.has(name)) return 'lock'
  if (binaryExtensions.has(extensionOf(name))) return 'binary'
  if (generatedNamePattern.test(name)) return 'generated'
  if (vendoredByName(name)) return 'vendored'
  return undefined
}

const testDirs = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'testing',
  'e2e',
  'testdata'
])
const testNamePattern =
  /^test_.+\.py$|_tests?\.py$|^conftest\.py$|_test\.go$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:Test|Tests|IT)\.(?:java|kt|scala|cs|swift)$|_spec\.rb$|_test\.rb$|Test\.php$|_test\.exs?$/
const docExtensions = new Set(['md', 'markdown', 'rst', 'adoc', 'asciidoc', 'txt', 'org', 'rdoc'])
// Examples and benchmarks are read as documentation of the code, not as the code itself; their role
// (roles.ts) weighs them again, as machinery (path-priors.ts).
const docDirs = new Set(['docs', 'doc', 'documentation', 'examples', 'example', 'benchmarks'])
const configExtensions = new Set([
  'json',
  'jsonc',
  'json5',
  'yml',
  'yaml',
  'toml',
  'ini',
  'cfg',
  'conf',
  'properties',
  'xml',
  'lock',
  'env',
  'editorconfig'
])
const configNames = new Set([
  'makefile',
  'dockerfile',
  'gemfile',
  'rakefile',
  'procfile',
  'justfile',
  'setup.py',
  'noxfile.py',
  'manifest.in',
  'go.mod',
  'license',
  'licence',
  'copying',
  'codeowners'
])

export const codeExtensions = new Set(
  (
    'py pyi js jsx mjs cjs ts tsx mts cts go rs java kt kts scala cs fs swift m mm ' +
    'c h cc cpp cxx hpp hh hxx rb php pl pm lua r jl ex exs erl hs ml clj dart vue svelte ' +
    'sh bash zsh ps1 sql groovy zig nim'
  ).split(' ')
)

/** Test, documentation, configuration, code or other, from the path. */
export function kindOf(path: string): FileKind {
  const parts = path.split('/')
  const name = parts[parts.length - 1]
  const lower = name.toLowerCase()
  const ext = extensionOf(name)
  if (testNamePattern.test(name)) return 'test'
  for (let i = 0; i < parts.length - 1; i++) {
    if (testDirs.has(parts[i].toLowerCase())) return 'test'
  }
  if (
    docExtensions.has(ext) ||
    /^(?:readme|changelog|changes|history|authors|contributing)\b/i.test(lower)
  )
    return 'doc'
  if (configNames.has(lower) || lower.startsWith('.') || configExtensions.has(ext)) return 'config'
  for (let i = 0; i < parts.length - 1; i++) {
    if (docDirs.has(parts[i].toLowerCase())) return 'doc'
  }
  if (codeExtensions.has(ext)) return 'code'
  return 'other'
}
