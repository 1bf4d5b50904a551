// How many threads the scan takes, and the hand-over between threads: a worker cancelled before
// it starts claims nothing; one that runs claims chunks until none is left, each file once.
import { describe, expect, it } from '@jest/globals'
import { sharedFields } from '../../src/research/scan/file-scan.js'
import { threadCount, workerScan, type WorkerInput } from '../../src/research/scan/scan-threads.js'
import { removeTree, writeTree } from '../support/git-repo.js'

describe('threadCount', () => {
  it('takes ADW_RESEARCH_THREADS as given, whatever the size of the tree', () => {
    expect(threadCount(10, { ADW_RESEARCH_THREADS: '3' })).toEqual({ threads: 3, asked: true })
    expect(threadCount(1_000_000, { ADW_RESEARCH_THREADS: '1' })).toEqual({
      threads: 1,
      asked: true
    })
  })

  it('otherwise starts no thread for a small tree, and at most one per core for a large one', () => {
    expect(threadCount(500, {})).toEqual({ threads: 1, asked: false })
    const large = threadCount(1_000_000, {}).threads
    expect(large).toBeGreaterThanOrEqual(1)
    expect(large).toBeLessThanOrEqual(8)
  })

  it('refuses a count that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', '-2', '1.5', 'four', '65'])
      expect(() => threadCount(10, { ADW_RESEARCH_THREADS: bad })).toThrow(
        `ADW_RESEARCH_THREADS must be a whole number from 1 to 64, got "${bad}"`
      )
  })
})

describe('workerScan', () => {
  const files = Object.fromEntries(
    Array.from({ length: 150 }, (_, i) => [
      `pkg/mod_${i}.py`,
      `def add_row_${i}(table):\n    return table\n`
    ])
  )
  /** A worker's input over a fresh tree: thread 1 of two, nothing claimed yet. */
  const workerInput = (root: string): WorkerInput => ({
    job: {
      root,
      paths: Object.keys(files).sort(),
      forms: [['table', 0]],
      termCount: 1,
      names: [],
      nameTerms: [],
      options: { capBytes: 1024, dataCapBytes: 1024 }
    },
    fields: sharedFields(150),
    control: new Int32Array(new SharedArrayBuffer(8)),
    owner: new Int32Array(new SharedArrayBuffer(4 * 3)),
    thread: 1
  })

  it('claims nothing once cancelled', () => {
    const root = writeTree(files)
    try {
      const input = workerInput(root)
      input.control[1] = 2
      let started = 0
      expect(workerScan(input, () => started++)).toBeUndefined()
      expect(started).toBe(0)
      expect([...input.owner]).toEqual([0, 0, 0])
      expect(input.fields.alive.every(alive => alive === 0)).toBe(true)
    } finally {
      removeTree(root)
    }
  })

  it('scans every chunk left, each file once, and marks them its own', () => {
    const root = writeTree(files)
    try {
      const input = workerInput(root)
      // The main thread took the first chunk already.
      input.control[0] = 1
      let started = 0
      const shard = workerScan(input, () => started++)!
      expect(started).toBe(1)
      expect([...input.owner]).toEqual([0, 2, 2])
      const scanned = [...input.fields.alive]
        .map((alive, f) => (alive === 2 ? f : -1))
        .filter(f => f >= 0)
      expect(scanned).toEqual(Array.from({ length: 86 }, (_, i) => 64 + i))
      // Records `file, 1, term 0, count 2` for each file it read.
      expect(shard.terms.length).toBe(86 * 4)
      expect([...shard.terms.subarray(0, 4)]).toEqual([64, 1, 0, 2])
    } finally {
      removeTree(root)
    }
  })
})
