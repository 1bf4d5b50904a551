// The names a project is imported by, from its layout and manifests: in an issue they name the
// project, not one of its files.
import { describe, expect, test } from '@jest/globals'
import { Manifests } from '../../src/research/tree/manifests.js'
import { projectNames } from '../../src/research/tree/project-names.js'
import { research } from '../../src/research/index.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

describe('projectNames', () => {
  test('reads top-level Python packages, the Go module, the npm package and the crate', () => {
    const files: Record<string, string> = {
      'arrow/__init__.py': '',
      'src/extras/__init__.py': '',
      'arrow/parser/__init__.py': '',
      'go.mod': 'module github.com/acme/echo/v4\n\ngo 1.21\n',
      'package.json': JSON.stringify({ name: '@acme/marked' }),
      'Cargo.toml': '[package]\nname = "md-book"\nversion = "1.0.0"\n'
    }
    const root = gitRepo(files)
    const paths = Object.keys(files)
    expect([...projectNames(paths, new Manifests(root, paths))].sort()).toEqual([
      'arrow',
      'echo',
      'extras',
      'marked',
      'md-book',
      'md_book'
    ])
  })
})

describe('the project name in the ranking', () => {
  test('a file named like the project gains nothing from the reporter calling the project', async () => {
    const root = gitRepo({
      'arrow/__init__.py': 'from .api import get\n',
      'arrow/api.py': 'def get(*args):\n    return factory.get(*args)\n',
      'arrow/arrow.py': 'class Arrow:\n    def shift(self, **kwargs):\n        return self\n',
      'arrow/parser.py':
        'class DateTimeParser:\n    def parse_iso(self, string):\n        """Parse an ISO 8601 string with fractional seconds."""\n        return string\n'
    })
    const found = await research({
      root,
      title: 'ISO 8601 strings with fractional seconds fail to parse',
      body: "```python\nimport arrow\narrow.get('2013-02-03T04:05:06.78912Z')\n```\n"
    })
    const reasons = found.files.flatMap(file => file.reasons).join(' ')
    expect(reasons).not.toMatch(/module `arrow`|file name matches `arrow`/)
    expect(found.files[0]).toMatchObject({ path: 'arrow/parser.py' })
  })
})
