// A short digest of a plan for the pull request body and the job summary: what a reviewer
// wants to see before opening the file.

export interface PlanDigest {
  userStory?: string
  filesToModify: string[]
  filesToCreate: string[]
  phases: string[]
  criteriaCount: number
}

/** Splits a Markdown document into heading -> body, ignoring `#` lines inside code fences. */
function sections(markdown: string): Map<string, string[]> {
  const result = new Map<string, string[]>()
  let current: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker
      ) {
        fence = undefined
      }
    } else if (marker) {
      fence = marker
    } else {
      const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)
      if (heading) {
        current = []
        result.set(heading[2], current)
        continue
      }
    }
    current.push(line)
  }
  return result
}

function bulletPaths(lines: string[] | undefined): string[] {
  return (lines ?? [])
    .map(line => /^\s*[-*]\s+`([^`]+)`/.exec(line)?.[1])
    .filter((path): path is string => Boolean(path))
}

export function digestPlan(markdown: string): PlanDigest {
  const all = sections(markdown)
  const story = (all.get('User Story') ?? []).join(' ').replace(/\s+/g, ' ').trim()
  return {
    userStory: story || undefined,
    filesToModify: bulletPaths(all.get('Existing Files to Modify')),
    filesToCreate: bulletPaths(all.get('New Files to Create')),
    phases: [...all.keys()]
      .map(heading => /^Phase \d+:\s*(.+)$/.exec(heading)?.[1])
      .filter((name): name is string => Boolean(name)),
    criteriaCount: (all.get('Acceptance Criteria') ?? []).filter(line =>
      /^\s*[-*]\s+\[[ xX]\]/.test(line)
    ).length
  }
}
