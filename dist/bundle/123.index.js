export const id = 123;
export const ids = [123];
export const modules = {

/***/ 3123:
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
;// CONCATENATED MODULE: ./src/cli/suggest.ts
// "Did you mean …": the known name a mistyped one most likely stands for. Typing slips are
// letters dropped, added, swapped or replaced, so the measure is the optimal string alignment
// distance, and a name is suggested only when few of its letters are wrong.
/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
            }
        }
    }
    return rows[a.length][b.length];
}
/** The known name closest to `typed`, if at most a third of its letters (at least one) differ. */
function closestName(typed, known) {
    const limit = Math.max(1, Math.floor(typed.length / 3));
    let best;
    for (const name of known) {
        const distance = editDistance(typed.toLowerCase(), name);
        if (distance <= limit && (!best || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
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
/** Commits of the repository's history the research reads; 0 reads none. */
const main_history = { history: { type: 'string' } };
const main_prompt = {
    prompt: { type: 'string' },
    'prompt-file': { type: 'string' },
    title: { type: 'string' }
};
/** The repository `--repo` names, as an absolute path: a directory that exists. */
function repoOption(values) {
    const dir = (0,external_node_path_.resolve)(values.repo);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new usage/* CliUsageError */._(`--repo ${String(values.repo)} is not a directory`);
    }
    return dir;
}
/** A file an option names, read whole; a file that cannot be read is the option's problem. */
function readOptionFile(option, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory, not a file'
                : code === 'EACCES'
                    ? 'not readable (permission denied)'
                    : String(error.message);
        throw new usage/* CliUsageError */._(`${option} ${file}: ${why}`);
    }
}
/** Text from `--NAME TEXT` or `--NAME-file FILE`, exactly one of them. */
function textOption(values, name) {
    const text = values[name];
    const file = values[`${name}-file`];
    if (text !== undefined && file !== undefined) {
        throw new usage/* CliUsageError */._(`give --${name} or --${name}-file, not both`);
    }
    if (file !== undefined)
        return readOptionFile(`--${name}-file`, file);
    if (text === undefined)
        throw new usage/* CliUsageError */._(`--${name} or --${name}-file is required`);
    return text;
}
const commands = {
    plan: {
        options: {
            ...main_prompt,
            ...repo,
            ...provider,
            ...main_history,
            'adw-id': { type: 'string' },
            'specs-dir': { type: 'string', default: 'specs' },
            kind: { type: 'string', default: 'feature' }
        },
        async run(values, io) {
            // The commands load their pipeline when they run: `--help` and `--version` never need it.
            const { runPlanCommand } = await Promise.all(/* import() */[__webpack_require__.e(170), __webpack_require__.e(914), __webpack_require__.e(176), __webpack_require__.e(435), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 1654));
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
                history: values.history,
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
            ...main_history,
            plan: { type: 'string' },
            feedback: { type: 'string' },
            'feedback-file': { type: 'string' }
        },
        async run(values, io) {
            if (values.plan === undefined)
                throw new usage/* CliUsageError */._('--plan is required');
            const { describeRevision, runReviseCommand } = await Promise.all(/* import() */[__webpack_require__.e(170), __webpack_require__.e(914), __webpack_require__.e(176), __webpack_require__.e(435), __webpack_require__.e(999), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 1656));
            const outcome = await runReviseCommand({
                plan: values.plan,
                feedback: textOption(values, 'feedback'),
                repo: repoOption(values),
                provider: values.provider,
                model: values.model,
                templatesDir: values['templates-dir'],
                history: values.history,
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
            ...main_history,
            top: { type: 'string', default: '10' },
            json: { type: 'boolean', default: false }
        },
        async run(values, io) {
            const { runResearchCommand } = await Promise.all(/* import() */[__webpack_require__.e(170), __webpack_require__.e(914), __webpack_require__.e(176), __webpack_require__.e(435), __webpack_require__.e(654)]).then(__webpack_require__.bind(__webpack_require__, 1654));
            const result = await runResearchCommand({
                prompt: textOption(values, 'prompt'),
                title: values.title,
                repo: repoOption(values),
                top: values.top,
                log: logger/* stderrLogger */.D,
                history: values.history
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
/** The command's options; an unknown one is named with the known option it most likely meant. */
function parseOptions(args, options) {
    try {
        return (0,external_node_util_.parseArgs)({ args, strict: true, options }).values;
    }
    catch (error) {
        const text = error?.message;
        const unknown = typeof text === 'string' ? /^Unknown option '--([^']+)'/.exec(text) : null;
        if (!unknown)
            throw error;
        const meant = closestName(unknown[1], Object.keys(options));
        throw new usage/* CliUsageError */._(`Unknown option '--${unknown[1]}'${meant ? `; did you mean --${meant}?` : ''}`);
    }
}
const isHelp = (arg) => arg === '--help' || arg === '-h';
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined)
        throw new usage/* CliUsageError */._('no command given');
    if (isHelp(command) || command === 'help') {
        io.out(`${usage/* usage */.C}\n`);
        return;
    }
    if (command === '--version') {
        io.out(`${version}\n`);
        return;
    }
    const spec = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!spec) {
        const meant = closestName(command, Object.keys(commands));
        throw new usage/* CliUsageError */._(`unknown command "${command}"${meant ? `; did you mean "${meant}"?` : ''}`);
    }
    // `adw-plan plan --help` asks for help whatever else the line holds.
    if (rest.some(isHelp)) {
        io.out(`${usage/* usage */.C}\n`);
        return;
    }
    await spec.run(parseOptions(rest, spec.options), io);
}
function isUsageProblem(error) {
    return (error instanceof usage/* CliUsageError */._ ||
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
        io.err(`adw-plan: ${message}\n${usageProblem ? `\n${usage/* usage */.C}\n` : ''}`);
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

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ usage),
/* harmony export */   _: () => (/* binding */ CliUsageError)
/* harmony export */ });
// `adw-plan`'s usage text: printed on stdout for `--help`, on stderr after a usage error.
/** A problem with the command line itself: the usage follows the message, exit code 2. */
class CliUsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliUsageError';
    }
}
const usage = `Usage:
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
2 a usage error (the usage is printed on stderr).`;


/***/ }),

/***/ 8988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
const silentLogger = { info() { }, warning() { }, debug() { } };
const stderrLogger = {
    info: message => process.stderr.write(`${message}\n`),
    warning: message => process.stderr.write(`warning: ${message}\n`),
    debug: message => {
        if (process.env.ADW_DEBUG)
            process.stderr.write(`debug: ${message}\n`);
    }
};


/***/ })

};
