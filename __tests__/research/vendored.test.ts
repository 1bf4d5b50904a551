// Copies of published libraries kept in a repository are recognised by their look (a version in
// the name, a release banner, minified lines, a nested package with its own version and
// author), never ranked, and the project's own files are not mistaken for them.
import { describe, expect, test } from '@jest/globals'
import { research } from '../../src/research/index.js'
import {
  looksVendored,
  vendoredByName,
  vendoredPackageDir
} from '../../src/research/tree/vendored.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

describe('vendored copies', () => {
  test.each([
    'sphinx/themes/basic/static/jquery-3.5.1.js',
    'static/underscore-1.13.1.min.js',
    'assets/lodash.4.17.21.js',
    'web/vue.v2.6.css'
  ])('%s is a library copy by its name', path => {
    expect(vendoredByName(path)).toBe(true)
  })

  test.each(['src/app.js', 'lib/v2/router.js', 'src/parser_v3.ts', 'scripts/build-2024.js'])(
    '%s is a project file',
    path => {
      expect(vendoredByName(path)).toBe(false)
    }
  )

  test('a release banner or minified lines mark a copy; a licence header alone does not', () => {
    expect(
      looksVendored(
        '/*!\n * jQuery JavaScript Library v3.5.1\n * Released under the MIT license\n */\n(function(){})'
      )
    ).toBe(true)
    expect(looksVendored('/** @license React v17.0.2 */\nexport {}')).toBe(true)
    expect(looksVendored(`var a=1;${'function f(b){return b+1};'.repeat(200)}\nvar z=2;`)).toBe(
      true
    )
    expect(
      looksVendored(
        '/*\n * Copyright 2020 Acme\n * Licensed under the Apache License, Version 2.0\n */\nexport function run() {}\n'
      )
    ).toBe(false)
    expect(looksVendored('def run():\n    return 1\n')).toBe(false)
  })

  test('a nested package that declares its own version and author is a copied library', () => {
    const listed = new Set(['requests/__init__.py', 'requests/packages/__init__.py'])
    const exists = (path: string) => listed.has(path)
    const urllib3 = "__author__ = 'Andrey Petrov'\n__license__ = 'MIT'\n__version__ = '1.10.4'\n"
    expect(vendoredPackageDir('requests/packages/urllib3/__init__.py', urllib3, exists)).toBe(
      'requests/packages/urllib3'
    )
    // The project's own top package declares its version too.
    expect(vendoredPackageDir('requests/__init__.py', urllib3, exists)).toBeUndefined()
    expect(
      vendoredPackageDir('requests/packages/__init__.py', '__version__ = "1"\n', exists)
    ).toBeUndefined()
  })

  test('research never ranks a library copy, however well it matches the issue', async () => {
    const banner =
      '/*!\n * jQuery JavaScript Library v3.5.1\n * Released under the MIT license\n */\n'
    const root = gitRepo({
      'site/__init__.py': '',
      'site/render.py': 'def render_search(results):\n    return results\n',
      'site/static/jquery-3.5.1.js': 'function searchResults(results) { return results }\n',
      'site/static/jquery.js': `${banner}function searchResults(results) { return results }\n`,
      'site/packages/__init__.py': '',
      'site/packages/urllib3/__init__.py': "__author__ = 'x'\n__version__ = '1.0.0'\n",
      'site/packages/urllib3/search.py': 'def search_results(results):\n    return results\n'
    })
    const found = await research({
      root,
      title: 'searchResults renders nothing',
      body: 'The search results page is empty: `searchResults` and `search_results` return nothing.'
    })
    const paths = found.files.map(file => file.path)
    expect(paths).toContain('site/render.py')
    expect(paths.filter(path => /static|urllib3/.test(path))).toEqual([])
  })
})
