// The code graph of real parses: imports resolved, calls linked to the definitions they can
// mean (through imports, or a package's shared names), classes to the classes they extend.
import { describe, expect, test } from '@jest/globals'
import { buildGraph } from '../../../src/research/graph/code-graph.js'
import { treeFiles } from '../../../src/research/graph/import-resolution.js'
import { research } from '../../../src/research/index.js'
import { tempRepos } from '../../support/git-repo.js'

const { gitRepo } = tempRepos()

const names = (
  refs: { from: { definition: { name: string } }; to: { definition: { name: string } } }[]
) => refs.map(ref => `${ref.from.definition.name} -> ${ref.to.definition.name}`).sort()

describe('buildGraph', () => {
  test('Python: imports, calls across files and a base class', async () => {
    const files = {
      'app/cli.py': 'from app.walk import walk\n\ndef main(args):\n    return walk(args.root)\n',
      'app/walk.py':
        'from .filters import Filter\n\nclass SizeFilter(Filter):\n    pass\n\ndef walk(root):\n    return Filter().keep(root)\n',
      'app/filters.py': 'class Filter:\n    def keep(self, path):\n        return True\n'
    }
    const root = gitRepo(files)
    const graph = await buildGraph(root, ['app/cli.py'], treeFiles(Object.keys(files)))
    expect(graph.files.get('app/cli.py')?.imports).toEqual(['app/walk.py'])
    // One hop: the seed's imports are parsed, not theirs.
    expect(graph.parsed).toEqual(['app/cli.py', 'app/walk.py'])
    expect(names(graph.calls)).toEqual(['main -> walk'])
    const full = await buildGraph(root, Object.keys(files), treeFiles(Object.keys(files)))
    expect(names(full.calls)).toEqual(['main -> walk', 'walk -> Filter', 'walk -> keep'])
    expect(names(full.extends)).toEqual(['SizeFilter -> Filter'])
  })

  test('Go: files of one package call each other without imports; the budget says what it left', async () => {
    const files = {
      'go.mod': 'module github.com/acme/app\n',
      'router/mux.go': 'package router\n\nfunc (m *Mux) Handle() { m.tree.insert() }\n',
      'router/tree.go': 'package router\n\nfunc (t *node) insert() {}\n',
      'router/big.go': `package router\n\n// ${'x'.repeat(5000)}\n`
    }
    const root = gitRepo(files)
    const graph = await buildGraph(
      root,
      ['router/mux.go', 'router/tree.go', 'router/big.go'],
      treeFiles(Object.keys(files), 'github.com/acme/app'),
      { maxFiles: 10, maxBytes: 2000, capBytes: 64 * 1024, parseMs: 4000 }
    )
    expect(names(graph.calls)).toEqual(['Handle -> insert'])
    expect(graph.skipped).toEqual(['router/big.go'])
  })
})

describe('evidence along calls', () => {
  test('a function the evidence found says which named function calls it', async () => {
    const root = gitRepo({
      'require/require.go':
        'package require\n\nimport "github.com/acme/app/assert"\n\nfunc InEpsilon(a, b float64) { assert.InEpsilon(a, b) }\n',
      'assert/assertions.go':
        'package assert\n\nfunc InEpsilon(a, b float64) bool { return calcRelativeError(a, b) < 1 }\n\nfunc calcRelativeError(a, b float64) float64 {\n\tif math.IsNaN(a) { return 0 } // a NaN value has no epsilon\n\treturn a - b\n}\n',
      'go.mod': 'module github.com/acme/app\n'
    })
    const result = await research({
      root,
      title: 'InEpsilon does not fail when passed a NaN value',
      body: '`InEpsilon(math.NaN(), 1, 0.1)` passes.'
    })
    const helper = result.symbols.find(symbol => symbol.name === 'calcRelativeError')
    expect(helper?.reasons).toContain('called by `InEpsilon`')
  })
})
