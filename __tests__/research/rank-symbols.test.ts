// Ranking definitions: the function a traceback ends in, the one a `Class.member` in the issue
// names, the one whose body speaks the words, in files of any supported language.
import { describe, expect, test } from '@jest/globals'
import { research } from '../../src/research/index.js'
import { tempRepos } from '../support/git-repo.js'

const { gitRepo } = tempRepos()

const fields = [
  'class Field:',
  '    def _bind_to_schema(self, name, schema):',
  '        self.parent = schema',
  '',
  'class List(Field):',
  '    def _bind_to_schema(self, name, schema):',
  '        self.inner._bind_to_schema(name, self)',
  '',
  'class DateTime(Field):',
  '    def _bind_to_schema(self, name, schema):',
  '        self.format = schema.opts.datetimeformat',
  '',
  '    def serialize(self, value):',
  '        return value.isoformat()',
  ''
].join('\n')

describe('rankSymbols (through research)', () => {
  test('the innermost frame picks the definition among several of one name, with its line', async () => {
    const root = gitRepo({ 'pkg/__init__.py': '', 'pkg/fields.py': fields })
    const found = await research({
      root,
      title: 'DateTime fields cannot be used inside List',
      body: [
        '```',
        'Traceback (most recent call last):',
        '  File "/venv/site-packages/pkg/fields.py", line 7, in _bind_to_schema',
        '    self.inner._bind_to_schema(name, self)',
        '  File "/venv/site-packages/pkg/fields.py", line 11, in _bind_to_schema',
        '    self.format = schema.opts.datetimeformat',
        "AttributeError: 'List' object has no attribute 'opts'",
        '```'
      ].join('\n')
    })
    expect(found.symbols[0]).toMatchObject({
      path: 'pkg/fields.py',
      name: '_bind_to_schema',
      className: 'DateTime',
      kind: 'method',
      startLine: 10,
      endLine: 11,
      line: 11
    })
    expect(found.symbols[0].reasons[0]).toBe('innermost project frame of the traceback (line 11)')
    const list = found.symbols.find(symbol => symbol.className === 'List')
    expect(list?.reasons[0]).toBe('in the traceback (line 7)')
  })

  test('`Class.member` in the issue names that member, not its namesakes', async () => {
    const root = gitRepo({ 'pkg/__init__.py': '', 'pkg/fields.py': fields })
    const found = await research({
      root,
      title: '`DateTime.serialize` drops the time zone',
      body: 'Calling `DateTime.serialize` on an aware datetime loses its offset.'
    })
    expect(found.symbols[0]).toMatchObject({ name: 'serialize', className: 'DateTime' })
    expect(found.symbols[0].reasons).toContain('`DateTime.serialize` named in the issue')
  })

  test('without names, the function whose body uses the issue’s words ranks first', async () => {
    const root = gitRepo({
      'pkg/__init__.py': '',
      'pkg/irradiance.py': [
        'def haydavies(ghi, dni):',
        '    return ghi + dni',
        '',
        'def reindl(ghi, dni, dhi):',
        '    term3 = 1 + (dni / ghi) ** 0.5',
        '    sky_diffuse = dhi * term3',
        '    return sky_diffuse',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: 'Sky diffuse is NaN when GHI is zero',
      body: 'The sky diffuse model generates NaN because term3 divides by GHI.'
    })
    expect(found.symbols[0]).toMatchObject({ name: 'reindl', startLine: 4, endLine: 7 })
    expect(found.symbols[0].reasons.join(' ')).toMatch(/mentions `(?:term|sky|diffuse)/)
  })

  test('Go methods are ranked by receiver type, from a real parse', async () => {
    const root = gitRepo({
      'go.mod': 'module example.com/shapes\n',
      'shapes/circle.go': [
        'package shapes',
        '',
        'type Circle struct{ R float64 }',
        '',
        'func (c *Circle) Area() float64 {',
        '\treturn 3.14 * c.R * c.R',
        '}',
        '',
        'func (c *Circle) Perimeter() float64 {',
        '\treturn 2 * 3.14 * c.R',
        '}',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: '`Circle.Perimeter` is wrong for a zero radius',
      body: 'It should return 0.'
    })
    expect(found.symbols[0]).toMatchObject({
      path: 'shapes/circle.go',
      name: 'Perimeter',
      className: 'Circle',
      startLine: 9,
      endLine: 11
    })
  })

  test('a member registered by a call is named by its owner, as the issue writes it', async () => {
    const root = gitRepo({
      'package.json': '{"name": "web"}',
      'lib/request.js': [
        "defineGetter(req, 'subdomains', function subdomains() {",
        '  var hostname = this.hostname',
        '  return isIP(hostname) ? [hostname] : hostname.split(".")',
        '})',
        '',
        'req.header = function header(name) {',
        '  return this.headers[name]',
        '}',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: '`req.subdomains` splits a bracketed IPv6 host',
      body: 'The `isIP(hostname)` check in the `subdomains` getter gets the brackets; `req.header("host")` shows them.'
    })
    expect(found.symbols[0]).toMatchObject({ name: 'subdomains', className: 'req', startLine: 1 })
    expect(found.symbols[0].reasons).toContain('`req.subdomains` named in the issue')
  })

  test('a Rust method is found through its impl in another file; test code is never a symbol', async () => {
    const root = gitRepo({
      'Cargo.toml': '[package]\nname = "finder"\n',
      'src/filter/mod.rs': 'mod size;\npub use self::size::SizeFilter;\n',
      'src/filter/size.rs': [
        'pub struct SizeFilter { limit: u64 }',
        '',
        '#[cfg(test)]',
        'mod tests {',
        '    macro_rules! gen_size_filter_parse_test {',
        '        ($name: ident) => { fn $name() { SizeFilter::from_string("1k"); } };',
        '    }',
        '    gen_size_filter_parse_test!(size_parse);',
        '}',
        ''
      ].join('\n'),
      'src/walk.rs': [
        'use crate::filter::SizeFilter;',
        '',
        'impl SizeFilter {',
        '    pub fn is_within(&self, size: u64) -> bool {',
        '        size <= self.limit',
        '    }',
        '}',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: '--size ignores symlinks',
      body: '`SizeFilter::is_within` reads the size of the link, not of its target; the size filter parse test passes.'
    })
    expect(found.symbols[0]).toMatchObject({
      path: 'src/walk.rs',
      name: 'is_within',
      className: 'SizeFilter'
    })
    expect(found.symbols.map(symbol => symbol.name)).not.toContain('gen_size_filter_parse_test')
    expect(found.symbols.map(symbol => symbol.name)).not.toContain('size')
  })

  test("what the prose points at outranks what the example's code uses to show it", async () => {
    const root = gitRepo({
      'package.json': '{"name": "web"}',
      'lib/request.js': [
        "defineGetter(req, 'subdomains', function subdomains() {",
        '  var hostname = this.hostname',
        '  return isIP(hostname) ? [hostname] : hostname.split(".")',
        '})',
        ''
      ].join('\n'),
      'lib/response.js': [
        'function json(obj) {',
        '  var body = JSON.stringify(obj)',
        '  return this.send(body)',
        '}',
        'res.json = json',
        ''
      ].join('\n')
    })
    const found = await research({
      root,
      title: 'Subdomains of a bracketed IPv6 host',
      body: [
        '`req.subdomains` returns pieces of the address when the Host is a bracketed IPv6 literal.',
        '',
        '```js',
        "app.get('/', function (req, res) {",
        '  if (!req.ip) return res.json(null)',
        '  if (req.query.all) return res.json(req.hostname)',
        '  res.json(req.subdomains)',
        '})',
        '```'
      ].join('\n')
    })
    expect(found.symbols[0]).toMatchObject({ path: 'lib/request.js', name: 'subdomains' })
    // `json` is named three times, but only by the code that prints the result.
    const json = found.symbols.find(symbol => symbol.name === 'json')
    expect(json?.score ?? 0).toBeLessThan(found.symbols[0].score / 2)
  })
})
