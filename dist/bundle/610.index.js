export const id = 610;
export const ids = [610];
export const modules = {

/***/ 8229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log/logger.ts
var logger = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/pipeline/make-plan.ts
var make_plan = __webpack_require__(1176);
// EXTERNAL MODULE: ./src/templates/render.ts
var render = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/pipeline/templates-dir.ts
var templates_dir = __webpack_require__(1155);
// EXTERNAL MODULE: ./src/research/index.ts + 41 modules
var research = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/plan/index.ts
var plan = __webpack_require__(5887);
// EXTERNAL MODULE: ./src/pipeline/options.ts
var options = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/plan/llm/providers.ts
var providers = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/plan/llm/provider-environment.ts
var provider_environment = __webpack_require__(5294);
;// CONCATENATED MODULE: ./src/cli/commands.ts
// The CLI's commands as functions, so tests drive them without spawning a process.










class CliUsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliUsageError';
    }
}
/** Without --title, the prompt's first line stands in, as an issue title would. */
function titleFrom(prompt, title) {
    if (title && title.trim())
        return title.trim();
    const first = prompt.split('\n').find(line => line.trim() !== '') ?? '';
    return first
        .replace(/^#+\s*/, '')
        .trim()
        .slice(0, 120);
}
function usageError(fn) {
    try {
        return fn();
    }
    catch (error) {
        if (error instanceof options/* InputError */.dz)
            throw new CliUsageError(error.message.replace(/^Input `/, 'option `--'));
        throw error;
    }
}
/** Writes the plan into the repository's specs directory and returns its path (relative to cwd). */
async function runPlanCommand(command) {
    const adwNumber = usageError(() => (0,options/* parseIssueNumber */.id)(command.adwId, 'adw-id'));
    if (adwNumber === undefined)
        throw new CliUsageError('--adw-id is required (the issue number)');
    if (command.prompt.trim() === '') {
        throw new CliUsageError('the prompt is empty: describe the work to plan');
    }
    if (!providers/* providerChoices */.iY.includes(command.provider)) {
        throw new CliUsageError(`--provider must be one of ${providers/* providerChoices */.iY.join(', ')}`);
    }
    const kind = command.kind ?? 'feature';
    if (!(0,plan/* isPlanKind */.y_)(kind)) {
        throw new CliUsageError(`--kind must be one of ${plan/* planKinds */.x8.join(', ')}, got "${kind}"`);
    }
    const specsDir = usageError(() => (0,options/* parseRelativeDir */.NR)(command.specsDir, 'specs-dir'));
    const configured = command.templatesDir;
    const templatesDir = (0,templates_dir/* resolveTemplatesDir */.zD)(command.repo, configured === undefined
        ? undefined
        : usageError(() => (0,options/* parseRelativeDir */.NR)(configured, 'templates-dir')));
    const adwId = String(adwNumber);
    const env = command.env;
    // A broken override falls back to the built-in; the user hears which file and line.
    const stopWarnings = (0,render/* onTemplateWarning */.A8)(message => command.log.warning(message), command.repo);
    const made = await (0,make_plan.makePlan)({
        adwId,
        kind,
        issue: {
            number: adwNumber,
            title: titleFrom(command.prompt, command.title),
            body: command.prompt
        },
        root: command.repo,
        inputs: {
            provider: command.provider,
            model: command.model,
            ...(0,provider_environment/* providerSettingsFrom */.lq)(env),
            specsDir,
            templatesDir
        },
        log: command.log
    }).finally(stopWarnings);
    const directory = (0,external_node_path_.resolve)(command.repo, specsDir);
    (0,external_node_fs_.mkdirSync)(directory, { recursive: true });
    const target = (0,external_node_path_.resolve)(command.repo, made.path);
    // One plan file per issue, as on GitHub: a renamed plan replaces this issue's older one.
    for (const name of (0,external_node_fs_.readdirSync)(directory)) {
        const old = (0,external_node_path_.join)(directory, name);
        if (old !== target && (0,plan/* isPlanFileFor */.D_)(adwId, name, kind)) {
            (0,external_node_fs_.rmSync)(old);
            command.log.info(`Removed the older plan ${(0,external_node_path_.relative)(process.cwd(), old) || old}`);
        }
    }
    (0,external_node_fs_.writeFileSync)(target, made.result.markdown);
    if (made.result.fallbackReason)
        command.log.warning(`Model fallback: ${made.result.fallbackReason}`);
    return (0,external_node_path_.relative)(process.cwd(), target) || target;
}
async function runResearchCommand(command) {
    const top = Number(command.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
        throw new CliUsageError('--top must be a whole number from 1 to 1000');
    }
    if (command.prompt.trim() === '')
        throw new CliUsageError('the prompt is empty');
    return (0,research/* research */.S)({
        root: command.repo,
        title: titleFrom(command.prompt, command.title),
        body: command.prompt,
        top
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// `adw-plan`'s arguments: which command, with which options, and the usage text.





const usage = `Usage:
  adw-plan plan --adw-id N (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR]
                [--kind feature|bug|chore] [--provider auto|template|anthropic|openai|google|bedrock|vertex]
                [--model M] [--specs-dir DIR] [--templates-dir DIR]
  adw-plan research (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR] [--top K] --json

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
research  prints the files ranked for the prompt, best first, with the reasons.`;
async function main(argv) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        process.stdout.write(`${usage}\n`);
        return command ? 0 : 2;
    }
    const { values } = (0,external_node_util_.parseArgs)({
        args: rest,
        strict: true,
        options: {
            'adw-id': { type: 'string' },
            prompt: { type: 'string' },
            'prompt-file': { type: 'string' },
            title: { type: 'string' },
            repo: { type: 'string', default: '.' },
            provider: { type: 'string', default: 'auto' },
            model: { type: 'string' },
            'specs-dir': { type: 'string', default: 'specs' },
            kind: { type: 'string', default: 'feature' },
            'templates-dir': { type: 'string' },
            top: { type: 'string', default: '10' },
            json: { type: 'boolean', default: false }
        }
    });
    if (values.prompt !== undefined && values['prompt-file'] !== undefined) {
        throw new CliUsageError('give --prompt or --prompt-file, not both');
    }
    const prompt = values['prompt-file'] !== undefined
        ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(values['prompt-file']), 'utf8')
        : values.prompt;
    if (prompt === undefined)
        throw new CliUsageError('--prompt or --prompt-file is required');
    const repo = (0,external_node_path_.resolve)(values.repo);
    if (command === 'plan') {
        const path = await runPlanCommand({
            adwId: values['adw-id'],
            prompt,
            title: values.title,
            repo,
            provider: values.provider,
            model: values.model,
            specsDir: values['specs-dir'],
            kind: values.kind,
            templatesDir: values['templates-dir'],
            env: process.env,
            log: logger/* stderrLogger */.D
        });
        process.stdout.write(`${path}\n`);
        return 0;
    }
    if (command === 'research') {
        const result = await runResearchCommand({ prompt, title: values.title, repo, top: values.top });
        if (values.json) {
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        }
        else {
            for (const file of result.files) {
                process.stdout.write(`${file.score.toFixed(2)}  ${file.path}  (${file.reasons.join('; ')})\n`);
            }
        }
        return 0;
    }
    throw new CliUsageError(`unknown command "${command}"`);
}
/** Runs one command and sets the exit code: 0 done, 1 failed, 2 a usage problem. */
function runCli(argv) {
    return main(argv).then(code => {
        process.exitCode = code;
    }, (error) => {
        const message = error instanceof Error ? error.message : String(error);
        const usageProblem = error instanceof CliUsageError ||
            error?.code?.startsWith('ERR_PARSE_ARGS');
        process.stderr.write(`adw-plan: ${message}\n${usageProblem ? `\n${usage}\n` : ''}`);
        process.exitCode = usageProblem ? 2 : 1;
    });
}


/***/ })

};
