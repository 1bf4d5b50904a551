// The packages the fixture scripts copy from (GitHub's OpenAPI description, 385 MB unpacked, and
// its webhook examples) are not dependencies: the tests read the committed copies in
// __fixtures__, so no install carries them. A script that regenerates a copy asks for its package.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The path of `file` inside the package `name`, or an exit naming the install to run first. */
export function fixtureSource(name, version, file) {
  try {
    return require.resolve(`${name}/${file}`)
  } catch {
    process.stderr.write(
      `${name} is not installed: run \`npm install --no-save ${name}@${version}\` first.\n`
    )
    process.exit(1)
  }
}
