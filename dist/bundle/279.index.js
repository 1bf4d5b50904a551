export const id = 279;
export const ids = [279];
export const modules = {

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


/***/ }),

/***/ 1083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ appendToNotes),
/* harmony export */   Nl: () => (/* binding */ titleLine),
/* harmony export */   XU: () => (/* binding */ metadataSection),
/* harmony export */   _H: () => (/* binding */ replaceMetadata),
/* harmony export */   n4: () => (/* binding */ featureNameOf)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4534);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);
// Reading and editing a plan's own sections: its title line, the Metadata section that holds the
// issue verbatim, and Notes. Fence-aware, so headings quoted inside the issue body are left alone.


// The title line of any plan kind: a model asked for a bug plan may still answer `# Feature:`,
// and the validator, not the extraction, is the one to say so.
const titleLine = /^# (?:Feature|Bug|Chore):[ \t]*(.*)$/m;
/** The Metadata section every plan carries: the issue number and its body verbatim. */
function metadataSection(adwId, prompt) {
    return `## Metadata\nadw_id: \`${adwId}\`\n${(0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPrompt */ .u6)(prompt)}`;
}
/** The name after `# Feature:` / `# Bug:` / `# Chore:`, or '' when the line is missing. */
function featureNameOf(markdown) {
    return titleLine.exec(markdown)?.[1].trim() ?? '';
}
/**
 * Line range [start, end) of a level-2 section, heading line included. Fence-aware: a
 * `## Notes` line quoted inside the Metadata's fenced issue body is not a heading.
 */
function sectionLines(lines, heading) {
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(lines.join('\n'));
    const found = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .findHeading */ .iE)(doc, heading, 2);
    if (!found)
        return undefined;
    const next = doc.headings.find(h => h.line > found.line && h.level <= 2);
    return { start: found.line, end: next ? next.line : lines.length };
}
function trimBlankEnd(lines) {
    const out = [...lines];
    while (out.length > 0 && out[out.length - 1].trim() === '')
        out.pop();
    return out;
}
/**
 * Replaces the `## Metadata` section with `section` (the heading and its lines). Without one,
 * it goes right after the title line, where every Plan Format puts it.
 */
function replaceMetadata(markdown, section) {
    const lines = markdown.split('\n');
    const block = [...section.trim().split('\n'), ''];
    const found = sectionLines(lines, 'Metadata');
    if (found) {
        return [...lines.slice(0, found.start), ...block, ...lines.slice(found.end)].join('\n');
    }
    const title = lines.findIndex(line => titleLine.test(line));
    if (title < 0)
        return markdown;
    let rest = title + 1;
    while (rest < lines.length && lines[rest].trim() === '')
        rest++;
    return [...lines.slice(0, title + 1), '', ...block, ...lines.slice(rest)].join('\n');
}
/** Appends a line at the end of the `## Notes` section (adding the section if it is missing). */
function appendToNotes(markdown, line) {
    const lines = markdown.split('\n');
    const found = sectionLines(lines, 'Notes');
    if (!found)
        return `${markdown.trimEnd()}\n\n## Notes\n${line}\n`;
    const notes = trimBlankEnd(lines.slice(found.start, found.end));
    const after = lines.slice(found.end);
    const tail = after.length > 0 ? ['', ...after] : [''];
    return [...lines.slice(0, found.start), ...notes, line, ...tail].join('\n');
}


/***/ }),

/***/ 3216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ LlmPlanError)
/* harmony export */ });
class LlmPlanError extends Error {
    kind;
    /** Tokens spent before the failure. */
    usage;
    problems;
    constructor(kind, message, details = {}) {
        super(message, { cause: details.cause });
        this.name = 'LlmPlanError';
        this.kind = kind;
        this.usage = details.usage ? { ...details.usage } : undefined;
        this.problems = details.problems;
    }
}


/***/ }),

/***/ 7517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LLM_DEFAULTS: () => (/* binding */ LLM_DEFAULTS),
  LlmPlanner: () => (/* binding */ LlmPlanner)
});

// EXTERNAL MODULE: ./node_modules/ai/dist/index.js + 3 modules
var dist = __webpack_require__(2535);
// EXTERNAL MODULE: ./src/log/logger.ts
var logger = __webpack_require__(8988);
// EXTERNAL MODULE: ./src/plan/format/naming.ts
var naming = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/plan/format/validate.ts
var validate = __webpack_require__(117);
// EXTERNAL MODULE: ./src/plan/format/plan-format.ts
var plan_format = __webpack_require__(9966);
// EXTERNAL MODULE: ./src/plan/format/sections.ts
var sections = __webpack_require__(1083);
;// CONCATENATED MODULE: ./src/plan/llm/plan-text.ts
// Turns a model's answer into the plan document: unwraps a code fence or a preamble.

const fenceLine = /^(`{3,}|~{3,})/;
/** The plan Markdown inside a model answer, or '' when there is none. */
function extractPlanMarkdown(answer) {
    let text = answer.replace(/\r\n/g, '\n').trim();
    const wrapped = /^(`{3,}|~{3,})[ \t]*(?:md|markdown)?[ \t]*\n([\s\S]*?)\n\1[ \t]*$/.exec(text);
    if (wrapped)
        text = wrapped[2].trim();
    const start = text.search(sections/* titleLine */.Nl);
    if (start < 0)
        return '';
    if (start > 0) {
        // A preamble ("Here is the plan:") and perhaps an opening fence precede the plan; the
        // closing fence then dangles at the end, leaving an odd number of fence lines.
        text = text.slice(start);
        const lines = text.split('\n');
        const fences = lines.filter(line => fenceLine.test(line)).length;
        if (fences % 2 === 1 && fenceLine.test(lines.at(-1)?.trim() ?? ''))
            lines.pop();
        text = lines.join('\n').trim();
    }
    return `${text}\n`;
}

;// CONCATENATED MODULE: ./src/plan/llm/answer-check.ts
// Judges one model answer: the plan inside it, with the exact Metadata put in, and the problems
// the validator finds. The model never writes the Metadata prompt itself (it only sees the
// sanitised issue), so the verbatim body is always ours.





function checkAnswer(answer, request) {
    const extracted = extractPlanMarkdown(answer);
    if (!extracted) {
        return {
            markdown: '',
            problems: [
                {
                    code: 'missing-heading',
                    message: `The answer holds no plan: it must start with the \`# ${(0,naming/* planTitlePrefix */.ID)(request.kind)}:\` line.`
                }
            ]
        };
    }
    const markdown = (0,sections/* replaceMetadata */._H)(extracted, (0,sections/* metadataSection */.XU)(request.adwId, request.issue.body));
    const problems = (0,validate/* validatePlan */.Oo)(markdown, {
        adwId: request.adwId,
        prompt: request.issue.body,
        quotes: [
            request.issue.title,
            ...(request.revision
                ? [request.revision.feedback, ...request.revision.comments.map(c => c.body)]
                : [])
        ],
        fileExists: (0,validate/* fileExistsIn */.wN)(request.root),
        format: (0,plan_format/* planFormat */.Tz)(request.templatesDir, request.kind),
        kind: request.kind
    });
    return { markdown, problems };
}

