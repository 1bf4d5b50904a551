// Repository template overrides: used when good, and when broken (at parse or at render time)
// reported with file and line and replaced by the built-in, so the run still delivers a plan.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempRepos } from '../support/git-repo.js'
import {
  builtinTemplatesDir,
  describeTemplateWarning,
  loadTemplate,
  onTemplateWarning,
  renderTemplate,
  templateErrorLine,
  type TemplateWarning
} from '../../src/templates/render.js'
import { resolveTemplatesDir, contextFileIn } from '../../src/pipeline/templates-dir.js'
import { research } from '../../src/research/index.js'
import { TemplatePlanner, planFormat, validatePlan } from '../../src/plan/index.js'
import { runPlanCommand } from '../../src/cli/commands.js'
import type { Logger } from '../../src/log/logger.js'

const { gitRepo, tree } = tempRepos()

let stops: Array<() => void> = []
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})
/** Collects the override warnings, with paths relative to `root`. */
function listen(root?: string): { messages: string[]; warnings: TemplateWarning[] } {
  const heard = { messages: [] as string[], warnings: [] as TemplateWarning[] }
  stops.push(
    onTemplateWarning((message, warning) => {
      heard.messages.push(message)
      heard.warnings.push(warning)
    }, root)
  )
  return heard
}

const builtinFeature = readFileSync(join(builtinTemplatesDir(), 'feature.md.hbs'), 'utf8')
const project = {
  'README.md': '# Shop\n\nA small shop.\n',
  'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' } }),
  'src/cart.ts': 'export function addToCart(id: string) {\n  return id\n}\n',
  '__tests__/cart.test.ts': "import { addToCart } from '../src/cart.js'\n"
}
const issue = {
  number: 7,
  title: 'Discount codes in the cart',
  body: 'As a shopper, I want to apply a discount code so that I pay less.'
}

async function planWith(root: string, templatesDir: string | undefined) {
  const found = await research({ root, title: issue.title, body: issue.body })
  const result = await new TemplatePlanner().plan({
    adwId: '7',
    issue,
    research: found,
    root,
    specsDir: 'specs',
    templatesDir
  })
  // As make-plan does: validated against the format of the template in use.
  const problems = validatePlan(result.markdown, {
    adwId: '7',
    prompt: issue.body,
    fileExists: path => existsSync(join(root, path)),
    format: planFormat(templatesDir)
  })
  return { markdown: result.markdown, problems }
}

describe('resolveTemplatesDir', () => {
  it('prefers the configured directory, else .github/adw when the tree has it', () => {
    const withDefault = tree({ '.github/adw/context.md': 'Use pnpm.\n' })
    const without = tree({ 'README.md': '# x\n' })
    const asFile = tree({ '.github/adw': 'not a directory\n' })
    expect(resolveTemplatesDir(withDefault)).toBe('.github/adw')
    expect(resolveTemplatesDir(withDefault, 'planning')).toBe('planning')
    expect(resolveTemplatesDir(without)).toBeUndefined()
    expect(resolveTemplatesDir(asFile)).toBeUndefined()
  })

  it('ignores a symlinked .github/adw, which could lead out of the tree', () => {
    const outside = tree({ 'feature.md.hbs': '# Stolen\n' })
    const root = tree({ '.github/keep': '' })
    symlinkSync(outside, join(root, '.github/adw'))
    expect(resolveTemplatesDir(root)).toBeUndefined()
  })

  it('puts the planning context next to the overrides', () => {
    expect(contextFileIn(undefined)).toBe('.github/adw/context.md')
    expect(contextFileIn('planning')).toBe('planning/context.md')
  })
})

describe('templateErrorLine', () => {
  it('reads the line from parse errors and from located runtime errors', () => {
    expect(templateErrorLine(new Error('Parse error on line 12:\n{{#if\n--^'))).toBe(12)
    expect(templateErrorLine(new Error('"foo" not defined in [object Object] - 3:4'))).toBe(3)
    expect(templateErrorLine(new Error('Missing helper: "x"'))).toBeUndefined()
  })
})

