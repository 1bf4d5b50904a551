// The entry points, in one module so that one bundle serves both: `dist/index.js` (action.yml
// `runs.main`) calls `startAction`, `dist/cli.js` (the `adw-plan` CLI) calls `startCli`. Each
// loads its shell on demand, so the CLI never loads the action's GitHub client and the action
// never loads the CLI, while the code both use sits in chunks they share. The research's worker
// threads start from `dist/bundle/research-worker.js`, which calls `startResearchWorker`.

export async function startAction(): Promise<void> {
  const { run } = await import('./action/run.js')
  await run()
}

export async function startCli(argv: string[]): Promise<void> {
  const { runCli } = await import('./cli/main.js')
  await runCli(argv)
}

export async function startResearchWorker(): Promise<void> {
  const { runScanWorker } = await import('./research/scan/scan-worker.js')
  runScanWorker()
}