// EXTERNAL MODULE: ./src/plan/llm/errors.ts
var errors = __webpack_require__(3216);
// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider/dist/index.js
var provider_dist = __webpack_require__(583);
;// CONCATENATED MODULE: ./src/plan/llm/provider-errors.ts
// A provider failure turned into one line a maintainer can act on (never a key, never a
// request body), from the SDK's own error types.

function describeCall(error) {
    const status = error.statusCode ? `HTTP ${error.statusCode}` : 'no HTTP status';
    return `${status}: ${error.message.split('\n')[0].slice(0, 200)}`;
}
function describeProviderError(provider, error) {
    if (dist/* RetryError */.J_o.isInstance(error)) {
        const last = error.lastError;
        const detail = provider_dist/* APICallError */.hL.isInstance(last) ? describeCall(last) : String(last).slice(0, 200);
        return `the ${provider} API failed after ${error.errors.length} attempts (${detail})`;
    }
    if (provider_dist/* APICallError */.hL.isInstance(error))
        return `the ${provider} API call failed (${describeCall(error)})`;
    const message = error instanceof Error ? error.message : String(error);
    return `the ${provider} call failed (${message.split('\n')[0].slice(0, 200)})`;
}

// EXTERNAL MODULE: ./src/templates/render.ts
var render = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/text/sanitize.ts
var sanitize = __webpack_require__(4212);
;// CONCATENATED MODULE: ./src/plan/llm/research-digest.ts
/** Rough token count for budgeting: English text and code average about 4 characters a token. */
function estimateTokens(text) {
    return Math.ceil(text.length / 4);
}
/** A Markdown code fence longer than any backtick run inside `text`, so the text cannot close it. */
function fenceFor(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    return '`'.repeat(Math.max(3, longest + 1));
}
const defaultDigestOptions = {
    tokenBudget: 8000,
    excerptFiles: 6,
    excerptLines: 40,
    excerptChars: 2000
};
function clip(text, chars) {
    return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}
function clipAll(reasons, count) {
    return reasons.slice(0, count).map(reason => clip(reason, 160));
}
/** One candidate per item, best-ranked first: `priority` is the first one's, `into` its list. */
function queueRanked(candidates, items, priority, entryOf, into) {
    items.forEach((item, rank) => {
        const entry = entryOf(item);
        candidates.push({
            priority: priority + rank,
            tokens: estimateTokens(JSON.stringify(entry)),
            add: digest => into(digest).push(entry)
        });
    });
}
/** What always goes in: the orientation (stack, structure, commands, tests), with empty lists for the rest. */
function orientationDigest(research) {
    const { orientation } = research;
    return {
        stack: orientation.stack.slice(0, 20),
        structure: orientation.structure
            .slice(0, 25)
            .map(area => ({ ...area, summary: clip(area.summary, 160) })),
        guides: orientation.agentGuides.slice(0, 10),
        commands: orientation.commands
            .slice(0, 15)
            .map(({ command, purpose, description, source }) => ({
            command,
            purpose,
            description: clip(description, 160),
            source
        })),
        tests: {
            dirs: orientation.tests.dirs.slice(0, 5),
            pattern: orientation.tests.pattern,
            examples: orientation.tests.examples.slice(0, 3),
            framework: orientation.tests.framework ?? ''
        },
        guidance: [],
        docs: [],
        files: [],
        symbols: [],
        coveringTests: [],
        pastChanges: [],
        excerpts: [],
        omitted: 0,
        estimatedTokens: 0
    };
}
function symbolEntry(symbol) {
    const span = symbol.startLine === symbol.endLine
        ? `${symbol.startLine}`
        : `${symbol.startLine}-${symbol.endLine}`;
    return {
        name: symbol.className ? `${symbol.className}.${symbol.name}` : symbol.name,
        path: symbol.path,
        lines: symbol.line !== undefined ? `${span} (line ${symbol.line} in particular)` : span,
        reasons: clipAll(symbol.reasons, 3)
    };
}
/** The first lines of the best-ranked code files, read through `reader`. */
function queueExcerpts(candidates, research, reader, options) {
    research.files
        .filter(file => file.kind !== 'doc')
        .slice(0, options.excerptFiles)
        .forEach((file, rank) => {
        const answer = reader.readFile(file.path, 1, options.excerptLines);
        if (!answer.startsWith('File '))
            return;
        const text = clip(answer, options.excerptChars);
        const entry = { path: file.path, text, fence: fenceFor(text) };
        candidates.push({
            priority: 300 + rank,
            tokens: estimateTokens(text) + 4,
            add: digest => digest.excerpts.push(entry)
        });
    });
}
/** Everything that goes in only while the budget lasts, in the order it is offered. */
function optionalCandidates(research, reader, options) {
    const { orientation } = research;
    // Lower priority number = kept first. Within a kind, rank order decides.
    const candidates = [];
    // The maintainers' own instructions outrank anything the research inferred.
    for (const [rank, file] of (orientation.guidance ?? []).entries()) {
        const entry = { ...file, fence: fenceFor(file.text) };
        candidates.push({
            priority: 50 + rank,
            tokens: estimateTokens(file.text) + estimateTokens(file.path) + 8,
            add: digest => digest.guidance.push(entry)
        });
    }
    queueRanked(candidates, research.files, 100, file => ({ path: file.path, kind: file.kind, reasons: clipAll(file.reasons, 4) }), digest => digest.files);
    queueRanked(candidates, research.symbols, 150, symbolEntry, digest => digest.symbols);
    queueRanked(candidates, research.tests, 180, test => ({ path: test.path, subject: test.subject, reasons: clipAll(test.reasons, 3) }), digest => digest.coveringTests);
    queueRanked(candidates, research.history?.similar ?? [], 190, change => ({
        sha: change.sha.slice(0, 7),
        subject: clip(change.subject, 120),
        files: change.files.slice(0, 8)
    }), digest => digest.pastChanges);
    queueRanked(candidates, orientation.docs, 200, doc => ({ path: doc.path, title: clip(doc.title, 120), summary: clip(doc.summary, 500) }), digest => digest.docs);
    queueExcerpts(candidates, research, reader, options);
    return candidates;
}
/** Builds the digest; `reader` supplies excerpts through the same guard as the model's tools. */
function digestResearch(research, reader, options = defaultDigestOptions) {
    const digest = orientationDigest(research);
    let spent = estimateTokens(JSON.stringify(digest));
    const candidates = optionalCandidates(research, reader, options);
    for (const candidate of candidates.sort((a, b) => a.priority - b.priority)) {
        if (spent + candidate.tokens > options.tokenBudget) {
            digest.omitted++;
            continue;
        }
        spent += candidate.tokens;
        candidate.add(digest);
    }
    digest.estimatedTokens = spent;
    return digest;
}

