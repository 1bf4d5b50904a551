// The embedded planner's revision: the plan as it stands (hand edits included) edited by what the
// feedback asks that it can do (drop or add a file, a function, a test; remove, add or reword a
// criterion; use a given reproducer), every other line left as it was. What it applied and what
// it could not are said in the plan's Notes and returned for the reply; nothing is claimed that
// was not done.
import type { ResearchResult } from '../../../research/types.js'
import { appendToNotes } from '../../format/sections.js'
import { prose } from '../prose.js'
import {
  addCriterion,
  bestCriterion,
  criterionText,
  matchCriteria,
  rewordCriterion
} from './criteria-edits.js'
import { addFile, addFunctionTask, dropMentions, listedFiles } from './mention-edits.js'
import { PlanDocument } from './plan-document.js'
import {
  codeBlocksOf,
  dropReproducer,
  pickBlock,
  useReproducer,
  type CodeBlock
} from './reproducer-edits.js'
import { readRequests, type Request } from './requests.js'
import { isTestPath, resolveTargets, sameCode, type Resolver, type Target } from './targets.js'

export const APPLIED_NOTE = 'Revised from review feedback by the embedded planner:'

/** The one sentence that says, wherever the revision is reported, what was not done and why. */
export function notAppliedSentence(notApplied: readonly string[]): string {
  return `Not applied by the embedded planner: ${notApplied.join('; ')}; re-run with a model or edit the plan.`
}

export interface ReviewInput {
  markdown: string
  feedback: string
  /** Inline comments on the plan: their words, and the plan lines they are attached to. */
  comments?: { body: string; startLine?: number; line?: number }[]
  issueBody: string
  research: ResearchResult
  fileExists: (path: string) => boolean
}

export interface ReviewOutcome {
  markdown: string
  /** What was done, one phrase per request: "dropped `lib/response.js` from Relevant Files". */
  applied: string[]
  /** The reviewer's words that were not acted on, each with the reason. */
  notApplied: string[]
}

interface Session extends Resolver {
  issueBody: string
  blocks: CodeBlock[]
  /** The blocks a "not the … snippet" of this feedback rules out as the reproducer. */
  ruledOut: CodeBlock[]
  applied: string[]
  notApplied: string[]
  /** The inline comments whose lines were dropped already ("not needed, drop this" is one drop). */
  droppedComments: Set<string>
  /** A reproducer a request of this feedback already chose, so "not the other one" is done. */
  reproducer?: CodeBlock
}

const quote = (words: string) => `“${prose(words, 160).replace(/[“”]/g, '"')}”`
const code = (name: string) => `\`${name}\``
const list = (items: string[]) => items.map(item => `“${prose(item, 60)}”`).join(', ')

export function reviseInPlace(input: ReviewInput): ReviewOutcome {
  const plan = new PlanDocument(input.markdown)
  const requests = [
    ...readRequests(input.feedback),
    ...(input.comments ?? []).flatMap(comment =>
      readRequests(comment.body).map(request => ({
        ...request,
        lines: lineRange(comment)
      }))
    )
  ]
  const session: Session = {
    plan,
    research: input.research,
    fileExists: input.fileExists,
    issueBody: input.issueBody,
    blocks: [...codeBlocksOf(input.issueBody), ...codeBlocksOf(input.feedback)],
    ruledOut: [],
    droppedComments: new Set(),
    applied: [],
    notApplied: []
  }
  session.ruledOut = requests
    .filter(request => request.action === 'remove')
    .flatMap(request => resolveTargets(request.object, request.context ?? '', session))
    .flatMap(target =>
      target.kind === 'reproducer' ? [pickBlock(session.blocks, target.words)] : []
    )
    .filter((block): block is CodeBlock => block !== undefined)
  // Inline comments first, from the bottom of the plan up, while their line numbers still hold;
  // then what the feedback chooses or adds, so "use X, not Y" reads the same either way round.
  const order = (request: Request) =>
    request.lines
      ? -request.lines.start
      : request.action === 'use' || request.action === 'add'
        ? 1
        : 2
  // Each request's outcome, reported in the order the reviewer wrote them.
  const outcomes = new Map<Request, { applied: string[]; notApplied: string[] }>()
  for (const request of [...requests].sort((a, b) => order(a) - order(b))) {
    const before = { applied: session.applied.length, notApplied: session.notApplied.length }
    apply(session, request)
    outcomes.set(request, {
      applied: session.applied.slice(before.applied),
      notApplied: session.notApplied.slice(before.notApplied)
    })
  }
  const applied = requests.flatMap(request => outcomes.get(request)!.applied)
  const notApplied = requests.flatMap(request => outcomes.get(request)!.notApplied)

  let markdown = plan.toString()
  if (applied.length > 0)
    markdown = appendToNotes(markdown, `- ${APPLIED_NOTE} ${applied.join('; ')}.`)
  if (notApplied.length > 0)
    markdown = appendToNotes(markdown, `- ${notAppliedSentence(notApplied)}`)
  return { markdown, applied, notApplied }
}

