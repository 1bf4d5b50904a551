// Evidence from names alone: paths and traceback frames the issue quotes, dotted module
// references, and file or directory names that match the issue's words.
import type { IssueSignals } from '../issue/issue-signals.js'
import {
  fileNameOf,
  resolveDottedModule,
  resolveQuotedPath,
  stemOf,
  type PathIndex
} from '../tree/path-index.js'
import type { Scoreboard } from './scoreboard.js'
import { moduleName } from '../tree/module-name.js'
import { foldName } from '../../text/fold-name.js'
import { stem } from '../issue/terms.js'

/**
 * Quoted paths and locations, and traceback frames with the innermost weighing most. Returns
 * the files the frames place.
 */
export function addQuotedPathEvidence(
  board: Scoreboard,
  index: PathIndex,
  signals: IssueSignals
): Set<number> {
  const frameFiles: number[] = []
  for (const mention of signals.paths) {
    const { files, shared } = resolveQuotedPath(index, mention.path, mention.link)
    if (files.length === 0) continue
    if (mention.frame) {
      if (files.length === 1) frameFiles.push(files[0])
      continue
    }
    // A bare file name shared by several files is weak evidence for each; a location with a
    // line number (`pkg/mod.py:470:` from a warning, a linter or a compiler) is a strong one.
    const confidence = shared >= 2 ? 1 : 1 / files.length
    const strength = mention.line ? 6.5 : 5
    const reason = mention.line ? 'location quoted in the issue' : 'path quoted in the issue'
    for (const file of files) board.add(file, strength * confidence, reason, true)
  }
  frameFiles.forEach((file, i) => {
    // The innermost frame of the project's own code is closest to the fault.
    const depth = frameFiles.length === 1 ? 1 : i / (frameFiles.length - 1)
    const innermost = i === frameFiles.length - 1
    const reason = innermost ? 'innermost project frame in the traceback' : 'named in the traceback'
    board.add(file, 3 + 2.5 * depth, reason, true)
  })
  return new Set(frameFiles)
}

/** `pvlib.irradiance.reindl`, `iam.physical`: the module file the reference names. */
export function addDottedModuleEvidence(
  board: Scoreboard,
  index: PathIndex,
  signals: IssueSignals,
  project: ReadonlySet<string>
): void {
  for (const parts of signals.dotted) {
    const resolved = resolveDottedModule(index, parts)
    if (!resolved) continue
    // `arrow.get`, `rich.print`: the project's own namespace names no module in particular.
    if (resolved.used === 1 && project.has(parts[0].toLowerCase())) continue
    const module = parts.slice(0, resolved.used).join('.')
    board.add(resolved.file, 3, `module \`${module}\` named in the issue`)
  }
}

/**
 * How telling each issue word is as a file or directory name. A name the issue writes as code
 * (`L031`, the `config` module) is nearly as telling as a definition; a prose word (`values`,
 * `select`) much less so.
 */
function nameWeights(signals: IssueSignals, project: ReadonlySet<string>): Map<string, number> {
  const weights = new Map<string, number>()
  // The project's own name (`echo.New()`, "arrow returns…") is in every issue about it: a file
  // named like the project (`echo.go`, `arrow/arrow.py`) is no likelier than the others.
  const projectStems = new Set([...project].map(stem))
  const raise = (key: string, weight: number) => {
    if (!projectStems.has(key)) weights.set(key, Math.max(weights.get(key) ?? 0, weight))
  }
  for (const [word, weight] of signals.words) raise(stem(word), 0.8 + 0.4 * Math.log(weight))
  for (const mention of signals.identifiers.values()) {
    if (mention.codeLike) raise(stem(mention.name), mention.inTitle ? 3.5 : 2.5)
  }
  return weights
}

export function addNameEvidence(
  board: Scoreboard,
  index: PathIndex,
  signals: IssueSignals,
  project: ReadonlySet<string>
): void {
  const weights = nameWeights(signals, project)
  const { paths } = index

  for (const [fileStem, files] of index.byStem) {
    if (fileStem.length < 3) continue
    const weight = weights.get(stem(fileStem))
    if (weight !== undefined) {
      // `__init__`, `utils`: names many files share tell little apart.
      const rarity = 1 / (1 + Math.log2(files.length))
      for (const file of files) {
        const shown = stemOf(fileNameOf(paths[file]))
        board.add(file, weight * rarity, `file name matches \`${shown}\``)
      }
      continue
    }
    // Names of several words (`linted_file`, `as_string`) partly matching the issue.
    const parts = fileStem.split(/[_\-.]+/).filter(part => part.length >= 3)
    if (parts.length < 2) continue
    const matched = parts.filter(part => signals.terms.has(stem(part)))
    if (matched.length === 0) continue
    const score = (1.2 * matched.length) / parts.length / (1 + Math.log2(files.length))
    for (const file of files)
      board.add(file, score, `file name matches \`${matched.join('`, `')}\``)
  }

  // Directory names count by how few files they hold: the package everything lives in
  // matches every issue that names the project and tells nothing.
  const filesUnder = new Map<string, number>()
  for (const path of paths) {
    const parts = path.split('/')
    for (let i = 0; i < parts.length - 1; i++) {
      const dir = parts[i].toLowerCase()
      filesUnder.set(dir, (filesUnder.get(dir) ?? 0) + 1)
    }
  }
  const logTotal = Math.log(Math.max(2, paths.length))
  const dirScores = new Map<string, number>()
  for (const [dir, count] of filesUnder) {
    const weight = dir.length < 3 ? undefined : weights.get(stem(dir))
    if (weight === undefined) continue
    const rarity = Math.log(paths.length / count) / logTotal
    const score = 0.6 * Math.min(weight, 2) * rarity
    if (score > 0.05) dirScores.set(dir, score)
  }
  if (dirScores.size === 0) return
  paths.forEach((path, file) => {
    const parts = path.split('/')
    let best = 0
    let matched = ''
    for (let i = 0; i < parts.length - 1; i++) {
      const score = dirScores.get(parts[i].toLowerCase()) ?? 0
      if (score > best) {
        best = score
        matched = parts[i]
      }
    }
    if (best > 0) board.add(file, best, `path matches \`${matched}\``)
  })
}

/**
 * A name of several words the issue writes whole, and the file named after it in the
 * repository's own case (`no-unused-vars.js`, `unused_import.rs`, `src/formatDuration/index.js`),
 * or after it and one more word, as families of checks and rules name theirs
 * (`NoLineWrapCheck.java`).
 */
export function addCompoundNameEvidence(
  board: Scoreboard,
  index: PathIndex,
  signals: IssueSignals
): void {
  if (signals.compounds.size === 0) return
  const compounds = [...signals.compounds].map(([key, name]) => ({
    key,
    name,
    weight: name.inTitle ? 4 : 3
  }))
  index.paths.forEach((path, file) => {
    const name = moduleName(path, { entries: true })
    const folded = foldName(name)
    for (const { key, name: compound, weight } of compounds) {
      if (folded === key) board.add(file, weight, `named \`${compound.written}\` like the issue`)
      else if (folded.startsWith(key) && ONE_WORD.test(restAfter(name, key)))
        board.add(file, 0.75 * weight, `named after \`${compound.written}\``)
    }
  })
}

const ONE_WORD = /^[-_]?[A-Z]?[a-z]{2,12}$/

/** What is left of `name` once the folded `key` is read off its start (separators skipped). */
function restAfter(name: string, key: string): string {
  let read = 0
  let at = 0
  while (at < name.length && read < key.length) {
    if (!/[-_.]/.test(name[at])) read++
    at++
  }
  return name.slice(at)
}
