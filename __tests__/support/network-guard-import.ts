// The network guard as `node --import` loads it into a spawned bundle: the TypeScript file itself
// where that Node strips types, else a JavaScript copy of it (Node 20 runs no TypeScript). Apart
// from dist-node.ts so that what imports the spawning helpers (the benchmarks) loads no compiler.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { distNode } from './dist-node.js'

let guardCopy: string | undefined

export function networkGuardImport(): string {
  const source = resolve('__tests__/support/network-guard.ts')
  if (distNode === process.execPath) return source
  if (!guardCopy) {
    guardCopy = join(mkdtempSync(join(tmpdir(), 'adw-guard-')), 'network-guard.mjs')
    const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    })
    writeFileSync(guardCopy, outputText)
  }
  return guardCopy
}
