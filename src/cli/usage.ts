// `adw-plan`'s usage text: printed on stdout for `--help`, on stderr after a usage error.

/** A problem with the command line itself: the usage follows the message, exit code 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}

export const usage = `Usage:
  adw-plan plan --adw-id N (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR]
                [--kind feature|bug|chore] [--provider auto|template|anthropic|openai|google|bedrock|vertex]
                [--model M] [--specs-dir DIR] [--templates-dir DIR] [--history N]
  adw-plan revise --plan FILE (--feedback TEXT | --feedback-file FILE) [--repo DIR]
                [--provider auto|template|anthropic|openai|google|bedrock|vertex] [--model M]
                [--templates-dir DIR] [--history N]
  adw-plan research (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR] [--top K]
                [--history N] --json
  adw-plan help | --help | -h    prints this text (so does \`adw-plan COMMAND --help\`)
  adw-plan --version             prints the version

plan      researches DIR (default: the current directory), writes the plan into DIR/specs/
          and prints its path. --kind picks the Plan Format (default feature):
          specs/feature-N-….md, specs/bug-N-….md or specs/chore-N-….md. Template overrides
          and the planning context (context.md) come from --templates-dir, else DIR/.github/adw
          when it exists. The provider's settings come from the environment:
            anthropic  ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL
            openai     OPENAI_API_KEY, OPENAI_BASE_URL
            google     GOOGLE_GENERATIVE_AI_API_KEY, GOOGLE_GENERATIVE_AI_BASE_URL
            bedrock    AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN
                       (or AWS_BEARER_TOKEN_BEDROCK), AWS_ENDPOINT_URL_BEDROCK_RUNTIME
            vertex     GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION (default global),
                       GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_VERTEX_BASE_URL
          --provider auto (the default) takes the first key set of Anthropic, OpenAI and
          Google; with none, the embedded planner writes the plan. Bedrock and Vertex AI run
          only when named.
revise    revises the plan FILE (e.g. specs/feature-42-….md, inside DIR) from review feedback,
          as \`/plan <feedback>\` does on GitHub, and rewrites it in place. The issue number and
          the kind come from the file name, the issue from its Metadata. The research runs again
          with what the feedback names. A model revises the plan as it stands, hand edits
          included; so does the embedded planner, doing what it can of the feedback (drop or
          add a file, a function, a test; remove, add or reword a criterion; use a reproducer)
          and saying in Notes and here what it applied and what it could not.
          Prints what changed: requests applied and not applied, sections changed, added and
          removed, files added and dropped.
research  prints the files ranked for the prompt, best first, with the reasons.
--history the commits of DIR's git history the research reads (default 3000; 0 reads none):
          past changes worded like the issue, and the tests and files that change together.
          Only HEAD's own history, never the network.

Exit status: 0 done (help and version too), 1 failed (no valid plan, a provider that failed),
2 a usage error (the usage is printed on stderr).`
