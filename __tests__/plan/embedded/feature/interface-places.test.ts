// The sketched interface checked against the code: a name the code has already is extended where
// it is declared, never declared again; a new environment variable is read where the project
// reads the others, found from the code (the file that reads the most of them).
import { describe, expect, test } from '@jest/globals'
import { research } from '../../../../src/research/index.js'
import { TemplatePlanner } from '../../../../src/plan/index.js'
import { envReadingIn, envReads } from '../../../../src/plan/embedded/feature/env-home.js'
import { flagHomesIn } from '../../../../src/plan/embedded/feature/flag-homes.js'
import { titleAsksFor } from '../../../../src/plan/embedded/request/api-sketch.js'
import { tempRepos } from '../../../support/git-repo.js'

const { gitRepo } = tempRepos()

const files = {
  'src/themes/theme.py':
    'def pick_theme(name, dark=False):\n    """Pick the theme for the output."""\n    return load_theme(name)\n\ndef load_theme(name):\n    return name\n',
  'src/themes/settings.py':
    'import os\n\nPAGER = os.environ.get("PAINT_PAGER", "less")\nTHEME = os.getenv("PAINT_THEME")\nCONFIG = os.environ["PAINT_CONFIG_PATH"]\n',
  'src/themes/cli.py':
    'import argparse\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument("--theme")\n    parser.add_argument("--pager")\n',
  'tests/test_theme.py':
    'from src.themes.theme import pick_theme\n\ndef test_pick():\n    assert pick_theme("x")\n'
}

async function planOf(title: string, body: string): Promise<string> {
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
  return markdown
}

async function foundation(title: string, body: string): Promise<string> {
  return (await planOf(title, body)).split('### Phase 1:')[1].split('### Phase 2:')[0]
}

describe('environment variables in the code', () => {
  test('each language’s way of reading one is seen, and only the names read', () => {
    expect(envReads('const a = process.env.APP_PORT ?? process.env["APP_HOST"]')).toEqual([
      'APP_PORT',
      'APP_HOST'
    ])
    expect(envReads('let v = std::env::var("BAT_THEME"); env::var_os("BAT_PAGER")')).toEqual([
      'BAT_THEME',
      'BAT_PAGER'
    ])
    expect(envReads('x := os.Getenv("GOFLAGS"); System.getenv("JAVA_HOME")')).toEqual([
      'GOFLAGS',
      'JAVA_HOME'
    ])
    expect(envReads('// set BAT_THEME to change it\nconst BAT = "BAT_THEME"')).toEqual([])
  })

  test('the home is the file reading the most; the asked names the project reads, with their file', () => {
    const root = gitRepo(files)
    const reading = envReadingIn(root, ['PAINT_THEME', 'PAINT_THEME_DARK'])
    expect(reading.home).toEqual({
      path: 'src/themes/settings.py',
      names: ['PAINT_PAGER', 'PAINT_THEME', 'PAINT_CONFIG_PATH']
    })
    expect([...reading.readBy]).toEqual([['PAINT_THEME', 'src/themes/settings.py']])
  })
})

describe('the foundation phase', () => {
  test('a new variable is read next to the ones the project reads, not declared in the feature’s file', async () => {
    const phase = await foundation(
      'Pick a dark theme by the terminal background',
      'Add `$PAINT_THEME_DARK`: the theme picked when the terminal background is dark.'
    )
    expect(phase).toContain(
      'Read `PAINT_THEME_DARK` in `src/themes/settings.py`, next to the environment variables the project reads already (`PAINT_PAGER`, `PAINT_THEME` and `PAINT_CONFIG_PATH`)'
    )
  })

  test('a flag the code declares already is extended where it is, never declared again', async () => {
    const phase = await foundation(
      'Themes that follow the terminal background',
      'The theme should follow the terminal background, below `--theme` in precedence.'
    )
    expect(phase).not.toMatch(/Declare `--theme`/)
    expect(phase).toContain('Extend the existing `--theme` where `src/themes/cli.py` declares it')
  })

  test('a flag the title only acts on, which the code declares, is extended, not declared', async () => {
    const plan = await planOf(
      'Action to change `--theme` dynamically',
      'Bind a key that switches `--theme` while the pager runs.'
    )
    const phase = plan.split('### Phase 1:')[1].split('### Phase 2:')[0]
    expect(phase).not.toMatch(/Declare `--theme`/)
    expect(phase).toContain('Extend the existing `--theme`')
    // The flag is the code's own, and still a command-line user's request.
    expect(plan).toContain('As a command-line user, ')
  })
})

describe('flags in the code', () => {
  test('a title asks for a flag when it asks to add it, not when it acts on it', () => {
    expect(titleAsksFor('paste: missing support for `-z` flag', '-z')).toBe(true)
    expect(titleAsksFor('Add --max-results to find', '--max-results')).toBe(true)
    expect(titleAsksFor('Action to change `--nth` dynamically', '--nth')).toBe(false)
  })

  test('the file that declares a flag, by its string or by a parser’s long name; tests never', () => {
    const root = gitRepo({
      'src/options.go': 'func parse(arg string) {\n\tswitch arg {\n\tcase "--walker":\n\t}\n}\n',
      'src/app.rs': 'Arg::new("tab").long("tab-width").help("width")\n',
      'src/options_test.go': 'func TestX(t *testing.T) { parse("--nth") }\n',
      'README.md': 'Use `--nth` to pick fields.\n'
    })
    expect([...flagHomesIn(root, ['--walker', '--tab-width', '--nth'])]).toEqual([
      ['--tab-width', 'src/app.rs'],
      ['--walker', 'src/options.go']
    ])
  })
})
