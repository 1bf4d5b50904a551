// The repository's manifests and build files, each read at most once per research: the ranking
// takes the project's own names from them and the orientation its stack and commands.
import { readJson, readText } from './read-text.js'

const TEXT_CAP = 64 * 1024

export class Manifests {
  private readonly present: ReadonlySet<string>
  private readonly texts = new Map<string, string | undefined>()
  private readonly jsons = new Map<string, Record<string, unknown> | undefined>()

  constructor(
    readonly root: string,
    files: readonly string[]
  ) {
    this.present = new Set(files)
  }

  has(path: string): boolean {
    return this.present.has(path)
  }

  /** The head of a listed file as text; undefined when it is not listed or cannot be read. */
  text(path: string): string | undefined {
    if (!this.present.has(path)) return undefined
    if (!this.texts.has(path)) this.texts.set(path, readText(this.root, path, TEXT_CAP))
    return this.texts.get(path)
  }

  /** A listed JSON object (package.json); undefined when absent, unreadable or not an object. */
  json(path: string): Record<string, unknown> | undefined {
    if (!this.present.has(path)) return undefined
    if (!this.jsons.has(path)) this.jsons.set(path, readJson(this.root, path))
    return this.jsons.get(path)
  }
}
