// The names the project is imported by: its top-level Python packages, its Go module, its npm
// package, its crate. In an issue they are the namespace of every call the reporter makes
// (`arrow.get(…)`, `echo.New()`, `import rich`), so they say nothing about which file is meant.
import type { Manifests } from './manifests.js'

/** The last path element of a Go module, without a major-version suffix (`…/echo/v4` → echo). */
function goModuleName(goMod: string): string | undefined {
  const module = /^module\s+(\S+)/m.exec(goMod)?.[1]
  const parts = (module ?? '').split('/').filter(part => !/^v\d+$/.test(part))
  return parts.at(-1)
}

export function projectNames(paths: readonly string[], manifests: Manifests): Set<string> {
  const names = new Set<string>()
  const add = (name: string | undefined) => {
    if (name && name.length >= 3) names.add(name.toLowerCase())
  }
  for (const path of paths) {
    // `pkg/__init__.py` or `src/pkg/__init__.py`: a package users import by its name.
    const parts = path.split('/')
    if (parts[0] === 'src') parts.shift()
    if (parts.length === 2 && parts[1] === '__init__.py') add(parts[0])
  }
  const goMod = manifests.text('go.mod')
  if (goMod !== undefined) add(goModuleName(goMod))
  const name = manifests.json('package.json')?.name
  if (typeof name === 'string') add(name.replace(/^@[^/]+\//, ''))
  if (manifests.has('Cargo.toml')) {
    const cargo = manifests.text('Cargo.toml') ?? ''
    const crate = /^\[package\][^[]*?^name\s*=\s*"([^"]+)"/m.exec(cargo)?.[1]
    add(crate)
    add(crate?.replace(/-/g, '_'))
  }
  return names
}
