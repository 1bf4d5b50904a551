// A short digest of a plan for the pull request body and the job summary: what a reviewer
// wants to see before opening the file.
import { bulletPaths, findHeading, outline, sectionBody } from './markdown.js'

export interface PlanDigest {
  userStory?: string
  filesToModify: string[]
  phases: string[]
  criteriaCount: number
}

export function digestPlan(markdown: string): PlanDigest {
  const doc = outline(markdown)
  const section = (title: string) => {
    const heading = findHeading(doc, title)
    return heading ? sectionBody(doc, heading) : []
  }
  const story = section('User Story').join(' ').replace(/\s+/g, ' ').trim()
  return {
    userStory: story || undefined,
    filesToModify: bulletPaths(section('Existing Files to Modify')),
    phases: doc.headings
      .map(heading => /^Phase \d+:\s*(.+)$/.exec(heading.text)?.[1])
      .filter((name): name is string => Boolean(name)),
    criteriaCount: section('Acceptance Criteria').filter(line => /^\s*[-*]\s+\[[ xX]\]/.test(line))
      .length
  }
}