// EXTERNAL MODULE: ./src/plan/format/placeholders.ts
var placeholders = __webpack_require__(4181);
;// CONCATENATED MODULE: ./src/plan/llm/prompt.ts
// Builds what the model is sent: the standing instructions (system), the request (issue,
// research, Plan Format) and the repair turn. Everything is rendered from the templates in
// `templates/prompts/`, which a repository may override; issue text is only ever data.





const DEFAULT_ISSUE_MAX_CHARS = 20_000;
/**
 * The kind's Plan Format block (`prompts/feature-format.md`, `prompts/bug-format.md`,
 * `prompts/chore-format.md`), shipped as plain Markdown (never compiled: it holds `{…}`).
 */
function planFormatBlock(templatesDir, kind = 'feature') {
    if (!(0,naming/* isPlanKind */.y_)(kind))
        throw new Error(`unknown plan kind "${String(kind)}"`);
    return (0,render/* loadTemplate */.PM)((0,placeholders/* formatName */.nD)(kind), templatesDir).source.trim();
}
function buildPlanPrompt(request, reader, options) {
    const { templatesDir } = request;
    const digest = digestResearch(request.research, reader, {
        ...defaultDigestOptions,
        ...options.research
    });
    const issueBody = (0,sanitize/* sanitizeIssueText */.U)(request.issue.body, options.issueMaxChars ?? DEFAULT_ISSUE_MAX_CHARS);
    const issueTitle = (0,sanitize/* sanitizeIssueText */.U)(request.issue.title, 300).replace(/\s+/g, ' ').trim();
    const kind = request.kind ?? 'feature';
    const format = planFormatBlock(templatesDir, kind);
    const system = (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('prompts/system.md.hbs', templatesDir), {
        maxSteps: options.maxSteps,
        maxToolCalls: options.maxToolCalls
    });
    const user = (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('prompts/request.md.hbs', templatesDir), {
        adwId: request.adwId,
        kind,
        titlePrefix: (0,naming/* planTitlePrefix */.ID)(kind),
        // One flag per kind, so a template can hold kind-specific instructions in `{{#if bug}}`.
        feature: kind === 'feature',
        bug: kind === 'bug',
        chore: kind === 'chore',
        planPath: `${request.specsDir}/${kind}-${request.adwId}-{descriptive-name}.md`,
        issueTitle: issueTitle || '(no title)',
        issueBody: issueBody.trim() || '(empty)',
        issueFence: fenceFor(issueBody),
        research: digest,
        planFormat: format,
        formatFence: fenceFor(format)
    });
    const revision = request.revision
        ? `${user.trimEnd()}\n${buildRevisionSection(request, options.issueMaxChars)}`
        : user;
    return {
        system,
        user: revision,
        estimatedTokens: estimateTokens(system) + estimateTokens(revision),
        digest
    };
}
/**
 * The part of the request a revision adds: the plan as it stands and the reviewer's words. The
 * feedback is untrusted like an issue body: sanitised and capped the same way.
 */
function buildRevisionSection(request, issueMaxChars) {
    const revision = request.revision;
    const cap = issueMaxChars ?? DEFAULT_ISSUE_MAX_CHARS;
    const feedback = (0,sanitize/* sanitizeIssueText */.U)(revision.feedback, cap).trim();
    const comments = revision.comments.slice(0, 50).map(comment => {
        const body = (0,sanitize/* sanitizeIssueText */.U)(comment.body, 4_000).trim();
        return {
            ...comment,
            range: comment.startLine !== undefined && comment.startLine !== comment.line,
            fence: fenceFor(comment.excerpt),
            body,
            commentFence: fenceFor(body)
        };
    });
    return (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('prompts/revision.md.hbs', request.templatesDir), {
        currentPlan: revision.current.trim(),
        planFence: fenceFor(revision.current),
        feedback,
        feedbackFence: fenceFor(feedback),
        comments,
        titlePrefix: (0,naming/* planTitlePrefix */.ID)(request.kind ?? 'feature')
    });
}
/** The follow-up turn that lists the checker's problems, one per line, in its own words. */
function buildRepairPrompt(problems, templatesDir, kind = 'feature') {
    return (0,render/* renderTemplate */.Xm)((0,render/* loadTemplate */.PM)('prompts/repair.md.hbs', templatesDir), {
        problems: problems.map(problem => problem.message),
        titlePrefix: (0,naming/* planTitlePrefix */.ID)(kind)
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/plan/llm/repo-path.ts
// The one gate every model tool call goes through: turns a path the model asked for into a
// real path inside the repository, or into a refusal the model can read. The model is
// untrusted (its input includes issue text), so escapes, git internals and secret-looking
// files are refused whatever route the path takes, including through symlinks.


// Always secret, whatever the extension.
const secretFiles = [
    /^\.env($|\.)/i,
    /\.(pem|key|p12|pfx|jks|keystore|kdbx|gpg)$/i,
    /^id_(rsa|dsa|ecdsa|ed25519)/i,
    /^\.(npmrc|netrc|pypirc|pgpass|htpasswd|git-credentials|dockercfg)$/i,
    /^\.(ssh|aws|gnupg)$/i,
    // What google-github-actions/auth writes into the workspace: a service-account key, or the
    // request token of workload identity federation.
    /^gha-creds-.*\.json$/i
];
// Secret when the name holds data rather than code: `secrets.yml`, `token.txt`, `secrets/`,
// but not `src/auth/token.ts`, which a plan may well need to read.
const secretWords = /(^|[._-])(secrets?|credentials?|creds|tokens?|api[_-]?keys?|private[_-]?keys?)([._-]|$)/i;
const dataExtension = /(^[^.]*$)|\.(txt|json|ya?ml|ini|cfg|conf|toml|properties|xml|csv|env|bak|old)$/i;
/** True for file and directory names that usually hold credentials. */
function isSecretLooking(name) {
    if (secretFiles.some(pattern => pattern.test(name)))
        return true;
    return secretWords.test(name) && dataExtension.test(name);
}
// Variables that name the credentials file of a cloud login, wherever a workflow put it.
const credentialFileVariables = [
    'GOOGLE_APPLICATION_CREDENTIALS',
    'GOOGLE_GHA_CREDS_PATH',
    'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE'
];
/** Real paths of the credential files the environment names (relative ones from the cwd). */
function credentialFilesIn(env) {
    const files = new Set();
    for (const name of credentialFileVariables) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(value);
        if ((0,external_node_fs_.existsSync)(path))
            files.add((0,external_node_fs_.realpathSync)(path));
    }
    return files;
}
function refuse(path, why) {
    return { ok: false, refusal: `Refused: ${JSON.stringify(path)} ${why}.` };
}
/** Refuses `.git` and secret-looking segments anywhere in a repository-relative path. */
function segmentProblem(relative) {
    for (const segment of relative.split('/')) {
        if (segment.toLowerCase() === '.git')
            return 'is inside .git, which is not readable';
        if (isSecretLooking(segment))
            return 'looks like a secret or credentials file';
    }
    return undefined;
}
class RepoRoot {
    /** The repository root with symlinks resolved, so containment checks compare real paths. */
    real;
    credentialFiles;
    /** `env` names the credential files to refuse whatever they are called (see credentialFilesIn). */
    constructor(root, env = process.env) {
        this.real = (0,external_node_fs_.realpathSync)(root);
        this.credentialFiles = credentialFilesIn(env);
    }
    /** True for a credentials file named by the environment; `real` is a path without symlinks. */
    isCredentialFile(real) {
        return this.credentialFiles.has(real);
    }
    /**
     * Resolves `requested` (POSIX, relative to the root; `` or `.` is the root itself).
     * Checks the path as written and again after resolving symlinks.
     */
    resolve(requested) {
        const path = requested.trim();
        if (path.includes('\0'))
            return refuse(path, 'contains a NUL byte');
        if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path)) {
            return refuse(path, 'is absolute: give a path relative to the repository root');
        }
        const slashed = path.replaceAll('\\', '/');
        if (slashed.split('/').includes('..')) {
            return refuse(path, 'contains "..": paths must stay inside the repository');
        }
        const relative = external_node_path_.posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '');
        const asWritten = relative === '.' ? undefined : segmentProblem(relative);
        if (asWritten)
            return refuse(path, asWritten);
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(this.real + external_node_path_.sep + relative);
        }
        catch {
            return refuse(path, 'does not exist');
        }
        if (real !== this.real && !real.startsWith(this.real + external_node_path_.sep)) {
            return refuse(path, 'resolves (through a symlink) outside the repository');
        }
        if (this.isCredentialFile(real))
            return refuse(path, 'is the cloud credentials file of this run');
        const realRelative = real === this.real
            ? '.'
            : real
                .slice(this.real.length + 1)
                .split(external_node_path_.sep)
                .join('/');
        const resolved = realRelative === '.' ? undefined : segmentProblem(realRelative);
        if (resolved)
            return refuse(path, `resolves to a path that ${resolved}`);
        return { ok: true, absolute: real, relative: realRelative };
    }
}

