// The existing tests of the code a change goes into, found by what they import and call: a test
// named after another module that imports and calls the function ranks above one that only
// shares the module's name; fixtures are never tests.
import { describe, expect, test } from '@jest/globals'
import { research } from '../../src/research/index.js'
import {
  declaredPackage,
  importsModule,
  testImports
} from '../../src/research/covering/test-imports.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

describe('testImports and importsModule', () => {
  test('Python: `from a.b import c` names the module a/b/c and the names it takes', () => {
    const imports = testImports(
      'tests/test_x.py',
      'from astroid.raw_building import (\n    build_class,\n    build_module,\n)\nimport astroid.nodes as nodes\n'
    )
    expect(imports).toEqual([
      { module: 'astroid/raw_building', names: ['build_class', 'build_module'] },
      { module: 'astroid/nodes', names: [] }
    ])
    expect(importsModule(imports[0], 'astroid/raw_building.py')).toBe('astroid/raw_building')
    expect(importsModule({ module: 'pvlib', names: ['iam'] }, 'pvlib/iam.py')).toBe('pvlib/iam')
    // A bare package name is not evidence for each of its modules.
    expect(importsModule({ module: 'pvlib', names: [] }, 'pvlib/iam.py')).toBeUndefined()
  })

  test('JavaScript and TypeScript: relative imports resolve against the test’s directory', () => {
    const imports = testImports(
      '__tests__/research/rank.test.ts',
      "import { rank } from '../../src/research/rank.js'\nconst fs = require('node:fs')\n"
    )
    expect(imports[0]).toEqual({ module: 'src/research/rank', names: ['rank'] })
    expect(importsModule(imports[0], 'src/research/rank.ts')).toBe('src/research/rank')
  })

  test('Java imports name a class; Go imports name a package directory', () => {
    const java = testImports('src/test/java/org/x/CartTest.java', 'import org.x.shop.Cart;\n')
    expect(importsModule(java[0], 'src/main/java/org/x/shop/Cart.java')).toBe('org/x/shop/Cart')
    const go = testImports(
      'api/cart_test.go',
      'import (\n\t"testing"\n\t"example.com/shop/cart"\n)\n'
    )
    expect(importsModule(go[1], 'cart/total.go')).toBe('example.com/shop/cart')
  })

  test('a Java or Kotlin test declares its package; other languages have none to read', () => {
    expect(
      declaredPackage('src/test/java/org/x/CartTest.java', '// c\npackage org.x.shop;\n')
    ).toBe('org/x/shop')
    expect(declaredPackage('src/test/kotlin/CartTest.kt', 'package org.x.shop\n')).toBe(
      'org/x/shop'
    )
    expect(declaredPackage('tests/test_cart.py', 'package org.x.shop;\n')).toBeUndefined()
  })
})

