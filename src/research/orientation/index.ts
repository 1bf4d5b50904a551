// Orientation: what an engineer reads before planning a change (docs, agent guides, stack,
// commands, test layout, structure), all derived from the tree itself.
import { exclusionFor } from '../tree/classify.js'
import type { Manifests } from '../tree/manifests.js'
import { projectNames } from '../tree/project-names.js'
import type { Orientation } from '../types.js'
import { findCommands } from './commands.js'
import { agentGuides, findDocs } from './docs.js'
import { detectStack } from './stack.js'
import { findStructure } from './structure.js'
import { findTestLayout } from './test-layout.js'
import { readGuidance, type GuidanceOptions } from './guidance.js'

/**
 * `files`: the whole listing; lock files still tell which package manager is in use. `own`: the
 * project's own files among them, when the caller has them already.
 */
export function orient(
  manifests: Manifests,
  files: readonly string[],
  guidance: GuidanceOptions = {},
  own: readonly string[] = files.filter(path => exclusionFor(path) === undefined)
): Orientation {
  const { root } = manifests
  const stack = detectStack(own, manifests)
  return {
    docs: findDocs(root, own),
    agentGuides: agentGuides(own),
    stack,
    commands: findCommands(files, manifests),
    tests: findTestLayout(own, stack),
    structure: findStructure(root, own),
    guidance: readGuidance(root, own, guidance),
    names: [...projectNames(own, manifests)]
  }
}
