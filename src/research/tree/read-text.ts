// Bounded reads of small text files the listing holds (manifests, guides, READMEs).
import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { readFlags } from './read-file.js'

/** The first `cap` bytes of `root/path` as text, or undefined when it cannot be read. */
export function readText(root: string, path: string, cap = 64 * 1024): string | undefined {
  let fd: number
  try {
    fd = openSync(join(root, path), readFlags)
  } catch {
    return undefined
  }
  try {
    const buffer = Buffer.allocUnsafe(cap)
    let bytes = 0
    while (bytes < cap) {
      const n = readSync(fd, buffer, bytes, cap - bytes, null)
      if (n === 0) break
      bytes += n
    }
    return buffer.toString('utf8', 0, bytes)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

export function readJson(root: string, path: string): Record<string, unknown> | undefined {
  const text = readText(root, path, 1024 * 1024)
  if (text === undefined) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** Section names of an INI/TOML file (`[tool.pytest.ini_options]`, `[testenv:lint]`). */
export function sectionsOf(text: string): string[] {
  return [...text.matchAll(/^\s*\[+\s*([^\]\n]+?)\s*\]+\s*$/gm)].map(m => m[1])
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
