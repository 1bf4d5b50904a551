// The two halves of the corpus, split by repository so that no repository is in both: the tuning
// half is for developing the research and the planner, the reporting half for the figures that
// are quoted. A repository keeps its half once it has one; a new one joins the half of its
// language that has fewer instances (ties go to tuning), so the halves stay even.
import type { Corpus, Split } from './types.js'

export function assignSplits(corpus: Corpus): string[] {
  const assigned: string[] = []
  const count = (language: string, split: Split) =>
    corpus.instances.filter(
      instance =>
        instance.language === language && corpus.repositories[instance.repo]?.split === split
    ).length
  const newcomers = [...new Set(corpus.instances.map(instance => instance.repo))]
    .filter(repo => !corpus.repositories[repo])
    .map(repo => ({
      repo,
      language: corpus.instances.find(instance => instance.repo === repo)!.language,
      size: corpus.instances.filter(instance => instance.repo === repo).length
    }))
    .sort((a, b) => b.size - a.size || a.repo.localeCompare(b.repo))
  for (const { repo, language } of newcomers) {
    const split: Split = count(language, 'tune') <= count(language, 'report') ? 'tune' : 'report'
    corpus.repositories[repo] = { language, split }
    assigned.push(`${repo}: ${split}`)
  }
  return assigned
}
