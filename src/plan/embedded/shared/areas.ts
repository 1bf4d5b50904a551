// The area of the repository a path belongs to, the unit a plan groups its work by: the folder
// under a container such as `src/`, else the top-level folder.
const CONTAINERS = new Set(['src', 'lib', 'app', 'apps', 'packages', 'pkg', 'internal', 'cmd'])

/** `src/foo/bar.ts` -> `src/foo`: the top level alone is too coarse in most repositories. */
export function areaOf(path: string): string {
  const parts = path.split('/')
  if (parts.length === 1) return '.'
  return CONTAINERS.has(parts[0]) && parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]
}

/** An area as a sentence names it: the top level is "the repository root". */
export function areaName(area: string): string {
  return area === '.' ? 'the repository root' : area
}
