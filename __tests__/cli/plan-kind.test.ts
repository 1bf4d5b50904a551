// `adw-plan plan --kind`: the kind picks the Plan Format and the file name, and an unknown kind
// is a usage error before anything is researched or written.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CliUsageError, runPlanCommand, type PlanCommand } from '../../src/cli/commands.js'
import type { Logger } from '../../src/log/logger.js'
import { makeTempRepo, sampleProject, type TempRepo } from '../support/temp-repo.js'

const log: Logger = { info() {}, debug() {}, warning() {} }
let repo: TempRepo

beforeEach(() => {
  repo = makeTempRepo(sampleProject)
})
afterEach(() => repo.remove())

function command(overrides: Partial<PlanCommand> = {}): PlanCommand {
  return {
    adwId: '42',
    prompt:
      'Rendering a widget with an empty name throws.\n\n1. Call `renderWidget("")`\n2. See the error',
    title: 'Bug: widget crashes on an empty name',
    repo: repo.root,
    provider: 'template',
    specsDir: 'specs',
    env: {},
    log,
    ...overrides
  }
}

describe('adw-plan plan --kind', () => {
  it('--kind bug writes a bug plan to specs/bug-N-….md', async () => {
    const path = await runPlanCommand(command({ kind: 'bug' }))
    expect(path.endsWith('specs/bug-42-widget-crashes-empty-name.md')).toBe(true)
    const plan = readFileSync(resolve(process.cwd(), path), 'utf8')
    expect(plan.startsWith('# Bug: Widget crashes on an empty name\n')).toBe(true)
    expect(plan).toContain('## Steps to Reproduce\n1. Call `renderWidget("")`.\n2. See the error.')
    expect(plan).toContain('## Root Cause Analysis')
  })

  it('--kind chore writes a chore plan; without --kind the plan is a feature', async () => {
    const chore = await runPlanCommand(
      command({ kind: 'chore', title: 'chore: rename renderWidget', prompt: 'Rename it.' })
    )
    expect(chore.endsWith('specs/chore-42-rename-renderwidget.md')).toBe(true)
    expect(readFileSync(resolve(process.cwd(), chore), 'utf8')).toMatch(
      /^# Chore: Rename renderWidget\n/
    )
    const feature = await runPlanCommand(command({ title: 'Dark theme', prompt: 'Add one.' }))
    expect(feature.endsWith('specs/feature-42-dark-theme.md')).toBe(true)
  })

  it('replaces the issue’s older plan of the same kind only', async () => {
    const specs = join(repo.root, 'specs')
    mkdirSync(specs)
    writeFileSync(join(specs, 'bug-42-old-name.md'), 'old bug plan\n')
    writeFileSync(join(specs, 'feature-42-old-name.md'), 'old feature plan\n')
    await runPlanCommand(command({ kind: 'bug' }))
    expect(readdirSync(specs).sort()).toEqual([
      'bug-42-widget-crashes-empty-name.md',
      'feature-42-old-name.md'
    ])
  })

  it('refuses another kind with the list of kinds, writing nothing', async () => {
    const planning = runPlanCommand(command({ kind: 'epic' }))
    await expect(planning).rejects.toBeInstanceOf(CliUsageError)
    await expect(planning).rejects.toThrow('--kind must be one of feature, bug, chore, got "epic"')
    expect(existsSync(join(repo.root, 'specs'))).toBe(false)
  })
})
