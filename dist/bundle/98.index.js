export const id = 98;
export const ids = [98,18];
export const modules = {

/***/ 7098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: runCommandLine

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
// EXTERNAL MODULE: ./src/research/index.ts + 42 modules
var research = __webpack_require__(7219);
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
/** Runs `fn`; an option it finds wrong is a usage error, named as the CLI's option. */
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
/** The options `plan` and `revise` share: the provider's name and the templates' folder. */
function checkedShared(command) {
    if (!providers/* providerChoices */.iY.includes(command.provider)) {
        throw new CliUsageError(`--provider must be one of ${providers/* providerChoices */.iY.join(', ')}`);
    }
    const configured = command.templatesDir;
    return {
        templatesDir: (0,templates_dir/* resolveTemplatesDir */.zD)(command.repo, configured === undefined
            ? undefined
            : usageError(() => (0,options/* parseRelativeDir */.NR)(configured, 'templates-dir')))
    };
}
/** Writes the plan into the repository's specs directory and returns its path (relative to cwd). */
async function runPlanCommand(command) {
    const adwNumber = usageError(() => (0,options/* parseIssueNumber */.id)(command.adwId, 'adw-id'));
    if (adwNumber === undefined)
        throw new CliUsageError('--adw-id is required (the issue number)');
    if (command.prompt.trim() === '') {
        throw new CliUsageError('the prompt is empty: describe the work to plan');
    }
    const { templatesDir } = checkedShared(command);
    const kind = command.kind ?? 'feature';
    if (!(0,plan/* isPlanKind */.y_)(kind)) {
        throw new CliUsageError(`--kind must be one of ${plan/* planKinds */.x8.join(', ')}, got "${kind}"`);
    }
    const specsDir = usageError(() => (0,options/* parseRelativeDir */.NR)(command.specsDir, 'specs-dir'));
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

// EXTERNAL MODULE: ./src/pipeline/revise-plan.ts
var revise_plan = __webpack_require__(18);
// EXTERNAL MODULE: ./src/plan/format/plan-format.ts
var plan_format = __webpack_require__(9966);
// EXTERNAL MODULE: ./src/plan/format/sections.ts
var sections = __webpack_require__(1083);
// EXTERNAL MODULE: ./src/plan/format/compare.ts
var compare = __webpack_require__(280);
;// CONCATENATED MODULE: ./src/cli/revise-command.ts
// `adw-plan revise`: the action's revision pipeline on a local plan file. The plan says what it
// is about (its file name the kind and the issue number, its Metadata the issue text), so the
// only other inputs are the feedback and the provider.








/**
 * The plan file inside the repository (relative to the current directory, else to the
 * repository), and what its name says: `specs/bug-42-….md` is a bug plan for issue 42.
 */
function locatePlan(command) {
    const file = [(0,external_node_path_.resolve)(command.plan), (0,external_node_path_.resolve)(command.repo, command.plan)].find(path => (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile());
    if (!file)
        throw new CliUsageError(`--plan ${command.plan}: no such file`);
    const inRepo = (0,external_node_path_.relative)(command.repo, file);
    if (inRepo.startsWith('..') || (0,external_node_path_.isAbsolute)(inRepo)) {
        throw new CliUsageError(`--plan must be a file inside the repository (${command.repo})`);
    }
    const named = /^(feature|bug|chore)-([1-9][0-9]{0,15})-.+\.md$/.exec((0,external_node_path_.basename)(file));
    if (!named) {
        throw new CliUsageError(`--plan must name a plan file, such as specs/feature-42-user-auth.md, got "${(0,external_node_path_.basename)(file)}"`);
    }
    const path = inRepo.split(external_node_path_.sep).join('/');
    if (!path.includes('/')) {
        throw new CliUsageError(`--plan must be in the repository's specs directory, e.g. specs/`);
    }
    const specsDir = path.slice(0, path.lastIndexOf('/'));
    return { file, path, specsDir, kind: named[1], adwId: named[2] };
}
/** Revises the plan file in place; the changes are for the caller to print. */
async function runReviseCommand(command) {
    if (command.feedback.trim() === '') {
        throw new CliUsageError('the feedback is empty: say what to change in the plan');
    }
    const { templatesDir } = checkedShared(command);
    const plan = locatePlan(command);
    const markdown = (0,external_node_fs_.readFileSync)(plan.file, 'utf8');
    const metadata = (0,plan_format/* extractMetadata */.Rb)(markdown);
    if (metadata.adwId !== plan.adwId || metadata.prompt === undefined) {
        throw new Error(`${plan.path}: its Metadata must hold \`adw_id: \`${plan.adwId}\`\` and the issue body ` +
            '(`prompt:`), as `adw-plan plan` writes them; the revision reads the issue from there.');
    }
    let revised;
    try {
        revised = await (0,revise_plan.revisePlan)({
            adwId: plan.adwId,
            kind: plan.kind,
            issue: {
                number: Number(plan.adwId),
                title: (0,sections/* featureNameOf */.n4)(markdown) || `#${plan.adwId}`,
                body: metadata.prompt
            },
            root: command.repo,
            inputs: {
                provider: command.provider,
                model: command.model,
                ...(0,provider_environment/* providerSettingsFrom */.lq)(command.env),
                specsDir: plan.specsDir,
                templatesDir
            },
            log: command.log,
            current: { path: plan.path, markdown },
            feedback: { text: command.feedback, comments: [] },
            // Locally the person asking is the one who edits: the changes printed are theirs to judge.
            editedByHand: async () => false
        });
    }
    catch (error) {
        if (!(error instanceof revise_plan.RevisionError))
            throw error;
        // Nothing is written; the problems (a model's invalid plan) go with the reason.
        const unsaid = error.problems.filter(problem => !error.message.includes(problem.message));
        const problems = unsaid.map(problem => `\n- ${problem.message}`).join('');
        throw new Error(`${error.message}${problems}\n${plan.path} is unchanged.`, { cause: error });
    }
    const changed = (0,compare/* hasChanges */.i)(revised.changes);
    if (changed)
        (0,external_node_fs_.writeFileSync)(plan.file, revised.result.markdown);
    return {
        path: (0,external_node_path_.relative)(process.cwd(), plan.file) || plan.file,
        planner: revised.result.planner,
        changes: revised.changes,
        changed
    };
}
/** What the revision changed, one line per kind of change, as the reply on GitHub lists it. */
function describeRevision(outcome) {
    if (!outcome.changed) {
        return [`${outcome.path}: unchanged (the plan already says what the feedback asks for)`];
    }
    const { changes } = outcome;
    const lines = [`${outcome.path}: revised by the ${outcome.planner} planner`];
    const add = (label, items) => {
        if (items.length > 0)
            lines.push(`  ${label}: ${items.join(', ')}`);
    };
    add('sections changed', changes.changed);
    add('sections added', changes.added);
    add('sections removed', changes.removed);
    add('files added', changes.filesAdded);
    add('files dropped', changes.filesDropped);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
// `adw-plan`'s usage text: printed on stdout for `--help`, on stderr after a usage error.
const usage = `Usage:
  adw-plan plan --adw-id N (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR]
                [--kind feature|bug|chore] [--provider auto|template|anthropic|openai|google|bedrock|vertex]
                [--model M] [--specs-dir DIR] [--templates-dir DIR]
  adw-plan revise --plan FILE (--feedback TEXT | --feedback-file FILE) [--repo DIR]
                [--provider auto|template|anthropic|openai|google|bedrock|vertex] [--model M]
                [--templates-dir DIR]
  adw-plan research (--prompt TEXT | --prompt-file FILE) [--title T] [--repo DIR] [--top K] --json
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
          with what the feedback names; a model revises the plan as it stands, hand edits
          included; the embedded planner re-plans with all feedback so far, kept in Notes.
          Prints what changed: sections changed, added and removed, files added and dropped.
research  prints the files ranked for the prompt, best first, with the reasons.

Exit status: 0 done (help and version too), 1 failed (no valid plan, a provider that failed),
2 a usage error (the usage is printed on stderr).`;

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The CLI's version: package.json's, read when the CLI is bundled (ncc inlines the one field), so
// dist/cli.js knows it wherever it is installed or copied.

const version = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/main.ts
// `adw-plan`'s arguments: which command, with which options. The conventions of command-line
// tools: `--help`/`-h`/`help` print the usage on stdout and exit 0, `--version` prints the
// version; a usage error prints the problem and the usage on stderr and exits 2; a command that
// fails (no valid plan) exits 1.








const repo = { repo: { type: 'string', default: '.' } };
const provider = {
    provider: { type: 'string', default: 'auto' },
    model: { type: 'string' },
    'templates-dir': { type: 'string' }
};
const main_prompt = {
    prompt: { type: 'string' },
    'prompt-file': { type: 'string' },
    title: { type: 'string' }
};
/** The repository `--repo` names, as an absolute path: a directory that exists. */
function repoOption(values) {
    const dir = (0,external_node_path_.resolve)(values.repo);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new CliUsageError(`--repo ${String(values.repo)} is not a directory`);
    }
    return dir;
}
/** Text from `--NAME TEXT` or `--NAME-file FILE`, exactly one of them. */
function textOption(values, name) {
    const text = values[name];
    const file = values[`${name}-file`];
    if (text !== undefined && file !== undefined) {
        throw new CliUsageError(`give --${name} or --${name}-file, not both`);
    }
    if (file !== undefined)
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(file), 'utf8');
    if (text === undefined)
        throw new CliUsageError(`--${name} or --${name}-file is required`);
    return text;
}
const commands = {
    plan: {
        options: {
            ...main_prompt,
            ...repo,
            ...provider,
            'adw-id': { type: 'string' },
            'specs-dir': { type: 'string', default: 'specs' },
            kind: { type: 'string', default: 'feature' }
        },
        async run(values, io) {
            const path = await runPlanCommand({
                adwId: values['adw-id'],
                prompt: textOption(values, 'prompt'),
                title: values.title,
                repo: repoOption(values),
                provider: values.provider,
                model: values.model,
                specsDir: values['specs-dir'],
                kind: values.kind,
                templatesDir: values['templates-dir'],
                env: process.env,
                log: logger/* stderrLogger */.D
            });
            io.out(`${path}\n`);
        }
    },
    revise: {
        options: {
            ...repo,
            ...provider,
            plan: { type: 'string' },
            feedback: { type: 'string' },
            'feedback-file': { type: 'string' }
        },
        async run(values, io) {
            if (values.plan === undefined)
                throw new CliUsageError('--plan is required');
            const outcome = await runReviseCommand({
                plan: values.plan,
                feedback: textOption(values, 'feedback'),
                repo: repoOption(values),
                provider: values.provider,
                model: values.model,
                templatesDir: values['templates-dir'],
                env: process.env,
                log: logger/* stderrLogger */.D
            });
            io.out(`${describeRevision(outcome).join('\n')}\n`);
        }
    },
    research: {
        options: {
            ...main_prompt,
            ...repo,
            top: { type: 'string', default: '10' },
            json: { type: 'boolean', default: false }
        },
        async run(values, io) {
            const result = await runResearchCommand({
                prompt: textOption(values, 'prompt'),
                title: values.title,
                repo: repoOption(values),
                top: values.top
            });
            if (values.json) {
                io.out(`${JSON.stringify(result, null, 2)}\n`);
                return;
            }
            for (const file of result.files) {
                io.out(`${file.score.toFixed(2)}  ${file.path}  (${file.reasons.join('; ')})\n`);
            }
        }
    }
};
const isHelp = (arg) => arg === '--help' || arg === '-h';
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined)
        throw new CliUsageError('no command given');
    if (isHelp(command) || command === 'help') {
        io.out(`${usage}\n`);
        return;
    }
    if (command === '--version') {
        io.out(`${version}\n`);
        return;
    }
    const spec = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!spec)
        throw new CliUsageError(`unknown command "${command}"`);
    // `adw-plan plan --help` asks for help whatever else the line holds.
    if (rest.some(isHelp)) {
        io.out(`${usage}\n`);
        return;
    }
    const { values } = (0,external_node_util_.parseArgs)({ args: rest, strict: true, options: spec.options });
    await spec.run(values, io);
}
function isUsageProblem(error) {
    return (error instanceof CliUsageError ||
        Boolean(error?.code?.startsWith('ERR_PARSE_ARGS')));
}
/** Runs one command and returns its exit code: 0 done, 1 failed, 2 a usage problem. */
async function runCommandLine(argv, io) {
    try {
        await main(argv, io);
        return 0;
    }
    catch (error) {
        // Node's own errors (parseArgs') may come from another realm: read their message as data.
        const text = error?.message;
        const message = typeof text === 'string' ? text : String(error);
        const usageProblem = isUsageProblem(error);
        io.err(`adw-plan: ${message}\n${usageProblem ? `\n${usage}\n` : ''}`);
        return usageProblem ? 2 : 1;
    }
}
/** The CLI on this process's arguments and streams; sets the exit code. */
async function runCli(argv) {
    process.exitCode = await runCommandLine(argv, {
        out: text => process.stdout.write(text),
        err: text => process.stderr.write(text)
    });
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RevisionError: () => (/* binding */ RevisionError),
/* harmony export */   revisePlan: () => (/* binding */ revisePlan)
/* harmony export */ });
/* harmony import */ var _plan_format_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(117);
/* harmony import */ var _plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1083);
/* harmony import */ var _plan_format_compare_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(280);
/* harmony import */ var _plan_create_planner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6635);
/* harmony import */ var _plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3745);
/* harmony import */ var _plan_llm_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3216);
/* harmony import */ var _plan_embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5768);
/* harmony import */ var _plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1979);
/* harmony import */ var _make_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1176);