describe('loadTemplate with overrides', () => {
  it('uses a good override', () => {
    const root = tree({ '.github/adw/pr-body.md.hbs': 'Plan for #{{issueNumber}}\n' })
    const heard = listen(root)
    const template = loadTemplate('pr-body.md.hbs', join(root, '.github/adw'))
    expect(template.path).toBe(join(root, '.github/adw/pr-body.md.hbs'))
    expect(template.override).toBe(true)
    expect(renderTemplate(template, { issueNumber: 3 })).toBe('Plan for #3\n')
    expect(heard.messages).toEqual([])
  })

  it('replaces an override that does not parse with the built-in, naming file and line', () => {
    const broken = builtinFeature.replace('## Notes\n', '## Notes\n{{#each notes}\n')
    const line = broken.split('\n').findIndex(text => text === '{{#each notes}') + 1
    const root = tree({ '.github/adw/feature.md.hbs': broken })
    const heard = listen(root)

    const template = loadTemplate('feature.md.hbs', join(root, '.github/adw'))

    expect(template.path).toBe(join(builtinTemplatesDir(), 'feature.md.hbs'))
    expect(template.source).toBe(builtinFeature)
    expect(heard.messages).toHaveLength(1)
    expect(heard.messages[0]).toContain(`.github/adw/feature.md.hbs:${line} is broken`)
    expect(heard.messages[0]).toMatch(/parse error/i)
    expect(heard.messages[0]).toContain('using the built-in feature.md.hbs')
    expect(heard.messages[0]).not.toContain(root)
    // Loading it again (the validator, the next comment) does not repeat the warning.
    loadTemplate('feature.md.hbs', join(root, '.github/adw'))
    expect(heard.messages).toHaveLength(1)
  })

  it('catches block errors at load time too', () => {
    const root = tree({ 'adw/issue-comment.md.hbs': 'a\n{{#if planning}}\nx\n{{/each}}\n' })
    const heard = listen(root)
    const template = loadTemplate('issue-comment.md.hbs', join(root, 'adw'))
    expect(template.override).toBe(false)
    // Handlebars places a mismatched block at its opening tag.
    expect(heard.messages[0]).toContain('adw/issue-comment.md.hbs:2 is broken')
    expect(heard.messages[0]).toContain("if doesn't match each")
  })

  it('reports an override that cannot be read', () => {
    const root = tree({ 'adw/keep': '' })
    mkdirSync(join(root, 'adw/pr-body.md.hbs'))
    const heard = listen(root)
    expect(loadTemplate('pr-body.md.hbs', join(root, 'adw')).override).toBe(false)
    expect(heard.messages[0]).toContain('adw/pr-body.md.hbs is broken')
  })

  it('falls back at render time and keeps the override demoted afterwards', () => {
    const root = tree({ 'adw/prompts/repair.md.hbs': 'Fix these:\n\n{{problemz}}\n' })
    const heard = listen(root)
    const template = loadTemplate('prompts/repair.md.hbs', join(root, 'adw'))
    expect(template.override).toBe(true)

    const text = renderTemplate(template, { problems: ['missing heading'], titlePrefix: 'Feature' })

    expect(text).toBe(
      renderTemplate(loadTemplate('prompts/repair.md.hbs'), {
        problems: ['missing heading'],
        titlePrefix: 'Feature'
      })
    )
    expect(text).toContain('- missing heading')
    expect(heard.messages).toEqual([
      expect.stringContaining(
        'adw/prompts/repair.md.hbs:3 failed to render ("problemz" not defined)'
      )
    ])
    expect(loadTemplate('prompts/repair.md.hbs', join(root, 'adw')).override).toBe(false)
    // Fixing the file brings the override back.
    writeFileSync(join(root, 'adw/prompts/repair.md.hbs'), 'Fix: {{#each problems}}{{this}}{{/each}}\n')
    expect(loadTemplate('prompts/repair.md.hbs', join(root, 'adw')).override).toBe(true)
  })

  it('still throws for a broken built-in: that is a bug in the action', () => {
    expect(() => renderTemplate({ path: 'built-in.hbs', source: '{{nope}}' }, {})).toThrow(
      /^template built-in\.hbs: "nope" not defined/
    )
  })

  it('tells every listener once, and stops after unsubscribing', () => {
    const root = tree({ 'adw/pr-body.md.hbs': '{{#if}}\n' })
    const first = listen(root)
    const messages: string[] = []
    const stop = onTemplateWarning(message => messages.push(message))
    loadTemplate('pr-body.md.hbs', join(root, 'adw'))
    stop()
    loadTemplate('pr-body.md.hbs', join(root, 'adw'))
    expect(first.messages).toHaveLength(1)
    expect(messages).toHaveLength(1)
    // Without a root the path stays absolute.
    expect(messages[0]).toContain(join(root, 'adw/pr-body.md.hbs:2'))
  })

  it('describes a warning relative to the root when the file is inside it', () => {
    const warning: TemplateWarning = {
      name: 'feature.md.hbs',
      path: '/repo/.github/adw/feature.md.hbs',
      line: 5,
      reason: 'parse error: x',
      stage: 'load'
    }
    expect(describeTemplateWarning(warning, '/repo')).toBe(
      'Template override .github/adw/feature.md.hbs:5 is broken (parse error: x); using the built-in feature.md.hbs instead.'
    )
    expect(describeTemplateWarning(warning, '/elsewhere')).toContain(
      '/repo/.github/adw/feature.md.hbs:5'
    )
  })
})

