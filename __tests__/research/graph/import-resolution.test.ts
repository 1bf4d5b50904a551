// Imports resolved to the tree's files the way each language's tooling resolves them; imports of
// other projects resolve to nothing.
import { describe, expect, test } from '@jest/globals'
import { resolveImport, treeFiles } from '../../../src/research/graph/import-resolution.js'

const tree = treeFiles(
  [
    'src/pkg/__init__.py',
    'src/pkg/core.py',
    'src/pkg/sub/__init__.py',
    'src/pkg/sub/parse.py',
    'web/src/util.ts',
    'web/src/app.ts',
    'web/src/lib/index.tsx',
    'lib/router/index.js',
    'lib/router/layer.js',
    'lib/application.js',
    'go.mod',
    'internal/router/mux.go',
    'internal/router/tree.go',
    'internal/router/mux_test.go',
    'crates/term/src/lib.rs',
    'crates/term/src/grid/mod.rs',
    'crates/term/src/grid/row.rs',
    'crates/term/src/ansi.rs',
    'src/main/java/org/app/select/Evaluator.java',
    'src/main/java/org/app/select/Selector.java'
  ],
  'github.com/acme/app'
)

describe('resolveImport', () => {
  test('Python: absolute, from-imports and relative imports', () => {
    expect(resolveImport('python', 'pkg.core', 'src/pkg/sub/parse.py', tree)).toEqual([
      'src/pkg/core.py'
    ])
    expect(resolveImport('python', 'pkg.sub', 'src/pkg/core.py', tree)).toEqual([
      'src/pkg/sub/__init__.py'
    ])
    expect(resolveImport('python', '..core', 'src/pkg/sub/parse.py', tree)).toEqual([
      'src/pkg/core.py'
    ])
    expect(resolveImport('python', 'os.path', 'src/pkg/core.py', tree)).toEqual([])
  })

  test('TypeScript: relative specifiers, `.js` for `.ts`, index files; packages are not the tree', () => {
    expect(resolveImport('typescript', './util.js', 'web/src/app.ts', tree)).toEqual([
      'web/src/util.ts'
    ])
    expect(resolveImport('typescript', './lib', 'web/src/app.ts', tree)).toEqual([
      'web/src/lib/index.tsx'
    ])
    expect(resolveImport('typescript', 'react', 'web/src/app.ts', tree)).toEqual([])
  })

  test('JavaScript: extensionless specifiers, a directory by its index.js, `..` paths', () => {
    expect(resolveImport('javascript', './layer', 'lib/router/index.js', tree)).toEqual([
      'lib/router/layer.js'
    ])
    expect(resolveImport('javascript', './router', 'lib/application.js', tree)).toEqual([
      'lib/router/index.js'
    ])
    expect(resolveImport('javascript', '../application.js', 'lib/router/layer.js', tree)).toEqual([
      'lib/application.js'
    ])
    expect(resolveImport('javascript', 'debug', 'lib/application.js', tree)).toEqual([])
  })

  test('Go: a package of this module is its directory, tests left out', () => {
    expect(resolveImport('go', 'github.com/acme/app/internal/router', 'main.go', tree)).toEqual([
      'internal/router/mux.go',
      'internal/router/tree.go'
    ])
    expect(resolveImport('go', 'net/http', 'main.go', tree)).toEqual([])
  })

  test('Rust: crate::, super:: and self:: paths to module files', () => {
    expect(resolveImport('rust', 'crate::grid::row::Row', 'crates/term/src/ansi.rs', tree)).toEqual(
      ['crates/term/src/grid/row.rs']
    )
    expect(
      resolveImport('rust', 'super::ansi::Handler', 'crates/term/src/grid/mod.rs', tree)
    ).toEqual(['crates/term/src/ansi.rs'])
    expect(resolveImport('rust', 'self::row', 'crates/term/src/grid/mod.rs', tree)).toEqual([
      'crates/term/src/grid/row.rs'
    ])
    expect(resolveImport('rust', 'std::fs', 'crates/term/src/lib.rs', tree)).toEqual([])
  })

  test('Java: a class, a static member and a package', () => {
    const from = 'src/main/java/org/app/Main.java'
    expect(resolveImport('java', 'org.app.select.Selector', from, tree)).toEqual([
      'src/main/java/org/app/select/Selector.java'
    ])
    expect(resolveImport('java', 'static org.app.select.Selector.select', from, tree)).toEqual([
      'src/main/java/org/app/select/Selector.java'
    ])
    expect(resolveImport('java', 'org.app.select.*', from, tree)).toEqual([
      'src/main/java/org/app/select/Evaluator.java',
      'src/main/java/org/app/select/Selector.java'
    ])
  })
})