;// CONCATENATED MODULE: ./src/plan/llm/repo-reader.ts
// Read-only views of the repository for the model: directory listings and bounded file reads.
// Every answer is text meant for the model, refusals included, so a refused call teaches the
// model what it may do instead of failing the run.



const defaultReadLimits = {
    maxLineChars: 500,
    maxOutputChars: 24_000,
    maxFileBytes: 256 * 1024,
    maxLines: 400,
    maxEntries: 200
};
/** Directories the model gains nothing from listing entry by entry. */
const bulkyDirectories = new Set(['node_modules', '.venv', 'venv', '__pycache__', '.tox']);
function readHead(path, bytes) {
    const size = (0,external_node_fs_.statSync)(path).size;
    const length = Math.min(size, bytes);
    const buffer = Buffer.alloc(length);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let offset = 0;
        while (offset < length) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, offset, length - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return { buffer: buffer.subarray(0, offset), truncated: size > length };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
class RepoReader {
    limits;
    root;
    /** `env` names the credential files to refuse (see RepoRoot). */
    constructor(root, limits = defaultReadLimits, env = process.env) {
        this.limits = limits;
        this.root = new RepoRoot(root, env);
    }
    listDirectory(path) {
        const guarded = this.root.resolve(path);
        if (!guarded.ok)
            return guarded.refusal;
        if (!(0,external_node_fs_.statSync)(guarded.absolute).isDirectory()) {
            return `${guarded.relative} is a file, not a directory: use read_file to read it.`;
        }
        const entries = (0,external_node_fs_.readdirSync)(guarded.absolute, { withFileTypes: true })
            .filter(entry => entry.name !== '.git' &&
            !isSecretLooking(entry.name) &&
            !this.root.isCredentialFile((0,external_node_path_.join)(guarded.absolute, entry.name)))
            .map(entry => {
            if (entry.isDirectory()) {
                return bulkyDirectories.has(entry.name) ? `${entry.name}/ (not listed)` : `${entry.name}/`;
            }
            return entry.isSymbolicLink() ? `${entry.name} (symlink)` : entry.name;
        })
            .sort((a, b) => a.localeCompare(b));
        const shown = entries.slice(0, this.limits.maxEntries);
        const header = `Directory ${guarded.relative === '.' ? '(repository root)' : guarded.relative}/:`;
        const more = entries.length > shown.length
            ? [`… ${entries.length - shown.length} more entries not shown`]
            : [];
        return [header, ...(shown.length ? shown : ['(empty)']), ...more].join('\n');
    }
    /** Lines `startLine`..`endLine` (1-based, inclusive), numbered, within the limits. */
    readFile(path, startLine, endLine) {
        const guarded = this.root.resolve(path);
        if (!guarded.ok)
            return guarded.refusal;
        if (!(0,external_node_fs_.statSync)(guarded.absolute).isFile()) {
            return `${guarded.relative} is a directory: use list_directory to see it.`;
        }
        const { buffer, truncated } = readHead(guarded.absolute, this.limits.maxFileBytes);
        if (buffer.includes(0))
            return `${guarded.relative} is a binary file; it cannot be shown as text.`;
        const lines = buffer.toString('utf8').split('\n');
        // A byte cap can cut the last line in half: drop it rather than show a fragment.
        if (truncated)
            lines.pop();
        const first = Math.max(1, Math.floor(startLine ?? 1));
        if (first > lines.length) {
            return `${guarded.relative} has ${lines.length} lines${truncated ? ' (in its first part)' : ''}; start_line ${first} is past the end.`;
        }
        const requestedLast = Math.floor(endLine ?? lines.length);
        let last = Math.min(lines.length, requestedLast, first + this.limits.maxLines - 1);
        const width = String(last).length;
        const shown = [];
        let chars = 0;
        for (let number = first; number <= last; number++) {
            const line = lines[number - 1];
            const clipped = line.length > this.limits.maxLineChars
                ? `${line.slice(0, this.limits.maxLineChars)}… [line cut at ${this.limits.maxLineChars} characters]`
                : line;
            const numbered = `${String(number).padStart(width)}| ${clipped}`;
            if (shown.length > 0 && chars + numbered.length + 1 > this.limits.maxOutputChars) {
                last = number - 1;
                break;
            }
            shown.push(numbered);
            chars += numbered.length + 1;
        }
        const body = shown.join('\n');
        const notes = [];
        if (last < Math.min(lines.length, requestedLast)) {
            notes.push(`[shown lines ${first}-${last}; call read_file again with start_line ${last + 1} for more]`);
        }
        else if (last < lines.length) {
            notes.push(`[file continues after line ${last}]`);
        }
        if (truncated && last >= lines.length) {
            notes.push(`[file is larger than ${this.limits.maxFileBytes} bytes; the rest is not readable]`);
        }
        return [`File ${guarded.relative} (lines ${first}-${last}):`, body, ...notes].join('\n');
    }
}

// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider-utils/dist/index.js + 2 modules
var provider_utils_dist = __webpack_require__(9415);
;// CONCATENATED MODULE: ./src/plan/llm/code-search.ts
// Plain-text code search for the model. Deliberately no regular expressions: a model-written
// pattern could backtrack for minutes, and case-insensitive substring search answers the
// questions a planner asks ("where is `parseConfig` used?").



const defaultSearchLimits = {
    maxResults: 40,
    maxFiles: 5000,
    maxFileBytes: 512 * 1024,
    maxTotalBytes: 32 * 1024 * 1024
};
const skippedDirectories = new Set([
    '.git',
    'node_modules',
    'dist',
    'build',
    'coverage',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    'target',
    'vendor'
]);
/** Files under `start` (repository-relative), breadth-first, never following symlinks. */
function* walk(root, start) {
    const queue = [start];
    while (queue.length > 0) {
        const dir = queue.shift();
        const entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root.real, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            if (isSecretLooking(entry.name))
                continue;
            const rel = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            if (root.isCredentialFile((0,external_node_path_.join)(root.real, rel)))
                continue;
            if (entry.isDirectory() && !skippedDirectories.has(entry.name))
                queue.push(rel);
            else if (entry.isFile())
                yield rel;
        }
    }
}
/** The files a tool may read under a guarded prefix: the prefix itself when it names a file. */
function filesUnder(root, guarded) {
    return (0,external_node_fs_.statSync)(guarded.absolute).isDirectory()
        ? walk(root, guarded.relative)
        : [guarded.relative];
}
/** A file's bytes, unless it is unreadable, larger than a tool may read, or binary. */
function readToolFile(root, rel, maxFileBytes) {
    try {
        const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root.real, rel));
        return content.length > maxFileBytes || content.includes(0) ? undefined : content;
    }
    catch {
        return undefined;
    }
}
function searchCode(root, query, pathPrefix = '.', limits = defaultSearchLimits) {
    const needle = query.trim();
    if (needle.length < 2)
        return 'Refused: the query must be at least 2 characters.';
    if (needle.length > 200)
        return 'Refused: the query must be at most 200 characters.';
    const guarded = root.resolve(pathPrefix);
    if (!guarded.ok)
        return guarded.refusal;
    const lowerNeedle = needle.toLowerCase();
    const hits = [];
    let files = 0;
    let bytes = 0;
    let stoppedBecause;
    // A prefix naming a file searches just that file.
    const candidates = filesUnder(root, guarded);
    for (const rel of candidates) {
        if (++files > limits.maxFiles) {
            stoppedBecause = `stopped after ${limits.maxFiles} files`;
            break;
        }
        const content = readToolFile(root, rel, limits.maxFileBytes);
        if (!content)
            continue;
        bytes += content.length;
        if (bytes > limits.maxTotalBytes) {
            stoppedBecause = `stopped after reading ${limits.maxTotalBytes} bytes`;
            break;
        }
        const lines = content.toString('utf8').split('\n');
        for (let i = 0; i < lines.length && hits.length < limits.maxResults; i++) {
            if (lines[i].toLowerCase().includes(lowerNeedle)) {
                hits.push(`${rel}:${i + 1}: ${lines[i].trim().slice(0, 200)}`);
            }
        }
        if (hits.length >= limits.maxResults) {
            stoppedBecause = `showing the first ${limits.maxResults} matches`;
            break;
        }
    }
    const where = guarded.relative === '.' ? 'the repository' : guarded.relative;
    if (hits.length === 0) {
        return `No matches for ${JSON.stringify(needle)} in ${where}${stoppedBecause ? ` (${stoppedBecause})` : ''}.`;
    }
    const header = `Matches for ${JSON.stringify(needle)} in ${where} (case-insensitive):`;
    return [header, ...hits, ...(stoppedBecause ? [`[${stoppedBecause}]`] : [])].join('\n');
}

