// Writes the tree of a commit out of a (possibly partial) git directory, once: later runs
// reuse the directory. Blobs missing from the snapshot are skipped, as are symlinks and
// submodules.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

interface TreeEntry {
  sha: string
  path: string
}

function listTree(gitDir: string, commit: string): TreeEntry[] {
  const out = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], {
    maxBuffer: 512 * 1024 * 1024
  }).toString('utf8')
  const entries: TreeEntry[] = []
  for (const record of out.split('\0')) {
    if (record === '') continue
    const tab = record.indexOf('\t')
    const [mode, type, sha] = record.slice(0, tab).split(' ')
    if (type !== 'blob' || mode === '120000') continue
    entries.push({ sha, path: record.slice(tab + 1) })
  }
  return entries
}

/** Streams `git cat-file --batch` and calls `onBlob` for each blob present. */
function readBlobs(
  gitDir: string,
  shas: string[],
  onBlob: (index: number, content: Buffer) => void
): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'inherit']
    })
    let pending: Buffer = Buffer.alloc(0)
    let next = 0
    let missing = 0
    child.stdout.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      for (;;) {
        const newline = pending.indexOf(10)
        if (newline < 0) return
        const header = pending.subarray(0, newline).toString('utf8')
        if (header.endsWith(' missing')) {
          missing++
          next++
          pending = pending.subarray(newline + 1)
          continue
        }
        const size = Number(header.split(' ')[2])
        if (pending.length < newline + 1 + size + 1) return
        onBlob(next++, pending.subarray(newline + 1, newline + 1 + size))
        pending = pending.subarray(newline + 1 + size + 1)
      }
    })
    child.on('error', reject)
    child.on('close', code =>
      code === 0 ? resolvePromise(missing) : reject(new Error(`git cat-file exited ${code}`))
    )
    child.stdin.end(shas.join('\n') + '\n')
  })
}

/** The materialised tree of `commit`, under `cacheDir`; built on first use. */
export async function materialise(
  gitDir: string,
  commit: string,
  cacheDir: string
): Promise<{ root: string; reused: boolean; missing: number }> {
  const root = join(cacheDir, commit)
  // The marker sits beside the tree, not in it, so the tree holds the commit's files only.
  const marker = `${root}.materialised`
  if (existsSync(marker) && existsSync(root)) return { root, reused: true, missing: 0 }
  const staging = `${root}.partial`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const entries = listTree(gitDir, commit)
  const missing = await readBlobs(
    gitDir,
    entries.map(entry => entry.sha),
    (index, content) => {
      const target = join(staging, entries[index].path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
    }
  )
  rmSync(root, { recursive: true, force: true })
  renameSync(staging, root)
  // Written last, so an interrupted run leaves nothing that looks complete.
  writeFileSync(marker, `${entries.length - missing} files\n`)
  return { root, reused: false, missing }
}
