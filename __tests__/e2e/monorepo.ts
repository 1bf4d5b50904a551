// A tree of 2,440 files, 40 packages side by side: big enough that the main thread is still
// reading when the research's worker threads are up, so that they take part.
import type { FileMap } from '../support/git-repo.js'

export function monorepoFiles(): FileMap {
  const files: FileMap = {}
  for (let pkg = 0; pkg < 40; pkg++) {
    for (let mod = 0; mod < 60; mod++) {
      const lines = [`"""Module ${mod} of package ${pkg}: rows and columns of a table."""`]
      for (let fn = 0; fn < 40; fn++)
        lines.push(`def handle_${mod}_${fn}(table, row):`, `    return table.cells[row] + ${fn}`)
      if (mod === 7)
        lines.push('class DataTable:', '    def add_row(self, *cells):', '        pass')
      files[`pkg${pkg}/src/module_${mod}.py`] = `${lines.join('\n')}\n`
    }
    files[`pkg${pkg}/README.md`] = `# Package ${pkg}\n\nTables with rows.\n`
  }
  return files
}