function lineRange(comment: { startLine?: number; line?: number }) {
  const end = comment.line ?? comment.startLine
  const start = comment.startLine ?? end
  return start !== undefined && end !== undefined ? { start, end } : undefined
}

function apply(session: Session, request: Request): void {
  const skip = (why: string) => void session.notApplied.push(`${quote(request.words)} (${why})`)
  if (request.criterion !== undefined) {
    const done = addCriterion(session.plan, request.criterion)
    if (done === 'no-section') return skip('the plan has no Acceptance Criteria section')
    session.applied.push(
      done === 'added'
        ? `added the acceptance criterion ${quote(request.criterion)}`
        : `kept the acceptance criterion ${quote(request.criterion)}, already listed`
    )
    return
  }
  if (!request.action) return skip('not a request the embedded planner can read')
  const targets = resolveTargets(request.object, request.context ?? '', session)
  if (targets.length === 0) {
    if (request.lines && request.action === 'remove')
      return dropCommentedLines(session, request, skip)
    return skip('it names no file, function, test, criterion or reproducer of the plan')
  }
  for (const target of targets) applyTo(session, request, target, skip)
}

function applyTo(session: Session, request: Request, target: Target, skip: (why: string) => void) {
  switch (target.kind) {
    case 'file':
      return fileRequest(session, request, target, skip)
    case 'symbol':
      return symbolRequest(session, request, target, skip)
    case 'criteria':
      return criteriaRequest(session, request, target, skip)
    case 'reproducer':
      return reproducerRequest(session, request, target, skip)
    case 'unknown':
      return skip(
        `${code(target.name)} is neither a file of the repository nor a function the plan or the research knows`
      )
  }
}

const mentioned = (session: Session, name: string) =>
  session.plan.items().some(item => item.spans.some(span => span === name || sameCode(span, name)))

/** "dropped `x` (2 lines in Existing Files to Modify, Tasks); still named in Notes" */
function droppedPhrase(name: string, dropped: ReturnType<typeof dropMentions>): string {
  const lines = [...dropped.removed.values()].reduce((a, b) => a + b, 0)
  const where = [...dropped.removed.keys()].join(', ')
  const still =
    dropped.stillIn.size > 0 ? `; still named in ${[...dropped.stillIn].join(', ')}` : ''
  return `dropped ${code(name)} (${lines} line${lines === 1 ? '' : 's'}${where ? ` in ${where}` : ''})${still}`
}

function fileRequest(
  session: Session,
  request: Request,
  file: Extract<Target, { kind: 'file' }>,
  skip: (why: string) => void
) {
  const { plan } = session
  if (request.action === 'remove') {
    if (!mentioned(session, file.path)) return skip(`${code(file.path)} is not in the plan`)
    return dropName(session, file.path, 'file')
  }
  if (request.action === 'reword') return renameRequest(session, request, file.path, skip)
  const { modify, create } = listedFiles(plan)
  if (request.action === 'keep' && (modify.includes(file.path) || create.includes(file.path))) {
    session.applied.push(`kept ${code(file.path)}`)
    return
  }
  if (!file.exists && request.action !== 'add')
    return skip(`the repository has no file ${code(file.path)}`)
  const done = addFile(plan, file, request.words)
  if (done === 'no-section') return skip('the plan has no Relevant Files to add it to')
  const what = file.test ? 'test file' : 'file'
  session.applied.push(
    done === 'added'
      ? `added the ${what} ${code(file.path)} to ${file.exists ? 'Existing Files to Modify' : 'New Files to Create'}`
      : `kept ${code(file.path)}, already listed`
  )
  // "Use the existing test X": the new test files the plan proposed give way to it.
  if (request.action === 'use' && file.test && file.exists) {
    const proposed = listedFiles(plan).create.filter(path => path !== file.path && isTestPath(path))
    for (const path of proposed) dropName(session, path, 'file')
  }
}

/** Drops a file or a function from the plan, and says how much went and where it still is. */
function dropName(session: Session, name: string, kind: 'file' | 'code'): void {
  const dropped = { paths: kind === 'file' ? [name] : [], code: kind === 'code' ? [name] : [] }
  session.applied.push(droppedPhrase(name, dropMentions(session.plan, dropped, APPLIED_NOTE)))
}

function symbolRequest(
  session: Session,
  request: Request,
  symbol: Extract<Target, { kind: 'symbol' }>,
  skip: (why: string) => void
) {
  const { plan } = session
  if (request.action === 'remove') {
    if (!mentioned(session, symbol.name)) return skip(`${code(symbol.name)} is not in the plan`)
    return dropName(session, symbol.name, 'code')
  }
  if (request.action === 'reword') return renameRequest(session, request, symbol.name, skip)
  if (request.action === 'keep' && mentioned(session, symbol.name)) {
    session.applied.push(`kept ${code(symbol.name)}`)
    return
  }
  if (!symbol.path)
    return skip(`the research found no definition of ${code(symbol.name)} to point a task at`)
  if (!addFunctionTask(plan, symbol, request.words))
    return skip('the plan has no tasks to add it to')
  session.applied.push(`added a task for ${code(symbol.name)} in ${code(symbol.path)}`)
}

