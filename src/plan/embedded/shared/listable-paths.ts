// Which paths a plan may name: plain relative paths inside the repository, to files that exist.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'

export function isFile(root: string, path: string): boolean {
  try {
    return statSync(resolve(root, path)).isFile()
  } catch {
    return false
  }
}

export function isDirectory(root: string, path: string): boolean {
  try {
    return statSync(resolve(root, path)).isDirectory()
  } catch {
    return false
  }
}

/** A path a plan can name: relative, inside the root, writable as inline code. */
export function isPlainPath(path: string): boolean {
  return (
    path !== '' &&
    !path.includes('`') &&
    !path.startsWith('/') &&
    !/^[a-zA-Z]:/.test(path) &&
    !path.split('/').includes('..')
  )
}

/** Whether a plan may list an existing file at `path`. */
export function listableIn(root: string): (path: string) => boolean {
  return path => isPlainPath(path) && isFile(root, path)
}