describe('the embedded planner with overrides', () => {
  it('uses a good plan template override and holds the plan to its headings', async () => {
    const own = builtinFeature.replace('## Notes\n', '## Rollout\nShip behind a flag.\n\n## Notes\n')
    const root = gitRepo({ ...project, '.github/adw/feature.md.hbs': own })
    const { markdown, problems } = await planWith(root, join(root, '.github/adw'))
    expect(markdown).toContain('## Rollout\nShip behind a flag.')
    expect(problems).toEqual([])
    const format = planFormat(join(root, '.github/adw'))
    expect(JSON.stringify(format.items)).toContain('Rollout')
  })

  it('plans with the built-in when the override does not parse, and the plan validates', async () => {
    const broken = builtinFeature.replace('## Rollout', '').replace('{{/each}}\n', '{{/if}}\n')
    const root = gitRepo({ ...project, '.github/adw/feature.md.hbs': `${broken}\n## Rollout\n` })
    const heard = listen(root)
    const { markdown, problems } = await planWith(root, join(root, '.github/adw'))
    expect(problems).toEqual([])
    expect(markdown).not.toContain('## Rollout')
    expect(heard.messages).toEqual([
      expect.stringMatching(/^Template override \.github\/adw\/feature\.md\.hbs:\d+ is broken/)
    ])
  })

  it('plans with the built-in when the override fails to render, and validates against it', async () => {
    // Parses, declares an extra required heading, but names a variable the planner never sets.
    const own = builtinFeature.replace(
      '## Notes\n',
      '## Rollout\n{{rolloutPlan}}\n\n## Notes\n'
    )
    const line = own.split('\n').indexOf('{{rolloutPlan}}') + 1
    const root = gitRepo({ ...project, '.github/adw/feature.md.hbs': own })
    const heard = listen(root)
    const { markdown, problems } = await planWith(root, join(root, '.github/adw'))
    expect(markdown).not.toContain('## Rollout')
    // The validator sees the built-in too: no "missing heading ## Rollout".
    expect(problems).toEqual([])
    expect(heard.messages).toEqual([
      expect.stringContaining(`.github/adw/feature.md.hbs:${line} failed to render`)
    ])
  })
})

describe('adw-plan plan with .github/adw', () => {
  function logger(): Logger & { warnings: string[] } {
    const warnings: string[] = []
    return { warnings, info() {}, debug() {}, warning: message => warnings.push(message) }
  }

  it('finds .github/adw by itself, warns about a broken override and still writes a valid plan', async () => {
    const broken = builtinFeature.replace('# Feature: {{featureName}}', '# Feature: {{featureName}')
    const root = gitRepo({ ...project, '.github/adw/feature.md.hbs': broken })
    const log = logger()
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const path = await runPlanCommand({
        adwId: '7',
        prompt: issue.body,
        title: issue.title,
        repo: root,
        provider: 'template',
        specsDir: 'specs',
        env: {},
        log
      })
      expect(readFileSync(join(root, path), 'utf8')).toMatch(/^# Feature: Discount codes/)
    } finally {
      process.chdir(cwd)
    }
    expect(log.warnings).toEqual([
      expect.stringMatching(/^Template override \.github\/adw\/feature\.md\.hbs:\d+ is broken/)
    ])
  })

  it('takes --templates-dir and refuses one outside the repository', async () => {
    const own = builtinFeature.replace('## Notes\n', '## Rollout\nBehind a flag.\n\n## Notes\n')
    const root = gitRepo({ ...project, 'planning/feature.md.hbs': own })
    const base = {
      adwId: '7',
      prompt: issue.body,
      title: issue.title,
      repo: root,
      provider: 'template',
      specsDir: 'specs',
      env: {},
      log: logger()
    }
    const path = await runPlanCommand({ ...base, templatesDir: 'planning' })
    expect(readFileSync(join(process.cwd(), path), 'utf8')).toContain('## Rollout\nBehind a flag.')
    await expect(runPlanCommand({ ...base, templatesDir: '../elsewhere' })).rejects.toThrow(
      /--templates-dir/
    )
  })
})