describe('findCoveringTests (through research)', () => {
  test('the test that imports and calls the function wins over one named after the module', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/dataset.py': [
        'class Dataset:',
        '    def to_json_dict(self, suppress_invalid_tags=False):',
        '        data_element = self[key]',
        '        return data_element',
        ''
      ].join('\n'),
      'tests/test_dataset.py':
        'from pkg.dataset import Dataset\n\ndef test_create():\n    assert Dataset()\n',
      'tests/test_json.py': [
        'from pkg.dataset import Dataset',
        '',
        'def test_round_trip():',
        '    assert Dataset().to_json_dict() == {}',
        '',
        'def test_suppress():',
        '    assert Dataset().to_json_dict(suppress_invalid_tags=True) == {}',
        ''
      ].join('\n'),
      'tests/roots/sample/test_dataset_sample.py': 'from pkg.dataset import Dataset\n'
    })
    const found = await research({
      root,
      title: '`Dataset.to_json_dict` raises with suppress_invalid_tags',
      body: 'Move `data_element = self[key]` into the try block of `Dataset.to_json_dict`.'
    })
    const tests = found.tests.filter(test => test.subject === 'pkg/dataset.py')
    expect(tests.map(test => test.path)).toEqual(['tests/test_json.py', 'tests/test_dataset.py'])
    expect(tests[0].reasons).toEqual([
      'imports `pkg.dataset`',
      'imports `Dataset`',
      'calls `to_json_dict` 2 times'
    ])
  })

  test('astroid-style `unittest_` tests are found by name and by import', async () => {
    const root = gitRepo({
      'astroid/__init__.py': '',
      'astroid/raw_building.py':
        'class InspectBuilder:\n    def imported_member(self, node, member, name):\n        return getattr(member, name)\n',
      'tests/unittest_raw_building.py':
        'from astroid.raw_building import InspectBuilder\n\ndef test_member():\n    InspectBuilder().imported_member(None, None, "x")\n'
    })
    const found = await research({
      root,
      title: 'Deprecation warnings from imported_member',
      body: '`InspectBuilder.imported_member` warns.'
    })
    expect(found.tests[0]).toMatchObject({
      path: 'tests/unittest_raw_building.py',
      subject: 'astroid/raw_building.py'
    })
    expect(found.tests[0].reasons[0]).toBe('named after `raw_building`')
  })

  test('a test that calls the function twice outranks one named after the module that only imports it', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/dataset.py': [
        'class Dataset:',
        '    def to_json_dict(self):',
        '        return {}',
        '',
        'class FileDataset(Dataset):',
        '    pass',
        '',
        'def validate_file_meta(meta):',
        '    return meta',
        ''
      ].join('\n'),
      'tests/test_dataset.py': [
        'from pkg.dataset import Dataset, FileDataset, validate_file_meta',
        '',
        'def test_create():',
        '    assert Dataset() and FileDataset() and validate_file_meta({})',
        ''
      ].join('\n'),
      'tests/test_json.py': [
        'from pkg.dataset import Dataset',
        '',
        'def test_json():',
        '    assert Dataset().to_json_dict() == {}',
        '',
        'def test_json_again():',
        '    assert Dataset().to_json_dict() == {}',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: '`Dataset.to_json_dict` drops private tags',
      body: 'Calling `ds.to_json_dict()` loses the private tags.'
    })
    const tests = found.tests.filter(test => test.subject === 'pkg/dataset.py')
    expect(tests.map(test => test.path)).toEqual(['tests/test_json.py', 'tests/test_dataset.py'])
  })

  test('a Java test in the class’s package needs no import: it is found by its package', async () => {
    const root = gitRepo({
      'src/main/java/org/x/nodes/Document.java':
        'package org.x.nodes;\n\npublic class Document {\n  public static Document createShell(String base) { return new Document(); }\n}\n',
      'src/main/java/org/x/nodes/AnnotationSpec.java':
        'package org.x.nodes;\n\npublic class AnnotationSpec {}\n',
      'src/test/java/org/x/nodes/DocumentTest.java':
        'package org.x.nodes;\n\nclass DocumentTest {\n  void shell() { Document.createShell(""); }\n}\n',
      'src/test/java/org/x/other/ParseTest.java':
        'package org.x.other;\n\nimport org.x.nodes.Document;\n\nclass ParseTest {}\n'
    })
    const found = await research({
      root,
      title: 'Document.createShell writes an invalid XML declaration',
      body: '`Document.createShell("")` then `document.html()` misses the closing `?`.'
    })
    const tests = found.tests.filter(test => test.subject.endsWith('Document.java'))
    expect(tests[0]).toMatchObject({ path: 'src/test/java/org/x/nodes/DocumentTest.java' })
    expect(tests[0].reasons).toContain('in the package of `Document.java`')
    // A `Spec` class of the library is code, never one of its tests.
    expect(found.tests.map(test => test.path)).not.toContain(
      'src/main/java/org/x/nodes/AnnotationSpec.java'
    )
  })

  test('a module no test imports or names is tested where its functions are called, twice at least', async () => {
    const root = gitRepo({
      'astroid/__init__.py': '',
      'astroid/node_ng.py':
        'class NodeNG:\n    def as_string(self):\n        return AsStringVisitor()(self)\n',
      'astroid/node_classes.py':
        'from astroid.node_ng import NodeNG\n\nclass Unknown(NodeNG):\n    pass\n',
      'tests/unittest_nodes.py': [
        'from astroid.node_classes import Unknown',
        '',
        'def test_unknown():',
        '    assert Unknown().as_string() == "Unknown()"',
        '',
        'def test_again():',
        '    assert Unknown().as_string()',
        ''
      ].join('\n'),
      'tests/unittest_other.py':
        'from astroid.node_classes import Unknown\n\ndef test_once():\n    Unknown().as_string()\n'
    })
    const found = await research({
      root,
      title: 'NodeNG.as_string fails on an Unknown node',
      body: '```python\n>>> astroid.nodes.Unknown().as_string()\n```\nThe `NodeNG.as_string` visitor has no `visit_unknown`.'
    })
    const tests = found.tests.filter(test => test.subject === 'astroid/node_ng.py')
    expect(tests.map(test => test.path)).toEqual(['tests/unittest_nodes.py'])
    expect(tests[0].reasons).toEqual(['calls `as_string` 2 times'])
  })

  test('a class the issue points at is found where tests use it, not only where they call it', async () => {
    const root = gitRepo({
      'src/jinja2/__init__.py': 'from .runtime import StrictUndefined, LoopContext\n',
      'src/jinja2/runtime.py': [
        'class LoopContext:',
        '    pass',
        '',
        'class StrictUndefined:',
        '    def __iter__(self):',
        '        raise TypeError("not iterable")',
        ''
      ].join('\n'),
      'tests/test_runtime.py':
        'from jinja2.runtime import LoopContext\n\ndef test_loop():\n    assert LoopContext()\n',
      'tests/test_api.py': [
        'from jinja2 import Environment',
        'from jinja2 import StrictUndefined',
        '',
        'def test_strict():',
        '    env = Environment(undefined=StrictUndefined)',
        '    assert env.undefined is StrictUndefined',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: "argument of type 'StrictUndefined' is not iterable",
      body: 'With `undefined=StrictUndefined`, `value in data["missing"]` raises TypeError.'
    })
    const tests = found.tests.filter(test => test.subject === 'src/jinja2/runtime.py')
    expect(tests[0].path).toBe('tests/test_api.py')
    // The import counts as a use too.
    expect(tests[0].reasons).toContain('uses `StrictUndefined` 3 times')
  })

  test('a single call is not enough to outrank the test named after the module', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/maker.py':
        'def make_init(cls):\n    return cls\n\ndef make_repr(cls):\n    return repr(cls)\n',
      'tests/test_maker.py': [
        'from pkg.maker import make_repr',
        'import pkg.maker',
        '',
        'def test_repr():',
        '    assert make_repr(int)',
        ''
      ].join('\n'),
      'tests/test_dunders.py':
        'import pkg.maker\n\ndef test_once():\n    assert pkg.maker.make_init(int)\n'
    })
    const found = await research({
      root,
      title: '`make_init` crashes with keyword-only fields',
      body: 'Calling `make_init` on a class with keyword-only defaults raises SyntaxError.'
    })
    const tests = found.tests.filter(test => test.subject === 'pkg/maker.py')
    expect(tests.map(test => test.path)).toEqual(['tests/test_maker.py', 'tests/test_dunders.py'])
  })
})
