// The report's own reproducer: its shell session's commands, and the call of the program that
// exercises the project rather than the one that shows another library's behaviour.
import { describe, expect, test } from '@jest/globals'
import { readReproducer } from '../../../../src/plan/embedded/bug/reproducer.js'
import type { CodeBlock } from '../../../../src/text/issue-text.js'

const block = (info: string, ...lines: string[]): CodeBlock => ({ info, lines })

describe('readReproducer', () => {
  test("a shell session's commands, and the one that runs the project", () => {
    const found = readReproducer(
      [
        block(
          'console',
          "$ cat >furb131.py <<'# EOF'",
          'names = {"key": "value"}',
          '# EOF',
          '$ python furb131.py 2>&1 | tail -n 1',
          'KeyError: slice(None, None, None)',
          '$ refurb --enable FURB131 furb131.py; echo $?',
          '0',
          '$ linter check --select FURB131 furb131.py --fix',
          'Found 1 error (1 fixed, 0 remaining).',
          '$ cat furb131.py'
        )
      ],
      ['linter']
    )
    expect(found.commands).toEqual([
      "cat >furb131.py <<'# EOF'",
      'python furb131.py 2>&1 | tail -n 1',
      'refurb --enable FURB131 furb131.py; echo $?',
      'linter check --select FURB131 furb131.py --fix',
      'cat furb131.py'
    ])
    expect(found.command).toBe('linter check --select FURB131 furb131.py --fix')
    expect(found.snippet).toBeUndefined()
  })

  test('without the project named, the last command that is no scene-setting runs it', () => {
    const found = readReproducer(
      [block('sh', 'mkdir test && touch test/a.txt', 'finder --size +1k test', 'ls -l test')],
      []
    )
    expect(found.command).toBe('finder --size +1k test')
  })

  test("the program that exercises the project, not the other library's illustration", () => {
    const found = readReproducer(
      [
        block(
          'python',
          'import numpy as np',
          'import xarray as xr',
          'da = xr.DataArray(np.arange(5.0), dims="time")',
          'result = da.rolling(time=3, min_periods=0).sum()',
          'print(result)'
        ),
        block(
          'python',
          'import pandas as pd',
          'pd.Series([1, 2, 3]).rolling(3, min_periods=0).sum()'
        ),
        block(
          '',
          'Traceback (most recent call last):',
          '  File "x.py", line 3, in <module>',
          '    f(x)'
        )
      ],
      ['xarray']
    )
    expect(found.snippet).toBe('da.rolling(time=3, min_periods=0).sum()')
  })

  test('a relative import is the project: the snippet was written inside it', () => {
    const found = readReproducer(
      [
        block(
          'js',
          "const { load } = require('../lib/loader')",
          "const config = load('a: 1', { strict: true })"
        ),
        block('js', "const { parse } = require('yaml')", "console.log(parse('a: 1'))")
      ],
      ['confy']
    )
    expect(found.snippet).toBe("load('a: 1', { strict: true })")
    const python = readReproducer(
      [
        block('python', 'from .cart import total', 'total([1, 2], discount=0.5)'),
        block('python', 'import json', 'json.loads("{}")')
      ],
      ['shop']
    )
    expect(python.snippet).toBe('total([1, 2], discount=0.5)')
  })

  test("a printed call is the call; a prompt's typed lines come first", () => {
    expect(
      readReproducer(
        [block('ts', "import { z } from 'zod'", 'console.log(z.toJSONSchema(z.object({ User })))')],
        ['zod']
      ).snippet
    ).toBe('z.toJSONSchema(z.object({ User }))')
    expect(
      readReproducer([block('', '>>> import shop', '>>> shop.total([])', '0')], ['shop']).snippet
    ).toBe('shop.total([])')
  })

  test('the call that uses what the prose names, else the last through the project', () => {
    const program = block(
      'python',
      'import click',
      '',
      '@click.command()',
      "@click.option('-s', type=click.Choice(['a', 'b']), show_choices=False)",
      'def echo(string):',
      '    click.echo(string)',
      '',
      'if __name__ == "__main__":',
      '    echo()'
    )
    expect(readReproducer([program], ['click'], ['show_choices']).snippet).toBe(
      "click.option('-s', type=click.Choice(['a', 'b']), show_choices=False)"
    )
    expect(readReproducer([program], ['click']).snippet).toBe('click.echo(string)')
  })

  test('stack lines, definitions and blocks opened are no calls', () => {
    const found = readReproducer(
      [
        block(
          'java',
          '@Test',
          'void testNaN() {',
          '  assertThat(OptionalDouble.of(Double.NaN)).hasValue(Double.NaN);',
          '}',
          '  at org.example.Assert.fail(Assert.java:88)',
          '  at Object.eval [as main] (eval at createFunctionContext (handlebars.js:3562:24), <anonymous>:6:31)'
        )
      ],
      []
    )
    expect(found.snippet).toBe('assertThat(OptionalDouble.of(Double.NaN)).hasValue(Double.NaN)')
  })
})
