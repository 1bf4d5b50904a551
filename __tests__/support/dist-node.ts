// The Node that runs the bundles the end-to-end tests spawn: this process's own (Node 24, the
// action's runtime), or the one ADW_TEST_DIST_NODE names. CI names Node 20 there, the least
// version package.json's `engines` promises for the bundled CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'

export const distNode = process.env.ADW_TEST_DIST_NODE || process.execPath

let guardCopy: string | undefined

/**
 * The network guard as `node --import` loads it in a spawned bundle: the TypeScript file itself
 * where that Node strips types, else a JavaScript copy of it (Node 20 runs no TypeScript).
 */
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
