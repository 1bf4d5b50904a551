// A reviewer's feedback as signals the embedded planner can act on: it re-plans with what the
// feedback names as extra evidence (files and functions rank higher, checklist items become
// acceptance criteria), drops
// the files the feedback rules out ("not X", "without X", "drop X"), and keeps every piece of
// feedback it applied in Notes, so the next revision applies them all again.
import type { ResearchResult } from '../../research/types.js'
import { appendToNotes } from '../format/sections.js'
import { findHeading, outline, sectionBody } from '../format/markdown.js'
import { prose } from './prose.js'

const NOTE = 'Review feedback applied:'
const CRITERION = 'Acceptance criterion from review:'

// A file is ruled out by a verb of exclusion followed by a path, a backticked name, or a file name.
const RULED_OUT =
  /\b(?:not|without|drop|remove|exclude|skip|leave out)\s+(?:the\s+|any\s+)?(?:changes?\s+(?:to|in)\s+|file\s+|files\s+in\s+)?(`[^`\n]+`|[\w.-]*\/[\w./-]*|[\w-]+\.[A-Za-z]\w*)/gi

/** The paths, directories and file names the feedback rules out. */
export function ruledOut(feedback: string): string[] {
  return [...feedback.matchAll(RULED_OUT)]
    .map(match => match[1].replace(/^`|`$/g, '').replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter(name => name !== '' && !name.includes(' '))
}

/** True when `path` is `name`, lies in the directory `name`, or has the file name `name`. */
export function isRuledOut(path: string, names: readonly string[] = []): boolean {
  return names.some(name => matches(path, name))
}

function matches(path: string, name: string): boolean {
  if (path === name || path.startsWith(`${name}/`)) return true
  const base = path.slice(path.lastIndexOf('/') + 1)
  return path.endsWith(`/${name}`) || base === name
}

/** The research without the files the feedback rules out: ranked files, their symbols and tests, docs. */
export function withoutRuledOut(research: ResearchResult, names: string[]): ResearchResult {
  if (names.length === 0) return research
  const keep = (file: { path: string }) => !isRuledOut(file.path, names)
  return {
    ...research,
    ruledOut: [...(research.ruledOut ?? []), ...names],
    files: research.files.filter(keep),
    symbols: research.symbols.filter(keep),
    tests: research.tests.filter(keep),
    orientation: {
      ...research.orientation,
      docs: research.orientation.docs.filter(keep),
      // The planner also looks up a module's tests in the test layout: rule them out there too.
      tests: {
        ...research.orientation.tests,
        files: research.orientation.tests.files.filter(path => keep({ path }))
      }
    }
  }
}

/**
 * What the feedback names, as evidence for the research: code spans and paths, not its prose
 * (whose ordinary words would only add noise to the ranking). Ruled-out names are left out.
 */
export function namedIn(feedback: string): string[] {
  const out = new Set(ruledOut(feedback))
  const spans = [...feedback.matchAll(/`([^`\n]{1,120})`/g)].map(match => match[1].trim())
  const paths = [...feedback.matchAll(/(?:^|\s)([\w.-]+\/[\w./-]*\.\w+)/g)].map(match => match[1])
  return [...new Set([...spans, ...paths])].filter(name => name !== '' && !out.has(name))
}

/** Checklist items in the feedback: acceptance criteria the reviewer asks for. */
export function criteriaIn(feedback: string): string[] {
  return [...feedback.matchAll(/^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+(.+)$/gm)].map(match =>
    match[1].trim()
  )
}

function notesLines(markdown: string, label: string): string[] {
  const doc = outline(markdown)
  const notes = findHeading(doc, 'Notes', 2)
  if (!notes) return []
  const prefix = `- ${label} `
  return sectionBody(doc, notes)
    .filter(line => line.startsWith(prefix))
    .map(line => line.slice(prefix.length).trim())
    .filter(Boolean)
}

/** Feedback earlier embedded revisions applied, as their Notes recorded it. */
export function appliedFeedback(markdown: string): string[] {
  return notesLines(markdown, NOTE)
}

/** Acceptance criteria earlier embedded revisions took from feedback. */
export function appliedCriteria(markdown: string): string[] {
  return notesLines(markdown, CRITERION)
}

/**
 * Records a piece of feedback in Notes as one line of prose (feedback is data, like an issue),
 * and each acceptance criterion it added on a line of its own, so later revisions keep them.
 */
export function recordFeedback(markdown: string, feedback: string): string {
  let recorded = markdown
  const line = prose(feedback, 300)
  if (line) recorded = appendToNotes(recorded, `- ${NOTE} ${line}`)
  for (const criterion of criteriaIn(feedback)) {
    const text = prose(criterion, 300)
    if (text) recorded = appendToNotes(recorded, `- ${CRITERION} ${text}`)
  }
  return recorded
}