class RevisionError extends Error {
    reason;
    problems;
    name = 'RevisionError';
    constructor(reason, message, problems = []) {
        super(message);
        this.reason = reason;
        this.problems = problems;
    }
}
/** The lines of the plan an inline comment points at, so the model sees what it refers to. */
function inline(markdown, feedback) {
    const lines = markdown.split('\n');
    return feedback.comments.map(comment => {
        const end = comment.line ?? comment.startLine;
        const start = comment.startLine ?? end;
        const excerpt = start !== undefined && end !== undefined
            ? lines.slice(Math.max(0, start - 1), Math.min(lines.length, end)).join('\n')
            : '';
        return { ...comment, excerpt };
    });
}
/** Everything the reviewer wrote, for the research and the embedded planner. */
function feedbackText(feedback) {
    return [feedback.text, ...feedback.comments.map(comment => comment.body)]
        .filter(text => text.trim() !== '')
        .join('\n\n');
}
async function revisePlan(options) {
    const { adwId, kind, issue, root, inputs, current } = options;
    const words = feedbackText(options.feedback);
    const revision = (0,_plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveProvider */ .Kd)(inputs).kind === 'template'
        ? await replanWithFeedback(options, words)
        : await reviseWithModel(options, words);
    const problems = (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planProblems */ .s4)(revision.result.markdown, {
        adwId,
        kind,
        prompt: issue.body,
        quotes: [issue.title, words],
        root,
        templatesDir: (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesRoot */ .Gy)(root, inputs.templatesDir)
    });
    if (problems.length > 0) {
        throw new RevisionError('invalid', `The revised plan is not valid:\n${(0,_plan_format_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblems */ .C5)(problems)}`, problems);
    }
    return {
        ...revision,
        path: current.path,
        changes: (0,_plan_format_compare_js__WEBPACK_IMPORTED_MODULE_8__/* .comparePlans */ .O)(current.markdown, revision.result.markdown)
    };
}
/**
 * The embedded planner re-plans from the issue with every piece of feedback so far (recorded in
 * Notes): what it names ranks higher, what it rules out goes, its checklist items become
 * criteria. A plan people edited is refused rather than overwritten.
 */
