// The machinery around a project (build and packaging scripts, CI workflows, issue templates,
// changelogs) is no feature's home: the research marks its role, and the plan lists such a file
// only when the issue names it.
import { describe, expect, test } from '@jest/globals'
import { research } from '../../../src/research/index.js'
import { TemplatePlanner } from '../../../src/plan/index.js'
import { tempRepos } from '../../support/git-repo.js'

const { gitRepo } = tempRepos()

const words = 'find results max results limit find find results '.repeat(15)

const files = {
  'src/finder/find.py': 'def find(root, pattern):\n    results = []\n    return results\n',
  'src/finder/cli.py': 'import argparse\n\ndef main():\n    parser = argparse.ArgumentParser()\n',
  'scripts/package_release.py': `# ${words}\n`,
  '.github/workflows/ci.yml': `# ${words}\n`,
  '.github/ISSUE_TEMPLATE/feature.md': `${words}\n`
}

async function planFor(title: string, body: string) {
  const root = gitRepo(files)
  const found = await research({ root, title, body })
  const { markdown } = await new TemplatePlanner().plan({
    adwId: '7',
    kind: 'feature',
    issue: { number: 7, title, body },
    research: found,
    root,
    specsDir: 'specs'
  })
  return {
    found,
    modified: markdown.split('### Existing Files to Modify')[1].split('### New Files')[0]
  }
}

describe('file roles', () => {
  test('a build script, a workflow and an issue template are marked and not listed', async () => {
    const { found, modified } = await planFor(
      'Add a --max-results flag to find',
      'With many results, find should stop after `--max-results N` results.'
    )
    const role = (path: string) => found.files.find(file => file.path === path)?.role
    expect(role('scripts/package_release.py')).toBe('tooling')
    expect(role('.github/workflows/ci.yml')).toBe('ci')
    expect(role('src/finder/find.py')).toBeUndefined()
    expect(modified).toContain('`src/finder/find.py`')
    expect(modified).not.toMatch(/package_release|workflows|ISSUE_TEMPLATE/)
  })

  test('a script the issue names is listed', async () => {
    const { modified } = await planFor(
      'scripts/package_release.py should pass --max-results to find',
      'The release script in `scripts/package_release.py` calls find without a limit.'
    )
    expect(modified).toContain('`scripts/package_release.py`')
  })
})