/** "rename `a` to `b`": every code span `a` of the plan (outside Metadata and criteria) becomes `b`. */
function renameRequest(
  session: Session,
  request: Request,
  name: string,
  skip: (why: string) => void
) {
  const to = request.replacement?.replace(/^`|`$/g, '')
  if (!to || /\s/.test(to)) return skip('a new name in backticks is needed: rename `old` to `new`')
  let count = 0
  for (const item of session.plan.items()) {
    if (item.section.includes('Metadata')) continue
    for (let line = item.start; line < item.end; line++) {
      const text = session.plan.lines[line]
      const renamed = text.split(code(name)).join(code(to))
      if (renamed !== text) {
        count += text.split(code(name)).length - 1
        session.plan.replaceLine(line, renamed)
      }
    }
  }
  if (count === 0) return skip(`${code(name)} is not in the plan`)
  session.applied.push(
    `renamed ${code(name)} to ${code(to)} (${count} place${count === 1 ? '' : 's'})`
  )
}

function criteriaRequest(
  session: Session,
  request: Request,
  target: Extract<Target, { kind: 'criteria' }>,
  skip: (why: string) => void
) {
  const { plan, issueBody } = session
  if (request.action === 'reword') {
    const item = bestCriterion(plan, target, issueBody)
    if (!item || !request.replacement) {
      return skip(
        item
          ? 'no new wording was given ("… to <new wording>")'
          : 'no one acceptance criterion matches its words'
      )
    }
    const before = criterionText(item)
    rewordCriterion(plan, item, request.replacement)
    session.applied.push(
      `reworded the acceptance criterion ${quote(before)} to ${quote(request.replacement)}`
    )
    return
  }
  if (request.action === 'add') {
    const text = /(?:\bthat|\bsaying|\bstating|:)\s+(.+)$/i.exec(request.object)?.[1]
    if (!text)
      return skip('the criterion to add needs its words: "add a criterion: …" or a `- [ ]` item')
    const done = addCriterion(plan, text)
    if (done === 'no-section') return skip('the plan has no Acceptance Criteria section')
    session.applied.push(
      `${done === 'added' ? 'added' : 'kept'} the acceptance criterion ${quote(text)}`
    )
    return
  }
  const matched = matchCriteria(plan, target, issueBody)
  if (matched.length === 0) return skip('no acceptance criterion matches its words')
  if (request.action === 'remove') {
    plan.remove(matched)
    const n = matched.length
    session.applied.push(
      `removed ${n} acceptance criteri${n === 1 ? 'on' : 'a'} (${list(matched.map(criterionText))})`
    )
  } else {
    session.applied.push(`kept the acceptance criteria ${list(matched.map(criterionText))}`)
  }
}

function reproducerRequest(
  session: Session,
  request: Request,
  target: Extract<Target, { kind: 'reproducer' }>,
  skip: (why: string) => void
) {
  const { plan } = session
  if (!plan.section('Steps to Reproduce', 2)) {
    return skip('only a bug plan has Steps to Reproduce to put a reproducer in')
  }
  if (request.action === 'remove') {
    const block = pickBlock(session.blocks, target.words)
    if (session.reproducer && block !== session.reproducer) {
      session.applied.push(
        `the reproducer is not ${block ? code(firstLine(block)) : 'the other code'}`
      )
      return
    }
    if (!block || !dropReproducer(plan, block))
      return skip('no step runs the code its words point at, or it is the only step')
    session.applied.push(`removed the steps that ran ${code(firstLine(block))}`)
    return
  }
  if (request.action === 'reword') return skip('a reproducer is chosen ("use …"), not reworded')
  const given = request.code !== undefined ? { info: '', code: request.code, label: '' } : undefined
  // "Use X, not Y": Y is out of the running even where X's words fit both.
  const candidates = session.blocks.filter(block => !session.ruledOut.includes(block))
  const block = given ?? pickBlock(candidates, target.words)
  if (!block) return skip('no code block of the issue or the feedback matches its words')
  useReproducer(
    plan,
    block,
    session.blocks,
    given ? 'the review gave' : 'the review chose from the issue'
  )
  session.reproducer = block
  session.applied.push(
    `made ${given ? 'the review’s code' : `the issue’s ${quote(block.label || firstLine(block))} code`} the reproducer`
  )
}

const firstLine = (block: CodeBlock) =>
  prose(block.code.split('\n').find(line => line.trim()) ?? '', 60)

/** An inline comment that asks to drop "this": the plan's list items on its lines go. */
function dropCommentedLines(session: Session, request: Request, skip: (why: string) => void) {
  const { start, end } = request.lines!
  if (session.droppedComments.has(`${start}-${end}`)) return
  session.droppedComments.add(`${start}-${end}`)
  const items = session.plan
    .items()
    .filter(
      item => item.start + 1 <= end && item.end >= start && !item.section.includes('Metadata')
    )
  if (items.length === 0) return skip('the comment is on no list item of the plan')
  session.plan.remove(items)
  session.applied.push(
    `dropped the ${items.length} line${items.length === 1 ? '' : 's'} the comment is on`
  )
}