async function replanWithFeedback(options, words) {
    const { adwId, kind, issue, root, inputs, log, current } = options;
    if (await options.editedByHand()) {
        throw new RevisionError('edited-by-hand', `${current.path} was edited by hand since the action last wrote it. The embedded planner ` +
            'would re-plan it from scratch and lose those edits, so it was left as it is: configure a ' +
            'model provider to merge feedback into an edited plan, or edit the plan directly.');
    }
    // Earlier feedback stays applied: each embedded revision re-plans with all of it.
    const all = [...(0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .appliedFeedback */ .Vw)(current.markdown), words].filter(Boolean);
    const research = (0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutRuledOut */ .Rk)(await (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .researchIssue */ .Z$)(options, all.flatMap(_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .namedIn */ .$P).join('\n'), [current.path]), all.flatMap(_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .ruledOut */ .rA));
    log.info(`Revising the ${kind} plan with the embedded planner (${all.length} piece(s) of feedback)…`);
    // The planner reads the issue; the reviewer's checklist items join its acceptance criteria.
    const criteria = [...(0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .appliedCriteria */ .pB)(current.markdown), ...(0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .criteriaIn */ .Vp)(words)].map(item => `- [ ] ${item}`);
    const planned = await new _plan_embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_5__/* .TemplatePlanner */ .z().plan({
        adwId,
        kind,
        issue: { ...issue, body: [issue.body, ...criteria].join('\n') },
        research,
        root,
        specsDir: inputs.specsDir,
        templatesDir: (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesRoot */ .Gy)(root, inputs.templatesDir)
    });
    const markdown = (0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .recordFeedback */ .H8)((0,_plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceMetadata */ ._H)(planned.markdown, (0,_plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataSection */ .XU)(adwId, issue.body)), words);
    return { result: { ...planned, markdown }, research };
}
/**
 * A model revises the plan as it stands, hand edits included, told to keep what the feedback
 * does not ask to change. It never falls back to the embedded planner, which would throw the
 * reviewers' edits away: a model that fails fails the revision.
 */
async function reviseWithModel(options, words) {
    const { adwId, kind, issue, root, inputs, log, current } = options;
    const research = await (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .researchIssue */ .Z$)(options, words, [current.path]);
    const planner = await (0,_plan_create_planner_js__WEBPACK_IMPORTED_MODULE_2__/* .createPlanner */ .J)(inputs, log, {}, false);
    log.info(`Revising the ${kind} plan with the ${planner.name} planner…`);
    try {
        const result = await planner.plan({
            adwId,
            kind,
            issue,
            research,
            root,
            specsDir: inputs.specsDir,
            templatesDir: (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesRoot */ .Gy)(root, inputs.templatesDir),
            revision: {
                current: current.markdown,
                feedback: options.feedback.text,
                comments: inline(current.markdown, options.feedback)
            }
        });
        return { result, research };
    }
    catch (error) {
        if (error instanceof _plan_llm_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LlmPlanError */ .$) {
            throw new RevisionError(error.kind === 'invalid-plan' ? 'invalid' : 'model', `The ${planner.name} model could not revise the plan: ${error.message}`, error.problems ?? []);
        }
        throw error;
    }
}


/***/ })

};
