// The parser layer: one real parse per supported language, read for definitions with their spans
// and enclosing class, imports and calls; and the fallback patterns for everything else.
import { describe, expect, test } from '@jest/globals'
import { outlineAll, outlineSource } from '../../../src/research/syntax/outline.js'
import {
  enclosingDefinition,
  qualifiedName,
  type Outline
} from '../../../src/research/syntax/structure.js'
import { patternOutline } from '../../../src/research/syntax/pattern-outline.js'

const later = () => ({ deadline: performance.now() + 60_000, calls: true })

function names(outline: Outline): string[] {
  return outline.definitions.map(
    definition =>
      `${definition.kind} ${qualifiedName(definition)} ${definition.start}-${definition.end}`
  )
}

describe('outlineSource with tree-sitter', () => {
  test('Python: decorated methods keep their decorator in the span, classes own their methods', async () => {
    const text = [
      'from a.b import c as d',
      'import os.path',
      '',
      'class Printer(Base):',
      '    @property',
      '    def width(self):',
      '        return measure(self.text)',
      '',
      '    def _print_Function(self, expr):',
      '        inv_trig_table = ["asin", "acos"]',
      '        def helper():',
      '            return 1',
      '        return helper()',
      '',
      'def latex(expr, **settings):',
      '    return Printer(settings).doprint(expr)'
    ].join('\n')
    const outline = await outlineSource('pkg/printer.py', text, later())
    expect(outline.parser).toBe('tree-sitter')
    expect(names(outline)).toEqual([
      'class Printer 4-13',
      'method Printer.width 5-7',
      'method Printer._print_Function 9-13',
      'function helper 11-12',
      'function latex 15-16'
    ])
    expect(outline.imports).toEqual(expect.arrayContaining(['a.b.c', 'a.b', 'os.path']))
    expect(outline.calls).toEqual(
      expect.arrayContaining([
        { name: 'measure', line: 7 },
        { name: 'doprint', line: 16 }
      ])
    )
    expect(enclosingDefinition(outline.definitions, 10)?.name).toBe('_print_Function')
  })

  test('JavaScript: functions, classes, object and prototype methods, require and import', async () => {
    const text = [
      "const fs = require('fs')",
      "import { x } from './util.js'",
      'function top() { return fs.readFileSync(x) }',
      'class Store {',
      '  add(item) {',
      '    this.items.push(item)',
      '  }',
      '}',
      'const handlers = { onClick: () => top() }',
      'Widget.prototype.render = function () { return 1 }'
    ].join('\n')
    const outline = await outlineSource('lib/store.js', text, later())
    expect(names(outline)).toEqual([
      'function top 3-3',
      'class Store 4-8',
      'method Store.add 5-7',
      'function onClick 9-9',
      'method Widget.render 10-10'
    ])
    expect(outline.imports).toEqual(expect.arrayContaining(['fs', './util.js']))
    expect(outline.calls.map(call => call.name)).toEqual(
      expect.arrayContaining(['readFileSync', 'push', 'top'])
    )
  })

  test('JavaScript: members registered by a call, descriptors, chained and exported assignments', async () => {
    const text = [
      "defineGetter(req, 'subdomains', function subdomains() {",
      '  return this.hostname',
      '})',
      "Object.defineProperty(Foo.prototype, 'size', {",
      '  get() { return 2 }',
      '})',
      'req.get = req.header = function header(name) {}',
      'module.exports = function createApp() {}',
      'exports.parse = function (x) {}',
      "app.get('/users', function (req, res) {})"
    ].join('\n')
    const outline = await outlineSource('lib/request.js', text, later())
    expect(names(outline)).toEqual([
      'method req.subdomains 1-3',
      'method Foo.size 4-6',
      'method req.get 7-7',
      'method req.header 7-7',
      'function createApp 8-8',
      'function parse 9-9'
    ])
    expect(enclosingDefinition(outline.definitions, 2)?.name).toBe('subdomains')
  })

  test('Python: class attributes made by a call or a lambda are members', async () => {
    const text = [
      'class Rolling:',
      '    sum = _reduce_method("sum", 0)',
      '    double = lambda self: 2',
      '    limit = 3',
      '',
      '    def mean(self):',
      '        return 1'
    ].join('\n')
    const outline = await outlineSource('pkg/rolling.py', text, later())
    expect(names(outline)).toEqual([
      'class Rolling 1-7',
      'variable Rolling.sum 2-2',
      'method Rolling.double 3-3',
      'method Rolling.mean 6-7'
    ])
  })

  test('TypeScript: interfaces, types, enums and exported arrow functions', async () => {
    const text = [
      "import type { Node } from 'web-tree-sitter'",
      'export interface Shape { area(): number }',
      "export type Kind = 'a' | 'b'",
      'enum Color { Red }',
      'export const scale = (n: number): number => n * 2',
      'export abstract class Base<T> {',
      '  abstract size(): number',
      '  protected grow(by: T): void {',
      '    scale(1)',
      '  }',
      '}'
    ].join('\n')
    const outline = await outlineSource('src/shape.ts', text, later())
    expect(names(outline)).toEqual([
      'interface Shape 2-2',
      'type Kind 3-3',
      'enum Color 4-4',
      'function scale 5-5',
      'class Base 6-11',
      'method Base.size 7-7',
      'method Base.grow 8-10'
    ])
    expect(outline.imports).toEqual(['web-tree-sitter'])
  })

  test('TSX: components written as functions and arrow functions', async () => {
    const text = [
      "import React from 'react'",
      'export function Widget(props: { n: number }) {',
      '  const onClick = () => props.n',
      '  return <button onClick={onClick}>{props.n}</button>',
      '}'
    ].join('\n')
    const outline = await outlineSource('ui/widget.tsx', text, later())
    expect(names(outline)).toEqual(['function Widget 2-5', 'function onClick 3-3'])
  })

  test('Go: methods belong to their receiver type, structs and interfaces are class-like', async () => {
    const text = [
      'package shapes',
      '',
      'import (',
      '\t"fmt"',
      '\tm "math"',
      ')',
      '',
      'type Circle struct{ R float64 }',
      'type Shape interface{ Area() float64 }',
      '',
      'func (c *Circle) Area() float64 {',
      '\treturn m.Pi * c.R * c.R',
      '}',
      '',
      'func Describe(c Circle) string {',
      '\treturn fmt.Sprintf("%v", c.Area())',
      '}'
    ].join('\n')
    const outline = await outlineSource('shapes/circle.go', text, later())
    expect(names(outline)).toEqual([
      'class Circle 8-8',
      'interface Shape 9-9',
      'method Circle.Area 11-13',
      'function Describe 15-17'
    ])
    expect(outline.imports).toEqual(['fmt', 'math'])
    expect(outline.calls.map(call => call.name)).toEqual(['Sprintf', 'Area'])
  })

  test('Rust: impl blocks and traits own their functions; grouped uses are expanded', async () => {
    const text = [
      'use std::collections::HashMap;',
      'use crate::util::{helper, other as o};',
      '',
      'pub struct Counter { counts: HashMap<String, usize> }',
      '',
      'impl<T> Counter {',
      '    pub fn add(&mut self, word: &str) {',
      '        helper(word);',
      '    }',
      '}',
      '',
      'trait Named { fn name(&self) -> String; }',
      '',
      'fn main() { let n = o::size(); println!("{}", n); }'
    ].join('\n')
    const outline = await outlineSource('src/counter.rs', text, later())
    expect(names(outline)).toEqual([
      'class Counter 4-4',
      'method Counter.add 7-9',
      'interface Named 12-12',
      'method Named.name 12-12',
      'function main 14-14'
    ])
    expect(outline.imports).toEqual([
      'std::collections::HashMap',
      'crate::util::helper',
      'crate::util::other'
    ])
    expect(outline.calls.map(call => call.name)).toEqual(
      expect.arrayContaining(['helper', 'println', 'size'])
    )
  })

  test('Rust: a module declared by `mod x;` defines nothing here; test code is marked', async () => {
    const text = [
      'mod size;',
      'pub mod owner { pub fn x() {} }',
      'fn parse() {}',
      '#[cfg(test)]',
      'mod tests {',
      '    macro_rules! gen_parse_test {',
      '        ($name: ident) => {};',
      '    }',
      '    #[test]',
      '    fn parses() {}',
      '}',
      '#[tokio::test]',
      'async fn runs() {}'
    ].join('\n')
    const outline = await outlineSource('src/filter/mod.rs', text, later())
    expect(names(outline)).toEqual([
      'module owner 2-2',
      'function x 2-2',
      'function parse 3-3',
      'module tests 5-11',
      'function gen_parse_test 6-8',
      'function parses 10-10',
      'function runs 13-13'
    ])
    expect(
      outline.definitions.filter(definition => definition.test).map(definition => definition.name)
    ).toEqual(['tests', 'gen_parse_test', 'parses', 'runs'])
  })

  test('Java: nested classes, constructors and methods', async () => {
    const text = [
      'package shop;',
      'import java.util.List;',
      'public class Cart {',
      '  public Cart() { items = new ArrayList<>(); }',
      '  public int total() { return sum(items); }',
      '  static class Line {',
      '    int price() { return 1; }',
      '  }',
      '}'
    ].join('\n')
    const outline = await outlineSource('src/main/java/shop/Cart.java', text, later())
    expect(names(outline)).toEqual([
      'class Cart 3-9',
      'method Cart.Cart 4-4',
      'method Cart.total 5-5',
      'class Cart.Line 6-8',
      'method Line.price 7-7'
    ])
    expect(outline.imports).toEqual(['java.util.List'])
    expect(outline.calls.map(call => call.name)).toEqual(['ArrayList', 'sum'])
  })

  test('a passed deadline leaves the file to the patterns', async () => {
    const outline = await outlineSource('pkg/mod.py', 'def f():\n    return 1\n', {
      deadline: performance.now() - 1
    })
    expect(outline.parser).toBe('patterns')
    expect(names(outline)).toEqual(['function f 1-2'])
  })
})

