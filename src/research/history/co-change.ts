// Which files change together: for a file, the commits of the history read that touched it and
// the other files those commits touched. A test that changes in 14 of a source file's last 20
// commits is the test that guards it; a registry or docs page that does is a companion.
import type { Companion } from '../types.js'
import type { Commit } from './types.js'

export class CoChange {
  private readonly touching = new Map<string, number[]>()

  constructor(private readonly commits: readonly Commit[]) {
    commits.forEach((commit, index) => {
      for (const file of commit.files) {
        const list = this.touching.get(file.path)
        if (list) list.push(index)
        else this.touching.set(file.path, [index])
      }
    })
  }

  /** Commits of the history read that touched `path`, newest first. */
  commitsOf(path: string): readonly number[] {
    return this.touching.get(path) ?? []
  }

  commit(index: number): Commit {
    return this.commits[index]
  }

  /** The files that changed with `path` in its last `recent` commits, most often first. */
  companionsOf(path: string, keep: (path: string) => boolean, recent = 50): Companion[] {
    const own = this.commitsOf(path).slice(0, recent)
    const counts = new Map<string, number>()
    for (const index of own)
      for (const file of this.commits[index].files)
        if (file.path !== path && keep(file.path))
          counts.set(file.path, (counts.get(file.path) ?? 0) + 1)
    return [...counts]
      .map(([other, together]) => ({ path: other, together, of: own.length }))
      .sort((a, b) => b.together - a.together || a.path.localeCompare(b.path))
  }
}
