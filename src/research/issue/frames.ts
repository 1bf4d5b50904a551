// Traceback frames in the stack-trace shapes of the languages the research reads: each gives a
// file, a line, often a function and (Python) the source line it printed.
import type { PathMention } from './mentions.js'

const pythonFrame = /File "([^"\n]+)", line (\d+)(?:, in ([\w<>.]+))?[^\n]*(?=(?:\n([^\n]*))?)/g
const jsFrame =
  /\bat (?:([\w$.<>[\] ]+?) )?\(?((?:[A-Za-z]:)?[^\s():]+\.[A-Za-z]{1,5}):(\d+)(?::\d+)?\)?/g
const javaFrame = /\bat ((?:[\w$]+\.)+[\w$<>]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g
// Go prints the function on one line and its file under it: `pkg.(*T).Method(...)` / `\tfile.go:12 +0x1d`.
const goFrame = /^(?:([\w./*()-]+)\([^\n]*\)\n)?\s+((?:\/|[A-Za-z]:)?[^\s:]+\.go):(\d+)/gm
const rubyFrame = /^\s*(?:from )?((?:\/|\.\/)?[^\s:]+\.rb):(\d+):in/gm

const PYTHON_FRAME_LINE = /^\s*File "[^"]+", line \d+/

/**
 * The text without Python's frame lines and the source each prints under it, and that source
 * apart: the frames name their own files and functions.
 */
export function withoutFrameSource(text: string): { text: string; frameSource: string } {
  const lines = text.split('\n')
  const source: string[] = []
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!PYTHON_FRAME_LINE.test(lines[i])) continue
    const next = lines[i + 1]
    // The source is indented under its frame; an error line at the margin is not source.
    if (next !== undefined && /^\s+\S/.test(next) && !PYTHON_FRAME_LINE.test(next)) {
      source.push(next)
      lines[i + 1] = ''
    }
    lines[i] = ''
  }
  return { text: lines.join('\n'), frameSource: source.join('\n') }
}

type FramePlace = Pick<PathMention, 'lineNumber' | 'functionName' | 'sourceLine'>

export interface FrameReading {
  /** Outermost first (`frameIndex` 0). */
  frames: PathMention[]
  /**
   * The functions the frames name, in reading order: weak hints for frames whose path does not
   * resolve (the frame already places its file).
   */
  names: string[]
}

export function readFrames(text: string): FrameReading {
  const frames: PathMention[] = []
  const names: string[] = []
  const addFrame = (raw: string, where: FramePlace) => {
    const frame: PathMention = {
      path: raw.replace(/\\/g, '/'),
      frame: true,
      frameIndex: frames.length
    }
    for (const [key, value] of Object.entries(where))
      if (value !== undefined) Object.assign(frame, { [key]: value })
    frames.push(frame)
  }

  for (const m of text.matchAll(pythonFrame)) {
    const fn = m[3] && !m[3].startsWith('<') ? m[3] : undefined
    // The line under a frame is its source, unless it is already the next frame or the error.
    const source = m[4]?.trim()
    const sourceLine =
      source &&
      !/^(?:File "|Traceback|[\w.]*(?:Error|Exception|Warning)\b|[^\s:]+\.\w{1,5}:\d+)/.test(source)
        ? source
        : undefined
    addFrame(m[1], { lineNumber: Number(m[2]), functionName: fn, sourceLine })
    if (fn) names.push(fn)
  }
  // Python prints the innermost frame last; JavaScript, Java, Go and Ruby print it first. Frame
  // indices count from the outermost, so those stacks are added in reverse.
  const innermostFirst: { path: string; lineNumber: number; functionName?: string }[] = []
  for (const m of text.matchAll(jsFrame)) {
    if (/^(?:https?|file|node):/.test(m[2])) continue
    const fn = m[1]?.split('.').pop()
    const named = fn && /^[\w$]+$/.test(fn) ? fn : undefined
    innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: named })
    if (named) names.push(named)
  }
  for (const m of text.matchAll(javaFrame)) {
    const parts = m[1].split('.')
    const fn = parts[parts.length - 1]
    innermostFirst.push({
      path: [...parts.slice(0, -2), m[2]].join('/'),
      lineNumber: Number(m[3]),
      functionName: /^[\w$]+$/.test(fn) ? fn : undefined
    })
    names.push(fn)
  }
  for (const m of text.matchAll(goFrame)) {
    const fn = m[1]?.split('.').pop()?.replace(/[()*]/g, '')
    innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: fn || undefined })
  }
  for (const m of text.matchAll(rubyFrame))
    innermostFirst.push({ path: m[1], lineNumber: Number(m[2]) })
  for (const frame of innermostFirst.reverse())
    addFrame(frame.path, { lineNumber: frame.lineNumber, functionName: frame.functionName })
  return { frames, names }
}