describe('outlineAll', () => {
  test('outlines each file as it is asked for, so a caller can queue more on the way', async () => {
    const queue = ['a.py']
    const taken: string[] = []
    function* files() {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        taken.push(next)
        yield { path: next, text: `def ${next[0]}():\n    return 1\n` }
      }
    }
    const outlined: string[] = []
    for await (const file of outlineAll(files(), { parseMs: 60_000, prepareFor: ['a.py'] })) {
      // Nothing beyond the file at hand has been taken yet.
      expect(taken).toEqual([...outlined, file.path])
      outlined.push(file.path)
      if (file.path === 'a.py') queue.push('b.py')
      expect(file.outline.parser).toBe('tree-sitter')
    }
    expect(outlined).toEqual(['a.py', 'b.py'])
  })

  test("reads a class's bases only when asked", async () => {
    const text = 'class Printer(Base, mod.Mixin):\n    pass\n'
    const file = [{ path: 'pkg/printer.py', text }]
    const bases = async (asked: boolean) => {
      const options = { parseMs: 60_000, prepareFor: ['pkg/printer.py'], bases: asked }
      for await (const { outline } of outlineAll(file, options)) return outline.definitions[0].bases
    }
    expect(await bases(true)).toEqual(['Base', 'Mixin'])
    expect(await bases(false)).toBeUndefined()
  })
})

describe('patternOutline (languages without a grammar)', () => {
  test('Ruby: spans from indentation, methods owned by their class', () => {
    const text = [
      'class Cart',
      '  def total',
      '    1',
      '  end',
      'end',
      'def helper',
      '  2',
      'end'
    ].join('\n')
    expect(names(patternOutline('lib/cart.rb', text))).toEqual([
      'class Cart 1-4',
      'method Cart.total 2-3',
      'function helper 6-7'
    ])
  })

  test('C: spans from braces', () => {
    const text = [
      'struct point { int x; };',
      'int area(int w, int h)',
      '{',
      '  return w * h;',
      '}'
    ].join('\n')
    expect(names(patternOutline('src/geo.c', text))).toEqual([
      'class point 1-1',
      'function area 2-5'
    ])
  })

  test('a language without patterns has an empty outline', () => {
    expect(patternOutline('notes.txt', 'def f(): pass').definitions).toEqual([])
  })
})
