// Spreads the scan over the machine's cores. The files are cut into chunks that each thread
// claims in turn from a shared counter (the main thread too, so a small tree is done before any
// worker is up); each file's results land at its own index, so what the scan finds does not
// depend on which thread read what, nor on how many there were. A worker that is still starting
// when the work runs out is cancelled; one that fails has its chunks read again here.
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { FileScanner, type ScanJob, type ShardResult, type SharedFields } from './file-scan.js'

/** Files claimed at a time: enough to make claiming cheap, few enough to share the tail. */
const CHUNK = 64
/** Files a thread is worth starting for. */
const FILES_PER_THREAD = 2000
const MAX_THREADS = 8

/**
 * The worker's starter, beside the bundle's chunks (`dist/bundle/research-worker.js`). Run from
 * the sources there is none, and the scan runs on the main thread alone.
 */
const WORKER_FILE = 'research-worker.js'

/** `control` slots: the next chunk to claim, then one state per worker. */
const NEXT = 0
const BOOTING = 0
const WORKING = 1
const CANCELLED = 2
const DONE = 3

/** What a worker is given. The shared buffers are shared, not copied. */
export interface WorkerInput {
  job: ScanJob
  fields: SharedFields
  control: Int32Array
  /** Per chunk, 1 + the index of the thread that claimed it (0: not claimed yet). */
  owner: Int32Array
  /** 1-based; the main thread is 0. */
  thread: number
}

/**
 * Threads for a scan of `files` files: ADW_RESEARCH_THREADS when set (`asked`), else one per core
 * the process may use, as many as the files are worth.
 */
export function threadCount(
  files: number,
  env: NodeJS.ProcessEnv = process.env
): { threads: number; asked: boolean } {
  const asked = env.ADW_RESEARCH_THREADS
  if (asked !== undefined && asked !== '') {
    const count = Number(asked)
    if (!Number.isInteger(count) || count < 1 || count > 64)
      throw new Error(`ADW_RESEARCH_THREADS must be a whole number from 1 to 64, got "${asked}"`)
    return { threads: count, asked: true }
  }
  const threads = Math.max(
    1,
    Math.min(availableParallelism(), MAX_THREADS, Math.floor(files / FILES_PER_THREAD))
  )
  return { threads, asked: false }
}

function workerFile(): string | undefined {
  const file = join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE)
  return existsSync(file) ? file : undefined
}

function chunkOf(chunk: number, fileCount: number): [number, number] {
  return [chunk * CHUNK, Math.min(fileCount, (chunk + 1) * CHUNK)]
}

type Claimer = Omit<WorkerInput, 'job' | 'fields'>

/** Claims the next chunk for `input.thread` and scans it; false when none was left. */
function claimChunk(input: Claimer, scanner: FileScanner, fileCount: number): boolean {
  const chunk = Atomics.add(input.control, NEXT, 1)
  if (chunk >= Math.ceil(fileCount / CHUNK)) return false
  Atomics.store(input.owner, chunk, input.thread + 1)
  const [start, end] = chunkOf(chunk, fileCount)
  for (let f = start; f < end; f++) scanner.scan(f)
  return true
}

/**
 * A worker's side: claim and scan, unless cancelled before it started (`started` is told when it
 * does); hand the results over.
 */
export function workerScan(input: WorkerInput, started = () => {}): ShardResult | undefined {
  if (Atomics.compareExchange(input.control, input.thread, BOOTING, WORKING) !== BOOTING)
    return undefined
  started()
  const scanner = new FileScanner(input.job, input.fields)
  while (claimChunk(input, scanner, input.job.paths.length));
  // Read by the main thread before it reads the shared fields: what was written before is seen.
  Atomics.store(input.control, input.thread, DONE)
  return scanner.result()
}

/** What a worker posts when it starts claiming; then it posts its results. */
export const STARTED = 'started'

interface Running {
  worker: Worker
  /** Settles once it claims, or fails. */
  started: Promise<void>
  /** Its results, or undefined when it failed or was cancelled. */
  result: Promise<ShardResult | undefined>
}

function start(file: string, input: WorkerInput): Running {
  const worker = new Worker(file, { workerData: input })
  let began = () => {}
  const started = new Promise<void>(resolve => (began = resolve))
  const result = new Promise<ShardResult | undefined>(resolve => {
    worker.on('message', (message: typeof STARTED | ShardResult | undefined) => {
      if (message === STARTED) began()
      else resolve(message)
    })
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(undefined))
  })
  void result.then(began)
  return { worker, started, result }
}

/** How long the main thread waits for asked-for workers to start before it reads alone. */
const START_WAIT_MS = 10_000

/**
 * Scans every file of `job` on `threads` threads; the shards' results, in no particular order.
 * With `together`, the main thread starts reading once the workers have started, so that each
 * takes its share even of a small tree (a number of threads asked for, not picked).
 */
export async function scanInThreads(
  job: ScanJob,
  fields: SharedFields,
  threads: number,
  together = false
): Promise<ShardResult[]> {
  const fileCount = job.paths.length
  const file = threads > 1 ? workerFile() : undefined
  const workers = file ? threads - 1 : 0
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)))
  const owner = new Int32Array(new SharedArrayBuffer(4 * Math.ceil(fileCount / CHUNK)))
  const running = Array.from({ length: workers }, (_, w) =>
    start(file!, { job, fields, control, owner, thread: w + 1 })
  )
  if (together && running.length > 0) {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      Promise.all(running.map(worker => worker.started)),
      new Promise(resolve => (timer = setTimeout(resolve, START_WAIT_MS)))
    ])
    clearTimeout(timer)
  }
  const main = new FileScanner(job, fields)
  // Between chunks the event loop runs: what the process reads meanwhile (a git process's output)
  // is taken in as it comes, not once the scan is over.
  while (claimChunk({ control, owner, thread: 0 }, main, fileCount))
    await new Promise(resolve => setImmediate(resolve))

  const shards: ShardResult[] = []
  for (let w = 0; w < workers; w++) {
    const thread = w + 1
    // Not started yet: it never will, the work is done.
    if (Atomics.compareExchange(control, thread, BOOTING, CANCELLED) === BOOTING) {
      void running[w].worker.terminate()
      continue
    }
    const result = await running[w].result
    if (result && Atomics.load(control, thread) === DONE) {
      shards.push(result)
      continue
    }
    // It failed: what it claimed is read again here, its partial results overwritten.
    for (let chunk = 0; chunk < owner.length; chunk++) {
      if (Atomics.load(owner, chunk) !== thread + 1) continue
      const [from, to] = chunkOf(chunk, fileCount)
      for (let f = from; f < to; f++) main.scan(f)
    }
  }
  shards.push(main.result())
  return shards
}
