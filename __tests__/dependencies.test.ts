// The AI SDK packages move as one release train: a provider that pins older siblings (Bedrock
// does; package.json's overrides point them at the project's copies) would otherwise put a
// second copy of the shared code into the bundle, and two copies of a class break the
// instanceof checks the error handling relies on.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>
}

describe('package-lock.json', () => {
  test('holds one copy of ai and of each @ai-sdk package', () => {
    const copies = new Map<string, string[]>()
    for (const path of Object.keys(lock.packages)) {
      const name = /(?:^|\/)node_modules\/((?:@ai-sdk\/[^/]+)|ai)$/.exec(path)?.[1]
      if (name) copies.set(name, [...(copies.get(name) ?? []), path])
    }
    expect(copies.get('@ai-sdk/provider-utils')).toHaveLength(1)
    expect([...copies].filter(([, paths]) => paths.length > 1)).toEqual([])
  })
})
