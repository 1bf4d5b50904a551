// The CLI's version: package.json's, read when the CLI is bundled (ncc inlines the one field), so
// dist/cli.js knows it wherever it is installed or copied.
import packageJson from '../../package.json' with { type: 'json' }

export const version: string = packageJson.version
