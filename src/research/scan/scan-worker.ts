// The scan's worker thread: the same file scanner as the main thread, on the chunks it claims.
import { parentPort, workerData } from 'node:worker_threads'
import { STARTED, workerScan, type WorkerInput } from './scan-threads.js'

export function runScanWorker(): void {
  const result = workerScan(workerData as WorkerInput, () => parentPort?.postMessage(STARTED))
  const transfer = result
    ? [result.terms.buffer as ArrayBuffer, result.definitions.buffer as ArrayBuffer]
    : []
  parentPort?.postMessage(result, transfer)
}
