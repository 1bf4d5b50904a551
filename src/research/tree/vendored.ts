// Copies of other people's libraries kept inside a repository (a bundled jQuery, a vendored
// urllib3): never where a project's own change goes, so never ranked. Recognised by how such
// copies look, not by a list of library names: a version in the file name, a library banner or
// minified lines at the top, a package nested in the project that declares its own version and
// author.

// `jquery-3.5.1.js`, `underscore-1.13.1.min.js`, `lodash.4.17.21.js`, `vue.v2.6.js`.
const VERSIONED_NAME =
  /[-_.]v?\d+\.\d+(?:\.\d+)?(?:[-.](?:min|slim|esm|umd|prod|dev|full))*\.(?:js|mjs|cjs|css)$/i

/** A bundled library file, by its name: a version number written into it. */
export function vendoredByName(path: string): boolean {
  return VERSIONED_NAME.test(path.slice(path.lastIndexOf('/') + 1))
}

// The comment a library opens with: `/*! jQuery v3.5.1 | (c) …`, `@license`, `@preserve`.
const BANNER_MARK = /^\s*\/\*!|@license\b|@preserve\b/
const VERSION = /\bv?\d+\.\d+\.\d+\b/
const LICENSE_WORD = /\blicen[cs]e\b|\(c\)|copyright|\bmit\b/i

/**
 * Text that is a copy of a published library: its first comment is a release banner (a version
 * number and a licence, or the `/*!`/`@license` marks bundlers keep), or its lines are minified.
 */
export function looksVendored(text: string): boolean {
  // Only a file that opens with a block comment can carry a banner.
  const start = /\S/.exec(text.slice(0, 200))?.index ?? 0
  if (text.startsWith('/*', start)) {
    const comment = /^\s*(\/\*[\s\S]*?\*\/)/.exec(text.slice(0, 1500))?.[1]
    if (
      comment &&
      VERSION.test(comment) &&
      (BANNER_MARK.test(comment) || LICENSE_WORD.test(comment))
    )
      return true
  }
  return isMinified(text)
}

/** Minified: a few very long lines carry the text, as no person writes it. */
function isMinified(text: string): boolean {
  if (text.length < 2000) return false
  // Lines of 800 characters on average over the first 4,000: no person writes that.
  let newlines = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < 4000; at = text.indexOf('\n', at + 1)) {
    if (++newlines > 4) return false
  }
  return true
}

const PYTHON_DUNDER = /^__(version|author|license)__\s*=/gm

/**
 * The directory of a Python package nested inside another package that declares its own
 * `__version__` and `__author__` or `__license__` (`requests/packages/urllib3/__init__.py`):
 * a library copied in whole. Undefined for the project's own packages.
 */
export function vendoredPackageDir(
  path: string,
  text: string,
  exists: (path: string) => boolean
): string | undefined {
  if (!path.endsWith('/__init__.py')) return undefined
  const dir = path.slice(0, -'/__init__.py'.length)
  const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : ''
  // The top package of a project declares its version too: only a nested one is a copy.
  if (parent === '' || !exists(`${parent}/__init__.py`)) {
    const grand = parent.includes('/') ? parent.slice(0, parent.lastIndexOf('/')) : ''
    if (grand === '' || !exists(`${grand}/__init__.py`)) return undefined
  }
  const declared = new Set([...text.slice(0, 8000).matchAll(PYTHON_DUNDER)].map(m => m[1]))
  return declared.has('version') && (declared.has('author') || declared.has('license'))
    ? dir
    : undefined
}