// EXTERNAL MODULE: ./src/research/syntax/languages.ts
var languages = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/research/syntax/outline.ts + 1 modules
var outline = __webpack_require__(6369);
// EXTERNAL MODULE: ./src/research/syntax/structure.ts
var structure = __webpack_require__(808);
;// CONCATENATED MODULE: ./src/research/graph/queries.ts
// Questions a planner asks of the code, answered from real parses: who calls a function, what a
// function calls, and where a name (an option, a setting, a field) is read. The files come from
// the caller (the model's tools walk the repository through their own guard): only files whose
// text holds the name are parsed, within limits, and an answer says when a limit cut it short.



const defaultQueryLimits = {
    maxFilesRead: 5000,
    maxBytes: 32 * 1024 * 1024,
    maxFilesParsed: 40,
    maxResults: 40
};
const label = (definition) => definition ? (0,structure/* qualifiedName */.O)(definition) : 'module level';
/** The parseable files whose text holds `name` as a word, parsed with their calls. */
async function filesNaming(name, files, limits) {
    const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
    const holding = [];
    let read = 0;
    let bytes = 0;
    let cut;
    for (const path of files.paths()) {
        if (!(0,languages/* grammarFor */.l)(path))
            continue;
        if (++read > limits.maxFilesRead) {
            cut = `stopped after reading ${limits.maxFilesRead} files`;
            break;
        }
        const text = files.read(path);
        if (text === undefined)
            continue;
        bytes += text.length;
        if (bytes > limits.maxBytes) {
            cut = `stopped after reading ${limits.maxBytes} bytes`;
            break;
        }
        if (!word.test(text))
            continue;
        if (holding.length >= limits.maxFilesParsed) {
            cut = `parsed the first ${limits.maxFilesParsed} files that hold the name`;
            break;
        }
        holding.push({ path, text });
    }
    const parsed = [];
    for await (const file of (0,outline/* outlineAll */.AN)(holding, {
        parseMs: 10_000,
        prepareFor: holding.map(file => file.path)
    }))
        parsed.push(file);
    return { parsed, ...(cut ? { cut } : {}) };
}
function callers(name, parsed) {
    const lines = [];
    for (const file of parsed)
        for (const call of file.outline.calls)
            if (call.name === name)
                lines.push(`${file.path}:${call.line} in ${label((0,structure/* enclosingDefinition */.s)(file.outline.definitions, call.line))}`);
    return lines;
}
function callees(name, parsed) {
    const lines = [];
    for (const file of parsed)
        for (const definition of file.outline.definitions) {
            if (definition.name !== name || !['function', 'method'].includes(definition.kind))
                continue;
            const called = file.outline.calls
                .filter(call => call.line >= definition.start && call.line <= definition.end)
                .filter(call => (0,structure/* enclosingDefinition */.s)(file.outline.definitions, call.line) === definition)
                .map(call => call.name);
            lines.push(`${file.path}:${definition.start} ${label(definition)} calls: ${[...new Set(called)].join(', ') || 'nothing'}`);
        }
    return lines;
}
function references(name, parsed) {
    const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
    const lines = [];
    for (const file of parsed)
        file.text.split('\n').forEach((text, index) => {
            if (!word.test(text))
                return;
            const line = index + 1;
            const defined = file.outline.definitions.some(definition => definition.name === name && definition.start === line);
            const where = label((0,structure/* enclosingDefinition */.s)(file.outline.definitions, line));
            lines.push(`${file.path}:${line} ${defined ? 'defines it' : `in ${where}`}: ${text.trim().slice(0, 160)}`);
        });
    return lines;
}
const HEADING = {
    callers: name => `Calls of \`${name}\`:`,
    callees: name => `What \`${name}\` calls:`,
    references: name => `Where the code names \`${name}\`:`
};
/** The answer as text for a model: one line per place, `path:line …`. */
async function askGraph(question, name, files, limits = defaultQueryLimits) {
    if (!/^[A-Za-z_$][\w$]{0,99}$/.test(name))
        return 'Refused: the name must be one identifier (letters, digits, _ or $), as the code writes it.';
    const { parsed, cut } = await filesNaming(name, files, limits);
    const found = (question === 'callers' ? callers : question === 'callees' ? callees : references)(name, parsed);
    const shown = found.slice(0, limits.maxResults);
    const notes = [
        ...(found.length > shown.length ? [`showing ${shown.length} of ${found.length}`] : []),
        ...(cut ? [cut] : [])
    ];
    if (shown.length === 0)
        return `No ${question} of \`${name}\` found${notes.length ? ` (${notes.join('; ')})` : ''}.`;
    return [
        HEADING[question](name),
        ...shown,
        ...(notes.length ? [`[${notes.join('; ')}]`] : [])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/plan/llm/graph-tool.ts
// The code graph as a model tool: "who calls X", "what does X call", "where is Y read". The
// files come through the same guard as the other tools (no escapes, no git internals, no
// secret-looking files) and the same limits on what one call may read.


async function answerGraphQuestion(root, question, name, pathPrefix, limits) {
    if (!['callers', 'callees', 'references'].includes(question))
        return 'Refused: the question must be "callers", "callees" or "references".';
    const guarded = root.resolve(pathPrefix);
    if (!guarded.ok)
        return guarded.refusal;
    const queryLimits = {
        maxFilesRead: limits.maxFiles,
        maxBytes: limits.maxTotalBytes,
        maxFilesParsed: defaultQueryLimits.maxFilesParsed,
        maxResults: limits.maxResults
    };
    return askGraph(question, name, {
        paths: () => filesUnder(root, guarded),
        read: path => readToolFile(root, path, limits.maxFileBytes)?.toString('utf8')
    }, queryLimits);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/research/history/read-log.ts
var read_log = __webpack_require__(5091);
;// CONCATENATED MODULE: ./src/research/history/commit-queries.ts
// Two questions a planner may ask of the history, read-only and bounded: the recent commits of a
// path, and what one commit said and touched. Only HEAD's ancestors answer: a commit no one can
// reach from HEAD (another branch, an object left behind) is refused, as is anything beyond the
// limits. Messages are untrusted text, cleaned like issue text.




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const defaultHistoryQueryLimits = {
    commits: 15,
    files: 60,
    messageChars: 2000,
    timeoutMs: 5000
};
async function git(root, args, timeoutMs) {
    const { stdout } = await run('git', ['-C', root, ...read_log/* SAFE_CONFIG */.r, ...args], {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 4 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' }
    });
    return stdout;
}
/** "a1b2c3d 2024-05-01 Fix the crash when … (#12)", newest first, for the commits that touched `path`. */
async function recentCommitsOf(root, path, limits = defaultHistoryQueryLimits) {
    const out = await git(root, [
        'log',
        '--no-color',
        '--first-parent',
        '--no-renames',
        `--max-count=${limits.commits}`,
        '--format=%h%x1f%cs%x1f%s',
        'HEAD',
        '--',
        path
    ], limits.timeoutMs);
    return out
        .split('\n')
        .filter(line => line.includes('\x1f'))
        .map(line => {
        const [sha, date, subject] = line.split('\x1f');
        return `${sha} ${date} ${(0,sanitize/* sanitizeIssueText */.U)(subject, 200).replace(/\s+/g, ' ')}`;
    });
}
/** A commit of HEAD's history: its message and the files it touched; undefined when HEAD cannot reach it. */
async function commitDetails(root, sha, limits = defaultHistoryQueryLimits) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    const ancestor = await git(root, ['merge-base', '--is-ancestor', sha, 'HEAD'], limits.timeoutMs)
        .then(() => true)
        .catch(() => false);
    if (!ancestor)
        return undefined;
    const out = await git(root, [
        'show',
        '--no-color',
        '--no-renames',
        '--diff-merges=first-parent',
        '--name-status',
        '-z',
        '--format=%H%x1f%cs%x1f%B%x1e',
        sha,
        '--'
    ], limits.timeoutMs);
    const end = out.indexOf('\x1e');
    const [full, date, ...message] = out.slice(0, end).split('\x1f');
    const fields = out
        .slice(end + 1)
        .replace(/^[\s\0]+/, '')
        .split('\0')
        .filter(field => field !== '');
    const files = [];
    for (let i = 0; i + 1 < fields.length; i += 2)
        files.push({ status: fields[i].trim().charAt(0), path: fields[i + 1] });
    return {
        sha: full,
        date,
        message: (0,sanitize/* sanitizeIssueText */.U)(message.join('\x1f').trim(), limits.messageChars),
        files: files.slice(0, limits.files),
        moreFiles: Math.max(0, files.length - limits.files)
    };
}

;// CONCATENATED MODULE: ./src/plan/llm/history-tool.ts
// The repository's history as a model tool: the recent commits of a path, or one commit's
// message and files. Read-only, HEAD's ancestors only, bounded (research/history/commit-queries),
// the path through the same guard as the other tools; commit messages reach the model cleaned
// like issue text, and secret-looking file names are withheld as the file tools refuse them.



const historyToolDescription = "Ask the repository's git history (read-only, this checkout's HEAD and its ancestors): with `path`, the recent commits that touched it (hash, date, subject); with `commit` (a hash from such a list), that commit's message and the files it changed. How past changes like this one were made, and which files and tests changed together.";
const historyInputSchema = (0,provider_utils_dist/* jsonSchema */.Og)({
    type: 'object',
    properties: {
        path: {
            type: 'string',
            description: 'A file or directory whose recent commits to list, relative to the repository root.'
        },
        commit: { type: 'string', description: 'A commit hash (7 to 40 hex digits) to show.' }
    },
    additionalProperties: false
});
const history_tool_hidden = (path) => path.split('/').some(isSecretLooking);
async function answerHistoryQuestion(root, question) {
    try {
        if (question.commit !== undefined) {
            const commit = question.commit.trim();
            const details = await commitDetails(root.real, commit);
            if (!details)
                return `Refused: ${JSON.stringify(commit)} is not a commit of this checkout's history (give a hash from a path's recent commits).`;
            const files = details.files.filter(file => !history_tool_hidden(file.path));
            return [
                `commit ${details.sha} (${details.date})`,
                details.message,
                '',
                `Files (${files.length + details.moreFiles}):`,
                ...files.map(file => `${file.status} ${file.path}`),
                ...(details.moreFiles > 0 ? [`… and ${details.moreFiles} more`] : [])
            ].join('\n');
        }
        const guarded = root.resolve(question.path ?? '.');
        if (!guarded.ok)
            return guarded.refusal;
        const commits = await recentCommitsOf(root.real, guarded.relative);
        if (commits.length === 0)
            return `No commit in the history this checkout holds touched ${JSON.stringify(guarded.relative)}.`;
        return [
            `The last ${commits.length} commits that touched ${guarded.relative} (newest first; at most ${defaultHistoryQueryLimits.commits}):`,
            ...commits
        ].join('\n');
    }
    catch {
        return 'No history: the repository is not a git checkout, or git could not read it.';
    }
}

;// CONCATENATED MODULE: ./src/plan/llm/repo-tools.ts
// The research tools the model may call, as AI SDK tools. All read-only, all confined to the
// repository root (see repo-path.ts), all counted: past the budget a tool answers with a
// request to write the plan, so a looping model cannot burn tokens forever.





const DEFAULT_MAX_TOOL_CALLS = 30;
const pathProperty = {
    type: 'string',
    description: 'Path relative to the repository root, with forward slashes ("." for the root).'
};
/**
 * Wraps an operation with the budget, the record, and a last-resort catch: a tool failure
 * becomes text for the model, never an exception that aborts the plan.
 */
function countedBy(calls, maxCalls) {
    return (name, run) => async (input) => {
        if (calls.length >= maxCalls) {
            calls.push({ tool: name, input, refused: true });
            return `Refused: the research budget of ${maxCalls} tool calls is spent. Write the plan now with what you have.`;
        }
        let output;
        try {
            output = await run(input);
        }
        catch (error) {
            output = `Error: ${error instanceof Error ? error.message : String(error)}`;
        }
        calls.push({ tool: name, input, refused: output.startsWith('Refused:') });
        return output;
    };
}
function createRepoTools(root, options = {}) {
    const reader = new RepoReader(root, options.read ?? defaultReadLimits);
    const searchLimits = options.search ?? defaultSearchLimits;
    const maxCalls = options.maxCalls ?? DEFAULT_MAX_TOOL_CALLS;
    const calls = [];
    const counted = countedBy(calls, maxCalls);
    const tools = {
        list_directory: (0,provider_utils_dist/* tool */.z6)({
            description: 'List the files and subdirectories of a directory in the repository (read-only). Directories end with "/".',
            inputSchema: (0,provider_utils_dist/* jsonSchema */.Og)({
                type: 'object',
                properties: { path: pathProperty },
                required: ['path'],
                additionalProperties: false
            }),
            execute: counted('list_directory', input => reader.listDirectory(input.path))
        }),
        read_file: (0,provider_utils_dist/* tool */.z6)({
            description: `Read a text file in the repository (read-only), with line numbers. At most ${reader.limits.maxLines} lines per call; use start_line/end_line (1-based, inclusive) for long files.`,
            inputSchema: (0,provider_utils_dist/* jsonSchema */.Og)({
                type: 'object',
                properties: {
                    path: pathProperty,
                    start_line: { type: 'integer', minimum: 1, description: 'First line to show (1-based).' },
                    end_line: { type: 'integer', minimum: 1, description: 'Last line to show (inclusive).' }
                },
                required: ['path'],
                additionalProperties: false
            }),
            execute: counted('read_file', input => reader.readFile(input.path, input.start_line, input.end_line))
        }),
        search_code: (0,provider_utils_dist/* tool */.z6)({
            description: `Search the repository's text files for a plain string (case-insensitive, not a regular expression). Returns up to ${searchLimits.maxResults} "path:line: text" matches.`,
            inputSchema: (0,provider_utils_dist/* jsonSchema */.Og)({
                type: 'object',
                properties: {
                    query: { type: 'string', description: 'The text to look for, e.g. a function name.' },
                    path_prefix: {
                        ...pathProperty,
                        description: 'Only search under this directory (relative to the root). Optional.'
                    }
                },
                required: ['query'],
                additionalProperties: false
            }),
            execute: counted('search_code', input => searchCode(reader.root, input.query, input.path_prefix ?? '.', searchLimits))
        }),
        code_graph: (0,provider_utils_dist/* tool */.z6)({
            description: 'Ask the code graph (read from real parses): "callers" lists where a function is called, with the function each call sits in; "callees" lists what a function calls; "references" lists every line that names an identifier (an option, a setting, a field), with the function it sits in. `name` is one identifier as the code writes it.',
            inputSchema: (0,provider_utils_dist/* jsonSchema */.Og)({
                type: 'object',
                properties: {
                    question: { type: 'string', enum: ['callers', 'callees', 'references'] },
                    name: { type: 'string', description: 'One identifier, e.g. parse_args or maxResults.' },
                    path_prefix: {
                        ...pathProperty,
                        description: 'Only look under this directory (relative to the root). Optional.'
                    }
                },
                required: ['question', 'name'],
                additionalProperties: false
            }),
            execute: counted('code_graph', input => answerGraphQuestion(reader.root, input.question, input.name, input.path_prefix ?? '.', searchLimits))
        }),
        git_history: (0,provider_utils_dist/* tool */.z6)({
            description: historyToolDescription,
            inputSchema: historyInputSchema,
            execute: counted('git_history', input => answerHistoryQuestion(reader.root, input))
        })
    };
    return { tools, calls };
}

;// CONCATENATED MODULE: ./src/plan/llm/provider-differences.ts
// Bedrock models with prompt caching; a cache point sent to any other model is an error.
const bedrockCaching = /anthropic\.claude|amazon\.nova/;
/**
 * Every step resends the request; marked cacheable, the repeats are billed as cache reads.
 * Anthropic and Claude on Vertex read the `anthropic` option and the other SDKs ignore it;
 * OpenAI and Gemini cache long prefixes by themselves.
 */
function cacheHint(provider, modelId) {
    if (provider !== 'bedrock')
        return { anthropic: { cacheControl: { type: 'ephemeral' } } };
    return bedrockCaching.test(modelId) ? { bedrock: { cachePoint: { type: 'default' } } } : undefined;
}
/**
 * The last turn of a run may not call tools, so that it ends with an answer. Bedrock's
 * Converse API cannot offer tools and forbid them at once: the SDK leaves the tools out, and
 * with them every tool call and result in the conversation, so the model would write its plan
 * without its research. For Bedrock that research goes in as text.
 */
function lastTurn(provider, messages) {
    return provider === 'bedrock'
        ? { toolChoice: 'none', messages: inlineToolHistory(messages) }
        : { toolChoice: 'none' };
}
function outputText(output) {
    switch (output.type) {
        case 'text':
        case 'error-text':
            return output.value;
        case 'content':
            return output.value.map(part => (part.type === 'text' ? part.text : '')).join('');
        case 'execution-denied':
            return output.reason ?? 'not run';
        default:
            return JSON.stringify(output.value);
    }
}
/** The conversation with tool calls and results written out as text, turn order unchanged. */
function inlineToolHistory(messages) {
    return messages.map((message) => {
        if (message.role === 'tool') {
            const results = message.content.flatMap(part => part.type === 'tool-result'
                ? [`Result of ${part.toolName}:\n${outputText(part.output)}`]
                : []);
            return { role: 'user', content: results.join('\n\n') };
        }
        if (message.role !== 'assistant' || typeof message.content === 'string')
            return message;
        const content = message.content.flatMap(part => {
            if (part.type === 'tool-call') {
                return [
                    {
                        type: 'text',
                        text: `Called ${part.toolName} with ${JSON.stringify(part.input)}`
                    }
                ];
            }
            if (part.type === 'tool-result') {
                return [
                    { type: 'text', text: `Result of ${part.toolName}:\n${outputText(part.output)}` }
                ];
            }
            // Converse refuses empty text blocks.
            return part.type === 'text' && part.text.trim() === '' ? [] : [part];
        });
        return { ...message, content };
    });
}

;// CONCATENATED MODULE: ./src/plan/llm/llm-planner.ts
// Plans with a language model: one tool-using research-and-write run, the plan checked by the
// same validator as every plan, and one repair turn that shows the model the exact problems.
// Anything else (provider down, plan still invalid) is an LlmPlanError for the caller to handle.












const LLM_DEFAULTS = {
    maxSteps: 12,
    maxRepairSteps: 4,
    maxOutputTokens: 8192,
    maxRetries: 2,
    timeoutMs: 10 * 60 * 1000
};
class LlmPlanner {
    options;
    name;
    settings;
    log;
    constructor(options) {
        this.options = options;
        this.name = options.provider;
        this.log = options.log ?? logger/* silentLogger */.q;
        this.settings = {
            maxSteps: options.maxSteps ?? LLM_DEFAULTS.maxSteps,
            maxRepairSteps: options.maxRepairSteps ?? LLM_DEFAULTS.maxRepairSteps,
            maxOutputTokens: options.maxOutputTokens ?? LLM_DEFAULTS.maxOutputTokens,
            maxRetries: options.maxRetries ?? LLM_DEFAULTS.maxRetries,
            maxToolCalls: options.maxToolCalls ?? DEFAULT_MAX_TOOL_CALLS,
            timeoutMs: options.timeoutMs ?? LLM_DEFAULTS.timeoutMs
        };
    }
    async plan(request) {
        const { settings, log, options } = this;
        const usage = {
            provider: options.provider,
            model: options.modelId,
            inputTokens: 0,
            outputTokens: 0,
            steps: 0
        };
        const repoTools = createRepoTools(request.root, { maxCalls: settings.maxToolCalls });
        const prompt = buildPlanPrompt(request, new RepoReader(request.root), {
            maxSteps: settings.maxSteps,
            maxToolCalls: settings.maxToolCalls,
            research: options.research
        });
        log.info(`Asking ${options.provider} model ${options.modelId} for a plan (request ~${prompt.estimatedTokens} tokens, ` +
            `${prompt.digest.files.length} ranked files, ${prompt.digest.excerpts.length} excerpts)`);
        const markdown = await this.validPlan({ request, prompt, repoTools, usage });
        const featureName = (0,sections/* featureNameOf */.n4)(markdown);
        log.info(`Model plan accepted: ${usage.inputTokens} input + ${usage.outputTokens} output tokens, ` +
            `${usage.steps} steps, ${repoTools.calls.length} tool calls ` +
            `(${repoTools.calls.filter(call => call.refused).length} refused)`);
        return {
            markdown,
            featureName,
            descriptiveName: nameFor(featureName, request.issue.title, request.issue.body, request.kind ?? 'feature'),
            planner: options.provider,
            usage
        };
    }
    /**
     * The model's plan as the validator accepts it: the first answer, else the answer to one repair
     * turn that shows the model the exact problems. Still invalid, it is an LlmPlanError.
     */
    async validPlan(conversation) {
        const { settings, log, options } = this;
        const { request, prompt } = conversation;
        const messages = [
            {
                role: 'user',
                content: prompt.user,
                providerOptions: cacheHint(options.provider, options.modelId)
            }
        ];
        const first = await this.run(conversation, messages, settings.maxSteps);
        const outcome = checkAnswer(first.text, request);
        if (outcome.problems.length === 0)
            return outcome.markdown;
        log.info(`The model's plan has ${outcome.problems.length} problem(s); asking for one repair:\n${(0,validate/* formatProblems */.C5)(outcome.problems)}`);
        const repairMessages = [
            ...messages,
            ...first.responseMessages,
            {
                role: 'user',
                content: buildRepairPrompt(outcome.problems, request.templatesDir, request.kind)
            }
        ];
        const second = await this.run(conversation, repairMessages, settings.maxRepairSteps);
        const repaired = checkAnswer(second.text, request);
        if (repaired.problems.length > 0) {
            throw new errors/* LlmPlanError */.$('invalid-plan', `the plan was still invalid after one repair: ${repaired.problems.map(p => p.message).join('; ')}`, { usage: conversation.usage, problems: repaired.problems });
        }
        return repaired.markdown;
    }
    /** One model run, its usage added to the conversation's; a failed call is an LlmPlanError. */
    async run(conversation, messages, maxSteps) {
        const { settings, log, options } = this;
        const { usage } = conversation;
        try {
            const result = await (0,dist/* generateText */.Df5)({
                model: options.model,
                instructions: conversation.prompt.system,
                messages,
                tools: conversation.repoTools.tools,
                stopWhen: (0,dist/* stepCountIs */.wSt)(maxSteps),
                // The last turn may not call tools, so a run that researched to the end still
                // finishes with an answer rather than a dangling tool call.
                prepareStep: ({ stepNumber, messages: sent }) => stepNumber >= maxSteps - 1 ? lastTurn(options.provider, sent) : undefined,
                maxOutputTokens: settings.maxOutputTokens,
                maxRetries: settings.maxRetries,
                timeout: settings.timeoutMs,
                onStepFinish: step => {
                    for (const call of step.toolCalls) {
                        log.debug(`model tool call: ${call.toolName} ${JSON.stringify(call.input)}`);
                    }
                }
            });
            usage.inputTokens += result.totalUsage.inputTokens ?? 0;
            usage.outputTokens += result.totalUsage.outputTokens ?? 0;
            usage.steps += result.steps.length;
            return result;
        }
        catch (error) {
            throw new errors/* LlmPlanError */.$('provider', describeProviderError(options.provider, error), {
                usage,
                cause: error
            });
        }
    }
}
/** The model's plan name makes the file name when it yields one; the issue title otherwise. */
function nameFor(featureName, title, body, kind) {
    const fromModel = featureName ? (0,naming/* descriptiveName */.uf)(featureName, '', kind) : '';
    return fromModel && fromModel !== kind ? fromModel : (0,naming/* descriptiveName */.uf)(title, body, kind);
}


/***/ })

};
