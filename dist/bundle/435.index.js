export const id = 435;
export const ids = [435];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ parseRelativeDir),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   id: () => (/* binding */ parseIssueNumber),
/* harmony export */   mf: () => (/* binding */ parseHistoryCommits)
/* harmony export */ });
// Checks of the options both shells hand to the pipeline (issue number, directories inside the
// repository), with errors that name the option, so the action and the CLI reject the same values.
class InputError extends Error {
    constructor(input, problem) {
        super(`Input \`${input}\`: ${problem}`);
        this.name = 'InputError';
    }
}
/** A positive integer issue number, or undefined; `#12` is accepted as people write it. */
function parseIssueNumber(raw, name = 'issue-number') {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const text = raw.trim().replace(/^#/, '');
    if (!/^[1-9][0-9]{0,9}$/.test(text)) {
        throw new InputError(name, `expected a positive issue number such as 42, got "${raw}"`);
    }
    return Number(text);
}
/** A path relative to the repository root that cannot leave it. */
function parseRelativeDir(raw, name) {
    const dir = raw
        .replace(/\\/g, '/')
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (dir === '' || dir === '.')
        throw new InputError(name, 'must name a directory inside the repository');
    if (dir.startsWith('/') || /^[a-zA-Z]:/.test(dir) || dir.split('/').includes('..')) {
        throw new InputError(name, `must be a relative path inside the repository, got "${raw}"`);
    }
    if (dir.split('/').some(part => part === '.git' || part === '')) {
        throw new InputError(name, `is not a usable directory: "${raw}"`);
    }
    return dir;
}
/**
 * How many commits of the repository's history to read: a whole number, 0 for none; undefined
 * (unset) leaves the research's default.
 */
function parseHistoryCommits(raw, name) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const text = raw.trim();
    if (!/^[0-9]{1,7}$/.test(text)) {
        throw new InputError(name, `expected a number of commits such as 3000 (0 reads none), got "${raw}"`);
    }
    return Number(text);
}


/***/ }),

/***/ 1155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   py: () => (/* binding */ contextFileIn),
/* harmony export */   zD: () => (/* binding */ resolveTemplatesDir)
/* harmony export */ });
/* unused harmony export DEFAULT_TEMPLATES_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where a repository keeps its template overrides and planning context. GitHub-free: the action
// and the CLI resolve it the same way once the tree is on disk.


/** The directory looked at when the `templates-dir` input is not given. */
const DEFAULT_TEMPLATES_DIR = '.github/adw';
/**
 * The templates directory to use, relative to `root`: `configured` when given (the inputs have
 * already checked it is relative and inside the repository), else `.github/adw` when the tree
 * has that directory, else undefined (built-in templates only).
 */
function resolveTemplatesDir(root, configured) {
    if (configured)
        return configured;
    try {
        // lstat: a symlinked `.github/adw` could point outside the tree; only a real directory counts.
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, DEFAULT_TEMPLATES_DIR)).isDirectory()
            ? DEFAULT_TEMPLATES_DIR
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The maintainers' standing planning context inside the templates directory. */
function contextFileIn(templatesDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(templatesDir ?? DEFAULT_TEMPLATES_DIR, 'context.md');
}


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ verbatim),
/* harmony export */   CS: () => (/* binding */ prose),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   oZ: () => (/* binding */ lowerFirst),
/* harmony export */   qi: () => (/* binding */ firstSentence),
/* harmony export */   sK: () => (/* binding */ capitalise),
/* harmony export */   vJ: () => (/* binding */ withArticle),
/* harmony export */   yH: () => (/* binding */ escapeAngles)
/* harmony export */ });
// Turning untrusted issue text into one line of plan prose. A plan section must stay a section:
// the text cannot open a heading, list, quote, fence or HTML block, and cannot look like a
// `<placeholder>` to the validator, while code spans keep their exact content.
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
/** Markdown structure at the start of a line: heading, quote, list item, task box, fence, rule. */
const LINE_STRUCTURE = /^\s*(?:#{1,6}(?=\s|$)|(?:>\s?)+|(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/;
/** Outside code spans, `<` becomes `&lt;`: it reads the same, but opens no tag or placeholder. */
function escapeAngles(text) {
    let out = '';
    let last = 0;
    for (const span of text.matchAll(CODE_SPAN)) {
        out += text.slice(last, span.index).replace(/</g, '&lt;') + span[0];
        last = span.index + span[0].length;
    }
    return out + text.slice(last).replace(/</g, '&lt;');
}
/** Whatever still could start a block once the text is one line (`1. x`, `=== x`, ```` ```x ````). */
function neutraliseStart(line) {
    if (/^(?:[#>+=|~]|[-*_](?=[\s*_-])|`{3})/.test(line))
        return `\\${line}`;
    return line.replace(/^(\d{1,9})([.)])(\s)/, '$1\\$2$3');
}
/**
 * One line of Markdown prose from untrusted text: list, quote and heading markers of each line
 * dropped (they are structure, not content), whitespace folded, shortened at a word boundary.
 */
function prose(text, max = 600) {
    let line = text
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .split(/\r\n?|\n/)
        .map(part => part.replace(LINE_STRUCTURE, '').trim())
        .filter(part => part !== '' && !/^(?:[-*_=]\s*){3,}$/.test(part))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (line.length > max)
        line = `${line.slice(0, max).replace(/\s+\S*$/, '')}…`;
    // A backtick left unpaired (in the issue, or by the cut) would pair with a code span of the
    // sentence this text goes into and turn the rest inside out: drop it.
    while ((line.replace(CODE_SPAN, '').match(/`/g) ?? []).length > 0) {
        line = line.replace(/`+(?=[^`]*$)/, '');
    }
    return neutraliseStart(escapeAngles(line));
}
/** Prose ending with a full stop (or its own terminal punctuation). */
function sentence(text, max) {
    const line = prose(text, max);
    return line === '' || /[.!?…:]$/.test(line) ? line : `${line}.`;
}
function firstSentence(text, max) {
    return prose(text, max).split(/(?<=[.!?])\s+(?=[A-Z`"'(])/)[0] ?? '';
}
function capitalise(text) {
    return text ? text[0].toUpperCase() + text.slice(1) : text;
}
/** Lowers an ordinary first word but keeps acronyms and names ("API", "GitHub") as written. */
function lowerFirst(text) {
    return /^[A-Z](?:[a-z]|\s|$)/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text)
        ? text[0].toLowerCase() + text.slice(1)
        : text;
}
function withArticle(role) {
    if (/^(a|an|the|my|our|every|any)\s/i.test(role))
        return role;
    // By sound, roughly: "an admin", "an editor", but "a user", "a unicorn", "a European".
    const vowelSound = /^(?:[aio]|e(?!u)|u(?!s|ni|ti|ro|ku))/i.test(role) || /^(?:hour|honest)/i.test(role);
    return `${vowelSound ? 'an' : 'a'} ${role}`;
}
/** "x", "x and y", "x, y and z". */
function listing(items) {
    if (items.length <= 1)
        return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function code(text) {
    return `\`${text.replace(/`/g, '')}\``;
}
/** Code as written, backticks included: the span's fence is longer than any run inside it. */
function verbatim(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^`|`$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 9682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ TemplatePlanner)
});

// EXTERNAL MODULE: ./src/templates/render.ts
var render = __webpack_require__(5899);
// EXTERNAL MODULE: ./src/plan/format/naming.ts
var naming = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/plan/format/plan-format.ts
var plan_format = __webpack_require__(9966);
// EXTERNAL MODULE: ./src/text/issue-text.ts + 1 modules
var issue_text = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/plan/embedded/prose.ts
var prose = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/text/sentences.ts
var sentences = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/plan/embedded/feature/considerations.ts
// Security and performance notes the embedded planner can justify. A note fires on a reason a
// reader can check: a sentence of the issue about the concern (quoted) or a file the change
// touches whose role carries it (named). A word alone is no reason: the issue's logs, code and
// links are not read, nor the alternatives it set aside, and "cache key" is about a cache, not
// about speed. With no reason the plan says so in one honest line instead of inventing a risk.


// Each pattern names the concern itself: "author" is not authentication, a tokenizer is not an
// access token, a config module is not a secret.
const SECURITY = [
    {
        words: /\b(?:auth|authn|authz|authenticat\w*|authori[sz]\w*|log[ -]?in|log[ -]?out|sign[ -]?in|passwords?|sessions?|credentials?|permissions?|access control|admins?|oauth2?|jwt|sso|access tokens?|api tokens?)\b/i,
        path: /(?:^|[/_.-])(?:auth|authn|authz|authenticat\w*|authori[sz]\w*|login|sessions?|permissions?|acl|oauth2?|jwt|sso|credentials?)(?:[/_.-]|$)/i,
        what: 'Touches authentication or authorisation',
        check: 'every new path enforces the same permission checks as its neighbours, and tokens or passwords never reach logs, URLs or error messages.'
    },
    {
        words: /\b(?:uploads?|file ?paths?|path traversal|downloads?|attachments?|symlinks?)\b/i,
        path: /(?:^|[/_.-])(?:uploads?|downloads?|attachments?|static|serve[_-]?files?)(?:[/_.-]|$)/i,
        what: 'Handles files or paths from outside',
        check: 'resolve paths against a fixed root and reject `..`, absolute paths and symlinks that lead outside it; cap file sizes.'
    },
    {
        words: /\b(?:webhooks?|proxy|proxies|redirects?|outbound|callback urls?|ssrf)\b/i,
        what: 'Makes or forwards network requests',
        check: 'validate URLs and payloads, set timeouts, and do not let user input choose arbitrary hosts (SSRF).'
    },
    {
        words: /\b(?:user[- ](?:provided|supplied|input)|untrusted|malicious|attackers?|spoof\w*|forged?|sanitiz\w*|sanitis\w*|xss|(?:sql|code|command|script|html|header|template|prompt|shell|log) injection|injection attacks?|escap(?:e|ing) (?:html|input|output))\b/i,
        what: 'Takes input an attacker can shape',
        check: 'validate types and sizes at the boundary, and escape anything rendered back (HTML, Markdown, shell).'
    },
    {
        words: /\b(?:secrets?|api[- ]?keys?|\.env|private keys?)\b/i,
        what: 'Involves secrets',
        check: 'read secrets from the environment or a secret store, never commit them, and mask them in output.'
    },
    {
        words: /\b(?:regular expressions?|regexp?s?|regex patterns?)\b/i,
        what: 'Builds regular expressions from configuration or input',
        check: 'compile them once rather than per call, and keep a pattern from a user from backtracking without bound on long input (ReDoS).'
    },
    {
        words: /\b(?:sql|database queries|query builder|migrations?)\b/i,
        path: /(?:^|[/_.-])(?:db|database|sql|migrations?|orm)(?:[/_.-]|$)/i,
        what: 'Reaches the database',
        check: 'use parameterised queries or the ORM, never string-built SQL, and keep migrations reversible.'
    }
];
const PERFORMANCE = [
    {
        words: /\b(?:large (?:\w+ )?(?:results?|files?|inputs?|data(?:sets?)?|payloads?|lists?|exports?|repositor(?:y|ies)|projects?|documents?)|bulk|batch(?:es)?|thousands|millions|paginat\w*|huge|big (?:files?|data|inputs?))\b/i,
        what: 'Works over data that can grow',
        check: 'stream or paginate instead of loading everything, and keep the work per item constant.'
    },
    {
        words: /\b(?:real[- ]?time|streaming|websockets?|polling|subscriptions?)\b/i,
        what: 'Pushes updates continuously',
        check: 'bound connection counts and message rates, and back off on reconnects.'
    },
    {
        // "cache-related annotations" name a topic, not a cache the change alters.
        // A file in a cache package is no reason alone: its annotation or its config may change, not the cache.
        words: /\b(?:cache[sd]?|caching|memoi[sz]\w*)\b(?!-)/i,
        what: 'Changes a cache',
        check: 'keep keys unique per input so entries are never shared by mistake, bound its size, and compare the hit rate before and after.'
    },
    {
        words: /\b(?:slow(?:er|ly|ness)?|latency|performance|speed ?up|faster|takes? (?:\d+ )?(?:seconds|minutes)|expensive|overhead|memory usage)\b/i,
        what: 'The issue is about cost in time or memory',
        check: 'measure before and after with a benchmark or profile, and state the figure in the pull request.'
    },
    {
        words: /\b(?:n\+1|database queries|sql queries)\b/i,
        what: 'Adds database work',
        check: 'check the query plan, and add an index if the new query filters on unindexed columns.'
    },
    {
        // The loops every input goes through: one more step there is paid on every call.
        path: /(?:^|\/)[\w-]*(?:router|routing|matcher|lexer|tokeni[sz]er|scanner|parser|serializer|encoder|decoder)s?\.\w+$/i,
        what: 'Changes code on the hot path',
        check: 'every input goes through it: keep the added work constant per call, allocate nothing when the feature is not used, and run the project’s benchmarks if it has some.'
    }
];
/** A short quote of the sentence around the word that fired, as the issue wrote it. */
function quoteAround(sentence, word) {
    const flat = sentence.replace(/\s+/g, ' ').trim();
    const at = flat.search(word);
    const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - 50)) + 1);
    const cut = flat.slice(at < 50 ? 0 : start);
    const end = cut.length > 110 ? cut.lastIndexOf(' ', 110) : cut.length;
    return (0,prose/* prose */.CS)(cut.slice(0, end > 0 ? end : 110), 120)
        .replace(/`/g, '')
        .replace(/[,;:.]+$/, '');
}
/** The reason a signal has here: the issue's words, else the touched file's role; or none. */
function reasonFor(signal, input) {
    if (signal.words) {
        const sentence = input.sentences.find(text => signal.words.test((0,sentences/* wordsOf */.Z9)(text)));
        if (sentence)
            return `the issue: “${quoteAround(sentence, signal.words)}”`;
    }
    if (signal.path) {
        const file = input.files.slice(0, 3).find(path => signal.path.test(path));
        if (file)
            return `the change touches ${(0,prose/* code */.aY)(file)}`;
    }
    return undefined;
}
function notes(signals, input, limit) {
    return signals
        .map(signal => {
        const reason = reasonFor(signal, input);
        return reason ? `${signal.what} (${reason}): ${signal.check}` : undefined;
    })
        .filter((note) => note !== undefined)
        .slice(0, limit);
}
function touched(files) {
    return files.length > 0 ? ` (${files.slice(0, 2).map(prose/* code */.aY).join(', ')})` : '';
}
function securityNotes(input) {
    const found = notes(SECURITY, input, 3);
    if (found.length > 0)
        return found;
    return [
        `Nothing in the issue or the code it touches${touched(input.files)} handles credentials, permissions, files from outside or network input, so the change adds no trust boundary; keep the validation the touched code already does.`
    ];
}
function performanceNotes(input) {
    const found = notes(PERFORMANCE, input, 3);
    if (found.length > 0)
        return found;
    return [
        `Nothing in the issue points at a hot path, a cache, data that grows or new I/O${touched(input.files)}; the change should cost nothing when the feature is not used.`
    ];
}

// EXTERNAL MODULE: ./src/text/fences.ts
var text_fences = __webpack_require__(5889);
;// CONCATENATED MODULE: ./src/plan/embedded/shared/guidance-notes.ts


// A rule is a list item that tells the reader what to do.
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.+)$/;
const DIRECTIVE = /\b(?:must|always|never|don['’]t|do not|should|shouldn['’]t|use|run|prefer|avoid|keep)\b/i;
/** Lines outside fenced code blocks, and the lines inside them, apart. */
function splitByFences(text) {
    const out = { prose: [], code: [] };
    const lines = text.split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    for (const [index, line] of lines.entries()) {
        const role = fences[index].role;
        if (role === 'inside')
            out.code.push(line);
        else if (role === 'outside')
            out.prose.push(line);
    }
    return out;
}
/** The guide's directive list items, in its own words. */
function guidanceRules(text) {
    return splitByFences(text)
        .prose.map(line => LIST_ITEM.exec(line)?.[1])
        .filter((item) => item !== undefined && DIRECTIVE.test(item))
        .map(item => (0,prose/* prose */.CS)(item, 200).replace(/[.;,:\s]+$/, ''))
        .filter(item => item.length >= 8);
}
/**
 * Notes citing each guide: `Follow \`CLAUDE.md\`: run \`npm test\` before pushing; never edit
 * \`dist/\` by hand.` At most `maxRules` rules over all guides, most specific guide first.
 */
function guidanceNotes(guidance, maxRules = 5) {
    const notes = [];
    let left = maxRules;
    for (const file of guidance ?? []) {
        const rules = [...new Set(guidanceRules(file.text))].slice(0, Math.max(0, left));
        left -= rules.length;
        notes.push(rules.length > 0
            ? `Follow ${(0,prose/* code */.aY)(file.path)}: ${rules.join('; ')}.`
            : `Follow the maintainers' instructions in ${(0,prose/* code */.aY)(file.path)} while building.`);
    }
    return notes;
}
// Check commands worth running as they stand: known tools with plain arguments only, so nothing
// a guide says can put a pipe, a redirection or a substitution into the plan's commands.
const CHECK_COMMAND = /^(?:(?:npm|pnpm|yarn|bun)(?: run)? [\w:.-]*(?:test|lint|check|typecheck|type-check)[\w:.-]*|(?:make|just) (?:test|lint|check|typecheck)[\w.-]*|(?:python3? -m )?pytest(?: [\w./:=-]+)*|tox(?: -e [\w.,-]+)?|nox(?: -s [\w-]+)?|cargo (?:test|clippy)(?: [\w-]+)*|go (?:test|vet) [\w./-]+|ruff check(?: [\w./-]+)*|(?:npx )?(?:eslint|jest|vitest|mypy|flake8)(?: [\w./=-]+)*|(?:npx )?tsc --noEmit)$/;
function purposeOfCheck(command) {
    if (/\b(?:tsc|mypy|typecheck|type-check)\b/.test(command))
        return 'typecheck';
    if (/\b(?:lint|eslint|ruff|flake8|clippy|vet)\b/.test(command))
        return 'lint';
    return 'test';
}
/** `npm run test` and `npm test` are one command. */
function sameCommand(command) {
    return command
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/^(npm|pnpm|yarn|bun) run /, '$1 ');
}
/** Test, lint and type-check commands a guide names (inline code or a code block line). */
function guidanceCommands(guidance, known, max = 3) {
    const seen = new Set(known.map(sameCommand));
    const found = [];
    for (const file of guidance ?? []) {
        const parts = splitByFences(file.text);
        const candidates = [
            ...parts.prose.flatMap(line => [...line.matchAll(/`([^`\n]+)`/g)].map(m => m[1])),
            ...parts.code
        ];
        for (const candidate of candidates) {
            const command = candidate
                .trim()
                .replace(/^\$\s+/, '')
                .replace(/\s+/g, ' ');
            if (command.length > 80 || seen.has(sameCommand(command)) || !CHECK_COMMAND.test(command))
                continue;
            seen.add(sameCommand(command));
            found.push({
                command,
                purpose: purposeOfCheck(command),
                description: `named in ${(0,prose/* code */.aY)(file.path)}`
            });
            if (found.length >= max)
                return found;
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/plan/embedded/shared/doc-paths.ts
// Which files document a behaviour. The research files examples, templates and CI definitions with
// the docs (they sit in docs-like folders and are text), but an example program, an issue or pull
// request template and a CI workflow are not where a user reads how the software behaves: a plan
// lists none of them as documentation to update.
// Examples and fixtures, the tracker's templates, CI definitions, and the project's own rules
// (conduct, contributing, licence), which describe the project, not the software's behaviour.
const NOT_DOCUMENTATION = /(?:^|\/)(?:code_of_conduct|contributing|security|licen[cs]e|authors|maintainers|governance|support|funding)(?:\.\w+)?$|(?:^|\/)(?:examples?|samples?|demos?|fixtures?|testdata|__snapshots__)\/|(?:^|\/)\.github\/|(?:^|\/)(?:issue|pull_request)_template|(?:^|\/)\.(?:circleci|gitlab-ci\.ya?ml|travis\.ya?ml)|(?:^|\/)(?:appveyor|azure-pipelines|codecov)\.ya?ml$|(?:^|\/)Jenkinsfile$/i;
function isDocumentation(path) {
    return !NOT_DOCUMENTATION.test(path);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/research/covering/test-files.ts
var test_files = __webpack_require__(7333);
// EXTERNAL MODULE: ./src/research/tree/module-name.ts
var module_name = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/text/fold-name.ts
var fold_name = __webpack_require__(8182);
;// CONCATENATED MODULE: ./src/plan/embedded/shared/symbols.ts

/** `Class.method`, or the bare name of a top-level definition. */
function symbolName(symbol) {
    return symbol.className ? `${symbol.className}.${symbol.name}` : symbol.name;
}
/** `` `Class.method` (lines 10–42) ``. */
function symbolPlace(symbol) {
    const span = symbol.startLine === symbol.endLine
        ? `line ${symbol.startLine}`
        : `lines ${symbol.startLine}–${symbol.endLine}`;
    return `${(0,prose/* code */.aY)(symbolName(symbol))} (${span})`;
}
/**
 * The symbols of one file worth naming, strongest first: those at least half as strong as the
 * file's best, and never a class together with one of its own methods.
 */
function symbolsOf(research, path, max = 2) {
    const own = research.symbols.filter(symbol => symbol.path === path);
    if (own.length === 0)
        return [];
    const floor = own[0].score / 2;
    const chosen = [];
    for (const symbol of own) {
        if (chosen.length >= max || symbol.score < floor)
            break;
        const nested = chosen.some(other => (other.kind === 'class' && symbol.className === other.name) ||
            (symbol.kind === 'class' && other.className === symbol.name));
        if (!nested)
            chosen.push(symbol);
    }
    return chosen;
}
/** Identifiers the research saw defined in the file: reasons read "defines `A`, `B`". */
function definedNames(file) {
    return file.reasons
        .filter(reason => /^defines\b/.test(reason))
        .flatMap(reason => [...reason.matchAll(/`([^`]+)`/g)].map(m => m[1]));
}
/** ` (`A`, `B`)`: the file's symbols, or the names the research saw it define; '' for none. */
function namesIn(research, file) {
    const symbols = symbolsOf(research, file.path).map(symbol => symbolName(symbol));
    const names = symbols.length > 0 ? symbols : definedNames(file).slice(0, 2);
    return names.length > 0 ? ` (${names.map(prose/* code */.aY).join(', ')})` : '';
}
/** ` in `A` (lines 3–9) and `B` (lines 12–30)`: where in the file, for its bullet; '' for none. */
function placesIn(research, file) {
    const symbols = symbolsOf(research, file.path);
    if (symbols.length > 0)
        return ` in ${(0,prose/* listing */.RR)(symbols.map(symbolPlace))}`;
    const names = definedNames(file).slice(0, 2);
    return names.length > 0 ? ` around ${names.map(prose/* code */.aY).join(' and ')}` : '';
}
// Evidence that points at a file directly (the issue names, quotes or traces it), as opposed to
// term statistics and path words, which only make a file likely.
const DIRECT = /traceback|quoted|named in the issue|defines `|points at line|location|holds the (?:line|message)/;
/** Whether the research has direct evidence for a file or for its best symbol. */
function hasDirectEvidence(research, file) {
    if (file.reasons.some(reason => DIRECT.test(reason)))
        return true;
    return symbolsOf(research, file.path, 1).some(symbol => symbol.reasons.some(reason => DIRECT.test(reason)));
}

;// CONCATENATED MODULE: ./src/plan/embedded/shared/code-selection.ts


const featureSelection = { share: 0.35, max: 4, docs: 2, tests: 2 };
/** The best symbol's file leads only if it scores at least this share of the best file. */
const LEAD_FILE = 0.5;
/** A lead symbol this strong rests on direct evidence: a frame, a quote, a qualified name. */
const SURE_SYMBOL = 8;
/** When sure, another file is listed if its best symbol is this close to the lead's… */
const CLOSE_SYMBOL = 0.8;
/** …or the file itself scores this close to the best file. */
const CLOSE_FILE = 0.85;
/** Code files the research's ranking offers: the listed ones and those also considered. */
const MAX_CANDIDATES = 6;
const MAX_CONSIDERED = 4;
/**
 * The code files a plan lists, lead first. The lead is the file of the research's best symbol
 * (it weighs the evidence inside files too), else its best code file; another file joins when
 * its score is close enough to the best one's, or when `keep` names it. The rest are only
 * "also considered".
 */
function selectCode(research, usable, selection, keep) {
    const candidates = usable
        .filter(file => file.kind === 'code' || file.kind === 'config')
        .slice(0, MAX_CANDIDATES);
    const codeFiles = candidates.filter(file => file.kind === 'code');
    if (candidates.length === 0)
        return { code: [], considered: [], sure: false };
    const best = Math.max(...candidates.map(file => file.score));
    // The best symbol leads when its file is a serious candidate itself.
    const strong = codeFiles.filter(file => file.score >= best * LEAD_FILE);
    const symbolLead = research.symbols.find(symbol => strong.some(file => file.path === symbol.path));
    const lead = strong.find(file => file.path === symbolLead?.path) ?? candidates[0];
    const leadScore = symbolLead && symbolLead.path === lead.path ? symbolLead.score : 0;
    // Without parsed symbols (a language without patterns either), the file's own evidence decides.
    const sure = research.symbols.length > 0 ? leadScore >= SURE_SYMBOL : hasDirectEvidence(research, lead);
    const bestSymbol = (file) => research.symbols.find(symbol => symbol.path === file.path)?.score ?? 0;
    const close = (file) => sure
        ? bestSymbol(file) >= leadScore * CLOSE_SYMBOL || file.score >= best * CLOSE_FILE
        : file.score >= best * selection.share;
    const chosen = [lead];
    for (const file of candidates) {
        if (chosen.length >= selection.max || chosen.includes(file))
            continue;
        if (close(file) || keep.includes(file.path))
            chosen.push(file);
    }
    // Config files only make sense after code: a manifest is rarely the main home of a change.
    const code = [
        lead,
        ...chosen.slice(1).sort((a, b) => Number(a.kind === 'config') - Number(b.kind === 'config'))
    ];
    const considered = codeFiles.filter(file => !code.includes(file)).slice(0, MAX_CONSIDERED);
    return { code, considered, sure };
}
/** "Also considered, with weaker evidence: `a` (mentions `x` 5 times) and `b` (…)." */
function alsoConsideredLine(files) {
    if (files.length === 0)
        return undefined;
    const items = files.map(file => file.reasons[0] ? `${(0,prose/* code */.aY)(file.path)} (${file.reasons[0]})` : (0,prose/* code */.aY)(file.path));
    const last = items.pop();
    return `Also considered, with weaker evidence: ${items.length > 0 ? `${items.join(', ')} and ${last}` : last}.`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/plan/embedded/shared/listable-paths.ts
// Which paths a plan may name: plain relative paths inside the repository, to files that exist.


function isFile(root, path) {
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, path)).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(root, path) {
    try {
        return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(root, path)).isDirectory();
    }
    catch {
        return false;
    }
}
/** A path a plan can name: relative, inside the root, writable as inline code. */
function isPlainPath(path) {
    return (path !== '' &&
        !path.includes('`') &&
        !path.startsWith('/') &&
        !/^[a-zA-Z]:/.test(path) &&
        !path.split('/').includes('..'));
}
/** Whether a plan may list an existing file at `path`. */
function listableIn(root) {
    return path => isPlainPath(path) && isFile(root, path);
}

;// CONCATENATED MODULE: ./src/plan/embedded/shared/new-test-file.ts
// What a new test file is called and where it goes: named like the module's neighbours' tests
// when they have some, else by the layout's `{name}` pattern, in the test directory that mirrors
// the module's.





function casedSubject(words, layout, pattern) {
    const ext = external_node_path_.posix.extname(pattern);
    if (/\{name\}(?:Test|Tests|Spec)\./.test(pattern)) {
        return words.map(word => word[0].toUpperCase() + word.slice(1)).join('');
    }
    if (['.py', '.rb', '.go', '.rs', '.ex', '.exs', '.php', '.dart'].includes(ext)) {
        return words.join('_');
    }
    // JavaScript and friends: follow the examples' own style (camelCase or kebab-case).
    const camel = layout.examples.some(example => /[a-z][A-Z]/.test(external_node_path_.posix.basename(example)));
    const kebab = layout.examples.some(example => /[a-z]-[a-z]/.test(external_node_path_.posix.basename(example)));
    if (camel && !kebab) {
        return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
    }
    return words.join('-');
}
/** The feature's test file from the layout's `{name}` pattern, or undefined when there is none. */
function testFileFor(layout, descriptiveName, anchor) {
    const pattern = layout.pattern;
    if (!pattern.includes('{name}'))
        return undefined;
    const words = descriptiveName.split('-').filter(Boolean);
    if (words.length === 0)
        return undefined;
    const dir = anchor ? external_node_path_.posix.dirname(anchor) : (layout.dirs[0] ?? '.');
    const path = external_node_path_.posix.normalize(pattern.replace(/\{dir\}/g, dir).replace(/\{name\}/g, casedSubject(words, layout, pattern)));
    return isPlainPath(path) ? path : undefined;
}
/** The files beside `subject` and the packages beside it, as repository paths. */
function neighboursOf(root, subject) {
    const dir = external_node_path_.posix.dirname(subject);
    const out = [];
    try {
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.resolve)(root, dir), { withFileTypes: true })) {
            const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isFile())
                out.push(path);
            else if (entry.isDirectory())
                for (const init of ['__init__.py', 'index.ts', 'index.js', 'mod.rs'])
                    if (isFile(root, `${path}/${init}`))
                        out.push(`${path}/${init}`);
        }
    }
    catch {
        return [];
    }
    return out;
}
/**
 * A new test file for the module at `subject`: named like its neighbours' tests when they have
 * some (`tests/test_ext_{module}.py`), else by the layout's pattern; in a tree of
 * tests, under the subdirectory that mirrors the module's when the existing tests have one.
 */
function moduleTestFile(root, layout, subject) {
    const learned = (0,test_files/* neighbourTestName */.jY)(subject, neighboursOf(root, subject), layout.files);
    if (learned && isPlainPath(learned) && !isFile(root, learned))
        return learned;
    const pattern = layout.pattern;
    const name = (0,module_name/* moduleName */.AO)(subject);
    if (!pattern.includes('{name}') || !/^[\w-]+$/.test(name))
        return undefined;
    const sourceDir = external_node_path_.posix.dirname(subject);
    let path;
    if (pattern.includes('{dir}')) {
        path = pattern.replace(/\{dir\}/g, sourceDir).replace(/\{name\}/g, name);
    }
    else {
        const base = external_node_path_.posix.dirname(pattern);
        const parts = sourceDir === '.' ? [] : sourceDir.split('/');
        const mirror = parts
            .map((_, index) => external_node_path_.posix.join(base, ...parts.slice(index)))
            .find(candidate => isDirectory(root, candidate));
        path = external_node_path_.posix.join(mirror ?? base, external_node_path_.posix.basename(pattern).replace(/\{name\}/g, name));
    }
    path = external_node_path_.posix.normalize(path);
    return isPlainPath(path) ? path : undefined;
}

// EXTERNAL MODULE: ./src/text/regex.ts
var regex = __webpack_require__(1428);
;// CONCATENATED MODULE: ./src/plan/embedded/shared/relevant-files.ts
// "Relevant Files" of the embedded planner: which ranked files the change probably touches and
// why, and which test file the feature gets. Only files that exist are listed to modify; the new
// test file follows the repository's own naming and never overwrites an existing file.











function reasonText(file) {
    return file.reasons.slice(0, 3).join('; ') || 'ranked relevant by the research';
}
const featureWording = {
    lead: (subject, evidence) => `Main change: the feature's logic belongs here${subject} (evidence: ${evidence}).`,
    follow: (subject, evidence) => `Follow-on change: adapt this code${subject} to the new behaviour and keep its callers working (evidence: ${evidence}).`,
    config: evidence => `Register or configure the feature here if it needs settings, scripts or dependencies (evidence: ${evidence}).`,
    test: evidence => `Existing tests of this code: add cases for the new behaviour and check the old cases still hold (evidence: ${evidence}).`,
    doc: evidence => `Documents this area: describe the feature and any new option or command (evidence: ${evidence}).`,
    existingTest: 'Tests named after this feature already live here: extend them for the new behaviour.',
    newTest: (label, convention) => `Tests for ${label}, one per acceptance criterion, named like the repository's other tests${convention}.`,
    coveringTest: (subject, evidence) => `Existing tests of ${(0,prose/* code */.aY)(subject)}${evidence ? ` (${evidence})` : ''}: add the feature's tests here, one per acceptance criterion.`
};
function whyCode(research, file, lead, wording) {
    if (file.kind === 'config')
        return wording.config(reasonText(file));
    const subject = placesIn(research, file);
    return lead ? wording.lead(subject, reasonText(file)) : wording.follow(subject, reasonText(file));
}
/** How the research found a test: its reasons, the import and call ones first. */
function testEvidence(entry) {
    return entry.reasons.slice(0, 3).join('; ');
}
/** A code file's tests, found by what they import and call; else one named after the module. */
function testsOf(research, listable, path) {
    const found = research.tests
        .filter(test => test.subject === path && listable(test.path))
        .map(test => ({ path: test.path, reasons: test.reasons }));
    if (found.length > 0)
        return found;
    const named = (0,test_files/* existingTestOf */.xw)(research.orientation.tests.files, path, listable);
    return named ? [{ path: named, reasons: [`named after \`${(0,module_name/* moduleName */.AO)(path)}\``] }] : [];
}
/** A member's name this short (`get`, `sum`) names too many tests to pick one by. */
const MEMBER_NAME_LEAST = 4;
/**
 * Tests named after the lead member rather than its module (`test/req.subdomains.js`,
 * `tests/test_subdomains.py`): the suite's own place for that member's cases.
 */
function memberTests(research, listable, subject) {
    const member = symbolsOf(research, subject, 1)[0];
    if (!member || !['function', 'method', 'variable'].includes(member.kind))
        return [];
    const names = [symbolName(member), member.name]
        .filter(name => name.length >= MEMBER_NAME_LEAST)
        .map(fold_name/* foldName */.z);
    const family = (path) => external_node_path_.posix.extname(path).replace(/^\.[cm]?([jt])sx?$/, '.js');
    return research.orientation.tests.files
        .filter(path => listable(path) && family(path) === family(subject))
        .filter(path => {
        const shape = (0,test_files/* testShape */.MA)(path);
        return shape !== undefined && names.includes((0,fold_name/* foldName */.z)(shape.subject));
    })
        .slice(0, 1)
        .map(path => ({ path, reasons: [`named after the member \`${symbolName(member)}\``] }));
}
/**
 * The test file at the place the module's own test has by the repository's naming
 * (`tests/lib/rules/x.js` for `lib/rules/x.js`), when it exists.
 */
function namedTest(research, root, listable, subject) {
    const path = moduleTestFile(root, research.orientation.tests, subject);
    if (!path || !isFile(root, path) || !listable(path))
        return [];
    // The research's reasons for it, when it found it too, say more (what it imports and calls).
    const found = research.tests.find(test => test.path === path && test.subject === subject);
    return [{ path, reasons: found?.reasons ?? [`named after \`${(0,module_name/* moduleName */.AO)(subject)}\``] }];
}
/**
 * The existing tests a plan lists: the subject's own first (at most `max`), one per listed file.
 * `byName`: the tests named after the lead member, then after its module, come before those
 * found by what they import.
 */
function testsToList(research, root, listable, usable, codeFiles, subject, max, byName) {
    const own = (path) => [
        ...(byName
            ? [...memberTests(research, listable, path), ...namedTest(research, root, listable, path)]
            : []),
        ...testsOf(research, listable, path)
    ];
    const covering = subject
        ? own(subject)
        : // No code to anchor on: the tests the research ranked for the issue's words.
            usable
                .filter(item => item.kind === 'test' && (0,test_files/* looksLikeTestFile */.ah)(item.path))
                .slice(0, 1)
                .map(file => ({ path: file.path, reasons: file.reasons }));
    // The other listed files' own tests come next: they check the rest of the change.
    const ofOthers = codeFiles
        .filter(file => file.kind === 'code' && file.path !== subject)
        .map(file => testsOf(research, listable, file.path)[0])
        .filter((test) => test !== undefined);
    const tests = [];
    const unique = covering.filter((test, index) => covering.findIndex(item => item.path === test.path) === index);
    for (const test of [...unique.slice(0, max), ...ofOthers]) {
        if (!tests.some(item => item.path === test.path))
            tests.push(test);
    }
    return tests;
}
/**
 * The bullets of the files to modify: code, then tests, then docs. `coveringSubject` is set when
 * the first test is the subject's own and takes the work's tests.
 */
function modifyEntries(research, wording, listed, coveringSubject) {
    const toModify = listed.code.map((file, index) => ({
        path: file.path,
        why: whyCode(research, file, index === 0, wording)
    }));
    listed.tests.forEach((test, index) => {
        const why = index === 0 && coveringSubject
            ? wording.coveringTest(coveringSubject, testEvidence(test))
            : wording.test(testEvidence(test));
        toModify.push({ path: test.path, why });
    });
    toModify.push(...listed.docs.map(file => ({ path: file.path, why: wording.doc(reasonText(file)) })));
    return toModify;
}
/**
 * What becomes of the test file the repository's naming proposes for the work: extended if it
 * exists, else created (by the kinds that add one).
 */
function workTestFile(research, root, wording, proposed, subject, featureLabel, listed) {
    if (!proposed)
        return {};
    if (isFile(root, proposed)) {
        // The work's test file already exists: extend it instead of inventing another name.
        if (listed.some(entry => entry.path === proposed))
            return { reused: proposed };
        const why = subject && wording.coveringTest ? wording.coveringTest(subject, '') : wording.existingTest;
        return { reused: proposed, extend: { path: proposed, why } };
    }
    if (!wording.newTest)
        return {};
    const layout = research.orientation.tests;
    const convention = `${layout.framework ? ` (${layout.framework})` : ''}${layout.examples[0] ? `, e.g. ${(0,prose/* code */.aY)(layout.examples[0])}` : ''}`;
    const label = subject ? `${featureLabel} in ${(0,prose/* code */.aY)(subject)}` : featureLabel;
    return { create: { path: proposed, why: wording.newTest(label, convention) } };
}
/**
 * The Relevant Files of a plan: the code files the evidence supports (`keep` adds some whatever
 * their score), the existing tests of that code, the ranked docs, and where the work's own tests
 * go, each with the reason for it in the `wording` of the plan's kind.
 */
function chooseRelevantFiles(research, root, descriptiveName, featureLabel, wording = featureWording, options = {}) {
    const listable = listableIn(root);
    // The siblings of a new family member are its examples, not files the change modifies.
    const sibling = options.newMember ? siblingTest(research) : () => false;
    // Build scripts, CI, templates, changelogs, examples and generated copies are no change's
    // home unless the issue names them.
    const usable = research.files.filter(file => listable(file.path) && !sibling(file.path) && (!file.role || file.named));
    const selection = options.selection ?? featureSelection;
    const { code: codeFiles, considered, sure } = selectCode(research, usable, selection, options.keep ?? []);
    const docs = usable
        .filter(file => file.kind === 'doc' && isDocumentation(file.path))
        .slice(0, selection.docs);
    const layout = research.orientation.tests;
    const lead = codeFiles.find(file => file.kind === 'code');
    const subject = options.testSubject ?? lead?.path;
    const tests = testsToList(research, root, listable, usable, codeFiles, subject, selection.tests, options.testsByName ?? false);
    const existingTest = wording.coveringTest && subject ? tests[0]?.path : undefined;
    const toModify = modifyEntries(research, wording, { code: codeFiles, tests, docs }, existingTest ? subject : undefined);
    const proposed = existingTest
        ? undefined
        : subject && wording.coveringTest
            ? moduleTestFile(root, layout, subject)
            : testFileFor(layout, descriptiveName, codeFiles[0]?.path);
    const member = options.newMember ? memberFiles(research, root) : [];
    if (options.newMember)
        toModify.push(...registrationEntries(research, listable, toModify));
    const memberTest = member.find(entry => /(?:^|[/._-])(?:tests?|spec)(?:[/._-]|$)/i.test(entry.path));
    const own = memberTest
        ? { create: undefined, reused: undefined, extend: undefined }
        : workTestFile(research, root, wording, proposed, subject, featureLabel, toModify);
    if (own.extend)
        toModify.push(own.extend);
    return {
        code: codeFiles,
        considered,
        alsoConsidered: alsoConsideredLine(considered),
        unsure: lead !== undefined && !sure,
        tests,
        docs,
        toModify,
        toCreate: [...member, ...(own.create ? [own.create] : [])],
        newTest: memberTest?.path ?? own.create?.path,
        existingTest: existingTest ?? own.reused
    };
}
/** Whether a path is another member of the family a new member joins (or a companion of one). */
function siblingTest(research) {
    const member = research.newMember;
    if (!member || member.files.length === 0)
        return () => false;
    const patterns = member.files.map(path => new RegExp(`^${path.split(member.name).map(regex/* escapeRegExp */.N).join('[^/]+')}$`));
    return path => patterns.some(pattern => pattern.test(path));
}
/**
 * The files of a new family member (a rule, a plugin, a check) in its siblings' shape: the member
 * itself, then the companions its siblings have (types, test, docs), each that does not exist yet.
 */
function memberFiles(research, root) {
    const member = research.newMember;
    if (!member)
        return [];
    const siblings = (0,prose/* listing */.RR)(member.siblings.slice(0, 2).map(prose/* code */.aY));
    const precedent = member.precedent;
    const shaped = member.files.map((path, index) => ({
        path,
        why: index === 0
            ? `The new ${(0,prose/* code */.aY)(member.name)}, shaped like its siblings ${siblings} (${(0,prose/* code */.aY)(member.pattern)}), and registered wherever they are.`
            : `Its siblings each have a ${(0,prose/* code */.aY)(path.split(member.name).join('{name}'))}: the new one's.`
    }));
    const followed = (precedent?.files ?? []).map(path => ({
        path,
        why: `${precedentLabel(precedent)} added ${(0,prose/* code */.aY)(path.split(member.name).join(precedent.sibling))} with it: the new one's.`
    }));
    return [...shaped, ...followed].filter(({ path }) => isPlainPath(path) && !isFile(root, path));
}
/** "The commit that added `x` (`a1b2c3d` *Add the x rule*)" */
function precedentLabel(precedent) {
    return `The commit that added ${(0,prose/* code */.aY)(precedent.sibling)} (${(0,prose/* code */.aY)(precedent.sha.slice(0, 7))} *${(0,prose/* escapeAngles */.yH)(precedent.subject)}*)`;
}
/** The files the commit that added the last sibling changed besides: where a new member is registered. */
function registrationEntries(research, listable, listed) {
    const precedent = research.newMember?.precedent;
    if (!precedent)
        return [];
    return precedent.registrations
        .filter(path => listable(path) && !listed.some(entry => entry.path === path))
        .map(path => ({
        path,
        why: `${precedentLabel(precedent)} changed it too: register ${(0,prose/* code */.aY)(research.newMember.name)} the same way.`
    }));
}

;// CONCATENATED MODULE: ./src/plan/embedded/shared/content-shared.ts






/** `[Feature] Add x`, `feat(ui): x`, `Bug: x` -> `Add x`, `x`; `fallback` when nothing is left. */
function featureNameFrom(title, body, fallback = 'Untitled feature') {
    const cleaned = (0,naming/* stripTitlePrefix */.Fw)(title).replace(/[.!?\s]+$/, '');
    const firstLine = body
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .split('\n')
        .find(line => /\w/.test(line));
    const name = (0,prose/* prose */.CS)(cleaned, 100) || (0,prose/* prose */.CS)(firstLine ?? '', 100);
    return name ? (0,prose/* capitalise */.sK)(name) : fallback;
}
const VALIDATION_ORDER = ['test', 'lint', 'typecheck', 'format', 'build'];
function validationCommands(commands) {
    return (commands
        .filter(command => VALIDATION_ORDER.includes(command.purpose))
        .sort((a, b) => VALIDATION_ORDER.indexOf(a.purpose) - VALIDATION_ORDER.indexOf(b.purpose))
        // A repository with one test env per interpreter would fill the list with near-copies:
        // two commands per purpose say what to run without repeating it.
        .filter((command, index, sorted) => sorted.slice(0, index).filter(c => c.purpose === command.purpose).length < 2)
        .slice(0, 6));
}
/** The repository's check commands, then the ones its maintainers' guides name. */
function commandEntries(research) {
    const { orientation } = research;
    const declared = validationCommands(orientation.commands);
    return [
        ...declared.map(command => ({
            command: command.command,
            description: (0,prose/* prose */.CS)(command.description, 120) || command.purpose
        })),
        ...guidanceCommands(orientation.guidance, declared.map(command => command.command))
    ];
}
function planCommands(research) {
    const declared = validationCommands(research.orientation.commands);
    return {
        test: declared.find(command => command.purpose === 'test')?.command,
        checks: declared
            .filter(command => ['test', 'lint', 'typecheck'].includes(command.purpose))
            .map(command => command.command)
    };
}
/** The task every plan ends its work with. */
function runChecksTask(checks) {
    return checks.length > 0
        ? `Run ${(0,prose/* listing */.RR)(checks.map(prose/* code */.aY))} and fix everything they report.`
        : "Run the project's tests and linters and fix everything they report.";
}
function leadPlace(research, lead) {
    const symbol = lead ? symbolsOf(research, lead.path, 1)[0] : undefined;
    const reference = symbol
        ? `${(0,prose/* code */.aY)(symbolName(symbol))} in ${(0,prose/* code */.aY)(lead.path)}`
        : lead
            ? (0,prose/* code */.aY)(lead.path)
            : undefined;
    return { symbol, reference };
}
/** Where the work's tests go: the existing tests of the code, else a new file. */
function testHomeOf(files) {
    return files.existingTest ?? files.newTest;
}
function relevantFilesData(files, intro) {
    return {
        relevantFilesIntro: intro,
        filesToModify: files.toModify,
        alsoConsidered: files.alsoConsidered ?? '',
        filesToCreate: files.toCreate
    };
}
/**
 * What the repository's history says: past changes like this one (short hash and subject, the
 * files they touched), and the files that usually change with the lead file besides its tests.
 */
function historyNotes(research) {
    const history = research.history;
    if (!history)
        return [];
    const notes = [];
    if (history.similar.length > 0)
        notes.push(`Similar past changes: ${history.similar
            .map(change => `${(0,prose/* code */.aY)(change.sha.slice(0, 7))} *${(0,prose/* escapeAngles */.yH)(change.subject)}* (${change.files
            .slice(0, 4)
            .map(prose/* code */.aY)
            .join(', ')}${change.files.length > 4 ? ', …' : ''})`)
            .join('; ')}.`);
    const companions = history.companions;
    if (companions.length > 0)
        notes.push(`In the history, ${(0,prose/* code */.aY)(companions[0].with)} usually changes together with ${companions
            .map(item => `${(0,prose/* code */.aY)(item.path)} (${item.together} of its last ${item.of} commits)`)
            .join(', ')}: check whether this change needs them too.`);
    return notes;
}
/** The Notes an embedded plan opens with: where it came from, the stack, the evidence. */
function researchNotes(adwId, research, review) {
    const { stack, guidance } = research.orientation;
    return [
        `This plan was written by the embedded template planner, without an LLM: it is built from the text of issue #${adwId} and a static research of ${research.fileCount} files, so review ${review} before building.`,
        ...(stack.length > 0
            ? [
                `Stack detected: ${stack
                    .slice(0, 8)
                    .map(item => (0,prose/* prose */.CS)(item, 40))
                    .join(', ')}.`
            ]
            : []),
        ...guidanceNotes(guidance),
        ...historyNotes(research),
        // The research's evidence where in the code: its best symbols (the files are listed above).
        ...research.symbols
            .slice(0, 3)
            .map(symbol => `Research evidence for ${(0,prose/* code */.aY)(symbolName(symbol))} in ${(0,prose/* code */.aY)(symbol.path)} (score ${symbol.score}): ${symbol.reasons.join('; ')}.`),
        ...(research.symbols.length === 0
            ? research.files
                .slice(0, 3)
                .map(file => `Research evidence for ${(0,prose/* code */.aY)(file.path)} (${file.kind}, score ${file.score}): ${reasonText(file)}.`)
            : [])
    ];
}
// A line that is only a label: `### Steps to reproduce`, `**Expected behavior**`, `Actual:`.
const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BOLD_LABEL = /^\s*\*\*([^*]{1,60}?):?\*\*:?\s*$/;
const COLON_LABEL = /^\s*([A-Z][\w '’/-]{2,40}):\s*$/;
/** The issue body cut at its headings (issue forms write `###`, people write `**Label**`). */
function issueSections(body) {
    const sections = [{ title: '', lines: [] }];
    for (const line of (0,issue_text/* proseLines */.DS)(body)) {
        const label = HEADING.exec(line) ?? BOLD_LABEL.exec(line) ?? COLON_LABEL.exec(line);
        if (label) {
            sections.push({ title: label[1].replace(/[:?]+$/, '').trim(), lines: [] });
            continue;
        }
        sections[sections.length - 1].lines.push(line);
    }
    return sections;
}
/** The first section whose title matches, or undefined. Empty form answers ("_No response_") count as absent. */
function sectionMatching(sections, pattern) {
    return sections.find(section => pattern.test(section.title) &&
        !/^_?no response_?$/i.test(section.lines.join(' ').trim()) &&
        section.lines.some(line => /\w/.test(line)));
}
const content_shared_LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.+)$/;
const NUMBERED_ITEM = /^\s*\d{1,3}[.)]\s+(.+)$/;
/** List items (bulleted, numbered or checklist) of some lines, each flattened to one line. */
function listItems(lines, numberedOnly = false) {
    const pattern = numberedOnly ? NUMBERED_ITEM : content_shared_LIST_ITEM;
    return lines
        .map(line => pattern.exec(line)?.[1])
        .filter((item) => item !== undefined)
        .map(item => (0,prose/* prose */.CS)(item, 300))
        .filter(Boolean);
}
/** The section's prose (not its list items) as one line, or '' when it has none. */
function sectionProse(section, max = 1200) {
    if (!section)
        return '';
    return (0,prose/* prose */.CS)(section.lines.filter(line => !content_shared_LIST_ITEM.test(line)).join('\n'), max);
}
/** The step a bug or chore plan ends with: the repository's checks, then any last `tasks`. */
function validationStep(checks, ...tasks) {
    return { name: 'Run the validation commands', tasks: [runChecksTask(checks), ...tasks] };
}

;// CONCATENATED MODULE: ./src/plan/embedded/shared/areas.ts
// The area of the repository a path belongs to, the unit a plan groups its work by: the folder
// under a container such as `src/`, else the top-level folder.
const CONTAINERS = new Set(['src', 'lib', 'app', 'apps', 'packages', 'pkg', 'internal', 'cmd']);
/** `src/foo/bar.ts` -> `src/foo`: the top level alone is too coarse in most repositories. */
function areaOf(path) {
    const parts = path.split('/');
    if (parts.length === 1)
        return '.';
    return CONTAINERS.has(parts[0]) && parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}
/** An area as a sentence names it: the top level is "the repository root". */
function areaName(area) {
    return area === '.' ? 'the repository root' : area;
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/phases.ts




// Where users or other programs reach the code: the second phase wires the feature in there.
const INTERFACE = /(?:^|[/_.-])(?:cli|cmd|commands?|api|routes?|router|controllers?|handlers?|views?|pages?|components?|ui|web|server|endpoints?|main|index|app|bin)(?:[/_.-]|$)/i;
function isInterface(file) {
    return file.kind === 'config' || INTERFACE.test(file.path);
}
function groupByArea(files) {
    const groups = new Map();
    for (const file of files)
        groups.set(areaOf(file.path), [...(groups.get(areaOf(file.path)) ?? []), file]);
    return [...groups];
}
function corePhase(files, input) {
    const areas = [...new Set(files.map(file => areaOf(file.path)))];
    const [lead, ...rest] = files;
    const mentioned = input.identifiers
        .filter(name => !files.some(file => definedNames(file).includes(name) ||
        symbolsOf(input.research, file.path).some(symbol => symbolName(symbol).endsWith(name))))
        .slice(0, 3);
    return {
        name: `Core logic in ${(0,prose/* listing */.RR)(areas.map(areaName))}`,
        description: `${input.solution} This phase builds that behaviour where the research found its home, without changing what existing callers see.`,
        tasks: [
            `Implement the feature's logic in ${(0,prose/* code */.aY)(lead.path)}${namesIn(input.research, lead)}, reusing its existing helpers rather than adding a parallel code path.`,
            ...rest.map(file => `Adapt ${(0,prose/* code */.aY)(file.path)}${namesIn(input.research, file)} to the new behaviour and keep its current callers working.`),
            ...(mentioned.length > 0
                ? [
                    `Locate ${(0,prose/* listing */.RR)(mentioned.map(prose/* code */.aY))}, named in the issue, and change ${mentioned.length > 1 ? 'them' : 'it'} together with the code above.`
                ]
                : []),
            ...input.criteria
                .slice(0, 2)
                .map(criterion => `Make the code satisfy the criterion “${criterion.replace(/[.!]$/, '')}”.`)
        ]
    };
}
function wiringTasks(files, input) {
    return files.map(file => file.kind === 'config'
        ? `Update ${(0,prose/* code */.aY)(file.path)} for any setting, script or dependency the feature needs.`
        : `Connect the feature in ${(0,prose/* code */.aY)(file.path)}${namesIn(input.research, file)}; keep existing options and output unchanged unless the issue asks otherwise.`);
}
/** A new name's declaration: next to its kind, with the default that keeps today's behaviour. */
function declareTask(item, place) {
    const owner = item.owner && !place.includes((0,prose/* code */.aY)(item.owner)) ? ` (for ${(0,prose/* code */.aY)(item.owner)})` : '';
    if (item.kind === 'flag')
        return `Declare ${(0,prose/* code */.aY)(item.name)}${owner} next to the command's other flags (${place}), with help text; without it the command behaves as today.`;
    if (item.kind === 'env')
        return item.nextTo
            ? `Read ${(0,prose/* code */.aY)(item.name)} in ${(0,prose/* code */.aY)(item.nextTo.path)}, next to the environment variables the project reads already (${(0,prose/* listing */.RR)(item.nextTo.names.map(prose/* code */.aY))}); while it is unset, the behaviour is today's.`
            : `Read ${(0,prose/* code */.aY)(item.name)} from the environment where ${place} is configured; while it is unset, the behaviour is today's.`;
    return `Add ${(0,prose/* code */.aY)(item.name)}${owner} to ${place}, defaulting to ${item.default ? (0,prose/* code */.aY)(item.default) : 'a value'} so that today's behaviour is kept.`;
}
/**
 * A name the code has already, never declared a second time: what the foundation extends when the
 * issue adds nothing new, else a neighbour of the new names, changed only where the feature needs.
 */
function existingTask(item, alone) {
    const verb = item.kind === 'env' ? 'reads' : 'declares';
    const where = item.declaredIn
        ? ` where ${(0,prose/* code */.aY)(item.declaredIn)} ${verb} it`
        : ' where it is declared';
    return alone
        ? `Extend the existing ${(0,prose/* code */.aY)(item.name)}${where}, rather than declaring it again.`
        : `Leave ${(0,prose/* code */.aY)(item.name)}${where}: it exists already, so change it there only if the feature needs to, never declare it a second time.`;
}
/**
 * Declare the sketched interface first: the option, flag or variable, with a default that changes
 * nothing; the names the code has already are extended where they are.
 */
function interfaceFoundation(lead, api, input) {
    const place = leadPlace(input.research, lead).reference;
    const added = [...api.items, ...api.variables];
    const tasks = [
        ...added.map(item => declareTask(item, place)),
        ...api.existing.map(item => existingTask(item, added.length === 0))
    ];
    const config = input.files.code.filter(file => file.kind === 'config');
    if (config.length > 0 && api.items.length > 0)
        tasks.push(`Declare the new setting in ${(0,prose/* listing */.RR)(config.map(file => (0,prose/* code */.aY)(file.path)))} where the existing ones are.`);
    const first = added[0] ?? api.existing[0];
    const kindName = (item) => (item.kind === 'env' ? 'environment variable' : item.kind);
    if (input.testHome)
        tasks.push(`Add a test to ${(0,prose/* code */.aY)(input.testHome)} that uses the existing interface without the new ${added[0] ? kindName(added[0]) : 'behaviour'} and expects today's result.`);
    const names = (0,prose/* listing */.RR)(added.map(item => (0,prose/* code */.aY)(item.name)));
    return {
        name: `Foundation: the interface in ${(0,prose/* code */.aY)(posixName(first.declaredIn ?? lead.path))}`,
        description: added.length > 0
            ? `Add the ${added.length > 1 ? 'names' : kindName(added[0])} the issue sketches (${names}) without behaviour yet, so callers can ${added.length > 1 ? 'use them' : 'use it'} and nothing changes until the core is in.`
            : `The issue builds on ${(0,prose/* listing */.RR)(api.existing.map(item => (0,prose/* code */.aY)(item.name)))}, which the code has already: extend ${api.existing.length > 1 ? 'them' : 'it'} where ${api.existing.length > 1 ? 'they are' : 'it is'} declared, so that nothing changes until the core is in.`,
        tasks
    };
}
function posixName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
const folded = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
/**
 * Whether the title names the new member with its kind beside it ("Add Duration Plugin", "no foo
 * bar rule"): the kind is the directory its siblings sit in, singular, or their names' suffix
 * (`{name}Check`). Without it the name is a guess from other words, too weak to build a phase on.
 */
function titleNamesMember(title, pattern, name) {
    if (!title)
        return false;
    const [before, after = ''] = pattern.split('{name}');
    const dir = before.split('/').filter(Boolean).pop() ?? '';
    const kinds = [
        dir.replace(/ies$/, 'y').replace(/s$/, ''),
        /^([A-Z][a-z]+)/.exec(after)?.[1] ?? ''
    ]
        .map(folded)
        .filter(kind => kind.length >= 3);
    const text = folded(title);
    return kinds.some(kind => text.includes(folded(name) + kind) || text.includes(kind + folded(name)));
}
/**
 * A new member of a family (a plugin, a rule, a check) starts as its siblings do: its files in
 * their shape, registered where they are, with no behaviour yet. Pinning down what the code does
 * today would test code the new member does not change.
 */
function memberFoundation(input) {
    const member = input.research.newMember;
    const own = member && input.files.toCreate.find(entry => entry.path === member.files[0]);
    if (!member || !own || !titleNamesMember(input.title, member.pattern, member.name))
        return undefined;
    const companions = input.files.toCreate.filter(entry => entry !== own && entry.path !== input.files.newTest);
    const registrations = input.files.toModify.filter(entry => member.precedent?.registrations.includes(entry.path));
    const siblings = (0,prose/* listing */.RR)(member.siblings.slice(0, 2).map(prose/* code */.aY));
    return {
        name: `Foundation: the ${(0,prose/* code */.aY)(member.name)} skeleton and its registration`,
        description: `Add ${(0,prose/* code */.aY)(member.name)} the way its siblings (${siblings}) are built and registered, with no behaviour yet, so that the project loads it and nothing else changes until the core is in.`,
        tasks: [
            `Create ${(0,prose/* code */.aY)(own.path)} in the shape of ${siblings}: the same exports and entry point, no behaviour yet.`,
            ...companions.map(entry => `Add ${(0,prose/* code */.aY)(entry.path)}, as each sibling has its own (${(0,prose/* code */.aY)(member.pattern)}).`),
            ...(registrations.length > 0
                ? registrations.map(entry => `Register ${(0,prose/* code */.aY)(member.name)} in ${(0,prose/* code */.aY)(entry.path)} the way its siblings are.`)
                : [`Register ${(0,prose/* code */.aY)(member.name)} wherever ${siblings} are registered.`]),
            ...(input.files.newTest
                ? [
                    `Start ${(0,prose/* code */.aY)(input.files.newTest)} with one test that loads ${(0,prose/* code */.aY)(member.name)} as its siblings' tests load them.`
                ]
                : [])
        ]
    };
}
/** With no interface to declare, pin down what the touched code does today: the change must keep it. */
function pinningFoundation(lead, input) {
    const place = leadPlace(input.research, lead).reference;
    const where = input.testHome ? ` to ${(0,prose/* code */.aY)(input.testHome)}` : '';
    return {
        name: 'Foundation: pin down today’s behaviour',
        description: `Before changing ${place}, record what it does today in tests, so the change shows up as the difference the issue asks for and nothing else.`,
        tasks: [
            `Add tests${where} for the cases of ${place} the feature must not change (the default path and one edge case).`,
            `Read the callers of ${place} and note which of them will see the new behaviour.`
        ]
    };
}
function foundationPhase(input) {
    const home = [...input.research.orientation.structure].sort((a, b) => b.fileCount - a.fileCount)[0];
    return {
        name: 'Foundation',
        description: `${input.solution} The research found no existing code clearly tied to the issue, so the feature starts as new code that follows the repository's layout.`,
        tasks: [
            home
                ? `Add the feature's module under ${(0,prose/* code */.aY)(home.path)} (${home.summary || `${home.fileCount} files`}), next to the code it resembles most.`
                : "Add the feature's module where the README says code of this kind belongs.",
            ...input.criteria
                .slice(0, 3)
                .map(criterion => `Implement the criterion “${criterion.replace(/[.!]$/, '')}”.`),
            'Expose the feature through the same entry points the rest of the project uses.'
        ]
    };
}
function verificationPhase(input, wiring = []) {
    const { files } = input;
    const framework = input.research.orientation.tests.framework;
    const tasks = [
        ...wiringTasks(wiring, input),
        ...(files.newTest
            ? [
                `Create ${(0,prose/* code */.aY)(files.newTest)}${framework ? ` with ${framework}` : ''}: one test per acceptance criterion, plus invalid input and the behaviour when the feature is not used.`
            ]
            : []),
        ...files.tests.map(file => `Extend ${(0,prose/* code */.aY)(file.path)} with cases for the changed behaviour.`),
        ...files.docs.map(file => `Update ${(0,prose/* code */.aY)(file.path)} to describe the feature.`),
        runChecksTask(input.checks)
    ];
    if (!files.newTest && files.tests.length === 0) {
        tasks.unshift('Add automated tests for each acceptance criterion next to the code they exercise.');
    }
    return {
        name: wiring.length > 0 ? 'Integration, tests and documentation' : 'Tests and documentation',
        description: `${wiring.length > 0 ? 'Expose the new behaviour where users and other code reach it, prove' : 'Prove'} the feature against the acceptance criteria, document it, and leave every check green.`,
        tasks
    };
}
/** Core and foundation when no existing code is tied to the issue: the feature starts as new code. */
function newCodePhases(input) {
    const foundation = foundationPhase(input);
    const [setup, ...criteria] = foundation.tasks;
    return [
        { ...foundation, tasks: [setup, foundation.tasks[foundation.tasks.length - 1]] },
        {
            name: 'Core behaviour',
            description: 'Implement what the acceptance criteria ask for in the new module.',
            tasks: criteria.slice(0, -1).length > 0
                ? criteria.slice(0, -1)
                : ['Implement the behaviour the issue describes in the new module.']
        },
        verificationPhase(input)
    ];
}
function buildPhases(input) {
    const groups = groupByArea(input.files.code);
    const core = groups.filter(([, files]) => !files.every(isInterface));
    const wiring = groups.filter(([, files]) => files.every(isInterface));
    // The best-ranked core area first; a second core area joins it (one phase per layer, not per folder).
    const coreFiles = core.length > 0 ? core.slice(0, 2).flatMap(([, files]) => files) : (wiring.shift()?.[1] ?? []);
    if (coreFiles.length === 0)
        return newCodePhases(input);
    const lead = coreFiles.find(file => file.kind === 'code') ?? coreFiles[0];
    const later = [...core.slice(2), ...wiring].flatMap(([, files]) => files);
    return [
        memberFoundation(input) ??
            (input.api &&
                (input.api.items.length > 0 ||
                    input.api.variables.length > 0 ||
                    input.api.existing.length > 0)
                ? interfaceFoundation(lead, input.api, input)
                : pinningFoundation(lead, input)),
        corePhase(coreFiles, input),
        verificationPhase(input, later)
    ];
}

;// CONCATENATED MODULE: ./src/plan/embedded/request/api-sketch.ts
// Parts of the issue where the proposal is written (the problem's code shows today's use).
const PROPOSAL_PARTS = new Set([undefined, 'solution', 'api', 'criteria']);
// A name that is a name, not a word: snake_case, camelCase, or kebab-case with a dash inside.
const NAMELIKE = /^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[a-z]+(?:-[a-z0-9]+)+)$/;
const WORDS = /^(?:true|false|none|null|nil|self|this|return|function|const|let|var|def|class|new|import|from|with|for|while|if|else|print|console|log)$/i;
function codeSpans(text) {
    return [...text.matchAll(/`([^`\n]+)`/g)].map(match => match[1].trim());
}
/** Help-text lines the issue quotes: `-z, --zero-terminated    line delimiter is NUL`. */
function helpLines(blocks) {
    const out = [];
    const lines = blocks.flatMap(block => block.lines);
    lines.forEach((line, index) => {
        const match = /^\s*(?:(-[A-Za-z0-9])(?:,\s*|\s+))?(--[\w-]+)?(?:[= ][A-Z_<[][\w<>[\]=-]*)?(?:\s{2,}|\s*$)(.*)$/.exec(line);
        if (!match || !(match[1] || match[2]))
            return;
        // man pages put the description on the next, deeper-indented line.
        const next = lines[index + 1] ?? '';
        const below = !match[3].trim() && /^\s{4,}\S/.test(next) && !/^\s*-/.test(next) ? next.trim() : '';
        out.push({
            short: match[1],
            long: match[2],
            description: (match[3].trim() || below).replace(/\s+/g, ' ')
        });
    });
    return out;
}
// A title that asks for something to be added: "paste: missing support for `-z`", "Add --json".
const ADDS = /\b(?:add|adds|adding|support|supports|missing|new|introduce|implement|provide|allow)\b/i;
/**
 * Whether the title asks for the flag itself ("seq: missing -f option"), not for something done
 * with flags the code has ("Action to change `--nth` dynamically").
 */
function titleAsksFor(title, flag) {
    return flagsIn(title).includes(flag) && ADDS.test(title);
}
function flagsIn(text) {
    return [...text.matchAll(/(?:^|[\s`(])(--?[A-Za-z][\w-]*)(?=[\s`=),.:]|$)/g)].map(m => m[1]);
}
/** Keyword arguments and object keys inside calls: `f(a, hide=True)`, `cors({ origin: [...] })`. */
function namedArguments(line) {
    const out = [];
    // A definition's parameters (`def hello(name: str)`) are not arguments passed to the API.
    if (/^\s*(?:def|function|fn|func|async def|public|private|protected|static)\b/.test(line))
        return out;
    // Inside a string ("name:20,total:8r") a colon is data, not a key.
    const bare = line.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '""');
    for (const match of bare.matchAll(/([\w$.]+)\s*\(([^()]*)/g)) {
        const owner = match[1].split('.').pop();
        for (const arg of match[2].matchAll(/(?:^|[,{(]\s*)([A-Za-z_$][\w$]*)\s*(?:=(?!=)|:)\s*([^,)}\s]+)?/g))
            out.push({ name: arg[1], owner, value: arg[2] === '""' ? undefined : arg[2] });
    }
    return out;
}
/** Keys of config lines: `skipAmendWarning: true`, `max_errors = 3`. */
function configKey(line) {
    const match = /^\s*([A-Za-z_][\w.-]*)\s*[:=]\s*([^\s#/]+)?/.exec(line);
    return match && !/[(){}]/.test(line)
        ? { name: match[1].split('.').pop(), value: match[2] }
        : undefined;
}
/** The owner a title names: "`seq`: …", "… for `amendLastCommit`", "… to `install()`". */
function ownerInTitle(title) {
    const labelled = /^\s*`?([\w.-]+)`?\s*:\s/.exec(title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, ''));
    if (labelled &&
        !/^(?:feat|feature|fix|enhancement|request|proposal|rfc|config|docs?)$/i.test(labelled[1]))
        return labelled[1];
    const target = /\b(?:to|for|in|on|of)\s+`([\w.$#]+)(?:\(\))?`/.exec(title);
    return target?.[1].split(/[.#]/).pop();
}
function sourcesOf(title, reading, proposal) {
    return {
        title,
        prose: [title, reading.sections.api, reading.sections.criteria, ...proposal]
            .filter(Boolean)
            .join('\n'),
        blocks: reading.code.filter(block => PROPOSAL_PARTS.has(block.part))
    };
}
function flagItems(sources, titleOwner) {
    const help = helpLines(sources.blocks);
    const named = [
        ...flagsIn(sources.title),
        ...codeSpans(sources.prose).flatMap(span => flagsIn(` ${span}`))
    ];
    // Every command has these; asking for one is asking about it, not for it.
    const ownFlags = named.filter(flag => !/^(?:-h|--help|-V|--version)$/.test(flag));
    return ownFlags.map(flag => {
        // The help text the issue quotes for this flag: its other spelling and what it does.
        const line = help.find(entry => entry.short === flag || entry.long === flag);
        const alias = line && (line.short === flag ? line.long : line.short);
        return {
            kind: 'flag',
            name: flag,
            owner: titleOwner,
            alias,
            description: line?.description || undefined
        };
    });
}
// An environment variable as prose writes it: `$NAME`, or an upper-case name in a sentence that
// says it is one ("set `BAT_THEME_DARK` in the environment").
const ENV_NAME = /^\$?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z][A-Z0-9]{2,})$/;
const ENV_WORDS = /\benv(?:ironment)?(?:\s+|-)?(?:var(?:iable)?s?)?\b|\$[A-Z]/i;
function envItems(prose) {
    const items = [];
    for (const sentence of prose.split(/\n+|(?<=[.!?])\s+/)) {
        if (!ENV_WORDS.test(sentence.replace(/`[^`]*`/g, span => (span.includes('$') ? '$X' : ''))))
            continue;
        const written = [
            ...codeSpans(sentence),
            ...[...sentence.matchAll(/(?:^|[\s(])(\$[A-Z][A-Z0-9_]{2,})\b/g)].map(m => m[1])
        ];
        for (const span of written) {
            const name = ENV_NAME.exec(span)?.[1];
            // An upper-case word without `$` or `_` is a constant or an acronym more often than a variable.
            if (name && (span.startsWith('$') || name.includes('_')))
                items.push({ kind: 'env', name });
        }
    }
    return items;
}
// What says a name in prose is a setting: "`extend_skip` option", "`max_depth` as a parameter".
const SETTING_NOUN = /^(?:\s*(?:as\s+(?:an?\s+)?|in\s+(?:its|the)\s+)?)(?:option|options|parameter|param|argument|arg|kwarg|flag|setting|key|property|attribute|field|config\w*)\b/i;
/** A name the prose offers as a setting, or the name a title adds ("Add `skipAmendWarning` for …"). */
function namedSettings(prose, title) {
    const names = [];
    for (const match of prose.matchAll(/`([A-Za-z_$][\w$.]*)`|\b([a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)\b/g)) {
        const name = (match[1] ?? match[2]).split('.').pop();
        const after = prose.slice(match.index + match[0].length, match.index + match[0].length + 30);
        if (NAMELIKE.test(name) && SETTING_NOUN.test(after))
            names.push(name);
    }
    const added = /^\W*(?:add|introduce|support)\s+`?([A-Za-z_$][\w$.]*)`?/i.exec(stripLabel(title));
    if (added && NAMELIKE.test(added[1].split('.').pop()))
        names.push(added[1].split('.').pop());
    return names;
}
function stripLabel(title) {
    return title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, '').replace(/^[^:]{1,40}:\s+/, '');
}
/**
 * Parameters the proposal declares in prose: "Add `max_errors: int | None = None` to
 * `Schema.load`" names the parameter, its default and what takes it.
 */
function declarations(prose) {
    const items = [];
    for (const sentence of prose.split(/\n+|(?<=[.!?])\s+/)) {
        const owner = /\b(?:to|for|in|on|of)\s+`([\w.$#]+)(?:\(\))?`/.exec(sentence)?.[1];
        for (const span of codeSpans(sentence)) {
            const declared = /^([A-Za-z_$][\w$]*)\s*(?::\s*[^=]+?)?\s*=\s*([^=].*)$/.exec(span);
            if (declared)
                items.push({ kind: 'option', name: declared[1], owner, default: declared[2].trim() });
        }
    }
    return items;
}
function candidates(sources) {
    const titleOwner = ownerInTitle(sources.title);
    const items = [...flagItems(sources, titleOwner), ...envItems(sources.prose)];
    // The issue's own example first: the call it sketches names the owner best.
    for (const block of sources.blocks)
        for (const line of block.lines) {
            items.push(...namedArguments(line).map(arg => ({ kind: 'option', ...arg })));
            const key = configKey(line);
            if (key && NAMELIKE.test(key.name))
                items.push({ kind: 'option', ...key });
        }
    for (const span of codeSpans(sources.prose))
        items.push(...namedArguments(span).map(arg => ({ kind: 'option', ...arg })));
    items.push(...declarations(sources.prose));
    for (const name of namedSettings(sources.prose, sources.title))
        items.push({ kind: 'option', name, owner: titleOwner });
    return items;
}
/**
 * What the request adds to the interface: names the issue proposes that `known` (the code the
 * change touches; it answers with the file that has a name, or just whether one does) does not
 * hold yet, at most three, the flags first; and the names its prose writes that the code has
 * already, with their files.
 */
function apiSketch(title, reading, proposal, known) {
    const sources = sourcesOf(title, reading, proposal);
    const seen = new Set();
    const items = [];
    const existing = [];
    for (const item of candidates(sources)) {
        const bare = item.name.replace(/^-+/, '');
        if (seen.has(item.name) || WORDS.test(bare) || (item.kind === 'option' && bare.length < 2))
            continue;
        seen.add(item.name);
        // A flag is declared as written (`"--theme"`) or by the long name a parser takes (`"theme"`).
        const found = item.kind === 'flag'
            ? known(`"${item.name}"`) || (/^--\w{2,}/.test(item.name) && known(`"${bare}"`))
            : known(item.name);
        const declaredIn = typeof found === 'string' ? found : undefined;
        // A flag the title asks for is new, even when a sibling command has it already.
        if (item.kind === 'flag' && titleAsksFor(title, item.name))
            items.push(item);
        else if (found) {
            if (sources.prose.includes(item.name))
                existing.push({ ...item, declaredIn });
        }
        // A name the issue writes in its prose or title is asked for; a key of its example only
        // when the prose names it too or it is a keyword of a call.
        else if (item.kind !== 'option' || sources.prose.includes(item.name) || item.owner)
            items.push(item);
    }
    const byKind = (list) => ['flag', 'env', 'option'].flatMap(kind => list.filter(item => item.kind === kind));
    const ordered = byKind(items.filter(item => item.kind !== 'env')).slice(0, 3);
    return {
        items: ordered,
        variables: items.filter(item => item.kind === 'env').slice(0, 3),
        existing: byKind(existing).slice(0, 3),
        example: exampleLine(sources.blocks, ordered)
    };
}
/** The example's line that uses a new name, a call passing it first; its trailing comment cut. */
function exampleLine(blocks, items) {
    const lines = blocks
        .flatMap(block => block.lines)
        // A comment after the code goes; a commented-out line of config stays, without its marker.
        .map(line => line
        .replace(/\s+(?:#|\/\/).*$/, '')
        .replace(/^\s*(?:\/\/|#)\s*/, '')
        .trim())
        // A help text's line ("-z, --zero-terminated …") describes the flag; it is no example of use.
        .filter(line => line.length > 0 && line.length <= 160 && !/^-/.test(line));
    const uses = (line, item) => line.includes(item.name);
    const inCall = (line, item) => new RegExp(`\\([^)]*\\b${item.name.replace(/[^\w-]/g, '')}\\s*[=:]`).test(line);
    return (lines.find(line => items.some(item => inCall(line, item))) ??
        lines.find(line => items.some(item => uses(line, item))));
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/feature-docs.ts
// Documentation Updates of a feature plan: the documents that describe the behaviour the change
// touches, and only those: the README where it has a section on it, the documentation pages the
// research ranked, the man page of the command, the changelog if the project keeps one. An
// example program, an issue or pull request template and a CI workflow document nothing a user
// reads about the feature, so they are never listed however the research ranked them.





function readText(root, path) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8').slice(0, 256 * 1024);
    }
    catch {
        return '';
    }
}
/** Markdown (`## Usage`) and reStructuredText (`Usage` over `-----`) headings. */
function headingsOf(text) {
    // Code blocks hold `#` comments and `----` lines that are no headings.
    const lines = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').split(/\r?\n/);
    return lines
        .map((line, index) => {
        const atx = /^#{1,4}\s+(.+?)\s*#*\s*$/.exec(line);
        if (atx)
            return atx[1];
        const under = lines[index + 1] ?? '';
        return /^([=\-~^"'`#*+])\1{2,}\s*$/.test(under) &&
            /^[\w"'`*].*\w/.test(line) &&
            !/[=(){};]/.test(line) &&
            under.trim().length >= line.trim().length - 1 &&
            line.length <= 80
            ? line.trim()
            : undefined;
    })
        .filter((heading) => heading !== undefined)
        .map(heading => heading
        .replace(/[`*_[\]]/g, '')
        .replace(/\(.*?\)/g, '')
        .trim())
        .filter(Boolean);
}
/** The README's section that describes the touched behaviour: one naming it, else one on usage or options. */
function readmeSection(text, input) {
    const headings = headingsOf(text).slice(1);
    // Whole words only: the flag `-s` is not in "Installation".
    const mentions = (heading, word) => word.length >= 3 &&
        new RegExp(`(?<![\\w-])${word.replace(/[^\w-]/g, '')}(?![\\w-])`, 'i').test(heading);
    const named = headings.find(heading => input.names.some(name => mentions(heading, name.replace(/^-+/, ''))));
    return named ?? headings.find(heading => input.words.some(word => mentions(heading, word)));
}
function readmeLine(input, others) {
    // `others`: the other documents the plan lists; with none, the README is the documentation.
    const readme = input.research.orientation.docs.find(doc => /^readme(\.[a-z]+)?$/i.test(doc.path));
    if (!readme)
        return undefined;
    const text = readText(input.root, readme.path);
    const section = readmeSection(text, input);
    if (section)
        return `${(0,prose/* code */.aY)(readme.path)} (section “${(0,prose/* prose */.CS)(section, 60)}”) - describe ${input.featureLabel} there: what it does and how to use it.`;
    const mentioned = input.names.find(name => name.length > 2 && text.includes(name));
    if (mentioned)
        return `${(0,prose/* code */.aY)(readme.path)} - update where it documents ${(0,prose/* code */.aY)(mentioned)}.`;
    // A README with no section on this area is the place only when the project has no other docs.
    return others === 0
        ? `${(0,prose/* code */.aY)(readme.path)} - describe ${input.featureLabel}: what it does, how to use or configure it, with an example.`
        : undefined;
}
const CHANGELOG = /^(?:changelog|changes|history|news|release[-_ ]?notes)(?:\.(?:md|rst|txt|adoc|markdown))?$/i;
const FRAGMENT_DIRS = ['changelog.d', 'changes', 'newsfragments', '.changeset', 'changelog'];
/** The project's changelog, or the directory its change notes go into, if it keeps one. */
function changelogLine(root) {
    for (const dir of ['', 'docs', 'doc']) {
        const where = dir ? (0,external_node_path_.join)(root, dir) : root;
        const file = safeList(where).find(name => CHANGELOG.test(name) && isFile(where, name));
        if (file)
            return `${(0,prose/* code */.aY)(dir ? external_node_path_.posix.join(dir, file) : file)} - add an entry for the new behaviour under the next release.`;
    }
    const fragments = FRAGMENT_DIRS.find(dir => isDirectory(root, dir));
    return fragments
        ? `${(0,prose/* code */.aY)(`${fragments}/`)} - add a change note for the new behaviour, as the other notes there are written.`
        : undefined;
}
function safeList(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** The man page of a command the change touches. */
function manPageLines(root, names) {
    const commands = names
        .map(name => name.replace(/^-+/, '').toLowerCase())
        .filter(name => name.length > 1);
    const pages = [];
    for (const dir of ['man', 'doc/man', 'docs/man', 'man/man1', 'doc', 'docs']) {
        for (const name of safeList((0,external_node_path_.join)(root, dir))) {
            const stem = name.toLowerCase().replace(/\.(?:\d\w*|md|rst|adoc|txt|ronn|scd)$/, '');
            if (/\.(?:\d\w*|ronn|scd)$/.test(name) ||
                (dir.includes('man') && stem !== name.toLowerCase()))
                if (commands.includes(stem) || commands.includes(stem.replace(/^[\w]+-/, '')))
                    pages.push(external_node_path_.posix.join(dir, name));
        }
    }
    return [...new Set(pages)]
        .slice(0, 2)
        .map(path => `${(0,prose/* code */.aY)(path)} - document the new option in the man page.`);
}
function docLines(input) {
    const { research, root } = input;
    const { docs, agentGuides } = research.orientation;
    const ranked = input.rankedDocs
        .filter(isDocumentation)
        .filter(path => !/^readme(\.[a-z]+)?$/i.test(path));
    const lines = [];
    const guide = docs.find(doc => /^docs?\//.test(doc.path) && isDocumentation(doc.path) && !ranked.includes(doc.path));
    const readme = readmeLine(input, ranked.length + (guide ? 1 : 0));
    if (readme)
        lines.push(readme);
    for (const path of ranked)
        lines.push(`${(0,prose/* code */.aY)(path)} - update the parts the feature changes.`);
    lines.push(...manPageLines(root, input.names));
    if (guide)
        lines.push(`${(0,prose/* code */.aY)(guide.path)} (${(0,prose/* prose */.CS)(guide.title, 80)}) and the rest of ${(0,prose/* code */.aY)(`${guide.path.split('/')[0]}/`)} - check for pages that describe the behaviour being changed.`);
    const changelog = changelogLine(root);
    if (changelog)
        lines.push(changelog);
    for (const path of agentGuides.slice(0, 2))
        lines.push(`${(0,prose/* code */.aY)(path)} - update if the feature changes how the project is built, tested or laid out.`);
    if (lines.length === 0)
        lines.push('The repository has no README or docs/ yet: describe the feature in the pull request, and add a README section if users need to know about it.');
    return lines;
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/code-walk.ts
// The project's own code files with their text, for the few questions a plan asks of the whole
// tree (where are environment variables read, which file declares a flag). Breadth-first and
// capped (files, bytes): a plan asks only when the issue names such a thing.


const CODE = /\.(?:[cm]?[jt]sx?|py|rs|go|java|kt|scala|rb|php|c|cc|cpp|h|hpp|cs|swift)$/;
// Not the project's own code: dependencies, builds, tests (a test sets a variable or passes a
// flag; it does not declare either for users), examples and docs.
const SKIPPED = /^(?:\..*|node_modules|vendor|third_party|dist|build|target|out|coverage|venv|\.venv|__pycache__|tests?|__tests__|spec|specs|testdata|fixtures|examples?|docs?|benches)$/;
const MAX_FILES = 6000;
const MAX_FILE_BYTES = 256 * 1024;
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
/** The code files under `root`, breadth-first, at most `MAX_FILES`. */
function* codePaths(root) {
    const queue = [''];
    let seen = 0;
    while (queue.length > 0) {
        const dir = queue.shift();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory() && !SKIPPED.test(entry.name))
                queue.push(path);
            else if (entry.isFile() &&
                CODE.test(entry.name) &&
                !/[._-](?:test|spec)\./.test(entry.name)) {
                if (++seen > MAX_FILES)
                    return;
                yield path;
            }
        }
    }
}
/** Each code file of the project (not its tests, builds or dependencies) with its text, capped. */
function* codeTexts(root) {
    let total = 0;
    for (const path of codePaths(root)) {
        let text;
        try {
            if ((0,external_node_fs_.statSync)((0,external_node_path_.join)(root, path)).size > MAX_FILE_BYTES)
                continue;
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
        }
        catch {
            continue;
        }
        total += text.length;
        if (total > MAX_TOTAL_BYTES)
            return;
        yield { path, text };
    }
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/env-home.ts
// Where a project reads its environment variables: the code file that reads the most of them.
// A new variable is read there, next to its kind, whatever file the feature's logic lives in.
// The tree is walked (code-walk.ts) only when the issue names a variable.

// How each language reads a variable by name: `process.env.X`, `os.environ["X"]`,
// `os.getenv("X")`, `env::var("X")`, `os.Getenv("X")`, `System.getenv("X")`, `ENV["X"]`, `getenv("X")`.
const READS = /(?:process\.env\.|process\.env\[\s*['"`]|import\.meta\.env\.|Deno\.env\.get\(\s*['"]|environ(?:\.get\(|\.setdefault\(|\[)\s*['"]|getenv\(\s*['"]|(?:Getenv|LookupEnv)\(\s*"|env::var(?:_os)?\(\s*"|env!\(\s*"|ENV(?:\.fetch\(|\[)\s*['"])([A-Z_][A-Z0-9_]*)/g;
/** The names a text reads from the environment, each once. */
function envReads(text) {
    return [...new Set([...text.matchAll(READS)].map(match => match[1]))];
}
/**
 * The file that reads the most environment variables, with the ones it reads (`preferred`, the
 * files the research ranked, wins a tie); and which of `asked` the project reads already, where.
 */
function envReadingIn(root, asked, preferred = []) {
    let best;
    const readBy = new Map();
    const rank = (path) => {
        const at = preferred.indexOf(path);
        return at < 0 ? preferred.length : at;
    };
    for (const { path, text } of codeTexts(root)) {
        const names = envReads(text);
        if (names.length === 0)
            continue;
        for (const name of names)
            if (asked.includes(name) && !readBy.has(name))
                readBy.set(name, path);
        if (!best ||
            names.length > best.names.length ||
            (names.length === best.names.length && rank(path) < rank(best.path)))
            best = { path, names };
    }
    return { home: best, readBy };
}
/**
 * The sketch with its environment variables placed: one the project reads already is extended
 * where it is read; a new one is read next to the others.
 */
function withEnvPlaces(api, reading) {
    const read = (item) => reading.readBy.has(item.name);
    const home = reading.home;
    return {
        ...api,
        variables: api.variables
            .filter(item => !read(item))
            .map(item => home ? { ...item, nextTo: { path: home.path, names: home.names.slice(0, 3) } } : item),
        existing: [
            ...api.variables
                .filter(read)
                .map(item => ({ ...item, declaredIn: reading.readBy.get(item.name) })),
            ...api.existing
        ]
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/flag-homes.ts



/** Whether a text declares `flag`; the patterns are built once per flag, not once per file. */
function declarationOf(flag) {
    const quoted = new RegExp(`["'\`]${(0,regex/* escapeRegExp */.N)(flag)}(?=["'\`=\\s,])`);
    const long = /^--([\w-]{2,})$/.exec(flag)?.[1];
    const name = long?.replace(/-/g, '[-_]');
    const parser = name
        ? new RegExp(`\\blong\\s*(?:=|\\()\\s*"${name}"|(?:Flags?|Var|Arg|Opt|Option)\\w*\\([^)\\n]*"${name}"`, 'i')
        : undefined;
    return text => quoted.test(text) || (parser?.test(text) ?? false);
}
/** The files that declare each of `flags`, the first found for each. */
function flagHomesIn(root, flags) {
    const homes = new Map();
    if (flags.length === 0)
        return homes;
    const declared = flags.map(flag => [flag, declarationOf(flag)]);
    for (const { path, text } of codeTexts(root)) {
        for (const [flag, declares] of declared)
            if (!homes.has(flag) && declares(text))
                homes.set(flag, path);
        if (homes.size === flags.length)
            break;
    }
    return homes;
}
/**
 * The sketch with the flags the code declares outside the ranked files moved to the names it has
 * (extended there, not declared again); the flags the title asks for stay new.
 */
function withFlagHomes(api, title, root) {
    const open = api.items.filter(item => item.kind === 'flag' && !titleAsksFor(title, item.name));
    const homes = flagHomesIn(root, open.map(item => item.name));
    if (homes.size === 0)
        return api;
    return {
        ...api,
        items: api.items.filter(item => !homes.has(item.name) || !open.includes(item)),
        existing: [
            ...api.existing,
            ...open
                .filter(item => homes.has(item.name))
                .map(item => ({ ...item, declaredIn: homes.get(item.name) }))
        ]
    };
}

// EXTERNAL MODULE: ./src/text/chatter.ts
var chatter = __webpack_require__(5318);
;// CONCATENATED MODULE: ./src/plan/embedded/request/verb-forms.ts
// The few English verb forms the planner needs to restate a request: the base form behind a past
// tense ("if it accepted" -> "accept") or a gerund ("having" -> "have"), and the participle and
// third person of a base ("set" -> "can be set", "support" -> "supports"). Regular rules, checked
// against the verbs issues about software use; a word the rules cannot place is left alone.
// Verbs that issues about software ask for, in their base form.
const VERBS = new Set(`accept access add adjust align allow apply assert attach avoid bind block break build bump cache
   calculate call cancel capture catch cause change check choose clean clear close collapse collect
   combine compare compile complete compose compress compute configure connect contain continue
   convert copy count create customise customize debug declare decode define delete deny
   deprecate derive describe detect disable display distinguish do document download drop dump
   emit enable encode end enforce ensure escape evaluate exclude execute exist expand expect export
   expose extend extract fail fetch fill filter find fire fix flag flatten follow force format
   forward generate get give group handle have hide highlight hold honour honor ignore implement
   import improve include indent infer inherit initialise initialize inject insert inspect install
   introduce invert invoke keep label launch leave let limit link list listen load lock log look
   make map mark match merge migrate mirror move name navigate nest normalise normalize notify
   omit open order output override pad paginate parse pass patch pause persist pick pin place play
   point populate prefer prefix preserve prevent print process produce prompt propagate protect
   provide publish pull push put query quote raise reach read rebuild receive record redirect
   reduce refactor refresh register reject release reload remember remove rename render reorder
   repeat replace report request require reset resolve respect restore restrict resume retain retry
   return reuse revert run save scan schedule scroll search see select send separate serialise
   serialize set share shift show shrink skip sort specify split start stop store stream strip
   submit subscribe suggest support suppress switch sync tag take tell test throw toggle track
   transform translate treat trigger trim truncate turn type undo unify unwrap update upgrade
   upload use validate verify view wait warn watch work wrap write yield`.split(/\s+/));
const IRREGULAR_PAST = {
    had: 'have',
    made: 'make',
    did: 'do',
    got: 'get',
    gave: 'give',
    took: 'take',
    kept: 'keep',
    ran: 'run',
    wrote: 'write',
    sent: 'send',
    built: 'build',
    found: 'find',
    threw: 'throw',
    chose: 'choose',
    left: 'leave',
    held: 'hold',
    hid: 'hide',
    showed: 'show',
    bound: 'bind',
    broke: 'break',
    saw: 'see',
    told: 'tell'
};
const IRREGULAR_PARTICIPLE = {
    be: 'been',
    bind: 'bound',
    break: 'broken',
    build: 'built',
    choose: 'chosen',
    do: 'done',
    find: 'found',
    get: 'got',
    give: 'given',
    have: 'had',
    hide: 'hidden',
    hold: 'held',
    keep: 'kept',
    leave: 'left',
    make: 'made',
    read: 'read',
    run: 'run',
    see: 'seen',
    send: 'sent',
    show: 'shown',
    take: 'taken',
    tell: 'told',
    throw: 'thrown',
    write: 'written'
};
/** Whether the word is a verb of the list above, in its base form. */
function isBaseVerb(word) {
    return VERBS.has(word.toLowerCase());
}
/** "accepted" -> "accept", "copied" -> "copy", "stopped" -> "stop", "had" -> "have"; else undefined. */
function baseOfPast(word) {
    const lower = word.toLowerCase();
    if (IRREGULAR_PAST[lower])
        return IRREGULAR_PAST[lower];
    if (!lower.endsWith('ed'))
        return undefined;
    const candidates = [
        lower.slice(0, -2),
        lower.slice(0, -1),
        lower.slice(0, -3),
        `${lower.slice(0, -3)}y`
    ];
    return candidates.find(isBaseVerb);
}
/** "having" -> "have", "adding" -> "add", "running" -> "run", "making" -> "make"; else undefined. */
function baseOfGerund(word) {
    const lower = word.toLowerCase();
    if (!lower.endsWith('ing') || lower.length < 5)
        return undefined;
    const stem = lower.slice(0, -3);
    return [stem, `${stem}e`, stem.slice(0, -1)].find(isBaseVerb);
}
// Short verbs whose last consonant doubles before -ed: "stop" -> "stopped".
const DOUBLING = /^(?:stop|map|drop|wrap|skip|strip|trim|pin|log|tag|flag|prefer|submit|omit|emit|permit|commit|plan|swap|scan|ban|unwrap)$/;
/** "set" -> "set", "hide" -> "hidden", "copy" -> "copied", "skip" -> "skipped", "pass" -> "passed". */
function pastParticiple(base) {
    const lower = base.toLowerCase();
    if (IRREGULAR_PARTICIPLE[lower])
        return IRREGULAR_PARTICIPLE[lower];
    if (/^(?:set|put|let|split|cut|shut|spread|broadcast|hit|cost)$/.test(lower))
        return lower;
    if (lower.endsWith('e'))
        return `${lower}d`;
    if (/[^aeiou]y$/.test(lower))
        return `${lower.slice(0, -1)}ied`;
    if (DOUBLING.test(lower))
        return `${lower}${lower.slice(-1)}ed`;
    return `${lower}ed`;
}
/** "support" -> "supports", "fix" -> "fixes", "copy" -> "copies", "have" -> "has". */
function thirdPerson(base) {
    const lower = base.toLowerCase();
    if (lower === 'have')
        return 'has';
    if (lower === 'be')
        return 'is';
    if (lower === 'do')
        return 'does';
    if (/(?:s|sh|ch|x|z|o)$/.test(lower))
        return `${lower}es`;
    if (/[^aeiou]y$/.test(lower))
        return `${lower.slice(0, -1)}ies`;
    return `${lower}s`;
}

;// CONCATENATED MODULE: ./src/plan/embedded/request/wishes.ts
// The words a reporter wraps a request in, shared by every reading of it: the wish ("I'd like",
// "we would love"), the compliment to an idea ("it would be nice", "that would be really useful")
// and the reporter's team speaking ("we", "our"). Each is a pattern's source, to be embedded.
/** "I'd like", "we would really love", "what I would want": the reporter's wish, opening a sentence. */
const I_WOULD_LIKE = "(?:what )?(?:i|we)(?:'d| would)(?: really| also| just)? (?:like|love|prefer|want)";
/** "nice", "really useful", "so great": how a reporter rates an idea. */
const NICE = '(?:really |very |super |so |even )?(?:nice|great|good|helpful|useful|handy|cool|convenient|awesome|ideal|better|beneficial|valuable|neat|amazing)';
/** "It would be nice", "this would be really useful": the compliment a wish opens with. */
const WOULD_BE_NICE = `(?:it|this|that) would be ${NICE}`;
/** "we", "our": the reporter's team, which a plan about the software does not speak as. */
const WE = /\b(?:we|we're|we've|us|our|ours)\b/i;

;// CONCATENATED MODULE: ./src/plan/embedded/request/requests.ts
// A request, however the reporter phrased it ("I'd love to have X", "It would be nice if X could
// Y", "Would it be possible to Y?", "We should Y", a title such as "`seq`: missing -f option"),
// restated the way a plan states work: an imperative ("Add X", "Let X Y", "Support X"), and what
// it is for when the sentence says ("so that …"). Code spans stay whole and untouched.





// Verbs a request starts with when it is already an imperative ("Add …", "Allow …").
const IMPERATIVE_VERBS = '(?:add|allow|support|provide|introduce|expose|implement|make|let|enable|disable|use|remove|drop|deprecate|rename|replace|change|extend|accept|fill|pass|set|skip|ignore|include|exclude|show|hide|print|emit|return|raise|warn|treat|call|convert|expand|apply|keep|respect|honou?r|detect|generate|create|switch|stream|cache|limit|sort|group|validate|preserve|offer|update|display|improve|persist|copy|move|split|merge|export|import|customi[sz]e|configure|toggle|turn|omit)';
const IMPERATIVE = new RegExp(`^${IMPERATIVE_VERBS}\\b`, 'i');
// What follows a verb in a statement, not an imperative: "Change should …", "Support is …".
const NOT_IMPERATIVE_NEXT = /^\S+\s+(?:should|must|will|would|can|could|is|are|was|were|has|have|does|do|did|seems?|of)\b/i;
const FRAMES = [
    [new RegExp(`^${I_WOULD_LIKE}(?: is)? to (?:be able to )`, 'i'), 'able'],
    [
        new RegExp(`^${I_WOULD_LIKE}(?: is)? to (?:request|see|have|get|propose|suggest) (?=(?:a|an|the|some|support|\\uE000)\\b|\\uE000)`, 'i'),
        'np'
    ],
    [new RegExp(`^${I_WOULD_LIKE}(?: it)? if `, 'i'), 'clause'],
    [
        new RegExp(`^${I_WOULD_LIKE}(?: is)? (?:for )?(?!(?:an? |the )?(?:option|way|ability|possibility|flag|setting|method|function|command|hook|parameter)\\b)(?=\\S+ to )`, 'i'),
        'clause'
    ],
    [new RegExp(`^${I_WOULD_LIKE}(?: is)? to `, 'i'), 'vp'],
    [new RegExp(`^${I_WOULD_LIKE} `, 'i'), 'np'],
    [/^(?:i|we) (?:request|propose|suggest|ask) that /i, 'that'],
    [/^(?:i|we) (?:propose|suggest)(?: that)? we /i, 'vp'],
    [/^(?:i|we) (?:propose|suggest) (?=\S+ing\b)/i, 'gerund'],
    [/^(?:i|we) (?:want|need|wish|propose|suggest) to /i, 'vp'],
    [/^(?:i|we) (?:want|need|wish for|propose|suggest|request) /i, 'np'],
    [new RegExp(`^${WOULD_BE_NICE}(?: to have)? if `, 'i'), 'clause'],
    [new RegExp(`^${WOULD_BE_NICE}(?: to have)? (?:for )(?=\\S+ to )`, 'i'), 'clause'],
    [new RegExp(`^${WOULD_BE_NICE}(?: to be able)? to `, 'i'), 'able'],
    [
        /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) to /i,
        'vp'
    ],
    [
        /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) that /i,
        'that'
    ],
    [
        /^(?:my |the |our |one )?(?:proposal|suggestion|idea|request|ask|wish) (?:is|would be) (?:for )?/i,
        'np'
    ],
    [
        /^(?:would|will|could) it be (?:please )?(?:possible|feasible|ok|okay|acceptable|nice|a good idea) to /i,
        'vp'
    ],
    [/^is (?:it|there a way|there any way) (?:possible )?to /i, 'vp'],
    [/^(?:can|could|would) (?:we|you|one)(?: please)? (?:consider |add )?(?=\S+ing\b)/i, 'gerund'],
    [/^(?:can|could) (?:we|you|one)(?: please)? /i, 'vp'],
    [/^would you (?:consider|mind|be open to|accept) /i, 'gerund'],
    [/^please /i, 'vp'],
    [
        /^(?:we|you|one|the project) (?:should|could|can|need to|might want to|may want to|ought to|must) /i,
        'vp'
    ],
    [/^i propose /i, 'np'],
    [new RegExp(`^(?:i|we) would (?=${IMPERATIVE_VERBS}\\b)`, 'i'), 'vp']
];
// Where a request starts inside a longer question: "Is this intended, and if not, would you …".
const INNER_REQUEST = /\b(?:would you (?:consider|mind|be open to|accept)|would it be possible to|could you|can you|please)\b/i;
const CONNECTOR = /^(?:(?:so|and|but|also|instead|therefore|thus|hence|alternatively|then|now|however|otherwise|either|for example|for instance|e\.g\.)\b,?\s+|in order to [^,]{1,120},\s+)+/i;
// Where a request says what it is for.
const PURPOSE = /,?\s+(?:so that|so (?=(?:\S+ ){0,3}(?:can|could|will|would|won't|don't|doesn't|do not|does not|is|are|gets?|becomes?)\b)|in order (?:to|that)|which (?:would|will) (?:allow|let|make))\s*/i;
function tidy(text) {
    return text
        .replace(/\s+/g, ' ')
        .replace(/[\s,;:.!?]+$/, '')
        .trim();
}
// A countable noun after a name: "`hide` option", "-f flag".
const NAMED_THING = /^(?:\uE000\d+\uE001|--?[\w-]+|`[^`]+`)(?:\s+(?:\uE000\d+\uE001|`[^`]+`))*\s+(?:option|flag|method|function|parameter|argument|setting|command|hook|helper|alias|variant|selector|directive|property|attribute|field|rule|filter|mode|key|subcommand)\b/i;
/** An article for a noun phrase that needs one ("option to …" -> "an option to …"). */
function withArticleIfCountable(np) {
    // A flag is one of a kind ("the -f option"); a new name is one more ("a `hide` option").
    if (/^--?\w/.test(np) && NAMED_THING.test(np))
        return `the ${np}`;
    if (NAMED_THING.test(np))
        return `${/^(?:\uE000|`)?\W*[aeio]/i.test(np) ? 'an' : 'a'} ${np}`;
    if (/^(?:option|flag|setting|parameter|argument|way|method|function|hook|command|helper|variant|alias|mode|switch|config(?:uration)? option|possibility|field|property|attribute|event|callback)\b/i.test(np))
        return `${/^[aeio]/i.test(np) ? 'an' : 'a'} ${np}`;
    return np;
}
/** An imperative from a noun phrase: "an option to X" -> "Add an option to X". */
function fromNounPhrase(np) {
    // "an option that copied X" (the wish's past tense) -> "an option that copies X".
    const phrase = tidy(np).replace(/\b(that|which) (\w+ed)\b/i, (whole, pronoun, verb) => {
        const base = baseOfPast(verb);
        return base ? `${pronoun} ${thirdPerson(base)}` : whole;
    });
    if (!phrase || /^(?:this|that|it|these|those|them)\b/i.test(phrase))
        return undefined;
    if (/^(?:the )?(?:ability|possibility) to /i.test(phrase))
        return `Make it possible to ${phrase.replace(/^(?:the )?(?:ability|possibility) to /i, '')}`;
    if (/^(?:a |some )?way to /i.test(phrase))
        return `Provide ${withArticleIfCountable(phrase.replace(/^some /i, ''))}`;
    if (/^support (?:for )?/i.test(phrase))
        return (0,prose/* capitalise */.sK)(phrase.replace(/^support for /i, 'support '));
    return `Add ${withArticleIfCountable(phrase)}`;
}
/** An imperative from a verb phrase: "be able to X" -> "Make it possible to X"; "have X" -> "Add X". */
function fromVerbPhrase(vp) {
    const phrase = tidy(vp);
    // "do this", "not have X" (a preference, not the ask), "provide you with …" (the reporter's offer).
    if (!phrase || /^(?:(?:do|be) (?:this|that|it)|not|\S+ (?:you|them)\b)/i.test(phrase))
        return undefined;
    if (/^be able to /i.test(phrase))
        return `Make it possible to ${phrase.slice('be able to '.length)}`;
    if (/^(?:have|get|see) /i.test(phrase))
        return fromNounPhrase(phrase.replace(/^\S+ /, ''));
    // One word ("allow:") is the start of a sketch, not a request.
    return phrase.includes(' ') ? (0,prose/* capitalise */.sK)(phrase) : undefined;
}
/** "Vping X" -> "Vp X"; "having X" -> "Add X". */
function fromGerund(phrase) {
    const [first, ...rest] = tidy(phrase).split(' ');
    const base = baseOfGerund(first);
    if (!base || rest.length === 0)
        return undefined;
    return base === 'have' ? fromNounPhrase(rest.join(' ')) : (0,prose/* capitalise */.sK)([base, ...rest].join(' '));
}
// The verb of a wished-for clause: a modal ("if X could Y") or a past tense ("if X accepted Y").
const MODAL = /^(?:could|would|can|will|should|might)$/i;
/** "the action accepted a `language` input" -> "Let the action accept a `language` input". */
function fromClause(clause) {
    const words = tidy(clause).split(' ');
    for (let index = 1; index < Math.min(words.length, 8); index++) {
        const word = words[index];
        if (MODAL.test(word) && words[index + 1])
            return `Let ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`;
        if (/^to$/i.test(word) && index > 0 && words[index + 1])
            return `Let ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`;
        if (/^(?:was|were)$/i.test(word) && words[index + 1])
            return `Make ${words.slice(0, index).join(' ')} ${words.slice(index + 1).join(' ')}`;
        const base = baseOfPast(word);
        if (base)
            return `Let ${words.slice(0, index).join(' ')} ${[base, ...words.slice(index + 1)].join(' ')}`;
    }
    return undefined;
}
function restated(form, rest) {
    // "… to do is this:", "… like this": what it points at is the code below, not words.
    if (/\b(?:this|that|so|the following|as follows|like this)$/i.test(tidy(rest)))
        return undefined;
    if (form === 'that')
        return { statement: (0,prose/* capitalise */.sK)(tidy(rest)) };
    if (form === 'able')
        return { imperative: `Make it possible to ${tidy(rest)}` };
    const imperative = form === 'vp'
        ? fromVerbPhrase(rest)
        : form === 'np'
            ? fromNounPhrase(rest)
            : form === 'gerund'
                ? fromGerund(rest)
                : fromClause(rest);
    return imperative ? { imperative } : undefined;
}
/** The reporter's own words ("my tests") read as anyone's in the plan's imperative. */
function impersonal(text) {
    const { text: masked, restore } = (0,sentences/* mask */.dK)(text);
    return restore(masked.replace(/\b(?:my|our)\b/gi, 'the').replace(/\b(?:me|us)\b/g, 'users'));
}
/** "Add support for X" is "Support X"; "Add the ability to X" is "Make it possible to X". */
function normalisedImperative(imperative) {
    return imperative
        .replace(/^add (?:the )?support for /i, 'Support ')
        .replace(/^(?:add|provide|introduce) (?:the |an? )?(?:ability|possibility) to /i, 'Make it possible to ')
        .replace(/^allow (?:users|the user|people|developers) to /i, 'Make it possible to ');
}
/** What the request is for, cut from it: the "so that …" clause, in the third person. */
function withPurpose(ask) {
    const text = ask.imperative ?? ask.statement;
    if (!text)
        return ask;
    const { text: masked, restore } = (0,sentences/* mask */.dK)(text);
    const match = PURPOSE.exec(masked);
    if (!match || match.index < 8)
        return {
            ...ask,
            imperative: ask.imperative && normalisedImperative(impersonal(ask.imperative))
        };
    const main = normalisedImperative(impersonal(restore(masked.slice(0, match.index))));
    const purposeText = tidy(restore(masked.slice(match.index + match[0].length)));
    const purpose = (0,chatter/* asUsers */.r4)(purposeText);
    return {
        ...(ask.imperative ? { imperative: main } : { statement: main }),
        purpose: purpose.charAt(0).toLowerCase() + purpose.slice(1)
    };
}
/** The work as the plan writes it: a link shown by its text, "a option" as "an option". */
function written(text) {
    return text
        ?.replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1')
        .replace(/\b([Aa]) (`[^a-zA-Z`]*[aeio])/g, '$1n $2')
        .replace(/\b([Aa]) (?=(?:option|attribute|argument|alias|event|input|output|extension|example)\b)/g, '$1n ');
}
function restoredAsk(ask, restore) {
    return {
        imperative: written(ask.imperative && restore(ask.imperative)),
        statement: written(ask.statement && restore(ask.statement))
    };
}
/** The request a sentence makes, restated; undefined when the sentence asks for nothing. */
function askIn(sentence) {
    // A trailing link ("… into the recipe: https://…") is a reference, not part of the request.
    const plain = (0,chatter/* withoutHedges */.pU)(sentence).replace(/(?::|,?\s*see:?)\s*https?:\/\/\S+\s*$/i, '');
    const { text: masked, restore } = (0,sentences/* mask */.dK)(plain);
    const text = tidy(masked.replace(CONNECTOR, ''));
    for (const [frame, form] of FRAMES) {
        const match = frame.exec(text);
        if (!match)
            continue;
        const ask = restated(form, text.slice(match[0].length));
        return ask ? { ...withPurpose(restoredAsk(ask, restore)), source: sentence } : undefined;
    }
    // Already an imperative: "Add `directory.truncate_symbol` when …".
    if (IMPERATIVE.test(text) && !NOT_IMPERATIVE_NEXT.test(text) && !/\?$/.test(sentence.trim()))
        return { ...withPurpose({ imperative: (0,prose/* capitalise */.sK)(restore(text)) }), source: sentence };
    const inner = INNER_REQUEST.exec(text);
    return inner && inner.index > 0 ? askIn(restore(text.slice(inner.index))) : undefined;
}
/** The request a noun phrase names ("option to disable X" -> "Add an option to disable X"). */
function askForNounPhrase(np) {
    const { text, restore } = (0,sentences/* mask */.dK)(np);
    const imperative = fromNounPhrase(text);
    return imperative ? withPurpose({ imperative: written(restore(imperative)) }) : undefined;
}

;// CONCATENATED MODULE: ./src/plan/embedded/request/ask-forms.ts
// The request in the other forms a plan needs: read from the title when the body asks in no
// sentence of its own ("`seq`: missing -f option", "X doesn't support Y", "Option to disable Z"),
// and restated as the outcome a reviewer checks ("Add X for Y" -> "X is available for Y") and as
// the goal of the user story ("Make it possible to X" -> "to be able to X").






// A word that ends the object of a verb: "Add X | for Y", "Fill X | with Y".
const BOUNDARY = /^(?:to|for|in|on|with|from|when|whenever|if|so|that|which|instead|by|as|into|onto|at|without|via|using|under|over|after|before|until|unless|while|where|because|but)$/i;
// Verbs whose result is something a user does ("… can be set"), rather than something the code is.
const USER_ACTION = /^(?:set|pass|configure|customi[sz]e|specify|disable|enable|hide|skip|toggle|override|choose|select|get|tag|name|define|register|filter|sort|group|limit|ignore|exclude|include|control|adjust|turn|access|read|call|invoke|apply|compose|combine|reuse|change|persist|copy|export|import|print|show|display|render|run|load|save|write|send|find|search|view|open|close|query|fetch|attach|mark|pick)$/i;
const MAKE_AVAILABLE = /^(?:add|introduce|provide|expose|create|implement|offer|build)$/i;
// Words that describe rather than name: "Make X | async compatible", "Make parts | toggleable".
const ADJECTIVE = /^(?:\w+(?:ible|able|ive|al|ic|ent|ant|ful|less|ous|ary|ory)|async|sync|optional|consistent|deterministic|stable|visible|public|private|lazy|faster|slower|smaller|larger|shorter|longer|case-(?:in)?sensitive|default|configurable|compatible)$/i;
/** Capitalised when it starts with an ordinary word; code and names stay as written. */
function capitalised(text) {
    return /^[a-z]+(?:[\s,;:]|$)/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
/** Plural when the noun phrase's head is: "Multiple attributes" are, "a `[*]` selector" is. */
function isPlural(np) {
    if (/\band\b/i.test(np))
        return true;
    const words = np.split(' ');
    const cut = words.findIndex((word, index) => index > 0 && /^(?:of|such|like|with|for|in)$/i.test(word));
    const head = (cut < 0 ? words : words.slice(0, cut)).pop() ?? '';
    return (/^[a-z]+[^su']s$/i.test(head) &&
        !/(?:ias|sis|xis|tus|ics)$/i.test(head) &&
        !/^(?:is|was|has|this|its)$/i.test(head));
}
/** The verb, its object and the rest: "Fill | `x.Pattern` | with data". */
function parts(imperative) {
    const words = imperative.split(' ');
    let verb = words[0].toLowerCase();
    let start = 1;
    // Phrasal verbs: "turn off X", "set up X" (not "warn on X": there "on" opens the object).
    if (PHRASAL.test(`${verb} ${words[1] ?? ''}`)) {
        verb = `${verb} ${words[1].toLowerCase()}`;
        start = 2;
    }
    // "Warn on X": no object, the verb stands alone.
    if (BOUNDARY.test(words[start] ?? ''))
        return undefined;
    // The object ends at a preposition ("such as" and "as well" belong to it) or at a participle
    // that describes it ("`GET /export` | returning a CSV").
    const end = words.findIndex((word, index) => index > start &&
        ((BOUNDARY.test(word) &&
            !(/^as$/i.test(word) && /^such$/i.test(words[index - 1])) &&
            !(/^as$/i.test(word) && /^well$/i.test(words[index + 1] ?? ''))) ||
            /^[a-z]{3,}ing$/.test(word)));
    const object = words.slice(start, end < 0 ? undefined : end).join(' ');
    const rest = end < 0 ? '' : words.slice(end).join(' ');
    return object ? { verb, object, rest } : undefined;
}
const PHRASAL = /^(?:turn (?:off|on)|switch (?:off|on)|opt (?:in|out)|set up|log (?:in|out)|shut down|back up|clean up|look up|pick up|fill in|carry over|filter out|strip out|leave out|point out)$/i;
function participle(verb) {
    const [head, particle] = verb.split(' ');
    return particle ? `${pastParticiple(head)} ${particle}` : pastParticiple(head);
}
/** "Make X V …" / "Let X V …": the subject and the verb phrase after it, if a verb follows. */
function subjectAndVerb(words) {
    const at = words.findIndex((word, index) => index > 0 && isBaseVerb(word) && !ADJECTIVE.test(word));
    if (at <= 0)
        return undefined;
    return {
        subject: words.slice(0, at).join(' '),
        verb: words[at],
        rest: words.slice(at + 1).join(' ')
    };
}
/** "Make X async compatible …": the thing and what it becomes. */
function madeInto(p) {
    const words = p.object.split(' ');
    let at = words.length;
    while (at > 1 && ADJECTIVE.test(words[at - 1].replace(/[^\w-]/g, '')))
        at--;
    if (at === words.length || at === 0)
        return undefined;
    return { thing: words.slice(0, at).join(' '), quality: words.slice(at).join(' ') };
}
const PRONOUN = /^(?:this|it|that|them|these|those|they)\b/i;
const tailOf = (rest) => !rest ? '' : /^[a-z]{3,}ing\b/.test(rest) ? `, ${rest}` : ` ${rest}`;
function outcomeOfMake(text) {
    const split = parts(text);
    const made = split && madeInto(split);
    if (made && !PRONOUN.test(made.thing))
        return `${made.thing} ${isPlural(made.thing) ? 'are' : 'is'} ${made.quality}${tailOf(split.rest)}`;
    const verbal = subjectAndVerb(text.split(' ').slice(1));
    if (!verbal || PRONOUN.test(verbal.subject))
        return undefined;
    const verb = isPlural(verbal.subject) ? verbal.verb : thirdPerson(verbal.verb);
    return `${verbal.subject} ${verb}${tailOf(verbal.rest)}`;
}
// "X should (not) Y": the subject, the negation, the rest.
const SHOULD = /^(.+?) should (not )?(.+)$/i;
/** The story's goal from a statement of the result: "X are picked up" -> "X to be picked up". */
function goalOfStatement(statement) {
    const { text, restore } = (0,sentences/* mask */.dK)(statement.replace(/[.!]+$/, ''));
    const should = SHOULD.exec(text);
    if (should)
        return restore(`${should[1].replace(/^(?:The|A|An)\b/, word => word.toLowerCase())} ${should[2] ? 'not ' : ''}to ${should[3]}`);
    const being = /^(.+?) (?:is|are) (.+)$/i.exec(text);
    return being
        ? restore(`${being[1].replace(/^(?:The|A|An)\b/, word => word.toLowerCase())} to be ${being[2]}`)
        : undefined;
}
/** "Warn on unknown settings" -> "The project warns on unknown settings": a verb with no object. */
function projectDoes(text) {
    const [verb, ...rest] = text.split(' ');
    return isBaseVerb(verb) && rest.length > 0
        ? `The project ${thirdPerson(verb)} ${rest.join(' ')}`
        : undefined;
}
/**
 * The outcome a reviewer can check, stated as the result: "Add X for Y" -> "X is available for
 * Y"; "Set X for Y" -> "X can be set for Y"; "Let X do Y" -> "X can do Y"; undefined when the
 * verb is not one whose result can be told without knowing the code.
 */
function outcomeOf(imperative) {
    const { text, restore } = (0,sentences/* mask */.dK)(imperative.replace(/[.!]+$/, ''));
    const done = (out) => (out ? capitalised(restore(out)) : undefined);
    const possible = /^make it possible to (.+)$/i.exec(text);
    if (possible)
        return done(`Users can ${possible[1]}`);
    if (/^make /i.test(text))
        return done(outcomeOfMake(text));
    // "Let the action accept X": the subject runs up to the first verb.
    const letting = /^let (.+)$/i.exec(text);
    const verbal = letting && subjectAndVerb(letting[1].split(' '));
    if (letting) {
        if (!verbal || PRONOUN.test(verbal.subject))
            return undefined;
        return done(`${verbal.subject} can ${verbal.verb}${tailOf(verbal.rest)}`);
    }
    const split = parts(text);
    if (!split)
        return done(projectDoes(text));
    if (PRONOUN.test(split.object))
        return undefined;
    const { verb, object, rest } = split;
    const be = isPlural(object) ? 'are' : 'is';
    const gerund = baseOfGerund(object.split(' ')[0]);
    if (/^allow$/i.test(verb) && gerund)
        return done(`Users can ${[gerund, ...object.split(' ').slice(1)].join(' ')}${tailOf(rest)}`);
    if (/^allow$/i.test(verb) && /^to \S+/.test(rest) && isBaseVerb(rest.split(' ')[1]))
        return done(`${object} can ${rest.slice(3)}`);
    if (MAKE_AVAILABLE.test(verb))
        return done(`${object} ${be} available${tailOf(rest)}`);
    if (/^support$/i.test(verb))
        return done(`${object} ${be} supported${tailOf(rest)}`);
    if (!isBaseVerb(verb.split(' ')[0]))
        return undefined;
    const modal = USER_ACTION.test(verb.split(' ')[0]) ? 'can be' : be;
    return done(`${object} ${modal} ${participle(verb)}${tailOf(rest)}`);
}
/**
 * The goal of the user story, as what the user wants rather than the work: "Add X" -> "X";
 * "Make it possible to X" -> "to be able to X"; "Let X do Y" -> "X to do Y"; "Set X" -> "to be
 * able to set X".
 */
function goalOf(imperative) {
    const { text, restore } = (0,sentences/* mask */.dK)(imperative.replace(/[.!]+$/, ''));
    const possible = /^make it possible to (.+)$/i.exec(text);
    if (possible)
        return restore(`to be able to ${possible[1]}`);
    const split = parts(text);
    // "Warn on unknown settings": the project is who does it.
    if (!split && isBaseVerb(text.split(' ')[0]))
        return restore(`the project to ${(0,prose/* lowerFirst */.oZ)(text)}`);
    const made = split && /^make$/i.test(split.verb) ? madeInto(split) : undefined;
    if (split && made)
        return restore(`${made.thing} to be ${made.quality}${tailOf(split.rest)}`);
    const letting = /^(?:let|make) (.+)$/i.exec(text);
    const verbal = letting && subjectAndVerb(letting[1].split(' '));
    if (verbal)
        return restore(`${verbal.subject} to ${verbal.verb}${tailOf(verbal.rest)}`);
    if (!split)
        return undefined;
    if (/^allow$/i.test(split.verb) && /^to \S+/.test(split.rest))
        return restore(`${split.object} ${split.rest}`);
    const gerund = baseOfGerund(split.object.split(' ')[0]);
    if (/^allow$/i.test(split.verb) && gerund)
        return restore(`to be able to ${[gerund, ...split.object.split(' ').slice(1)].join(' ')}${tailOf(split.rest)}`);
    if (MAKE_AVAILABLE.test(split.verb))
        return restore(`${split.object}${tailOf(split.rest)}`);
    if (/^support$/i.test(split.verb))
        return restore(`support for ${split.object}${tailOf(split.rest)}`);
    const head = split.verb.split(' ')[0];
    if (USER_ACTION.test(head))
        return restore(`to be able to ${(0,prose/* lowerFirst */.oZ)(text)}`);
    if (!isBaseVerb(head))
        return undefined;
    return restore(`${split.object} to be ${participle(split.verb)}${tailOf(split.rest)}`);
}
// Titles that ask by naming what is missing or broken.
const DOES_NOT_SUPPORT = /^(.+?) (?:doesn't|does not|don't|do not|can't|cannot|can not|won't) support (.+)$/i;
const NOT_SUPPORTED = /^(.+?) (?:is|are) (?:not|no longer) supported$/i;
const MISSING = /^(?:missing|no|lacks?|without) (support for )?(.+)$/i;
const CANNOT = /^(?:cannot|can't|can not|unable to|no way to|impossible to) (.+)$/i;
const NOT_BEING = /^(.+?) (?:not being|isn't being|aren't being|is not|are not|isn't|aren't) (\S+ed)\b(.*)$/i;
const PROBLEM_NOUN = /^(?:problems?|issues?|bugs?|errors?|crash(?:es)?|failures?|inconsisten\w*|confusion|questions?)\b/i;
/** A finite verb: the title is a sentence ("X shows Y", "X doesn't call Y"), not a name. */
function isSentence(text) {
    const words = text.split(' ');
    return words.some((word, index) => /n't$|^(?:is|are|was|were|does|do|did|has|have|had|can|will)$/i.test(word) ||
        (/^[a-z]+s$/.test(word) &&
            (isBaseVerb(word.slice(0, -1)) || isBaseVerb(word.slice(0, -2))) &&
            !BOUNDARY.test(words[index + 1] ?? 'for')) ||
        // "Fragment identifiers cause …": a plural subject, then its verb.
        (index > 0 && isBaseVerb(word) && /^[a-z]+[^s]s$/i.test(words[index - 1])));
}
/** "`seq`: missing -f option" -> subject `seq`, rest "missing -f option". */
function subjectAndRest(title) {
    const stripped = (0,naming/* stripTitlePrefix */.Fw)(title)
        .replace(/\s*\((?:but could|maybe|optional|minor|suggestion)\)\s*$/i, '')
        .replace(/[.!]+$/, '')
        .trim();
    const labelled = /^([^:]{1,40}?)(?::| [-–—]) (.+)$/.exec(stripped);
    const [subject, rest] = labelled && labelled[1].split(' ').length <= 4
        ? [labelled[1], labelled[2]]
        : [undefined, stripped];
    // "(Add X)", "on Go 1.23+, fill X": the wrapper and the circumstance are not the request.
    const bare = rest
        .replace(/^\((.*)\)$/, '$1')
        .replace(/\s+[-–—]\s+[^`]*$/, '')
        .replace(/^(?:on|in|for|with|when|since|from|after|before|if)\b[^,]{1,40},\s*/i, '');
    return { subject, rest: bare };
}
/** "Should javadocs include a trailing newline?" -> "Javadocs should include a trailing newline". */
function shouldQuestion(rest) {
    const question = /^should (.+?)\??$/i.exec(rest);
    const verbal = question && subjectAndVerb(question[1].split(' '));
    if (!verbal)
        return undefined;
    return {
        statement: `${capitalised(verbal.subject)} should ${verbal.verb}${tailOf(verbal.rest)}`,
        goal: `${verbal.subject} to ${verbal.verb}${tailOf(verbal.rest)}`
    };
}
function titleAskByShape(rest, subject) {
    const where = (preposition) => (subject ? ` ${preposition} ${subject}` : '');
    const asked = shouldQuestion(rest);
    if (asked)
        return asked;
    const should = SHOULD.exec(rest);
    if (should)
        return {
            statement: `${capitalised(should[1])} should ${should[2] ?? ''}${should[3]}`,
            imperative: should[2] ? undefined : `Make ${should[1]} ${should[3]}`,
            goal: `${should[1]} ${should[2] ? 'not ' : ''}to ${should[3]}`
        };
    const doesNot = DOES_NOT_SUPPORT.exec(rest);
    if (doesNot)
        return { imperative: `Support ${doesNot[2]} in ${doesNot[1]}` };
    // "touch: does not support X": the label is the subject.
    const lacking = /^(?:doesn't|does not|don't|do not|can't|cannot) support (.+)$/i.exec(rest);
    if (lacking)
        return { imperative: `Support ${lacking[1]}${where('in')}` };
    const notSupported = NOT_SUPPORTED.exec(rest);
    if (notSupported)
        return { imperative: `Support ${notSupported[1]}${where('in')}` };
    const missing = MISSING.exec(rest);
    if (missing)
        return {
            imperative: missing[1]
                ? `Support ${missing[2]}${where('in')}`
                : (askForNounPhrase(missing[2])?.imperative ?? `Add ${missing[2]}`) + where('to')
        };
    const cannot = CANNOT.exec(rest);
    if (cannot)
        return { imperative: `Make it possible to ${cannot[1]}` };
    const notBeing = NOT_BEING.exec(rest);
    if (notBeing)
        return {
            statement: `${capitalised(notBeing[1])} ${isPlural(notBeing[1]) ? 'are' : 'is'} ${notBeing[2]}${notBeing[3]}`
        };
    return undefined;
}
/** The request the title makes, when it makes one the plan can restate. */
function askOfTitle(title) {
    const ask = titleAsk(title);
    return ask && { ...ask, source: title };
}
function titleAsk(title) {
    const { subject, rest: asked } = subjectAndRest((0,chatter/* withoutHedges */.pU)(title));
    const rest = asked.replace(/\?+$/, '').trim();
    if (!rest)
        return undefined;
    const shaped = titleAskByShape(rest, subject);
    if (shaped)
        return shaped;
    const { text } = (0,sentences/* mask */.dK)(rest);
    const first = text.split(' ')[0];
    if (isBaseVerb(first) && !isSentence(text.split(' ').slice(1, 3).join(' ')))
        return { imperative: normalisedImperative(rest.charAt(0).toUpperCase() + rest.slice(1)) };
    const inBody = askIn(rest);
    if (inBody?.imperative)
        return inBody;
    // A question that asks for nothing ("EXE003 and uv run?"), a complaint, a sentence: no ask. A
    // question naming a feature under a feature label ("Feature request: custom repr?") asks.
    const labelled = (0,naming/* stripTitlePrefix */.Fw)(title) !== title.trim() || /\bsupport\?\s*$/i.test(title);
    if ((/\?\s*$/.test(title) && !labelled) || PROBLEM_NOUN.test(rest) || isSentence(text))
        return undefined;
    const named = askForNounPhrase((0,prose/* lowerFirst */.oZ)(rest));
    return named && { ...named, named: true };
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/feature-request.ts
// A feature request read the way its author structured it, each part where a plan uses it: the
// problem (for the Problem Statement and the story's benefit), the proposal (for the Solution
// Overview, restated as work), the ask (the capability, for the story and the criteria), the
// sentences that state rules, the alternatives and drawbacks (for Notes). Without headings, a
// sentence that asks for something is the proposal and the rest is the problem. The chatter goes
// first: what is left speaks about the software, in the imperative or the third person.





// Where a list is the request's own: under the proposal or its criteria, or under no heading.
const GOAL_PARTS = new Set([undefined, 'solution', 'criteria']);
// Sentences that point at a block the plan does not quote ("like this", "the following").
const POINTS_AT_CODE = /\b(?:the following|as follows|like this|like so|this one|below)\b/i;
const ENDS_POINTING = /\b(?:like this|like so|the following|as follows|below|this)[.!]?$/i;
// A wish the plan could not restate ("it would be cool to use `apply` like this"): not the problem.
const WISH = new RegExp(`^${WOULD_BE_NICE}\\b|\\bwould be ${NICE} to have[.!]?$`, 'i');
const RULE = /\b(?:must|should|shall|is required to|are required to|will)\b/i;
// Not a rule: a guess ("would", "might"), advice to the reader ("one should"), a question, a
// remark about the work rather than the result ("some care will need to be taken"), a sentence
// about the change itself ("Change should be implemented as …"), one that leans on "it"/"them".
const NOT_A_RULE = /\b(?:would|could|might|may)\b|\b(?:one|you|i|we) (?:should|must|will|shall)\b|^(?:i|we|you|one|people|someone)\b|\?$|^(?:some |more |extra )?(?:care|attention|thought|consideration|work|effort)\b|^(?:the )?(?:change|feature|proposal|implementation|this|it|they|all of them|both of them)\s+(?:should|must|will|shall)\b|^for [^,]+,\s*(?:it|they|this|all of them|both)\b|\b(?:not possible|impossible)\b/i;
/** The plain sentences of a part, without those that only point at code the plan leaves out. */
function sentencesOfPart(text) {
    if (!text)
        return [];
    return (0,chatter/* plainSentences */.Tm)(text).filter(sentence => !(POINTS_AT_CODE.test(sentence) && !/`/.test(sentence)) &&
        !ENDS_POINTING.test((0,sentences/* wordsOf */.Z9)(sentence)));
}
/** The reporter's experience, told as the users'; what is about the software stays as it is. */
/** A request restated as work, with what it is for. */
function asWork(ask) {
    const main = ask.imperative ?? ask.statement;
    if (!main)
        return undefined;
    return `${main}${ask.purpose ? `, so that ${ask.purpose}` : ''}.`;
}
/** A proposal's sentence as the plan says it: the request as work, a habit left out. */
function asProposal(sentence) {
    const ask = askIn(sentence);
    const text = ask ? asWork(ask) : (0,chatter/* isFirstPerson */.wP)(sentence) ? undefined : sentence;
    return text && !WE.test((0,sentences/* wordsOf */.Z9)(text)) ? text : undefined;
}
function isRule(sentence) {
    const plain = (0,sentences/* wordsOf */.Z9)(sentence);
    return (RULE.test(plain) &&
        !NOT_A_RULE.test(plain) &&
        !(0,chatter/* isFirstPerson */.wP)(sentence) &&
        sentence.length <= 260);
}
const TODAY = /^(?:currently|right now|today|at the moment|as of now)\b|\b(?:not|no|cannot|can't|doesn't|don't|isn't|aren't|only)\b/i;
/** Problem and proposal sentences: from the issue's parts, else split by what each sentence does. */
function problemAndProposal(reading) {
    const { sections } = reading;
    const loose = [...reading.looseParagraphs, ...reading.looseItems].flatMap(paragraph => sentencesOfPart(paragraph));
    // The API part's prose tells a scenario ("Imagine I'm writing a CLI…"): its code is the sketch.
    const proposed = sentencesOfPart(sections.solution);
    const stated = sentencesOfPart(sections.problem);
    if (stated.length > 0 || proposed.length > 0) {
        // Loose prose beside named parts: its requests join the proposal, the rest the problem.
        const looseAsks = loose.filter(sentence => askIn(sentence));
        const problem = [
            ...stated,
            ...(stated.length > 0 ? [] : loose.filter(sentence => !askIn(sentence)))
        ];
        // A proposal that opens with today's state ("Currently X looks cryptic") states the problem too.
        const today = problem.length > 0
            ? []
            : proposed.filter(sentence => !askIn(sentence) && TODAY.test((0,sentences/* wordsOf */.Z9)(sentence)));
        return {
            problem: [...problem, ...today],
            proposal: [...proposed.filter(sentence => !today.includes(sentence)), ...looseAsks]
        };
    }
    return {
        problem: loose.filter(sentence => !askIn(sentence) && !isRule(sentence)),
        proposal: loose.filter(sentence => askIn(sentence) || isRule(sentence))
    };
}
// A guess about the cause or the work, not a statement of the problem: "this could be due to …",
// "it would need to be refactored".
const SPECULATION = /^(?:[^,]{0,40},\s*)?(?:\S+\s+){0,6}?(?:could|might|may|would)\b(?! (?:you|like|love|want)\b)/i;
/**
 * A request that names what it asks for: no "this" or "it" pointing elsewhere, and not a step of
 * the reporter's to-do list ("Make changes in `lib/cli/config.js`").
 */
function isOwnWords(ask) {
    const text = ask.imperative ?? ask.statement ?? '';
    return (!/\b(?:this|that|these|those|it|them)\b/i.test((0,sentences/* wordsOf */.Z9)(text)) &&
        !/`[^`]*\/[^`]*\.\w+`|^(?:make|apply) changes\b|^(?:add|update|write|extend) (?:the |a )?tests?\b/i.test(text));
}
// A statement of what the software does: a verb in the present, about a thing, not a person.
const OUTCOME = /\b(?:is|are|does|do|returns?|matches|match|shows?|prints?|accepts?|rejects?|raises?|emits?|produces?|outputs?|keeps?|stays?|works?|skips?|ignores?|includes?|excludes?|uses?|reads?|writes?|compiles?|renders?)\b/i;
/**
 * "Once that many errors are collected, stop and raise X": after its opening clause the sentence
 * goes on with a verb, not a subject. It is work to do, not a result.
 */
function isInstruction(sentence) {
    const opening = /^(?:once|when|whenever|if|after|before|until)\b[^,]+,\s*(\S+)/i.exec(sentence);
    return (opening !== null &&
        /^[a-z]+$/.test(opening[1]) &&
        !/^(?:it|the|a|an|this|these|they|there)$/.test(opening[1]));
}
/** The result the proposal describes, sentence by sentence: the "expected behaviour" a criterion checks. */
function expectedOutcomes(reading) {
    const stated = [reading.sections.solution, reading.sections.criteria].flatMap(part => sentencesOfPart(part));
    return stated.filter(sentence => OUTCOME.test((0,sentences/* wordsOf */.Z9)(sentence)) &&
        !askIn(sentence) &&
        !(0,chatter/* isFirstPerson */.wP)(sentence) &&
        !WE.test((0,sentences/* wordsOf */.Z9)(sentence)) &&
        !NOT_A_RULE.test((0,sentences/* wordsOf */.Z9)(sentence)) &&
        // Today's state ("Currently X accepts …"), advice to the reader, a link: not the result.
        !/^(?:currently|right now|today|at the moment|as of now)\b|\byou\b|https?:/i.test(sentence) &&
        !isInstruction(sentence) &&
        sentence.length <= 200);
}
function readFeatureRequest(title, reading) {
    const split = problemAndProposal(reading);
    const proposal = split.proposal;
    // A guess stays out of the problem when the issue states the problem otherwise too.
    const told = split.problem.filter(sentence => !WISH.test((0,sentences/* wordsOf */.Z9)(sentence)));
    const stated = told.filter(sentence => !SPECULATION.test((0,sentences/* wordsOf */.Z9)(sentence)));
    const problem = stated.length > 0 ? stated : told;
    const asks = proposal
        .map(sentence => askIn(sentence))
        .filter((ask) => ask !== undefined);
    const fromTitle = askOfTitle(title);
    // The title names the feature; the body's first request says how. A title that is itself a
    // request ("Add X", "X should Y") is the capability; else the body's words are.
    const ask = fromTitle && (fromTitle.imperative || fromTitle.statement) ? fromTitle : asks[0];
    const rules = [
        ...reading.requirements.map(chatter/* withoutHedges */.pU),
        ...proposal.filter(sentence => !askIn(sentence))
    ].filter(sentence => sentence && !(0,chatter/* isChatter */.Ol)(sentence) && isRule(sentence));
    return {
        problem: problem.map(chatter/* asUsers */.r4).filter(Boolean),
        proposal: proposal.map(asProposal).filter((text) => Boolean(text)),
        proposalSource: proposal,
        speculation: stated.length > 0
            ? told.filter(sentence => !stated.includes(sentence) && !(0,chatter/* isFirstPerson */.wP)(sentence))
            : [],
        ask: ask && { ...ask, purpose: ask.purpose ?? asks.find(other => other.purpose)?.purpose },
        asks,
        bodyAsk: asks.find(isOwnWords),
        ownAsks: asks.filter(isOwnWords),
        rules: [...new Set(rules)],
        expected: expectedOutcomes(reading),
        goals: reading.items.filter(item => GOAL_PARTS.has(item.part)),
        alternatives: sentencesOfPart(reading.sections.alternatives),
        cons: sentencesOfPart(reading.sections.cons)
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/feature-sources.ts
// What the feature plan reads besides the issue's parts: the issue's own sentences about the
// request (for the considerations, which quote them), and the text of the code the change touches
// (to tell a name the issue proposes from one the code already has).





/**
 * The issue's sentences that speak about the request: the title, the problem, the proposal, its
 * sketch, criteria and drawbacks, and the loose prose; not the alternatives set aside, not logs,
 * code, versions or courtesies.
 */
function issueSentences(title, reading) {
    const { sections } = reading;
    const parts = [
        sections.problem,
        sections.solution,
        sections.api,
        sections.criteria,
        sections.cons,
        ...reading.looseParagraphs,
        ...reading.checklist
    ];
    // The body's sentences first: they say more about the concern than the title's few words.
    return [
        ...parts.flatMap(part => (part ? (0,sentences/* sentencesOf */.cj)(part) : [])).filter(text => !(0,chatter/* isChatter */.Ol)(text)),
        title
    ];
}
/** The code file the change touches that already has a name, if one does (read once, capped). */
function knownIn(root, paths) {
    const kept = paths.slice(0, 8);
    const texts = kept.map(path => {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8').slice(0, 512 * 1024);
        }
        catch {
            return '';
        }
    });
    return name => {
        const escaped = (0,regex/* escapeRegExp */.N)(name);
        // A plain word ("hide") is in every docstring: the code has it when it uses it as a name
        // (a parameter, a key, a call, a member), not when a comment says it.
        const plain = /^[a-z]+$/.test(name);
        const pattern = plain
            ? new RegExp(`(?:\\.|--)${escaped}(?![\\w$-])|['"\`]${escaped}['"\`]|(?<![\\w$-])${escaped}\\s*(?:[=:(),]|\\?:)`)
            : new RegExp(`(?<![\\w$-])${escaped}(?![\\w$-])`);
        const at = texts.findIndex(text => pattern.test(text));
        return at >= 0 ? kept[at] : undefined;
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/request/ask-likelihood.ts
// How likely a sentence or list item of a request is one of its asks (what the finished software
// must do) rather than why it is wanted, how it might be done, the context, or the reporter's own
// story. A logistic score over what any request shows whatever its words: where the text stands
// (the title, a list item, numbered, a task box, under the proposal or the problem), its mood (a
// rule's modal, a wish, an imperative, a question, a narrative in the past, today's state), whether
// it names an interface (a code span, a flag, an environment variable, a call), its person, its
// markers of a reason or a hint, its length and place in the body. The weights are fitted on the
// benchmark's tuning half, never written by hand.



const ask_likelihood_MODAL = /\b(?:should|must|shall|needs? to|has to|have to|is required to)\b/i;
const WILL = /\b(?:will|won't)\b/i;
const ask_likelihood_WISH = /\b(?:(?:i|we)(?:'d| would)? (?:really |also )?(?:like|love|prefer|want|wish|need)|would be (?:\w+ )?(?:nice|great|good|helpful|useful|handy|cool)|(?:propose|suggest|request)(?:s|ed)?)\b/i;
const ABILITY = /\b(?:can|could|be able to|possible to|allows?|let|lets|enables?|support(?:s|ed)?)\b/i;
const NARRATIVE = /\b(?:was|were|had|did|tried|used to|ended up|found|noticed|realized|realised)\b/i;
const ask_likelihood_TODAY = /\b(?:currently|today|right now|at the moment|at present|not|no|doesn't|don't|isn't|aren't|can't|cannot|only)\b/i;
const REASON = /\b(?:because|since|so that|in order to|the reason|which means|as a result|due to|this is useful|useful for|helpful for)\b/i;
const HINT = /\b(?:could|might|may|for example|for instance|e\.g\.|such as|similar to|like how|alternatively|instead|workaround|library|libraries|crate|package|prior art|inspired by|implementation|implemented)\b/i;
// A name of the interface: a flag, an environment variable, a constant, a call, a key set to a value.
const ask_likelihood_INTERFACE = /(?:^|[\s`(])--?[a-z][\w-]*|\$[A-Z_][A-Z0-9_]*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\w\(|\w\s*[=:]\s*\S/;
// A sentence that leans on another for what it is about ("all of them should …", "this is …").
const ask_likelihood_PRONOUN = /^(?:(?:for [^,]{1,60}|so|and|but|also),?\s+)?(?:it|they|them|this|that|these|those|all of them|both of them|each of them)\b/i;
/** The share of the title's words (four letters or more) the text repeats. */
function titleShare(text, title) {
    const words = (value) => new Set(value.toLowerCase().match(/[a-z][a-z0-9_]{3,}/g) ?? []);
    const asked = words(title);
    if (asked.size === 0)
        return 0;
    const said = words(text);
    return [...asked].filter(word => said.has(word)).length / asked.size;
}
/** The features' names, in the order `askFeatures` gives them. */
const ASK_FEATURES = [
    'bias',
    'title',
    'bullet',
    'ordered',
    'box',
    'under proposal',
    'under problem',
    'under alternatives',
    'modal',
    'will',
    'wish',
    'ability',
    'imperative',
    'code span',
    'interface',
    'first person',
    'pronoun',
    'we',
    'you',
    'question',
    'narrative',
    'today',
    'reason',
    'hint',
    'link',
    'position',
    'title words'
];
function askFeatures(unit, title) {
    const text = unit.text;
    const words = (0,sentences/* wordsOf */.Z9)(text);
    const first = words.split(' ')[0]?.toLowerCase() ?? '';
    const part = unit.part;
    return [
        1,
        unit.title ? 1 : 0,
        unit.item === 'bullet' ? 1 : 0,
        unit.item === 'ordered' ? 1 : 0,
        unit.item === 'box' ? 1 : 0,
        part === 'solution' || part === 'criteria' || part === 'api' ? 1 : 0,
        part === 'problem' || part === 'context' ? 1 : 0,
        part === 'alternatives' || part === 'pros' || part === 'cons' ? 1 : 0,
        ask_likelihood_MODAL.test(words) ? 1 : 0,
        WILL.test(words) ? 1 : 0,
        ask_likelihood_WISH.test(words) ? 1 : 0,
        ABILITY.test(words) ? 1 : 0,
        /^[a-z]+$/.test(first) && isBaseVerb(first) ? 1 : 0,
        /`/.test(text) ? 1 : 0,
        ask_likelihood_INTERFACE.test(text) ? 1 : 0,
        (0,chatter/* isFirstPerson */.wP)(text) ? 1 : 0,
        ask_likelihood_PRONOUN.test(words) ? 1 : 0,
        /\b(?:we|our|us)\b/i.test(words) ? 1 : 0,
        /\byou\b/i.test(words) ? 1 : 0,
        /\?\s*$/.test(text) ? 1 : 0,
        NARRATIVE.test(words) ? 1 : 0,
        ask_likelihood_TODAY.test(words) ? 1 : 0,
        REASON.test(words) ? 1 : 0,
        HINT.test(words) ? 1 : 0,
        /https?:\/\//.test(text) ? 1 : 0,
        unit.title ? 0 : unit.position,
        unit.title ? 0 : titleShare(text, title)
    ];
}
// Fitted by `npm run bench:fit-asks` (logistic regression on the tuning half's labelled asks: a
// unit that names every key term of an ask is one); the command prints the weights to paste here.
const ASK_WEIGHTS = {
    bias: -1.951,
    title: 3.386,
    bullet: 0.044,
    ordered: 0.482,
    box: -0.177,
    'under proposal': 0.581,
    'under problem': 0.188,
    'under alternatives': 0.652,
    modal: 0.476,
    will: 0.225,
    wish: 0.517,
    ability: 0.412,
    imperative: 0.146,
    'code span': 0.347,
    interface: 0.619,
    'first person': -0.241,
    pronoun: -0.514,
    we: 0.395,
    you: -0.531,
    question: 0.31,
    narrative: -0.037,
    today: 0.244,
    reason: 0.065,
    hint: -0.072,
    link: -0.189,
    position: 0.32,
    'title words': 3.317
};
/** Below this likelihood a unit is no ask (chosen by the same command). */
const ASK_THRESHOLD = 0.2;
function askLikelihood(unit, title, weights = ASK_WEIGHTS) {
    const features = askFeatures(unit, title);
    const z = ASK_FEATURES.reduce((sum, name, index) => sum + weights[name] * features[index], 0);
    return 1 / (1 + Math.exp(-z));
}
const flat = (text) => text.replace(/\s+/g, ' ').trim();
/** The request's units in order: the title, then the body's sentences and list items. */
function askUnits(title, reading) {
    const sectionOf = (text) => {
        const start = flat(text).slice(0, 40);
        const found = Object.entries(reading.sections).find(([, value]) => flat(value ?? '').includes(start));
        return found?.[0];
    };
    const body = [
        ...reading.paragraphs.flatMap(paragraph => (0,sentences/* sentencesOf */.cj)(paragraph).map(text => ({ text, part: sectionOf(text) }))),
        ...reading.items.map(item => ({
            text: item.text,
            part: item.part,
            item: item.ordered ? 'ordered' : 'bullet'
        })),
        ...reading.checklist.map(text => ({ text, item: 'box', part: sectionOf(text) }))
    ].filter(unit => (0,sentences/* wordsOf */.Z9)(unit.text) !== '' || /`/.test(unit.text));
    return [
        { text: title, title: true, position: 0 },
        ...body.map((unit, index) => ({
            ...unit,
            position: body.length > 1 ? index / (body.length - 1) : 0
        }))
    ];
}
/** The unit a criterion's source words come from; a unit of their own when none holds them. */
function unitOf(text, units) {
    const words = flat(text);
    return (units.find(unit => flat(unit.text) === words) ??
        units.find(unit => !unit.title && flat(unit.text).includes(words)) ??
        units.find(unit => !unit.title && words.includes(flat(unit.text)) && unit.text.length > 20) ?? {
        text,
        position: 0.5
    });
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/feature-criteria.ts
// A feature's acceptance criteria: behaviours someone can check. They come from the issue's own
// checklist, the sentences that state a rule ("X should Y"), the capability asked for stated as
// its result ("`skipAmendWarning` is available for `amendLastCommit`"), what the request is for
// when that is an observable outcome, and the interface it sketches (the option and its default,
// the flag, the example that must run); then the tests and "existing behaviour unchanged". A
// sentence about the reporter ("I will search again until …") states no outcome and is no criterion.








// Criteria about the documentation: checked by reading the docs, not by a unit test.
const DOCUMENTATION = /\b(?:document(?:ed|ation|s)?|docs?|readme|changelog|quickstart|guide)\b/i;
const PRONOUN_START = /^(?:it|they|them|this|these|those|that|he|she|all of them|both of them)\b/i;
// A clause that says what the software does: a verb a result is stated with.
const OUTCOME_VERB = /\b(?:is|are|does|do|doesn't|don't|does not|do not|can|cannot|can't|will|won't|gets?|has|have|returns?|shows?|works?|writes?|prints?|skips?|keeps?|stays?|accepts?|rejects?|raises?|emits?|matches?)\b/i;
/** One line of the issue as a criterion: plain, about the software, else nothing. */
// A sentence that points at an example the plan does not show ("in the example above").
const POINTS_AWAY = /\b(?:(?:the|this) example (?:above|below)|the following|as shown (?:above|below)|see above|see below)\b/i;
// Why it is wanted or how it might be done, and who the users are: not what the software must do.
const REASON_OR_HINT = /^(?:since|because|as|given that|so)\b|\b(?:you|one|we) (?:could|can|might|may)\b|\b(?:a|an|the|one) (?:generic|simple|easy|possible|good|better|quick|common|nice) way\b|\bis to (?:check|use|call|read|run|look|add)\b|^(?:for example|for instance|e\.g\.)|^(?:users?|people|developers|someone|anyone) who\b/i;
function asCriterion(text) {
    // The reason a sentence gives ("… given that it is text") is not part of what is checked.
    const plain = (0,chatter/* withoutHedges */.pU)(text).replace(/,?\s+(?:given that|because|since|which means|this behaviou?r is)\b.*$/i, '');
    if (!plain ||
        (0,chatter/* isChatter */.Ol)(plain) ||
        (0,chatter/* isFirstPerson */.wP)(plain) ||
        POINTS_AWAY.test(plain) ||
        REASON_OR_HINT.test((0,sentences/* wordsOf */.Z9)(plain)))
        return undefined;
    if (!WE.test((0,sentences/* wordsOf */.Z9)(plain)))
        return plain;
    // "We should use X" states the work: its result is the criterion.
    const ask = askIn(plain);
    const result = ask?.imperative ? outcomeOf(ask.imperative) : ask?.statement;
    return result && !WE.test((0,sentences/* wordsOf */.Z9)(result)) ? result : undefined;
}
/**
 * An item of the request's goal list as a result: a request restated ("Add X" -> "X is
 * available"), a verb phrase as done ("parse ISO 8601 durations" -> "ISO 8601 durations are
 * parsed"), a name alone as available, a call alone as working; in a numbered list or under the
 * proposal, a feature named without a verb ("The o for toggling the cursor") as available. A
 * statement is left to the rules.
 */
function goalCriterion(item) {
    // A name or a call alone: the interface the request lists.
    const bare = item.text.trim().replace(/[\s.;:,]+$/, '');
    if (/`/.test(bare) && (0,sentences/* wordsOf */.Z9)(bare) === '')
        return `${bare} ${/\(/.test(bare) ? 'works' : 'is available'}`;
    const plain = (0,chatter/* withoutHedges */.pU)(bare);
    if (!plain || (0,chatter/* isChatter */.Ol)(plain) || (0,chatter/* isFirstPerson */.wP)(plain) || REASON_OR_HINT.test((0,sentences/* wordsOf */.Z9)(plain)))
        return undefined;
    const ask = askIn(plain);
    if (ask)
        return ask.imperative ? outcomeOf(ask.imperative) : ask.statement;
    const { text } = (0,sentences/* mask */.dK)(plain);
    const first = text.split(' ')[0];
    if (/^[A-Za-z]+$/.test(first) && isBaseVerb(first.toLowerCase()))
        return outcomeOf((0,prose/* capitalise */.sK)(plain));
    const named = item.ordered || item.part === 'solution' || item.part === 'criteria';
    if (named &&
        !OUTCOME_VERB.test(text) &&
        !PRONOUN_START.test(text) &&
        text.split(' ').length <= 30)
        return `${(0,prose/* capitalise */.sK)(plain)} ${/\band\b/i.test(text) ? 'are' : 'is'} available`;
    return undefined;
}
/** The capability asked for, as its result: the title's, or the body's when the title only names it. */
function askCriterion(request) {
    const ask = request.ask?.named && request.bodyAsk ? request.bodyAsk : request.ask;
    if (!ask)
        return undefined;
    return ask.statement ?? (ask.imperative ? outcomeOf(ask.imperative) : undefined);
}
/** What the request is for, when that is a result of the software ("the writer skips empty values"). */
function purposeCriterion(request) {
    const purpose = request.ask?.purpose;
    if (!purpose || PRONOUN_START.test(purpose) || (0,chatter/* isFirstPerson */.wP)(purpose) || WE.test(purpose))
        return undefined;
    return statesResult((0,sentences/* mask */.dK)(purpose).text) ? (0,prose/* capitalise */.sK)(purpose) : undefined;
}
/** A clause with a verb in the present after its subject: "the exported files start with …". */
function statesResult(clause) {
    if (OUTCOME_VERB.test(clause))
        return true;
    const words = clause.split(' ').slice(1);
    return words.some(word => isBaseVerb(word) || (/^[a-z]+s$/.test(word) && isBaseVerb(word.slice(0, -1))));
}
/** The default a boolean option keeps when the example turns it on: `True` -> `False`. */
function offValue(value) {
    const off = { True: 'False', true: 'false', TRUE: 'FALSE' };
    return value ? off[value] : undefined;
}
function apiCriteria(api, asked) {
    const out = [];
    const itemName = (item) => (0,prose/* code */.aY)(item.name);
    for (const item of api.items) {
        // The capability's own criterion already names this option.
        if (item.kind === 'option' && asked?.includes(item.name))
            continue;
        if (item.kind === 'flag') {
            const flag = (0,prose/* code */.aY)(item.owner ? `${item.owner} ${item.name}` : item.name);
            const alias = item.alias ? ` (and ${(0,prose/* code */.aY)(item.alias)})` : '';
            out.push(`${flag}${alias} is accepted${item.description ? `: ${item.description}` : ''}`);
        }
        else
            out.push(item.owner
                ? `${(0,prose/* code */.aY)(item.owner)} accepts ${itemName(item)}`
                : `${itemName(item)} can be set`);
    }
    if (api.items.length > 0) {
        // The default the issue declares, else the off value of a switch its example turns on.
        const defaults = api.items
            .map(item => item.default ?? offValue(item.value))
            .map((value, index) => value && `${(0,prose/* code */.aY)(api.items[index].name)} defaults to ${(0,prose/* code */.aY)(value)}`)
            .filter(Boolean);
        out.push(`Leaving ${(0,prose/* listing */.RR)(api.items.map(itemName))} out keeps today's behaviour${defaults.length > 0 ? ` (${defaults.join(', ')})` : ''}`);
    }
    if (api.example)
        out.push(`The issue's example works as written: ${(0,prose/* verbatim */.Bj)(api.example)}`);
    return out;
}
// Two criteria that say the same in other words: the same names, or most of their words shared.
function sameClaim(a, b) {
    // The names two criteria quote, word by word: "`export --flag`" names what "`export` … `--flag`" does.
    const spans = (text) => [...new Set([...text.matchAll(/`([^`]+)`/g)].flatMap(m => m[1].split(/\s+/)))].sort().join('\n');
    if (spans(a) !== '' && spans(a) === spans(b))
        return true;
    const words = (text) => new Set(text
        .toLowerCase()
        .match(/[a-z0-9_]+/g)
        ?.filter(word => word.length > 2) ?? []);
    const [left, right] = [words(a), words(b)];
    const shared = [...left].filter(word => right.has(word)).length;
    return shared / Math.max(1, Math.min(left.size, right.size)) >= 0.8;
}
/** A box's label: a word or two, no code (`macOS`, `fish`, `Etc.`). */
function isBoxLabel(item) {
    return !item.includes('`') && item.trim().split(/\s+/).length <= 2;
}
/** Every criterion the issue's text gives, in the order a plan lists them, before any is dropped. */
function candidatesOf(input) {
    const { reading, request, api } = input;
    const asked = askCriterion(request);
    const askedFrom = request.ask?.named && request.bodyAsk ? request.bodyAsk : request.ask;
    // A flag's criterion from its help text says more than "the -f option is available".
    const flagged = api.items.some(item => item.kind === 'flag' && asked?.includes(item.name));
    const own = (source, line) => ({ line, source });
    return [
        // A form's multiple choice (`- [ ] bash`, `- [ ] zsh`) names boxes, not behaviours; a
        // behaviour takes a few words ("Dates are ISO 8601").
        ...reading.checklist
            .filter(item => !isBoxLabel(item))
            .map(item => ({ line: asCriterion(item) })),
        // The request's goal list: what it asks for, item by item.
        ...request.goals.map(item => ({ line: goalCriterion(item), source: item.text, item })),
        ...request.rules.map(rule => own(rule, asCriterion(rule))),
        ...request.expected.map(outcome => own(outcome, asCriterion(outcome))),
        own(askedFrom?.source ?? '', flagged ? undefined : asked),
        // The body's own requests, as their results: the concrete form of the capability.
        ...request.ownAsks
            .slice(0, 2)
            .map(ask => own(ask.source ?? '', ask.imperative ? outcomeOf(ask.imperative) : ask.statement)),
        own(request.ask?.purpose ?? '', purposeCriterion(request)),
        ...apiCriteria(api, asked).map(line => ({ line }))
    ];
}
/** The scorer of ask-likelihood.ts over the request's own units. */
function askScorer(title, reading, weights = ASK_WEIGHTS) {
    const units = askUnits(title, reading);
    return candidate => {
        if (candidate.source === undefined)
            return 1;
        const unit = candidate.item
            ? {
                text: candidate.item.text,
                part: candidate.item.part,
                item: candidate.item.ordered ? 'ordered' : 'bullet',
                position: unitOf(candidate.item.text, units).position
            }
            : unitOf(candidate.source || (candidate.line ?? ''), units);
        return askLikelihood(unit, title, weights);
    };
}
function criteriaOf(input, score = askScorer(input.title ?? '', input.reading), threshold = ASK_THRESHOLD) {
    const scored = candidatesOf(input)
        .filter((candidate) => Boolean(candidate.line))
        .map(candidate => ({ ...candidate, likelihood: score(candidate) }));
    // A reason, a hint or the context restated is no criterion; but a request that asks something
    // keeps the likeliest of its asks.
    const asks = scored.filter(candidate => candidate.likelihood >= threshold);
    const best = [...scored].sort((a, b) => b.likelihood - a.likelihood)[0];
    const chosen = asks.length > 0 || !best ? asks : [best];
    const functional = [];
    for (const { line: candidate } of chosen) {
        const line = (0,prose/* prose */.CS)(candidate, 240).replace(/[.]$/, '');
        if (line && !functional.some(kept => sameClaim(kept, line)))
            functional.push(line);
    }
    if (functional.length === 0)
        functional.push(`${input.featureLabel} works as the issue describes, shown by a test that fails without the change`);
    const kept = functional.slice(0, 8);
    return {
        all: [
            ...kept,
            `The new behaviour is covered by automated tests${input.newTest ? ` in ${(0,prose/* code */.aY)(input.newTest)}` : ''}`,
            `Existing behaviour is unchanged and the existing tests pass${input.testCommand ? ` (${(0,prose/* code */.aY)(input.testCommand)})` : ''}`
        ],
        functional: kept
    };
}
/** The criteria a test can check: a criterion about documentation is checked by reading the docs. */
function testableCriteria(criteria) {
    return criteria.filter(criterion => !DOCUMENTATION.test(criterion));
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/user-story.ts





/** "A shopper is able to apply a code" / "A CI maintainer gets machine-readable output". */
function storyOutcome(story) {
    const who = (0,prose/* capitalise */.sK)((0,prose/* withArticle */.vJ)((0,prose/* prose */.CS)(story.role, 80)));
    const goal = (0,prose/* prose */.CS)(story.goal, 200);
    return /^to\s/i.test(goal) ? `${who} is able ${goal}` : `${who} gets ${goal}`;
}
// People an issue speaks for. A role counts only where the issue says someone is one ("as a
// library author", "we plugin authors", "operators who …"), so "context manager" is no manager.
const ROLE_NOUN = '(?:maintainer|admin(?:istrator)?|user|developer|contributor|reviewer|author|owner|operator|engineer|designer|tester|writer|translator|analyst|scientist|researcher|student|teacher|accountant|editor|player|shopper|customer)';
const ROLE_PHRASES = [
    new RegExp(`\\bas an? ((?:[\\w-]+ ){0,2}?${ROLE_NOUN})\\b`, 'i'),
    new RegExp(`\\bi(?:'m| am) an? ((?:[\\w-]+ ){0,2}?${ROLE_NOUN})\\b`, 'i'),
    new RegExp(`\\b(?:we|us) ((?:[\\w-]+ )?${ROLE_NOUN})s\\b`, 'i'),
    new RegExp(`\\b((?:[\\w-]+ )?${ROLE_NOUN})s (?:who|that) (?:use|need|want|run|write|build|maintain|ship)\\b`, 'i'),
    new RegExp(`\\b(?:let|allow|enable|help)\\s+(${ROLE_NOUN})s\\b`, 'i')
];
const NOT_A_QUALIFIER = /^(?:the|a|an|some|many|most|all|other|our|my|your|their|for|of|and|or)\s/i;
/** The role the issue names, or undefined. */
function roleIn(text) {
    const plain = (0,sentences/* mask */.dK)(text).text;
    for (const phrase of ROLE_PHRASES) {
        const match = phrase.exec(plain);
        if (match)
            return match[1].replace(NOT_A_QUALIFIER, '').toLowerCase();
    }
    return undefined;
}
/** What the user wants: the capability the request names, in the story's grammar. */
function goalFrom(request) {
    // The title's request when it makes one; when it only names the feature, the body's words.
    const order = request.ask?.named ? [request.bodyAsk, request.ask] : [request.ask, request.bodyAsk];
    for (const ask of order) {
        const goal = ask && goalOfAsk(ask);
        if (goal)
            return goal;
    }
    return undefined;
}
function goalOfAsk(ask) {
    return (ask.goal ??
        (ask.imperative ? goalOf(ask.imperative) : undefined) ??
        (ask.statement ? goalOfStatement(ask.statement) : undefined));
}
// How a problem says what cannot be done: what the user then can do, or no longer has to.
// "No way to X" says what is wanted; "wanting to X" may say it of a means ("need to be told").
const BENEFITS = [
    [/\bthere(?:'s| is) no (?:way|option|means|setting|flag) to ([^.;]+)/i, 'way'],
    [/\b(?:do not|don't) see (?:an?|any) (?:option|way|setting|flag) to ([^.;]+)/i, 'way'],
    // "Not possible" is a limitation of the software only when the issue says so of today.
    [
        /\b(?:currently|right now|at the moment|today),? (?:it(?:'s| is)|this is) (?:not possible|impossible) to ([^.;]+)/i,
        'way'
    ],
    [/\bthere(?:'s| is) no (?:ability|possibility|support) to ([^.;]+)/i, 'way'],
    [/\b(?:users|one|you|i) (?:have to|must|need to|are forced to|end up) ([^.;]+)/i, 'no longer'],
    [/\bforces? (?:users|you|me|one|us) to ([^.;]+)/i, 'no longer'],
    [
        /\b(?:find (?:myself|themselves|ourselves) )?(?:wanting|needing|want|need|would like) to ([^.;]+)/i,
        'can'
    ]
];
// "X does not persist Y" -> "X persists Y": the limitation, turned round, is the benefit.
const NEGATED = /^(?:however,?\s+|but\s+|currently,?\s+|right now,?\s+|today,?\s+)?((?:\S+\s+){0,3}?\S+)\s+(does not|doesn't|do not|don't|cannot|can't|is not|isn't|are not|aren't)\s+([^.;]+)/i;
// Subjects the turn cannot take: a pronoun, a clause ("If this", "on running X"), a verb.
const NO_SUBJECT = /^(?:it|this|that|they|there|users|one|you|i|we|if|when|since|because|although|while|unless|as|on|in|for|with|by|after|before)\b|[",]|\b(?:is|are|was|has|have|but|and)\b/i;
function turnedRound(sentence) {
    const { text, restore } = (0,sentences/* mask */.dK)(sentence);
    const done = (statement, wish) => ({
        statement: restore(statement).replace(/[,:]\s*$/, ''),
        wish: restore(wish).replace(/[,:]\s*$/, '')
    });
    // "`seq` is missing the `-f` option" -> "`seq` has the `-f` option".
    const missing = /^((?:\S+\s+){0,3}?\S+) (?:is|are) missing ([^.;]+)/i.exec(text);
    if (missing && !NO_SUBJECT.test(missing[1]))
        return done(`${missing[1]} has ${missing[2]}`, `${missing[1]} to have ${missing[2]}`);
    const match = NEGATED.exec(text);
    const first = match?.[1].split(' ')[0] ?? '';
    const verbFirst = /^[A-Za-z]+s$/.test(first) && isBaseVerb(first.slice(0, -1).toLowerCase());
    if (!match || NO_SUBJECT.test(match[1]) || verbFirst)
        return undefined;
    // What the negation is about ends at the next clause: ", even though …", ", but …".
    const [, subject, negation, whole] = match;
    const rest = whole
        .split(/,\s*(?:even though|although|though|but|which|since|because|so|and)\b/i)[0]
        .trim();
    const [verb, ...tail] = rest.split(' ');
    if (!isBaseVerb(verb) && /^(?:does|doesn't|do|don't)/i.test(negation))
        return undefined;
    const positive = /^(?:does|doesn't)/i.test(negation)
        ? `${thirdPerson(verb)} ${tail.join(' ')}`
        : /^(?:cannot|can't)/i.test(negation)
            ? `can ${rest}`
            : /^(?:is|isn't)/i.test(negation)
                ? `is ${rest}`
                : /^(?:are|aren't)/i.test(negation)
                    ? `are ${rest}`
                    : rest;
    const wished = /^(?:is|isn't|are|aren't)/i.test(negation) ? `be ${rest}` : rest;
    return done(`${subject} ${positive.trim()}`, `${subject} to ${wished.trim()}`);
}
/** What a sentence of the problem says cannot be done, turned round: the benefit, and the wish. */
function limitationIn(sentence) {
    // The limitation may be the sentence's second clause: "Users do X, and Y does not Z".
    const turned = [sentence, ...sentence.split(/,\s*(?:and|but|while|whereas|yet)\s+/i).slice(1)]
        .map(turnedRound)
        .find(Boolean);
    if (turned)
        return { benefit: turned.statement, wish: standsAlone(turned.wish) };
    const { text, restore } = (0,sentences/* mask */.dK)(sentence);
    for (const [pattern, form] of BENEFITS) {
        const match = pattern.exec(text);
        if (!match)
            continue;
        const action = restore(match[1]).replace(/[,:]\s*$/, '');
        return form === 'no longer'
            ? { benefit: `I no longer have to ${action}` }
            : {
                benefit: `I can ${action}`,
                wish: form === 'way' ? standsAlone(`to ${action}`) : undefined
            };
    }
    return undefined;
}
/** A wish that names what it is about: no "it" or "this" pointing back, no bracket or link cut open. */
function standsAlone(wish) {
    return /\b(?:it|them|they)\b|\b(?:this|that|these|those)\s*$|[()[\]]/i.test((0,sentences/* wordsOf */.Z9)(wish))
        ? undefined
        : wish;
}
/** The benefit: what the request says it is for, else what the problem says cannot be done. */
function benefitFrom(request, problem) {
    const purpose = request.ask?.purpose;
    if (purpose && !/^(?:it|this|that)\b/i.test(purpose))
        return purpose;
    for (const sentence of problem) {
        const limitation = limitationIn(sentence);
        if (limitation)
            return limitation.benefit;
    }
    return undefined;
}
// A sentence that guesses, wishes or asks is no benefit to quote: it says what the reporter hopes.
const UNSURE = /\b(?:might|maybe|perhaps|probably|possibly|hopefully|not sure|would be (?:nice|great|cool|good|handy|helpful|useful)|(?:would|could) (?:it|you|we|i)\b)/i;
/** The sentence up to the clause where it starts to guess or wish: what it states, not what it hopes. */
function beforeHedge(sentence) {
    const { text, restore } = (0,sentences/* mask */.dK)(sentence);
    const hedge = UNSURE.exec(text);
    if (!hedge)
        return sentence;
    const clauses = text.slice(0, hedge.index).split(/,\s+|\s+(?:—|–|-)\s+/);
    return clauses.length > 1 ? restore(clauses.slice(0, -1).join(', ')) : '';
}
// Pictographs and emoticons: the reporter's mood, not the software's.
const MOOD = /\p{Extended_Pictographic}|(?:^|\s)[:;]-?[()DPp](?=\s|$)/u;
/**
 * The benefit when the issue states none, quoted from its problem so a reader can check it: the
 * sentence that says what is missing or wrong, else the problem's first plain sentence; never one
 * that repeats the title, guesses or wishes, or carries emoji.
 */
function quotedBenefit(problem, title) {
    const candidates = problem
        .filter(sentence => !/\?\s*$/.test(sentence) && !(0,chatter/* isChatter */.Ol)(sentence) && !MOOD.test(sentence))
        .map(beforeHedge)
        .filter(sentence => sentence.length >= 20 && !repeatsTitle(sentence, title));
    const negative = candidates.find(sentence => /\b(?:not|no|cannot|can't|doesn't|don't|isn't|aren't|only|without|missing|lacks?|never)\b/i.test(sentence));
    const quote = (sentence) => (0,prose/* prose */.CS)(sentence, 160).replace(/[.]$/, '');
    if (negative)
        return `the limitation the issue reports is lifted (“${quote(negative)}”)`;
    if (candidates[0])
        return `the problem the issue describes is solved (“${quote(candidates[0])}”)`;
    return undefined;
}
/** The benefit when the problem gives nothing to quote. */
function plainBenefit(issueText) {
    return /\b(?:workaround|work around|by hand|manually|currently)\b/i.test(issueText)
        ? 'I no longer need a workaround for it'
        : 'I can use it as the issue describes';
}
const user_story_flat = (text) => (0,sentences/* wordsOf */.Z9)(text.replace(/[`*_"“”]/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
/** The title without its labels: "[Feature] Add X", "feat(cli): add X", "Feature request: Add X". */
function titleWords(title) {
    return user_story_flat(title.replace(/^\s*(?:\[[^\]]*\]\s*)+/, '').replace(/^[^:`]{1,40}:\s+/, ''));
}
/** Whether a text holds the whole title: a title is a name, and a story must say more than it. */
function repeatsTitle(text, title) {
    const words = titleWords(title);
    return words.length > 0 && user_story_flat(text).includes(words);
}
/** Who asks, when the issue does not say: a developer for a library's API, a command-line user for a flag. */
function defaultRole(reading, cli) {
    if (cli)
        return 'command-line user';
    const codeLike = reading.code.some(block => /^(?:py|python|js|javascript|ts|typescript|go|rust|rs|java|kotlin|jsx|tsx)$/.test(block.info));
    return codeLike || reading.identifiers.some(name => /[a-z][A-Z]|_|\./.test(name))
        ? 'developer'
        : 'user';
}
/** "`.invert()` method to codecs" -> "an `.invert()` method to codecs": a countable noun after a name. */
function withArticleForName(goal) {
    const { text } = (0,sentences/* mask */.dK)(goal);
    if (!/^\uE000\d+\uE001(?:\s+\uE000\d+\uE001)*\s+(?:option|flag|method|function|parameter|argument|setting|command|hook|helper|alias|variant|selector|directive|property|attribute|field|rule|filter|mode|key)\b/i.test(text))
        return goal;
    const first = /`+\W*(\w)/.exec(goal)?.[1] ?? '';
    return `${/[aeiou]/i.test(first) ? 'an' : 'a'} ${goal}`;
}
/**
 * The story of a request. The issue's text is its title, then its body. When the title's request
 * is all the issue asks, the story's goal is what its problem says cannot be done yet, turned
 * round ("there is no way to X": "to X"), so the story carries the issue rather than its title.
 */
function userStoryOf(reading, request, issueText, cli = false) {
    const story = reading.userStory;
    if (story) {
        return `As ${(0,prose/* withArticle */.vJ)((0,prose/* prose */.CS)(story.role, 80))}, I want ${(0,prose/* prose */.CS)(story.goal, 200)} so that ${(0,prose/* prose */.CS)(story.benefit, 200)}.`;
    }
    const title = issueText.split('\n')[0];
    const role = roleIn(issueText) ?? defaultRole(reading, cli);
    const who = (0,prose/* withArticle */.vJ)(role);
    // "Let maintainers choose X" told by a maintainer: "I want to choose X".
    const goal = goalFrom(request)?.replace(new RegExp(`^${role}s to `, 'i'), 'to ');
    const why = (problem) => {
        const stated = benefitFrom(request, problem);
        return stated ? (0,prose/* prose */.CS)(stated, 200) : quotedBenefit(problem, title);
    };
    let want = goal;
    let benefit = why(request.problem);
    // The title repeated says nothing: what the problem says cannot be done is the goal, when the
    // rest of the problem still gives the benefit.
    if (!goal || repeatsTitle(goal, title)) {
        const wished = request.problem.find(sentence => limitationIn(sentence)?.wish);
        const rest = request.problem.filter(sentence => sentence !== wished);
        const restBenefit = wished && why(rest);
        if (wished && restBenefit) {
            want = limitationIn(wished).wish;
            benefit = restBenefit;
        }
    }
    const wantText = want ? (0,prose/* prose */.CS)(withArticleForName(want), 200) : 'the change this issue asks for';
    return `As ${who}, I want ${wantText} so that ${benefit ?? plainBenefit(issueText)}.`;
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature/feature-content.ts
















function featureFacts(input) {
    const { adwId, issue, research, root } = input;
    const reading = (0,issue_text/* readIssue */.OS)(issue.body);
    const featureName = featureNameFrom(issue.title, issue.body);
    const featureLabel = `“${featureName}”`;
    const files = chooseRelevantFiles(research, root, input.descriptiveName, featureLabel, undefined, {
        newMember: true
    });
    const commands = planCommands(research);
    const request = readFeatureRequest(issue.title, reading);
    // The code the research ranked, not only the files listed: a name may live next door.
    const ranked = research.files.filter(file => file.kind === 'code').map(file => file.path);
    const api = withFlagHomes(placedEnv(apiSketch(issue.title, reading, request.proposalSource, knownIn(root, ranked)), root, ranked), issue.title, root);
    const lead = files.code[0];
    const testHome = testHomeOf(files);
    return {
        adwId,
        issue,
        research,
        reading,
        featureName,
        featureLabel,
        files,
        commands,
        request,
        api,
        lead,
        subject: leadPlace(research, lead).reference ?? 'the new module',
        testHome,
        criteria: criteriaOf({
            title: issue.title,
            reading,
            request,
            api,
            featureLabel,
            newTest: files.newTest,
            testCommand: commands.test
        })
    };
}
/** The sketch's environment variables placed in the tree, when it names any (the walk costs). */
function placedEnv(api, root, ranked) {
    const env = [...api.variables, ...api.existing].filter(item => item.kind === 'env');
    if (env.length === 0)
        return api;
    return withEnvPlaces(api, envReadingIn(root, env.map(item => item.name), ranked));
}
/** Sentences joined up to a length, whole sentences only. */
function firstSentences(sentences, max) {
    const kept = [];
    for (const text of sentences) {
        const line = (0,prose/* sentence */.em)(text, max);
        if (!line)
            continue;
        if (kept.length > 0 && [...kept, line].join(' ').length > max)
            break;
        kept.push(line);
    }
    return kept.join(' ');
}
function featureProblem({ request, adwId, featureLabel, reading }) {
    // The problem's sentences can all be chatter or markup: then the plan says what it knows.
    const shown = reading.code.length > 0 ? 'shows it in code rather than words' : 'gives no further description';
    return (firstSentences(request.problem, 900) ||
        `Issue #${adwId} asks for ${featureLabel}, which the project does not offer yet; the issue ${shown}, so the scope below is inferred from its title${reading.code.length > 0 ? ', its examples' : ''} and the code.`);
}
/** The proposal as work: the issue's own, else its request restated, else a default. */
function proposalLead(facts) {
    const { request, featureLabel, reading } = facts;
    const ask = request.ask;
    const work = ask?.imperative ?? ask?.statement;
    const asked = work && (0,prose/* sentence */.em)(`${work}${ask?.purpose ? `, so that ${ask.purpose}` : ''}`, 400);
    // The body's proposal says how; when it asks for nothing itself, the title's request leads it.
    const proposed = firstSentences(request.proposal, 700);
    if (proposed)
        return request.asks.length > 0 || !asked ? proposed : `${asked} ${proposed}`;
    if (asked)
        return asked;
    return `Build ${featureLabel} into the existing code rather than alongside it${reading.userStory ? `, so that ${(0,prose/* prose */.CS)(reading.userStory.benefit, 200)}` : ''}.`;
}
/** The issue's proposal (or a default one), then where the research says the change belongs. */
function featureSolution(facts) {
    const { files, research, lead, testHome, api } = facts;
    const sketch = api.example ? ` The issue sketches its use: ${(0,prose/* verbatim */.Bj)(api.example)}.` : '';
    const solutionLead = `${proposalLead(facts)}${sketch}`;
    const where = files.code.slice(0, 3).map(file => `${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)}`);
    const placement = lead
        ? `${files.unsure ? 'The research is unsure where the change belongs; it ranks' : 'The research points to'} ${(0,prose/* listing */.RR)(where)}${files.unsure ? ' first' : ' as where the change belongs'} (${(0,prose/* code */.aY)(lead.path)}: ${reasonText(lead)})${testHome ? `, and the tests go into ${(0,prose/* code */.aY)(testHome)}` : ''}.`
        : "The research found no existing code clearly tied to the issue, so the feature starts as new code following the repository's layout.";
    return `${solutionLead} ${placement}`;
}
function featurePhases(facts) {
    const { featureLabel, files, research, criteria, reading, commands, api, testHome } = facts;
    const proposal = proposalLead(facts);
    const solutionSummary = proposal ? (0,prose/* firstSentence */.qi)(proposal, 300) : `The goal: ${featureLabel}.`;
    return buildPhases({
        title: facts.issue.title,
        api,
        testHome,
        files,
        research,
        solution: /[.!?…]$/.test(solutionSummary) ? solutionSummary : `${solutionSummary}.`,
        criteria: criteria.functional,
        identifiers: reading.identifiers,
        checks: commands.checks
    });
}
function featureTesting(facts) {
    const { research, files, reading, subject, testHome, criteria, commands } = facts;
    const { orientation } = research;
    const framework = orientation.tests.framework;
    // The tests' place: where this code's tests are, else the repository's test directories.
    const testPlaces = testHome
        ? [(0,prose/* code */.aY)(external_node_path_.posix.dirname(testHome))]
        : orientation.tests.dirs.slice(0, 2).map(prose/* code */.aY);
    const story = reading.userStory;
    const devCommand = orientation.commands.find(command => command.purpose === 'dev')?.command;
    const testable = testableCriteria(criteria.functional);
    return {
        overview: `Test at the levels the repository already uses${framework ? `, with ${framework}` : ''}${testPlaces.length > 0 ? ` in ${(0,prose/* listing */.RR)(testPlaces)}` : ''}: unit tests for ${subject}, an integration test through the entry point users call, then a manual pass over the acceptance criteria${commands.test ? `. ${(0,prose/* code */.aY)(commands.test)} runs the automated tests` : ''}.`,
        unit: [
            ...testable
                .slice(0, 4)
                .map(criterion => `Test that ${(0,prose/* lowerFirst */.oZ)(criterion.replace(/[.!]$/, ''))}.`),
            `Edge cases for ${subject}: empty and invalid input, and unchanged results when the feature is not used.`
        ],
        integration: [
            `Exercise the feature end to end through the entry point users call${files.code.length > 1
                ? `, so that ${(0,prose/* listing */.RR)(files.code.slice(0, 3).map(file => (0,prose/* code */.aY)(file.path)))} run together`
                : ''}.`,
            ...files.tests.map(file => `Extend ${(0,prose/* code */.aY)(file.path)} so its existing scenarios also run with the feature in use.`)
        ],
        manual: [
            ...(devCommand ? [`Start the project with ${(0,prose/* code */.aY)(devCommand)}.`] : []),
            story
                ? `Act out the user story: check by hand that ${(0,prose/* lowerFirst */.oZ)(storyOutcome(story))}, and that this delivers its benefit (“${(0,prose/* prose */.CS)(story.benefit, 200)}”).`
                : testable[0]
                    ? `Use the feature as a user would, from a clean checkout, and check by hand that ${(0,prose/* lowerFirst */.oZ)(testable[0])}.`
                    : `Use the feature the way the issue describes it, starting from a clean checkout.`,
            'Walk through each acceptance criterion below and confirm it, including one invalid input and one case where the feature is not used.'
        ]
    };
}
function featureNotes({ adwId, research, reading, request }) {
    return [
        ...researchNotes(adwId, research, 'the chosen files and phases'),
        reading.userStory
            ? 'The user story is quoted from the issue.'
            : 'The issue tells no “As a … I want … so that …” story; the one above is built from what it asks for and the problem it describes.',
        ...(request.alternatives.length > 0
            ? [`Alternatives the issue considered: ${firstSentences(request.alternatives, 400)}`]
            : []),
        ...(request.cons.length > 0
            ? [`Drawbacks the issue names: ${firstSentences(request.cons, 400)}`]
            : []),
        ...(request.speculation.length > 0
            ? [
                `What the issue supposes about the implementation, to confirm in the code: ${firstSentences(request.speculation, 400)}`
            ]
            : [])
    ];
}
/** What the documentation would mention: the sketched names, their owners, the issue's identifiers. */
function docNames({ api, reading }) {
    return [
        ...new Set([
            ...[...api.items, ...api.variables].flatMap(item => [
                item.name,
                ...(item.owner ? [item.owner] : [])
            ]),
            ...reading.identifiers.slice(0, 4)
        ])
    ];
}
// Words too general to find a README section by ("Add support for X": "support" is in every README).
const GENERAL_WORDS = /^(?:add|allow|support|option|options|feature|request|make|enable|disable|provide|using|with|from|into|when|should|would|could|have|more|less|some|this|that|default)$/i;
function featureWords(featureName) {
    return (featureName.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? []).filter(word => !GENERAL_WORDS.test(word));
}
function buildPlanContent(input) {
    const facts = featureFacts(input);
    const { issue, research, reading, featureName, featureLabel, files, request } = facts;
    const considered = {
        sentences: issueSentences(issue.title, reading),
        files: files.code.map(file => file.path)
    };
    return {
        featureName,
        userStory: userStoryOf(reading, request, `${issue.title}\n${issue.body}`, 
        // A command-line user asks, whether the flags are new or the code's own.
        [...facts.api.items, ...facts.api.existing].some(item => item.kind === 'flag')),
        problem: featureProblem(facts),
        solution: featureSolution(facts),
        ...relevantFilesData(files, `Files ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each. Paths are relative to the repository root.`),
        phases: featurePhases(facts),
        testing: featureTesting(facts),
        criteria: facts.criteria.all,
        commands: commandEntries(research),
        security: securityNotes(considered),
        performance: performanceNotes(considered),
        docs: docLines({
            research,
            root: input.root,
            rankedDocs: files.docs.map(file => file.path),
            featureLabel,
            names: docNames(facts),
            words: featureWords(featureName)
        }),
        notes: featureNotes(facts)
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug/reproducer.ts

// Blocks whose lines are commands, with or without a prompt.
const SCRIPT_INFO = /^(?:sh|bash|zsh|fish|shell|ps1|powershell|cmd|bat)$/;
// Blocks that may hold a session: commands after a prompt, the rest output.
const SESSION_INFO = /^(?:console|shell-session|sh-session|terminal|text|txt|)$/;
// `$ cmd`, `% cmd`, `❯ cmd`, `PS C:\> cmd`.
const PROMPT = /^\s*(?:\$|%|❯|➜\s+\S+|PS [^>]*>)\s+(\S.*)$/;
// `>>> f(x)` and IPython's `In [3]: f(x)`: a program typed line by line.
const TYPED = /^\s*(?:>>>\s?|\.\.\.\s|In \[\d*\]:\s?)/;
const COMMENT = /^\s*(?:#|\/\/|--|rem\s)/i;
// A line of output a program prints, not code: a traceback, an error, a log line.
const OUTPUT = /^\s*(?:Traceback \(|File "|at\s.*(?:\(.*:\d+(?::\d+)?\)|:\d+:\d+)\s*$|[\w.]*(?:Error|Exception|Warning)\b\s*:|panic:|thread '.*' panicked)/;
// Programs every shell session uses to set the scene or show a file: never the failing run.
const SCENE = new Set('cat echo printf cd ls mkdir rm cp mv touch ln tail head grep sed awk tee sort wc find tree export source set env sudo time which pwd diff chmod curl wget git pip pip3 python python3 node npm npx yarn pnpm cargo go rustup make sw_vers uname'.split(' '));
/** The programs a command line runs: each part of a pipeline or a `;`/`&&` chain. */
function programsOf(command) {
    return command
        .split(/\s*(?:\|\|?|;|&&)\s*/)
        .map(part => part.replace(/^(?:\w+=\S*\s+)*/, '').split(/\s+/)[0] ?? '')
        .map(program => program.replace(/^.*\//, ''))
        .filter(Boolean);
}
function shellCommands(block) {
    const prompted = block.lines.map(line => PROMPT.exec(line)?.[1]).filter(Boolean);
    if (prompted.length > 0 || !SCRIPT_INFO.test(block.info))
        return prompted;
    return block.lines.map(line => line.trim()).filter(line => line !== '' && !COMMENT.test(line));
}
/** The command that runs the project: one the project is named by, else the last that is no scene-setting. */
function projectCommand(commands, names) {
    const runs = (command, test) => programsOf(command).some(test);
    return (commands.find(command => runs(command, program => names.has(program.toLowerCase()))) ??
        [...commands].reverse().find(command => runs(command, program => !SCENE.has(program))));
}
/** The project's own package, written as an import names it (`@scope/pkg/sub` -> `pkg`). */
function packageOf(source) {
    return source
        .replace(/^@[^/]+\//, '')
        .split(/[/.]/)[0]
        .toLowerCase();
}
// `import xarray as xr`, `from shop.cart import Cart, total as t`.
const PYTHON_IMPORT = /^\s*import\s+([\w.]+)(?:\s+as\s+(\w+))?\s*$/;
const PYTHON_FROM = /^\s*from\s+([\w.]+)\s+import\s+\(?([\w\s,]+)\)?/;
// `import app, { a, b as c } from 'pkg'`, `import * as z from 'zod'`, `const { a } = require('pkg')`.
const JS_IMPORT = /^\s*import\s+(.+?)\s+from\s+['"]([^'"]+)['"]/;
const JS_REQUIRE = /^\s*(?:const|let|var)\s+(.+?)\s*=\s*require\(\s*['"]([^'"]+)['"]/;
// `da = xr.DataArray(…)`, `const app = express()`, `let walker = Walker::new()`, `c := pkg.New()`.
const ASSIGNED = /^\s*(?:(?:const|let|var|val|let\s+mut)\s+)?(\w+)\s*(?::=|=(?!=))\s*(.+)$/;
/** Names in an import list: `a, b as c`, `{ a, b as c }`, `* as z`, `app, { a }`. */
function importedNames(list) {
    return list
        .replace(/[{}()]/g, ',')
        .split(',')
        .map(item => item
        .trim()
        .split(/\s+as\s+|\s*:\s*/)
        .pop()
        .replace(/^\*\s*/, ''))
        .filter(name => /^[A-Za-z_$][\w$]*$/.test(name));
}
/**
 * Whether an import reaches the project: its own package, or a module beside the snippet's file
 * (`from .cart import total`, `require('../lib/cart')`), which only code inside the project has.
 */
function importsProject(source, names) {
    return source.startsWith('.') || names.has(packageOf(source));
}
/**
 * The names a block reaches the project by: the project's own, what it imports from it and under
 * which alias, and the variables it assigns from them (`da = xr.DataArray(…)` makes `da` one).
 */
function projectAliases(lines, names) {
    const aliases = new Set(names);
    const uses = (text) => (text.match(/[A-Za-z_$][\w$]*/g) ?? []).some(word => aliases.has(word));
    for (const line of lines) {
        const python = PYTHON_IMPORT.exec(line);
        if (python && names.has(packageOf(python[1]))) {
            aliases.add(python[2] ?? python[1].split('.')[0]);
            continue;
        }
        const from = PYTHON_FROM.exec(line);
        const js = JS_IMPORT.exec(line) ?? JS_REQUIRE.exec(line);
        if (from && importsProject(from[1], names))
            importedNames(from[2]).forEach(n => aliases.add(n));
        else if (js && importsProject(js[2], names))
            importedNames(js[1]).forEach(n => aliases.add(n));
        else {
            const assigned = ASSIGNED.exec(line);
            if (assigned && uses(assigned[2]))
                aliases.add(assigned[1]);
        }
    }
    return aliases;
}
/** Whether the block reaches the project: it imports it, or calls through one of its names. */
function exercisesProject(lines, names) {
    const aliases = [...projectAliases(lines, names)];
    if (aliases.length === 0)
        return false;
    const through = new RegExp(`(?<![\\w.$])(?:${aliases.map(regex/* escapeRegExp */.N).join('|')})(?:\\.|::|\\()`, 'i');
    const imports = new RegExp(`(?:^\\s*(?:import|from|use)\\s+|require\\(\\s*['"]|from\\s+['"])(?:${aliases.map(regex/* escapeRegExp */.N).join('|')})\\b`, 'i');
    return lines.some(line => through.test(line) || imports.test(line));
}
// `print(x)`, `console.log(x)`, `println!("{:?}", x)`, `fmt.Println(x)`: what is printed is the call.
const PRINTED = /^(?:print|console\.(?:log|error|dir)|fmt\.Print(?:ln|f)?|System\.out\.println|println!|dbg!)\s*\((.*)\)\s*;?$/;
/** The call a line makes, without the variable it is assigned to and the print around it. */
function callOf(line) {
    let text = line.replace(TYPED, '').trim();
    if (!/\w\s*\(/.test(text) || text.length > 160 || COMMENT.test(text) || OUTPUT.test(text))
        return undefined;
    if (/^(?:def|class|function|fn|func|import|from|use|package|return)\b/.test(text))
        return undefined;
    // `void testNaN() {`, `if (x) {`, `public Integer call() throws Exception {`: a definition or a
    // block opens there, nothing is called.
    if (/\)[^()]*\{\s*$/.test(text) && !/=/.test(text.split('(')[0]))
        return undefined;
    text = text
        .replace(/^@/, '')
        .replace(/^(?:(?:const|let|var|val)\s+)?[\w.[\]'"]+\s*(?::\s*[\w.<>[\]]+)?\s*=\s*(?!=)/, '');
    const printed = PRINTED.exec(text);
    if (printed) {
        // `println!("{:?}", f(x))`: the last argument is the value printed.
        const inner = printed[1].replace(/^"[^"]*",\s*/, '').trim();
        // `print(result)` shows what an earlier line computed: that line is the call.
        if (!/\w\s*\(/.test(inner))
            return undefined;
        text = inner;
    }
    return text.replace(/;$/, '');
}
/** The calls a program makes: its lines typed at a prompt, else all its lines. */
function programCalls(block) {
    const typed = block.lines.filter(line => TYPED.test(line));
    const lines = typed.length > 0 ? typed : block.lines;
    return lines.map(callOf).filter((call) => call !== undefined);
}
/**
 * The call to reproduce with: the one that uses what the report's prose names (`show_choices`),
 * else one through the project, the later on a tie (a program ends with the failing call).
 */
function bestCall(calls, subjects, aliases) {
    const score = (call) => {
        const used = new Set(call.match(/[A-Za-z_$][\w$]*/g) ?? []);
        return (2 * Number(subjects.some(name => used.has(name))) +
            Number([...aliases].some(alias => used.has(alias))));
    };
    let best;
    let bestScore = -1;
    for (const call of calls) {
        const value = score(call);
        if (value >= bestScore)
            [best, bestScore] = [call, value];
    }
    return best;
}
/** A block of code, not output: no data format, no log, no traceback printed outside a prompt. */
function isProgram(block) {
    if (/^(?:text|txt|console|log|json|ya?ml|toml|xml|html|csv|diff)$/.test(block.info))
        return false;
    const typed = block.lines.some(line => TYPED.test(line));
    return typed || !block.lines.some(line => /^\s*(?:Traceback \(|File ")/.test(line));
}
/**
 * `projectNames`: the names the project is imported and run by; `subjects`: the identifiers the
 * report's prose writes as code, what the report is about.
 */
function readReproducer(blocks, projectNames, subjects = []) {
    const names = new Set(projectNames.map(name => name.toLowerCase()));
    const commands = [];
    const programs = [];
    for (const block of blocks) {
        const session = SCRIPT_INFO.test(block.info) || SESSION_INFO.test(block.info);
        const found = session ? shellCommands(block) : [];
        if (found.length > 0)
            commands.push(...found);
        else if (isProgram(block))
            programs.push(block);
    }
    // The program that exercises the project, not the one that shows another library's result.
    const own = programs.filter(block => exercisesProject(block.lines, names));
    const chosen = own.length > 0 ? own : programs;
    const aliases = new Set(chosen.flatMap(block => [...projectAliases(block.lines, names)]));
    const snippet = bestCall(chosen.flatMap(programCalls), subjects, aliases);
    return {
        commands: commands.slice(0, 12),
        command: projectCommand(commands, names),
        ...(snippet ? { snippet } : {})
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug/bug-report.ts
// What a bug report says, read the way a maintainer triages it: the description, expected and
// actual behaviour (as sections or as inline `Expected:` labels), the error it ends with, the
// environment, a proposed fix, and the steps to reproduce. Issue text is data, flattened to
// one-line prose.





// Section titles of bug report forms and of reporters who structure their text by hand.
const DESCRIPTION = /^(describe the bug|bug description|description|what happened|summary|the bug|bug|issue|problem)$/i;
const REPRODUCE = /^(steps to reproduce|to reproduce|reproduction(?: steps)?|how to reproduce|repro(?:duction)?(?: steps)?|steps|minimal reproduction|reproducer)$/i;
const EXPECTED = /^expected(?: behaviou?r| result| outcome| output)?$/i;
const ACTUAL = /^(actual(?: behaviou?r| result| outcome| output)?|current behaviou?r|what happens(?: instead)?|observed(?: behaviou?r)?)$/i;
const ENVIRONMENT = /^(environment|versions?|system info(?:rmation)?|platform|setup)$/i;
const FIX = /^((?:possible|proposed|suggested) (?:fix|solution)|fix|solution|workaround)$/i;
// `ValueError: bad input`, `TypeError: x is undefined`, `panic: runtime error: …`.
const ERROR_LINE = /^\s*((?:[A-Za-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception|Fault)|panic)(?::\s*(.*?))?\s*$/;
/** The last error line of the body (a Python traceback ends with it), fenced code included. */
function reportedError(body) {
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const match = ERROR_LINE.exec(lines[i]);
        if (match)
            return lines[i].trim().replace(/`/g, '').slice(0, 200);
    }
    return undefined;
}
// `Expected: x`, `**Actual behaviour:** y`: at the start of a line or after a sentence, so that
// `Expected: x. Actual: y` on one line gives both.
const INLINE_LABEL = /(^\s*[-*]?\s*|[.;,!?)]\s+|\s[-–—]\s+)\**([A-Za-z][A-Za-z ]{2,29}?)\**\s*:\**(?=\s|$)/g;
/** The labelled parts of one line; an unrecognised label stays part of the text before it. */
function labelledParts(line) {
    const parts = [];
    let current;
    for (const match of line.matchAll(INLINE_LABEL)) {
        const label = match[2].trim();
        if (!EXPECTED.test(label) && !ACTUAL.test(label))
            continue;
        if (current)
            parts.push({ label: current.label, value: line.slice(current.start, match.index) });
        current = { label, start: match.index + match[0].length };
    }
    if (current)
        parts.push({ label: current.label, value: line.slice(current.start) });
    return parts.map(part => ({ label: part.label, value: part.value.trim() }));
}
/** A line that opens with `Expected:` or `Actual:`: a fact of its own, not part of the story. */
function opensWithBehaviour(line) {
    const label = /^\s*[-*]?\s*\**([A-Za-z][A-Za-z ]{2,29}?)\**\s*:/.exec(line)?.[1].trim();
    return label !== undefined && (EXPECTED.test(label) || ACTUAL.test(label));
}
/** Text up to the first `Actual:` / `Expected:` label inside it: that one starts another fact. */
function beforeOtherLabel(text) {
    for (const match of text.matchAll(INLINE_LABEL)) {
        const label = match[2].trim();
        if (EXPECTED.test(label) || ACTUAL.test(label))
            return text.slice(0, match.index).trim();
    }
    return text;
}
/**
 * What the report says under a label: its section, or an inline `Label: text`. `follows` is set
 * when the label stands at the end of its line with no prose after it: what it describes is
 * the quoted code or log below it.
 */
function reportedBehaviour(sections, label) {
    const section = sectionMatching(sections, label);
    const text = section ? beforeOtherLabel(sectionText(section, 400)) : '';
    if (text)
        return { text, follows: false };
    for (const current of sections) {
        for (const [index, line] of current.lines.entries()) {
            const parts = labelledParts(line);
            const at = parts.findIndex(part => label.test(part.label));
            if (at < 0)
                continue;
            const value = (0,prose/* prose */.CS)(parts[at].value, 400);
            if (value)
                return { text: value, follows: false };
            if (at < parts.length - 1)
                continue;
            const next = current.lines.slice(index + 1);
            const end = next.findIndex(item => item.trim() === '');
            const following = beforeOtherLabel((0,prose/* prose */.CS)(next.slice(0, end < 0 ? next.length : end).join('\n'), 400));
            return { text: following, follows: following === '' };
        }
    }
    // A label on a line of its own whose section holds only code (blanked out in `lines`).
    return { text: '', follows: sections.some(item => label.test(item.title)) };
}
function sectionText(section, max) {
    return section ? (0,prose/* prose */.CS)(section.lines.join('\n'), max) : '';
}
function withoutStop(text) {
    return text.replace(/[.!]+$/, '');
}
/**
 * `projectNames`: the names the project is imported and run by, to tell the report's own
 * reproducer from code that only shows another library's behaviour.
 */
function readBugReport(body, projectNames = []) {
    const reading = (0,issue_text/* readIssue */.OS)(body);
    const subjects = reading.identifiers.flatMap(name => name.split('.'));
    const reproducer = readReproducer(reading.code, projectNames, subjects);
    const sections = issueSections(body);
    const expected = reportedBehaviour(sections, EXPECTED).text;
    const reportedActual = reportedBehaviour(sections, ACTUAL);
    const actual = reportedActual.text;
    const error = reportedError(body);
    // The description tells the story; expected and actual behaviour are listed under it.
    const story = sections.map(item => ({
        ...item,
        lines: item.lines.filter(line => !opensWithBehaviour(line))
    }));
    const reproduceSection = sectionMatching(sections, REPRODUCE);
    let steps = reproduceSection ? listItems(reproduceSection.lines) : [];
    if (steps.length === 0 && reproduceSection) {
        const text = sectionProse(reproduceSection, 300);
        if (text)
            steps = [text];
    }
    if (steps.length === 0)
        steps = listItems(sections.flatMap(section => section.lines), true);
    return {
        // The story without its chatter (thanks, offers, hedges), the reporter's "I" as the users'.
        described: (0,chatter/* plainProse */.U2)(sectionProse(sectionMatching(story, DESCRIPTION)) ||
            sectionProse(story[0]) ||
            (0,prose/* prose */.CS)(reading.paragraphs[0] ?? '', 1200)),
        expected,
        actual,
        ...(error ? { error } : {}),
        // `Actual:` followed by a quoted log: the error it ends with is the actual behaviour.
        actualIsError: !actual && reportedActual.follows && error !== undefined,
        environment: sectionText(sectionMatching(sections, ENVIRONMENT), 300),
        fix: sectionProse(sectionMatching(sections, FIX)),
        steps: steps.slice(0, 8).map(step => (0,prose/* sentence */.em)((0,prose/* prose */.CS)(step, 240))),
        reproducer,
        ...(reproducer.snippet ? { snippet: reproducer.snippet } : {}),
        hasCode: /^ {0,3}(?:`{3,}|~{3,})/m.test(body)
    };
}
/** The report's facts as the plan lists them under its description. */
function reportFacts(report) {
    const { expected, actual, error, actualIsError, environment } = report;
    return [
        ...(expected ? [`Expected behaviour: ${(0,prose/* sentence */.em)(expected)}`] : []),
        ...(actual ? [`Actual behaviour: ${(0,prose/* sentence */.em)(actual)}`] : []),
        ...(error && actualIsError ? [`Actual behaviour: it fails with ${(0,prose/* code */.aY)(error)}.`] : []),
        ...(error && !actualIsError ? [`Error reported: ${(0,prose/* code */.aY)(error)}.`] : []),
        ...(environment ? [`Environment: ${(0,prose/* sentence */.em)(environment)}`] : [])
    ];
}

// EXTERNAL MODULE: ./src/plan/format/validate.ts
var validate = __webpack_require__(117);
;// CONCATENATED MODULE: ./src/plan/embedded/bug/bug-fault.ts
// Where a bug's fault lives, from the strongest evidence the research has: the traceback's frames
// (innermost first), the line or message the issue quotes, else the best-ranked code, said as
// plainly unsure when nothing pins it.




/** Files named as traceback frames, innermost first: the research gives each frame's depth. */
function frameFiles(files) {
    const frames = files.filter(file => file.reasons.some(reason => /traceback/.test(reason)));
    return frames.sort((a, b) => Number(b.reasons.some(r => /innermost/.test(r))) -
        Number(a.reasons.some(r => /innermost/.test(r))));
}
/** The symbol's strongest direct evidence, for a sentence ("innermost project frame … (line 9)"). */
function pinnedBy(symbol) {
    return symbol.reasons.find(reason => /traceback|quoted|named in the issue|points at line/.test(reason));
}
/** "`Class.method` in `path` (lines 3–9)", or "`path`" when the research has no symbol there. */
function faultPlace(lead, symbol) {
    return symbol
        ? `${(0,prose/* code */.aY)(symbolName(symbol))} in ${(0,prose/* code */.aY)(lead.path)} (lines ${symbol.startLine}–${symbol.endLine})`
        : (0,prose/* code */.aY)(lead.path);
}
/** Where the fault is, in one sentence, from the strongest evidence the research has. */
function faultSummary(research, lead, symbol, frames, error, unsure) {
    const innermost = frames[0];
    const outer = frames.slice(1, 4).map(file => (0,prose/* code */.aY)(file.path));
    if (innermost) {
        const framed = symbolsOf(research, innermost.path, 3).find(item => item.reasons.some(reason => /innermost/.test(reason)));
        const at = framed ? `, in ${symbolPlace(framed)}` : namesIn(research, innermost);
        return `The traceback quoted in the issue${error ? ` (${(0,prose/* code */.aY)(error)})` : ''} ends in this repository at ${(0,prose/* code */.aY)(innermost.path)}${at}: that is where the failure surfaces.${outer.length > 0 ? ` On its way it passes through ${(0,prose/* listing */.RR)(outer)}; the fault may sit in one of those if it hands bad state down.` : ''}`;
    }
    if (!lead) {
        return 'Neither a traceback nor the research points to specific code: reproduce the bug first and follow the failing path through the code.';
    }
    const place = faultPlace(lead, symbol);
    const why = symbol ? pinnedBy(symbol) : undefined;
    if (!unsure && why)
        return `${place} is where the issue points: ${why}.`;
    return `The research is unsure where the fault lives: no traceback, quoted line or message pins it, and ${place} ranks first by ${symbol ? symbol.reasons.slice(0, 2).join('; ') : reasonText(lead)}. Confirm the cause with the regression test before changing code.`;
}
/**
 * The candidates for the root cause: the best symbols, else the best files. A test the issue
 * points into (a failing test's frame) shows the failure; it is not where the fault lives.
 */
function causeCandidates(research, files) {
    const tests = new Set(research.files.filter(file => file.kind === 'test').map(file => file.path));
    const symbols = research.symbols
        .filter(symbol => !tests.has(symbol.path) && !(0,test_files/* looksLikeTestFile */.ah)(symbol.path))
        .slice(0, 4);
    if (symbols.length > 0)
        return symbols.map(symbol => `${symbolPlace(symbol)} in ${(0,prose/* code */.aY)(symbol.path)}: ${symbol.reasons.slice(0, 3).join('; ')}.`);
    return files
        .slice(0, 4)
        .map(file => `${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)}: ${reasonText(file)}.`);
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug/bug-facts.ts







const bugWording = {
    lead: (subject, evidence) => `The fault most likely lives here${subject}: fix it there once the regression test confirms the cause (evidence: ${evidence}).`,
    follow: (subject, evidence) => `On the failing path${subject}: change it only if the fix changes what it receives or returns (evidence: ${evidence}).`,
    config: evidence => `Check whether a setting, script or dependency here contributes to the bug (evidence: ${evidence}).`,
    test: evidence => `Also tests this code: run it after the fix, and extend it if the fix changes what it checks (evidence: ${evidence}).`,
    doc: evidence => `Describes this behaviour: correct it if it documents the buggy behaviour (evidence: ${evidence}).`,
    existingTest: 'Tests named after this bug already live here: add the regression test to them.',
    newTest: (label, convention) => `Regression test for ${label}: reproduces the bug, fails before the fix and passes after it, named like the repository's other tests${convention}.`,
    coveringTest: (subject, evidence) => `Existing tests of ${(0,prose/* code */.aY)(subject)}${evidence ? ` (${evidence})` : ''}: add the regression test here; it reproduces the bug, fails before the fix and passes after it.`
};
/** A bug fix touches few files: another is listed only when the evidence for it is as strong. */
const bugSelection = { share: 0.5, max: 3, docs: 0, tests: 1 };
/** Where the regression test goes: the existing tests of the code, else a new file. */
function regressionTest(files, lead, report) {
    // A test named after the lead member says so in its reasons.
    const member = /^named after the member (`[^`]+`)$/.exec(files.tests[0]?.reasons[0] ?? '')?.[1];
    return {
        home: testHomeOf(files),
        why: files.existingTest
            ? ` (the existing tests of ${member ?? (0,prose/* code */.aY)(lead?.path ?? '')})`
            : files.newTest
                ? `, a new file named like the tests beside it`
                : '',
        exercise: report.snippet
            ? `calls ${(0,prose/* code */.aY)(report.snippet)}`
            : report.reproducer.command
                ? `runs ${(0,prose/* code */.aY)(report.reproducer.command)}`
                : 'follows the steps to reproduce',
        asserts: report.expected
            ? `asserts “${withoutStop(report.expected)}”`
            : 'asserts the expected behaviour'
    };
}
function bugFacts(input) {
    const { adwId, issue, research, root } = input;
    const report = readBugReport(issue.body, research.orientation.names);
    const bugName = featureNameFrom(issue.title, issue.body, 'Untitled bug');
    const bugLabel = `“${bugName}”`;
    const exists = (0,validate/* fileExistsIn */.wN)(root);
    // A failing test's own frames show where the failure was seen, not the project's code.
    const frames = frameFiles(research.files).filter(file => exists(file.path) && file.kind !== 'test');
    // Where the traceback ends is where the failure surfaces: listed whatever its rank.
    const innermost = frames
        .filter(file => file.reasons.some(reason => /innermost/.test(reason)))
        .map(file => file.path)
        .slice(0, 1);
    const files = chooseRelevantFiles(research, root, input.descriptiveName, bugLabel, bugWording, {
        selection: bugSelection,
        keep: innermost,
        testsByName: true
    });
    // A fix goes into code: a config file leads only when no code file is listed.
    const lead = files.code.find(file => file.kind === 'code') ?? files.code[0];
    const { symbol: leadSymbol, reference: target } = leadPlace(research, lead);
    return {
        adwId,
        research,
        reading: (0,issue_text/* readIssue */.OS)(issue.body),
        report,
        bugName,
        bugLabel,
        files,
        frames,
        lead,
        leadSymbol,
        target,
        unsure: files.unsure || !lead,
        test: regressionTest(files, lead, report),
        commands: planCommands(research),
        framework: research.orientation.tests.framework
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug/bug-fix.ts
// How a bug fix proceeds and how it is proven: a failing regression test first, then the root
// cause confirmed and fixed, then the repository's checks; the testing and the acceptance criteria
// that show the bug is gone and nothing next to it changed.






function failingTestStep({ files, framework, test, commands, report }) {
    return {
        name: 'Reproduce the bug in a failing test',
        tasks: [
            files.newTest
                ? `Create ${(0,prose/* code */.aY)(files.newTest)}${framework ? ` with ${framework}` : ''}: a test that ${test.exercise} and ${test.asserts}.`
                : `Add a regression test to ${test.home ? `${(0,prose/* code */.aY)(test.home)}${test.why}` : 'the tests next to the code it exercises'} that ${test.exercise} and ${test.asserts}.`,
            `Run it${commands.test ? ` with ${(0,prose/* code */.aY)(commands.test)}` : ''} and confirm it fails${report.error ? ` with ${(0,prose/* code */.aY)(report.error)}` : ' the way the issue describes'}.`
        ]
    };
}
function confirmCauseStep({ lead, leadSymbol, frames, research }) {
    const from = leadSymbol?.line !== undefined ? ` from line ${leadSymbol.line}` : '';
    return {
        name: 'Confirm the root cause',
        tasks: [
            leadSymbol
                ? `Read ${symbolPlace(leadSymbol)} in ${(0,prose/* code */.aY)(lead.path)}${from} and find the condition that produces the actual behaviour instead of the expected one.`
                : lead
                    ? `Read ${(0,prose/* code */.aY)(lead.path)} along the path the steps to reproduce take and find where the actual behaviour departs from the expected one.`
                    : 'Trace the steps to reproduce through the code to where the actual behaviour departs from the expected one.',
            ...(frames.length > 1
                ? [
                    `If the state is already wrong there, walk out through the traceback's other frames: ${(0,prose/* listing */.RR)(frames.slice(1, 4).map(file => `${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)}`))}.`
                ]
                : [])
        ]
    };
}
function fixCauseStep({ files, lead, target, report, research }) {
    const others = files.code.filter(file => file !== lead && file.kind === 'code');
    return {
        name: 'Fix the root cause',
        tasks: [
            target
                ? `Change ${target} so that ${report.expected ? `“${withoutStop(report.expected)}” holds` : 'the expected behaviour holds'}, and keep the change to the cause.`
                : 'Fix the code where the cause was found, and keep the change to the cause.',
            ...others.map(file => `Adapt ${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)} only if the fix changes what it receives or returns.`)
        ]
    };
}
function fixSteps(facts) {
    return [
        failingTestStep(facts),
        confirmCauseStep(facts),
        fixCauseStep(facts),
        validationStep(facts.commands.checks)
    ];
}
/** What the fix must leave as it is: other input to the same code, and the traceback's callers. */
function edgeCases({ lead, leadSymbol, frames }) {
    return [
        ...(leadSymbol
            ? [
                `Calls of ${(0,prose/* code */.aY)(symbolName(leadSymbol))} whose input does not trigger the bug keep their current results.`
            ]
            : lead
                ? [
                    `Paths through ${(0,prose/* code */.aY)(lead.path)} that do not involve the bug keep their current results.`
                ]
                : ['Inputs next to the failing one keep their current results.']),
        ...(frames.length > 1
            ? [
                `Callers on the traceback's path (${(0,prose/* listing */.RR)(frames.slice(1, 4).map(file => (0,prose/* code */.aY)(file.path)))}) still work with the fixed code.`
            ]
            : [])
    ];
}
function bugTesting(facts) {
    const { test, framework, commands, report, research } = facts;
    const testDir = test.home ? external_node_path_.posix.dirname(test.home) : research.orientation.tests.dirs[0];
    return {
        overview: `A regression test${test.home ? ` in ${(0,prose/* code */.aY)(test.home)}` : ''}${framework ? `, with ${framework}` : ''}, written before the fix, proves it${commands.test ? `; ${(0,prose/* code */.aY)(commands.test)} runs it with the existing tests` : ''}${testDir && !test.home ? ` in ${(0,prose/* code */.aY)(testDir)}` : ''}.`,
        regression: [
            `${test.home ? (0,prose/* code */.aY)(test.home) : 'The regression test'}: ${test.exercise} and ${test.asserts}; it fails before the fix${report.error ? ` with ${(0,prose/* code */.aY)(report.error)}` : ''} and passes after it.`
        ],
        edgeCases: edgeCases(facts)
    };
}
/**
 * The report's own criteria: boxes it ticks under a criteria heading of its own. Elsewhere a bug
 * report's boxes are its form's (“I have searched…”, the example's confirmations, a platform to
 * pick): about the report, never a behaviour to check.
 */
function reportCriteria(reading) {
    const criteria = (reading.sections.criteria ?? '').replace(/\s+/g, ' ');
    return [
        ...new Set(reading.checklist
            .filter(item => criteria.includes(item) && !(0,chatter/* isFirstPerson */.wP)(item))
            .map(item => (0,prose/* prose */.CS)(item, 240)))
    ].filter(Boolean);
}
function bugCriteria({ reading, report, test, commands }) {
    const { expected, error } = report;
    const fromIssue = reportCriteria(reading);
    return [
        ...fromIssue,
        `Following the steps to reproduce gives the expected behaviour${expected ? `: ${withoutStop(expected)}` : ''}`,
        ...(error ? [`${(0,prose/* code */.aY)(error)} is no longer raised for the input in the issue`] : []),
        `The regression test${test.home ? ` in ${(0,prose/* code */.aY)(test.home)}` : ''} fails before the fix and passes after it`,
        `The existing tests pass${commands.test ? ` (${(0,prose/* code */.aY)(commands.test)})` : ''}`
    ].slice(0, 12);
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug/bug-content.ts
// Every section of a bug plan, for the embedded planner: what the report says (steps, expected
// and actual behaviour, the error), where the research says the fault lives (traceback frames
// first), and a fix that starts from a failing regression test. Issue text is data, flattened
// to one-line prose.







function bugDescription({ report, adwId, bugLabel }) {
    return report.described
        ? (0,prose/* sentence */.em)(report.described, 1200)
        : `Issue #${adwId} reports ${bugLabel}; it gives no further description, so the analysis below is inferred from its title and the code.`;
}
/** The symptom, then the gap between what happens and what should. */
function bugProblem({ report, bugName }) {
    const { described, actual, expected, error, actualIsError } = report;
    const symptom = actual || (error ? `${(0,prose/* code */.aY)(error)} is raised` : '') || (0,prose/* firstSentence */.qi)(described) || bugName;
    // Issue text is quoted rather than woven into a sentence: it can be a word ("NaN") or a page.
    const gap = actual && expected
        ? ` The report shows “${withoutStop(actual)}” where “${withoutStop(expected)}” is expected.`
        : actualIsError && expected
            ? ` The report shows a failure with ${(0,prose/* code */.aY)(error)} where “${withoutStop(expected)}” is expected.`
            : expected
                ? ` Expected instead: “${withoutStop(expected)}”.`
                : '';
    return `${(0,prose/* sentence */.em)(described ? (0,prose/* firstSentence */.qi)(described) : symptom)}${gap}`;
}
/** The reporter's proposed fix, if any, then where the fix and its regression test go. */
function bugSolution({ report, target, unsure, lead, leadSymbol, test }) {
    const because = leadSymbol && pinnedBy(leadSymbol)
        ? `: ${pinnedBy(leadSymbol)}`
        : lead && !unsure
            ? ` (${reasonText(lead)})`
            : '';
    const placement = [
        target
            ? unsure
                ? `The research is unsure where the fault lives; ${target} ranks first, by ${reasonText(lead)} only, so confirm the cause with the regression test before changing it.`
                : `The fix goes into ${faultPlace(lead, leadSymbol)}${because}.`
            : 'The research found no code clearly tied to the bug: follow the steps to reproduce to where it happens.',
        test.home ? `Its regression test goes into ${(0,prose/* code */.aY)(test.home)}${test.why}.` : ''
    ]
        .filter(Boolean)
        .join(' ');
    return report.fix ? `${(0,prose/* sentence */.em)(report.fix)} ${placement}` : placement;
}
// `cat >file.py <<'EOF'`: the session writes a file the issue shows.
const HEREDOC = /^cat\s*>\s*(\S+)\s*<</;
/** A command of the report's shell session as a step. */
function commandStep(command) {
    const written = HEREDOC.exec(command)?.[1];
    return written
        ? `Write ${(0,prose/* code */.aY)(written)} as the issue's session shows it.`
        : `Run ${(0,prose/* code */.aY)(command)}.`;
}
/** Steps to reproduce when the report lists none: its shell session, its program, else the research. */
function derivedReproduction({ report, target, bugName }) {
    const { commands } = report.reproducer;
    if (commands.length > 0)
        return commands.slice(0, 6).map(commandStep);
    if (report.snippet)
        return [`Run the code the issue quotes, which calls ${(0,prose/* code */.aY)(report.snippet)}.`];
    if (report.hasCode)
        return ['Run the code quoted in the issue (see the Metadata above) as it stands.'];
    const described = withoutStop((0,prose/* firstSentence */.qi)(report.described) || bugName);
    return target
        ? [`Exercise ${target} the way the issue describes: “${described}”.`]
        : [`Follow what the issue describes: “${described}”.`];
}
/** Steps to reproduce: the report's own, else derived; then what to observe and to expect. */
function stepsToReproduce(facts) {
    const { steps, actual, error, expected } = facts.report;
    const observe = actual
        ? [`Observe the actual behaviour: ${(0,prose/* sentence */.em)(actual)}`]
        : error
            ? [`Observe the error ${(0,prose/* code */.aY)(error)}.`]
            : [];
    return [
        ...(steps.length > 0 ? steps : derivedReproduction(facts)),
        ...observe,
        ...(expected ? [`Expected instead: ${(0,prose/* sentence */.em)(expected)}`] : [])
    ].slice(0, 10);
}
function bugNotes({ adwId, research, report, unsure, frames }) {
    return [
        ...researchNotes(adwId, research, 'the root cause candidates and the chosen files'),
        report.steps.length > 0 || report.reproducer.commands.length > 0
            ? 'The steps to reproduce are quoted from the issue.'
            : report.snippet || report.hasCode
                ? 'The steps to reproduce run the code the issue quotes.'
                : 'The issue lists no steps to reproduce; the ones above are derived from its description and the research: confirm them first.',
        ...(unsure && frames.length === 0
            ? [
                'The research is unsure of the fault’s place: a traceback, the exact error message or the function the reporter called would narrow it.'
            ]
            : [])
    ];
}
function buildBugContent(input) {
    const facts = bugFacts(input);
    const { research, files, report } = facts;
    return {
        bugName: facts.bugName,
        description: bugDescription(facts),
        facts: reportFacts(report),
        problem: bugProblem(facts),
        solution: bugSolution(facts),
        reproduce: stepsToReproduce(facts),
        rootCause: {
            summary: faultSummary(research, facts.lead, facts.leadSymbol, facts.frames, report.error, facts.unsure),
            candidates: causeCandidates(research, files.code)
        },
        ...relevantFilesData(files, `Ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`),
        steps: fixSteps(facts),
        testing: bugTesting(facts),
        criteria: bugCriteria(facts),
        commands: commandEntries(research),
        notes: bugNotes(facts)
    };
}

// EXTERNAL MODULE: ./src/text/issue-parts.ts
var issue_parts = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/plan/embedded/chore/chore-content.ts








// A chore changes what exists: it gets no new test file of its own.
const choreWording = {
    lead: (subject, evidence) => `Main change of the chore${subject} (evidence: ${evidence}).`,
    follow: (subject, evidence) => `Update alongside the main change${subject} so that the code stays consistent (evidence: ${evidence}).`,
    config: evidence => `Update the settings, scripts or dependencies the chore touches (evidence: ${evidence}).`,
    test: evidence => `Existing tests of this code: keep them passing, and adjust them only where the chore changes what they check (evidence: ${evidence}).`,
    doc: evidence => `Update where it describes what the chore changes (evidence: ${evidence}).`,
    existingTest: 'Tests named after this chore already live here: update them with the change.'
};
/** A chore may span a few files, each supported by the evidence. */
const choreSelection = { share: 0.4, max: 4, docs: 2, tests: 2 };
const chore_content_DESCRIPTION = /^(description|summary|what|details|chore|task|context|background)$/i;
const MOTIVATION = /^(why|motivation|reason|rationale)$/i;
const IN_SCOPE = /^((?:in )?scope|tasks?|to ?do|todos?|checklist|steps|plan|changes)$/i;
const OUT_OF_SCOPE = /^(out of scope|not in scope|non-?goals|excluded|not included)$/i;
function choreFacts(input) {
    const { adwId, issue, research, root } = input;
    const sections = issueSections(issue.body);
    const choreName = featureNameFrom(issue.title, issue.body, 'Untitled chore');
    const choreLabel = `“${choreName}”`;
    return {
        adwId,
        research,
        reading: (0,issue_text/* readIssue */.OS)(issue.body),
        sections,
        outSection: sectionMatching(sections, OUT_OF_SCOPE),
        choreName,
        choreLabel,
        files: chooseRelevantFiles(research, root, input.descriptiveName, choreLabel, choreWording, {
            selection: choreSelection
        }),
        checks: planCommands(research).checks
    };
}
/** What the chore is and why: the issue's description and motivation sections, else its prose. */
function choreDescription({ sections, reading, adwId, choreLabel }) {
    // The issue's words without their chatter (thanks, offers, hedges), its "I" as the users'.
    const described = (0,chatter/* plainProse */.U2)(sectionProse(sectionMatching(sections, chore_content_DESCRIPTION)) ||
        sectionProse(sections[0]) ||
        (0,prose/* prose */.CS)(reading.paragraphs[0] ?? '', 1200));
    const motivation = (0,chatter/* plainProse */.U2)(sectionProse(sectionMatching(sections, MOTIVATION), 600));
    return ([described, motivation]
        .filter(Boolean)
        .map(text => (0,prose/* sentence */.em)(text))
        .join(' ') ||
        `Issue #${adwId} asks for the chore ${choreLabel}; it gives no further description, so the scope below is inferred from its title and the code.`);
}
function choreScope({ sections, outSection, files, choreName }) {
    // In scope: the issue's own list under a scope or task heading, else its checklists and
    // bullets (those under "out of scope" excepted), else what the research ties to the chore.
    const inSection = sectionMatching(sections, IN_SCOPE);
    let inScope = inSection ? listItems(inSection.lines) : [];
    if (inScope.length === 0) {
        // The form's own questions (prerequisites, versions, a code of conduct) are no scope.
        const own = sections.filter(section => section !== outSection && (0,issue_parts/* partOfHeading */.Z)(section.title) !== 'aside');
        inScope = listItems(own.flatMap(s => s.lines));
    }
    // “I have searched the issues”: a box about the reporter, never work to do.
    inScope = inScope.filter(item => !(0,chatter/* isFirstPerson */.wP)(item));
    const quoted = inScope.length > 0;
    if (!quoted) {
        inScope = [
            files.code.length > 0
                ? `${choreName} in ${(0,prose/* listing */.RR)(files.code.slice(0, 3).map(file => (0,prose/* code */.aY)(file.path)))}`
                : choreName,
            'Every reference to what the chore changes (imports, configuration, scripts, documentation), kept consistent'
        ];
    }
    const outItems = outSection ? listItems(outSection.lines) : [];
    return {
        in: [...new Set(inScope.map(item => (0,prose/* sentence */.em)(item, 300)))].slice(0, 12),
        out: outItems.length > 0
            ? outItems.map(item => (0,prose/* sentence */.em)(item, 300))
            : [
                'Changes to behaviour users can see: the chore leaves features and public interfaces as they are.',
                'Refactors or clean-ups beyond the files listed under Relevant Files; note any found along the way in a follow-up issue.'
            ],
        quoted
    };
}
function makeChangeStep({ files, research, choreLabel }, scope) {
    const areas = [
        ...new Set(files.code.filter(file => file.kind === 'code').map(file => areaOf(file.path)))
    ].map(areaName);
    return {
        name: areas.length > 0 ? `Make the change in ${(0,prose/* listing */.RR)(areas.slice(0, 2))}` : 'Make the change',
        tasks: [
            ...(scope.quoted ? scope.in.slice(0, 8).map(item => `Do: ${item}`) : []),
            ...files.code.map(file => file.kind === 'config'
                ? `Update ${(0,prose/* code */.aY)(file.path)} for the settings, scripts or dependencies the chore touches.`
                : `Update ${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)} for the chore, keeping its behaviour unchanged.`),
            ...(files.code.length === 0 && !scope.quoted
                ? [`Carry out ${choreLabel} where the issue and the README place it.`]
                : [])
        ]
    };
}
function keepConsistentStep({ files, reading, outSection }) {
    // Names the issue puts out of scope are not references to chase.
    const excluded = outSection?.lines.join('\n') ?? '';
    const mentioned = reading.identifiers
        .filter(name => !excluded.includes(`\`${name}\``))
        .slice(0, 4);
    return {
        name: 'Keep references, tests and documentation consistent',
        tasks: [
            mentioned.length > 0
                ? `Search the repository for ${(0,prose/* listing */.RR)(mentioned.map(prose/* code */.aY))} and update every remaining reference consistently.`
                : 'Search the repository for other references to what the chore changes (imports, configuration, scripts, documentation) and update them consistently.',
            ...files.tests.map(file => `Adjust ${(0,prose/* code */.aY)(file.path)} only where the chore changes what it checks; it must keep passing.`),
            ...files.toModify
                .filter(entry => !files.code.some(file => file.path === entry.path))
                .filter(entry => !files.tests.some(file => file.path === entry.path))
                .filter(entry => !files.docs.some(file => file.path === entry.path))
                .map(entry => `Update ${(0,prose/* code */.aY)(entry.path)} with the change.`),
            ...files.docs.map(file => `Update ${(0,prose/* code */.aY)(file.path)} where it describes what the chore changes.`)
        ]
    };
}
function choreNotes({ adwId, research }, scope) {
    return [
        ...researchNotes(adwId, research, 'the scope and the chosen files'),
        scope.quoted
            ? 'The scope is taken from the lists in the issue.'
            : 'The issue lists no scope; the one above is derived from its title and the research: confirm it before starting.'
    ];
}
function buildChoreContent(input) {
    const facts = choreFacts(input);
    const { research, files } = facts;
    const scope = choreScope(facts);
    return {
        choreName: facts.choreName,
        description: choreDescription(facts),
        scope: { in: scope.in, out: scope.out },
        ...relevantFilesData(files, `Use these files to complete the chore. They are ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each; paths are relative to the repository root.`),
        steps: [
            makeChangeStep(facts, scope),
            keepConsistentStep(facts),
            validationStep(facts.checks, 'Review the diff before opening the pull request: nothing outside the scope above has changed.')
        ],
        commands: commandEntries(research),
        notes: choreNotes(facts, scope)
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/template-planner.ts
// The embedded planner: no model, no network. It renders the plan template with content drawn
// from the issue and the research, so a repository without an LLM key still gets a full plan.
// Here it dispatches by kind: each kind's sections live in its own folder (`feature/`, `bug/`,
// `chore/`), the sections every kind shares in `shared/`, the reading of the request in `request/`.







/** The kind's template data and the name its title heading shows. */
function contentFor(kind, input) {
    if (kind === 'bug') {
        const content = buildBugContent(input);
        return { name: content.bugName, data: content };
    }
    if (kind === 'chore') {
        const content = buildChoreContent(input);
        return { name: content.choreName, data: content };
    }
    const content = buildPlanContent(input);
    return { name: content.featureName, data: content };
}
/**
 * The research's evidence quotes the tree as found (a message holding `chan::Tx<T, Semaphore>`):
 * as plan text its `<` must open no HTML tag, like the issue text the planner quotes.
 */
function inertEvidence(research) {
    const inert = (item) => ({
        ...item,
        reasons: item.reasons.map(prose/* escapeAngles */.yH)
    });
    return {
        ...research,
        files: research.files.map(inert),
        symbols: research.symbols.map(inert),
        tests: research.tests.map(inert)
    };
}
class TemplatePlanner {
    name = 'template';
    async plan(request) {
        const kind = request.kind ?? 'feature';
        const name = (0,naming/* descriptiveName */.uf)(request.issue.title, request.issue.body, kind);
        const content = contentFor(kind, {
            adwId: request.adwId,
            issue: request.issue,
            research: inertEvidence(request.research),
            root: request.root,
            descriptiveName: name
        });
        const template = (0,render/* loadTemplate */.PM)((0,plan_format/* planTemplateName */.FL)(kind), request.templatesDir);
        const markdown = (0,render/* renderTemplate */.Xm)(template, {
            ...content.data,
            adwId: request.adwId,
            promptLine: (0,plan_format/* formatPrompt */.u6)(request.issue.body)
        });
        return {
            // Trim only the ends: the Metadata holds the issue body verbatim, blank lines included.
            markdown: `${markdown.trim()}\n`,
            featureName: content.name,
            descriptiveName: name,
            planner: this.name
        };
    }
}


/***/ }),

/***/ 4534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ sectionTree),
/* harmony export */   f2: () => (/* binding */ bulletPaths),
/* harmony export */   gt: () => (/* binding */ sectionBody),
/* harmony export */   iE: () => (/* binding */ findHeading),
/* harmony export */   rj: () => (/* binding */ outline)
/* harmony export */ });
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
// A small, fence-aware reading of Markdown: enough to find a plan's headings and sections
// without being fooled by `## Heading` lines quoted inside code blocks (an issue body can hold them).

function outline(markdown) {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const fences = (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_0__/* .readFences */ .Rl)(lines);
    const headings = [];
    const inFence = fences.map(fence => fence.role !== 'outside');
    lines.forEach((line, index) => {
        if (inFence[index])
            return;
        const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
        if (heading)
            headings.push({ level: heading[1].length, text: heading[2].trim(), line: index });
    });
    return { lines, headings, inFence };
}
/** The lines between a heading and the next heading of any level. */
function sectionBody(doc, heading) {
    const next = doc.headings.find(candidate => candidate.line > heading.line);
    return doc.lines.slice(heading.line + 1, next ? next.line : doc.lines.length);
}
/** The lines under a heading up to the next heading of the same or a higher level. */
function sectionTree(doc, heading) {
    const next = doc.headings.find(candidate => candidate.line > heading.line && candidate.level <= heading.level);
    return doc.lines.slice(heading.line + 1, next ? next.line : doc.lines.length);
}
function findHeading(doc, text, level) {
    return doc.headings.find(heading => heading.text === text && (level === undefined || heading.level === level));
}
/** Paths written as `` `path` `` at the start of bullet items. */
function bulletPaths(lines) {
    return lines
        .map(line => /^\s*[-*+]\s+`([^`]+)`/.exec(line)?.[1]?.trim())
        .filter((path) => Boolean(path));
}


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ isPlanFileFor),
/* harmony export */   Fw: () => (/* binding */ stripTitlePrefix),
/* harmony export */   ID: () => (/* binding */ planTitlePrefix),
/* harmony export */   at: () => (/* binding */ branchName),
/* harmony export */   dF: () => (/* binding */ parsePlanBranch),
/* harmony export */   pU: () => (/* binding */ isPlanPath),
/* harmony export */   pw: () => (/* binding */ planPath),
/* harmony export */   uf: () => (/* binding */ descriptiveName),
/* harmony export */   x8: () => (/* binding */ planKinds),
/* harmony export */   y_: () => (/* binding */ isPlanKind)
/* harmony export */ });
/* unused harmony exports assertAdwId, planFileName, normaliseSpecsDir */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// File and branch names for plans. Titles come from strangers: whatever they hold, the name is
// short lowercase ASCII kebab-case, never empty, and cannot leave the specs directory.

/** Every plan kind, the default first. */
const planKinds = ['feature', 'bug', 'chore'];
function isPlanKind(value) {
    return typeof value === 'string' && planKinds.includes(value);
}
/** The word a plan's title heading starts with: `# Feature: …`, `# Bug: …`, `# Chore: …`. */
function planTitlePrefix(kind = 'feature') {
    return kind === 'bug' ? 'Bug' : kind === 'chore' ? 'Chore' : 'Feature';
}
const MAX_WORDS = 5;
const MAX_LENGTH = 40;
// Labels that issue templates and commit conventions put in front of a title:
// `[Feature]`, `[Bug]`, `[RFC][UI]`, `feat(ui):`, `fix:`, `Bug report:`, `chore(deps):`,
// `Enhancement -`.
const TITLE_PREFIX = /^\s*(?:(?:\[[^\]]{0,30}\]|\([^)]{0,30}\))\s*)+|^\s*(?:feat(?:ure)?(?:\s+request)?|enhancement|request|rfc|proposal|idea|fr|bug(?:\s*(?:report|fix))?|fix|hotfix|defect|chore|maintenance|task)(?:\([^)]*\))?!?(?:\s*:\s*|\s+[-–—|]\s+)/i;
/** The title without its `[Feature]` / `feat:` / `Bug:` / `fix:` / `chore:` labels. */
function stripTitlePrefix(title) {
    let rest = title;
    for (let i = 0; i < 3; i++) {
        const next = rest.replace(TITLE_PREFIX, '');
        if (next === rest)
            break;
        rest = next;
    }
    return rest.trim();
}
// Requests wrapped around the subject. The seed's examples ("user-auth",
// "real-time-notifications") keep the subject and drop the request around it.
const FILLER_PHRASES = [
    'allow users to',
    'allow the user to',
    'let users',
    'enable users to',
    'users should be able to',
    'it would be nice to',
    'it would be great to',
    'would be nice',
    'support for',
    'ability to',
    'the option to',
    'an option to',
    'add the ability to',
    'i would like',
    'we need',
    'as a user'
];
const FILLER_WORDS = new Set(('a an the to of for in on at by with and or from into as is are be it its this that these ' +
    'add adds adding implement implementing implementation support supporting supports feature ' +
    'features please new allow allows enable introduce provide create make let ' +
    'would like want need needs should could can able ability proposal idea rfc ' +
    'improve improvement enhancement via using bug fix chore').split(' '));
// Letters NFKD leaves whole because they are not a base letter plus a mark.
const LIGATURES = {
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    đ: 'd',
    ð: 'd',
    ł: 'l',
    þ: 'th',
    ı: 'i'
};
function asciiWords(text) {
    return (text
        .toLowerCase()
        .replace(/[ßæœøđðłþı]/g, letter => LIGATURES[letter] ?? letter)
        .normalize('NFKD')
        // Combining marks left by NFKD: "café" -> "cafe".
        .replace(/\p{M}/gu, '')
        // Apostrophes join their word: "user's" -> "users", not "user s".
        .replace(/['’`]/g, '')
        .split(/[^a-z0-9]+/)
        .filter(Boolean));
}
/**
 * Words of a title, with hyphenated compounds ("real-time", "feature-flags") kept as one word:
 * they are never filler, and they count once towards the word limit.
 */
function titleWords(text) {
    return text
        .split(/[\s/\\,;:!?()[\]{}"“”<>|]+|\.(?=\s|$)/)
        .map(token => asciiWords(token).join('-'))
        .filter(Boolean);
}
function shorten(words) {
    let name = '';
    for (const word of words.slice(0, MAX_WORDS)) {
        const next = name ? `${name}-${word}` : word;
        if (next.length > MAX_LENGTH)
            break;
        name = next;
    }
    // A first word longer than the limit is cut (at a hyphen when it has one) rather than dropped.
    if (name)
        return name;
    const first = (words[0] ?? '').slice(0, MAX_LENGTH + 1);
    const cut = first.length > MAX_LENGTH ? first.slice(0, first.lastIndexOf('-')) : first;
    return (cut || first.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}
function meaningful(text) {
    let flat = ` ${titleWords(stripTitlePrefix(text)).join(' ')} `;
    for (const phrase of FILLER_PHRASES)
        flat = flat.split(` ${phrase} `).join(' ');
    const words = flat.split(' ').filter(Boolean);
    const strong = words.filter(word => !FILLER_WORDS.has(word));
    // A title made only of filler ("Add support") still says something: keep it rather than nothing.
    return shorten(strong.length > 0 ? strong : words);
}
/**
 * `{descriptive-name}` of the plan file, from the title (or the body when the title gives
 * nothing); the kind itself (`feature`, `bug`, `chore`) when neither says anything.
 */
function descriptiveName(title, body = '', kind = 'feature') {
    const fromTitle = meaningful(title);
    if (fromTitle)
        return fromTitle;
    const firstLine = body
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .split('\n')
        .find(line => asciiWords(line).length > 0) ?? '';
    return meaningful(firstLine) || kind;
}
function assertAdwId(adwId) {
    if (!/^[1-9][0-9]{0,15}$/.test(adwId))
        throw new Error(`adw_id must be a positive issue number, got "${adwId}"`);
}
function assertKind(kind) {
    // Kinds reach file and branch names: an unchecked string from a caller must not.
    if (!isPlanKind(kind))
        throw new Error(`plan kind must be one of ${planKinds.join(', ')}, got "${String(kind)}"`);
}
/** `{kind}-{adwId}-{name}.md`; `name` is re-checked so a hand-made name cannot escape. */
function planFileName(adwId, name, kind = 'feature') {
    assertAdwId(adwId);
    assertKind(kind);
    const words = asciiWords(name);
    const joined = words.join('-');
    // A name from descriptiveName() is kept as it is; anything else is cut down the same way.
    const safe = (joined.length <= MAX_LENGTH ? joined : shorten(words)) || kind;
    return `${kind}-${adwId}-${safe}.md`;
}
/** Checks a specs directory option: relative, inside the repository. Returns it normalised. */
function normaliseSpecsDir(specsDir) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(specsDir.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (dir === '' ||
        dir === '.' ||
        dir.startsWith('/') ||
        /^[a-zA-Z]:/.test(dir) ||
        dir.split('/').includes('..') ||
        dir.split('/').includes('.git')) {
        throw new Error(`specs-dir must be a relative directory inside the repository, got "${specsDir}"`);
    }
    return dir;
}
/** POSIX path of the plan relative to the repository root, always directly inside `specsDir`. */
function planPath(specsDir, adwId, name, kind = 'feature') {
    return `${normaliseSpecsDir(specsDir)}/${planFileName(adwId, name, kind)}`;
}
function branchName(prefix, adwId, kind = 'feature') {
    assertAdwId(adwId);
    assertKind(kind);
    return `${prefix}${kind}-${adwId}`;
}
/**
 * The kind and issue of a plan branch (`adw/bug-12` with prefix `adw/`), or undefined for any
 * other branch name: the inverse of `branchName`.
 */
function parsePlanBranch(prefix, ref) {
    if (!ref.startsWith(prefix))
        return undefined;
    const match = /^(feature|bug|chore)-([1-9][0-9]{0,15})$/.exec(ref.slice(prefix.length));
    return match ? { kind: match[1], adwId: match[2] } : undefined;
}
/**
 * True for this issue's plan files of this kind (`feature-7-*.md`, `bug-7-*.md`), never for
 * another issue's (`feature-71-…`) or another kind's.
 */
function isPlanFileFor(adwId, fileName, kind = 'feature') {
    assertAdwId(adwId);
    assertKind(kind);
    return new RegExp(`^${kind}-${adwId}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`).test(fileName);
}
/**
 * True for any plan this tool writes (`specs/bug-12-crash-on-empty-cart.md`), whatever its issue
 * or kind: the plans in `specsDir` are the tool's output, never evidence for the next plan.
 */
function isPlanPath(path, specsDir) {
    const dir = `${normaliseSpecsDir(specsDir)}/`;
    return (path.startsWith(dir) &&
        new RegExp(`^(?:${planKinds.join('|')})-[1-9][0-9]{0,15}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md$`).test(path.slice(dir.length)));
}


/***/ }),

/***/ 4181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ placeholdersLeft),
/* harmony export */   Qf: () => (/* binding */ placeholdersIn),
/* harmony export */   WH: () => (/* binding */ builtinPlaceholders),
/* harmony export */   j$: () => (/* binding */ placeholderKey),
/* harmony export */   nD: () => (/* binding */ formatName)
/* harmony export */ });
/* harmony import */ var _templates_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5899);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4603);
// The format's own placeholders, told apart from the angle brackets a plan quotes. A Plan Format
// holds `<describe the problem this feature solves>`, `<criterion>`, `<Phase Name (e.g.,
// Database Schema)>`: text for the writer to replace. Issues and code hold `Vec<u8>`,
// `Result<T, E>`, `chan::Tx<T, Semaphore>`, `<div>`, `<Button onClick>`, `<user@example.com>`
// and `a < b > c`: text to keep. No pattern tells the two apart (`<T, Semaphore>` is shaped
// like `<goal, benefit>`), so the placeholders are read from the formats themselves: the
// built-in format each kind shows a model, and the repository's own plan template and format.


/** One `<…>` on one line, innermost: `List<Item>` inside `Map<String, List<Item>>`. */
const ANGLED = /<([^<>\n]+)>/g;
// Markup a template may hold on purpose: `<details>`, `<br/>`, `</summary>`, `<!-- … -->`,
// `<img src="…">`, autolinks. Only these single words count as HTML: a placeholder such as
// `<command>` or `<step>` is a single word too.
const HTML_WORDS = new Set(('a abbr b bdi bdo blockquote br caption cite code dd del details dfn div dl dt em figcaption ' +
    'figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q rp rt ruby s samp small ' +
    'source span strike strong sub summary sup table tbody td tfoot th thead time tr tt u ul var ' +
    'video wbr').split(' '));
/** How placeholders are compared: case and spacing do not matter. */
function placeholderKey(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
function isMarkup(inner) {
    const text = inner.trim();
    return (/^[/!?]/.test(text) || // a closing tag, a comment, a declaration
        /=|\/$/.test(text) || // attributes, `<br/>`
        /^[a-z][\w+.-]*:\S*$/i.test(text) || // `<https://example.com>`
        /^[^\s@]+@[^\s@]+$/.test(text) || // `<user@example.com>`
        HTML_WORDS.has(text.toLowerCase()));
}
/** The placeholders a template or format source holds, as keys (see `placeholderKey`). */
function placeholdersIn(source) {
    const text = source
        .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '')
        .replace(/<!--[\s\S]*?-->/g, '');
    const found = new Set();
    for (const match of text.matchAll(ANGLED)) {
        // `<a href="{{url}}">` is markup around data, not text to replace.
        if (match[1].includes('{{') || isMarkup(match[1]))
            continue;
        found.add(placeholderKey(match[1]));
    }
    return [...found];
}
let seed;
/**
 * The placeholders of the built-in formats of every kind (`prompts/{kind}-format.md`): the ones
 * a model is shown, and so the ones it may leave behind, whatever format the plan follows.
 */
function builtinPlaceholders() {
    seed ??= [
        ...new Set([
            'placeholder',
            ..._naming_js__WEBPACK_IMPORTED_MODULE_1__/* .planKinds */ .x8.flatMap(kind => placeholdersIn((0,_templates_render_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplate */ .PM)(formatName(kind)).source))
        ])
    ];
    return seed;
}
/** The format block a model is shown for a kind, relative to a templates directory. */
function formatName(kind) {
    return `prompts/${kind}-format.md`;
}
/** `<describe …>`: a placeholder cut short, when what is left starts one of them. */
function elided(key, known) {
    const start = /^(.+?)\s*(?:…|\.\.\.)$/.exec(key)?.[1];
    // A few letters ("a …", "T...") start too many things to say which placeholder they were.
    if (!start || start.replace(/[^a-z]/g, '').length < 4)
        return false;
    return [...known].some(placeholder => (placeholder + ' ').startsWith(start + ' '));
}
/**
 * The format placeholders left in one line of prose (code spans already removed), except those
 * the plan quotes: text found in `quoted` (the issue, the feedback), which is already keyed.
 */
function placeholdersLeft(prose, known, quoted) {
    const left = [];
    for (const match of prose.matchAll(ANGLED)) {
        // `Tx<T, Semaphore>`, `Option<step>`: angle brackets right after a name are type arguments.
        if (/[\w$:]/.test(prose[match.index - 1] ?? ''))
            continue;
        const key = placeholderKey(match[1]);
        if (!known.has(key) && !elided(key, known))
            continue;
        if (quoted.includes(`<${key}>`))
            continue;
        left.push(match[0]);
    }
    return left;
}


/***/ }),

/***/ 9966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ planTemplateName),
/* harmony export */   Rb: () => (/* binding */ extractMetadata),
/* harmony export */   Tz: () => (/* binding */ planFormat),
/* harmony export */   u6: () => (/* binding */ formatPrompt)
/* harmony export */ });
/* unused harmony export formatFromTemplate */
/* harmony import */ var _templates_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5899);
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5889);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4534);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4603);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4181);
/* harmony import */ var _text_regex_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1428);
// The Plan Format as data. The required headings are read from the plan template itself, so a
// repository's own template is validated exactly as strictly as the built-in one.






function ruleFor(level, text) {
    let pattern = '';
    let label = '';
    let numbered = false;
    let rest = text;
    while (rest.length > 0) {
        const expression = /\{\{~?\s*([^}]*?)\s*~?\}\}/.exec(rest);
        const literal = expression ? rest.slice(0, expression.index) : rest;
        pattern += (0,_text_regex_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeRegExp */ .N)(literal);
        label += literal;
        if (!expression)
            break;
        if (/^inc\s+@index$|^@index$/.test(expression[1])) {
            numbered = true;
            pattern += '(\\d+)';
            label += '{n}';
        }
        else {
            pattern += '(.+?)';
            label += `{${expression[1].replace(/^this\./, '')}}`;
        }
        rest = rest.slice(expression.index + expression[0].length);
    }
    return {
        level,
        pattern: new RegExp(`^${pattern}$`),
        label: `${'#'.repeat(level)} ${label}`,
        numbered
    };
}
/**
 * Reads the headings of a Handlebars plan template in order. Headings inside `{{#each}}` blocks
 * repeat (at least once); headings inside `{{#if}}`/`{{#unless}}` blocks, and in the `{{else}}`
 * branch of a loop, are optional and skipped. Template comments are ignored.
 */
function formatFromTemplate(source, name = 'template') {
    const root = [];
    const stack = [
        { block: 'root', items: root, optional: false }
    ];
    const uncommented = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '');
    for (const line of uncommented.split('\n')) {
        // Tags before the heading on the same line apply to it; in practice tags sit on their own lines.
        for (const tag of line.matchAll(/\{\{~?\s*(?:([#/^])\s*([a-zA-Z]+)|(else)\b)[^}]*\}\}/g)) {
            const top = stack[stack.length - 1];
            if (tag[3] === 'else' || tag[1] === '^') {
                if (tag[1] === '^') {
                    stack.push({ block: tag[2], items: [], optional: true });
                }
                else if (stack.length > 1) {
                    // The rest of the block is the alternative branch: nothing in it is required.
                    stack[stack.length - 1] = { block: top.block, items: [], optional: true };
                }
            }
            else if (tag[1] === '#') {
                const items = [];
                if (tag[2] === 'each' && !top.optional)
                    top.items.push({ kind: 'repeat', items });
                stack.push({
                    block: tag[2],
                    items,
                    optional: top.optional || tag[2] === 'if' || tag[2] === 'unless'
                });
            }
            else if (stack.length > 1) {
                stack.pop();
            }
        }
        const heading = /^ {0,3}(#{1,6})\s+(.+?)\s*$/.exec(line);
        const frame = stack[stack.length - 1];
        if (!heading || frame.optional)
            continue;
        frame.items.push({ kind: 'heading', rule: ruleFor(heading[1].length, heading[2]) });
    }
    return { items: prune(root), placeholders: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersIn */ .Qf)(source), source: name };
}
function prune(items) {
    return items
        .map(item => (item.kind === 'repeat' ? { ...item, items: prune(item.items) } : item))
        .filter(item => item.kind === 'heading' || item.items.length > 0);
}
const builtin = new Map();
/**
 * The format of the kind's plan template (`feature.md.hbs`, `bug.md.hbs`, `chore.md.hbs`): the
 * repository's override when there is one, else the built-in.
 */
function planFormat(templatesDir, kind = 'feature') {
    const cached = templatesDir ? undefined : builtin.get(kind);
    if (cached)
        return cached;
    const template = (0,_templates_render_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplate */ .PM)(planTemplateName(kind), templatesDir);
    const format = formatFromTemplate(template.source, template.path);
    // The format block a model is shown may be the repository's own, with its own placeholders.
    const shown = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersIn */ .Qf)((0,_templates_render_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplate */ .PM)((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .formatName */ .nD)(kind), templatesDir).source);
    format.placeholders = [...new Set([...format.placeholders, ...shown])];
    if (!templatesDir)
        builtin.set(kind, format);
    return format;
}
/** The plan template of a kind, relative to a templates directory. */
function planTemplateName(kind = 'feature') {
    if (!(0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlanKind */ .y_)(kind))
        throw new Error(`unknown plan kind "${String(kind)}"`);
    return `${kind}.md.hbs`;
}
/** The Metadata line(s) carrying the prompt verbatim, in a form its own text cannot break. */
function formatPrompt(prompt) {
    const text = prompt.replace(/\r\n?/g, '\n');
    if (!text.includes('\n'))
        return `prompt: ${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(text)}`;
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `prompt:\n${fence}text\n${text}\n${fence}`;
}
function readInlineCode(text) {
    const match = /^(`+)(.*)\1$/s.exec(text.trim());
    if (!match)
        return undefined;
    const inner = match[2];
    // CommonMark strips one space on each side when both are present and the content is not all spaces.
    return inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== ''
        ? inner.slice(1, -1)
        : inner;
}
/** Reads adw_id and prompt back from a plan's Metadata section exactly as `formatPrompt` wrote them. */
function extractMetadata(markdown) {
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .outline */ .rj)(markdown);
    const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .findHeading */ .iE)(doc, 'Metadata', 2);
    if (!heading)
        return {};
    const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .sectionBody */ .gt)(doc, heading);
    const result = {};
    for (let i = 0; i < body.length; i++) {
        const adw = /^adw_id:\s*(.*)$/.exec(body[i]);
        if (adw)
            result.adwId = readInlineCode(adw[1]) ?? adw[1].trim();
        const prompt = /^prompt:\s*(.*)$/.exec(body[i]);
        if (!prompt)
            continue;
        if (prompt[1].trim() !== '') {
            result.prompt = readInlineCode(prompt[1]);
            continue;
        }
        // A fenced prompt: everything up to the matching closing fence, verbatim. Read from the
        // raw lines because the section ends at the next heading, and the body may contain headings.
        const start = heading.line + 1 + i + 1;
        const fences = (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_1__/* .readFences */ .Rl)(doc.lines);
        const opened = fences[start];
        if (opened?.role !== 'open')
            continue;
        if (fences[opened.block.end]?.role === 'close')
            result.prompt = (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_1__/* .blockLines */ .B4)(doc.lines, opened.block).join('\n');
        break;
    }
    return result;
}


/***/ }),

/***/ 117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ formatProblems),
/* harmony export */   Oo: () => (/* binding */ validatePlan),
/* harmony export */   wN: () => (/* binding */ fileExistsIn)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _templates_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5899);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4534);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9966);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4181);
// Plan validity, checked in code: every plan is validated before it is committed, whoever wrote
// it. The messages are written to be acted on: a model gets them verbatim in its repair turn.
//
// Path convention of "Relevant Files": each bullet under "Existing Files to Modify" and "New Files
// to Create" starts with the file's path, relative to the repository root, as inline code:
// `- \`src/cart.ts\` - what changes and why`. Bullets that do not start that way are prose.






function headingLabel(heading) {
    return `${'#'.repeat(heading.level)} ${heading.text}`;
}
/** `Tasks` under `### Phase 2: API`: headings like `Tasks` repeat, so name their parent too. */
function sectionName(doc, heading) {
    if (heading.level <= 2)
        return `\`${headingLabel(heading)}\``;
    const parent = [...doc.headings]
        .reverse()
        .find(candidate => candidate.line < heading.line && candidate.level < heading.level);
    return parent
        ? `\`${headingLabel(heading)}\` (under \`${headingLabel(parent)}\`)`
        : `\`${headingLabel(heading)}\``;
}
function checkHeadings(doc, format, problems) {
    let cursor = 0;
    let previousLabel;
    // While matching the inside of one repetition (a phase), its headings must lie within it.
    let scope;
    const seek = (rule, from, to = doc.headings.length) => doc.headings.findIndex((h, i) => i >= from && i < to && h.level === rule.level && rule.pattern.test(h.text));
    const after = () => (previousLabel ? `right after \`${previousLabel}\`` : 'first');
    const matchHeading = (rule) => {
        const at = seek(rule, cursor, scope?.end);
        if (at !== -1) {
            cursor = at + 1;
        }
        else if (scope) {
            problems.push({
                code: 'missing-heading',
                message: `Missing heading \`${rule.label}\` in \`${headingLabel(scope.heading)}\`: every repetition of that block needs it; add it ${after()}.`
            });
        }
        else if (seek(rule, 0) === -1) {
            problems.push({
                code: 'missing-heading',
                message: `Missing heading \`${rule.label}\`: the Plan Format puts it ${after()}; add it there with its content.`
            });
        }
        else {
            problems.push({
                code: 'misordered-heading',
                message: `Heading \`${rule.label}\` is out of order: the Plan Format puts it ${after()}; move it and its content there.`
            });
        }
        previousLabel = rule.label;
    };
    // A repeated block (the phases): at least once, each repetition starting at the next heading
    // of its level and holding its own sub-headings, numbered 1, 2, 3… when the template numbers it.
    const matchRepeat = (items) => {
        const first = items[0];
        if (first.kind !== 'heading') {
            matchItems(items);
            return;
        }
        for (let count = 0;; count++) {
            const at = seek(first.rule, cursor);
            const next = doc.headings.findIndex((h, i) => i >= cursor && h.level <= first.rule.level);
            if (count > 0 && (at === -1 || at !== next))
                return;
            if (at === -1) {
                // Not even one repetition: report its headings as missing, once.
                matchItems(items);
                return;
            }
            const heading = doc.headings[at];
            if (first.rule.numbered) {
                const number = Number(first.rule.pattern.exec(heading.text)?.[1]);
                if (number !== count + 1) {
                    problems.push({
                        code: 'misordered-heading',
                        message: `\`${headingLabel(heading)}\` should be numbered ${count + 1}: number the \`${first.rule.label}\` headings 1, 2, 3… in order.`
                    });
                }
            }
            const end = doc.headings.findIndex((h, i) => i > at && h.level <= first.rule.level);
            const outer = scope;
            scope = { end: end === -1 ? doc.headings.length : end, heading };
            matchItems(items);
            scope = outer;
        }
    };
    const matchItems = (items) => {
        for (const item of items) {
            if (item.kind === 'heading')
                matchHeading(item.rule);
            else
                matchRepeat(item.items);
        }
    };
    matchItems(format.items);
}
function checkEmptySections(doc, problems) {
    doc.headings.forEach((heading, index) => {
        const next = doc.headings[index + 1];
        // A heading followed directly by its subsections ("## Relevant Files") is filled by them.
        if (next && next.level > heading.level)
            return;
        const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionBody */ .gt)(doc, heading);
        if (body.every(line => line.trim() === '')) {
            problems.push({
                code: 'empty-section',
                message: `Section ${sectionName(doc, heading)} is empty: write its content.`
            });
        }
        else if (heading.text === 'Tasks' &&
            !body.some(line => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(line))) {
            problems.push({
                code: 'empty-section',
                message: `Section ${sectionName(doc, heading)} has no task: list each task as a \`- \` bullet.`
            });
        }
    });
}
/**
 * Placeholders of the format in use left in prose. Angle brackets the issue or the code bring
 * (`Vec<u8>`, `chan::Tx<T, Semaphore>`, `<div>`, `a < b > c`) are text: only the format's own
 * placeholders count, and only where the plan does not quote them from the issue or feedback.
 */
function checkPlaceholders(doc, format, context, problems) {
    const known = new Set([...(0,_placeholders_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinPlaceholders */ .WH)(), ...format.placeholders]);
    const quoted = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_5__/* .placeholderKey */ .j$)([context.prompt, ...(context.quotes ?? [])].join('\n'));
    const metadata = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .findHeading */ .iE)(doc, 'Metadata', 2);
    const metadataEnd = metadata
        ? (doc.headings.find(h => h.line > metadata.line)?.line ?? doc.lines.length)
        : -1;
    const found = new Map();
    doc.lines.forEach((line, index) => {
        if (doc.inFence[index])
            return;
        // The Metadata carries the issue text verbatim: whatever it holds is not ours to judge.
        if (metadata && index > metadata.line && index < metadataEnd)
            return;
        // Code spans hold code as it is (`<div class="x">`, `Vec<Box<T>>`): only prose is checked.
        const prose = line.replace(/(`+)[\s\S]*?\1/g, ' ');
        const within = [...doc.headings].reverse().find(heading => heading.line <= index);
        for (const token of (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_5__/* .placeholdersLeft */ .Kt)(prose, known, quoted)) {
            if (!found.has(token))
                found.set(token, within);
        }
    });
    for (const [token, within] of found) {
        problems.push({
            code: 'placeholder',
            message: `Placeholder \`${token}\` was left${within ? ` in ${sectionName(doc, within)}` : ''}: replace it with the real value for this plan.`
        });
    }
}
function checkMetadata(markdown, context, problems) {
    const metadata = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_4__/* .extractMetadata */ .Rb)(markdown);
    if (metadata.adwId !== context.adwId) {
        problems.push({
            code: 'metadata-adw-id',
            message: `Metadata must hold the line ${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(`adw_id: \`${context.adwId}\``)}; found ${metadata.adwId === undefined ? 'no adw_id line' : (0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(`adw_id: ${metadata.adwId}`)}.`
        });
    }
    const expected = context.prompt.replace(/\r\n?/g, '\n');
    if (expected.trim() === '') {
        problems.push({
            code: 'metadata-prompt',
            message: 'The prompt is empty: there is nothing to plan from.'
        });
    }
    else if (metadata.prompt !== expected) {
        problems.push({
            code: 'metadata-prompt',
            message: metadata.prompt === undefined
                ? `Metadata has no \`prompt:\` line holding the issue body; write it after the adw_id line as ${PROMPT_SHAPE}.`
                : `Metadata \`prompt\` differs from the issue body ${firstDifference(metadata.prompt, expected)}: it must hold the body verbatim, as ${PROMPT_SHAPE}.`
        });
    }
}
const PROMPT_SHAPE = '`prompt: ` plus the body as inline code when it is one line, or `prompt:` followed by the body in a fenced code block longer than any backtick run inside it';
function firstDifference(actual, expected) {
    const got = actual.split('\n');
    const want = expected.split('\n');
    const line = want.findIndex((text, index) => got[index] !== text);
    if (line === -1)
        return `(it has ${got.length - want.length} extra line(s) at the end)`;
    return `(first difference on line ${line + 1} of the body: expected ${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(want[line].slice(0, 80))})`;
}
function unsafePath(path) {
    return (path.startsWith('/') ||
        path.startsWith('~') ||
        /^[a-zA-Z]:/.test(path) ||
        path.split(/[\\/]/).includes('..'));
}
function checkFiles(doc, context, problems) {
    const check = (title, wantExisting) => {
        const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .findHeading */ .iE)(doc, title, 3);
        if (!heading)
            return;
        for (const path of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .bulletPaths */ .f2)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionBody */ .gt)(doc, heading))) {
            if (unsafePath(path)) {
                problems.push({
                    code: 'path-outside-repo',
                    message: `${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(path)} under "${title}" is not a path inside the repository: write paths relative to the repository root, without \`..\`.`
                });
            }
            else if (wantExisting && !context.fileExists(path)) {
                problems.push({
                    code: 'file-to-modify-missing',
                    message: `${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(path)} is listed under "Existing Files to Modify" but does not exist in the repository; list only existing files there (new files go under "New Files to Create").`
                });
            }
            else if (!wantExisting && context.fileExists(path)) {
                problems.push({
                    code: 'new-file-exists',
                    message: `${(0,_templates_render_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(path)} is listed under "New Files to Create" but already exists; move it to "Existing Files to Modify" or choose a new path.`
                });
            }
        }
    };
    check('Existing Files to Modify', true);
    check('New Files to Create', false);
}
/** True when `relPath` names an existing file inside `root` (never outside it). */
function fileExistsIn(root) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    return relPath => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, relPath);
        if (full !== base && !full.startsWith(base + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
            return false;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isFile();
    };
}
function validatePlan(markdown, context) {
    const problems = [];
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .outline */ .rj)(markdown);
    const format = context.format ?? (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_4__/* .planFormat */ .Tz)(undefined, context.kind);
    checkHeadings(doc, format, problems);
    checkEmptySections(doc, problems);
    checkPlaceholders(doc, format, context, problems);
    checkMetadata(markdown, context, problems);
    checkFiles(doc, context, problems);
    return problems;
}
function formatProblems(problems) {
    return problems.map(problem => `- ${problem.message}`).join('\n');
}


/***/ }),

/***/ 5887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* reexport safe */ _format_validate_js__WEBPACK_IMPORTED_MODULE_2__.C5),
/* harmony export */   D_: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.D_),
/* harmony export */   Oo: () => (/* reexport safe */ _format_validate_js__WEBPACK_IMPORTED_MODULE_2__.Oo),
/* harmony export */   Tz: () => (/* reexport safe */ _format_plan_format_js__WEBPACK_IMPORTED_MODULE_1__.Tz),
/* harmony export */   at: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.at),
/* harmony export */   pU: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.pU),
/* harmony export */   pw: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.pw),
/* harmony export */   wN: () => (/* reexport safe */ _format_validate_js__WEBPACK_IMPORTED_MODULE_2__.wN),
/* harmony export */   x8: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.x8),
/* harmony export */   y_: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.y_)
/* harmony export */ });
/* harmony import */ var _format_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _format_plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);
/* harmony import */ var _format_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(117);
/* harmony import */ var _embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9682);
// The planning core's public surface (GitHub-free): the plan format (./format), the embedded
// planner (./embedded) and, through create-planner, the model planner (./llm).







/***/ }),

/***/ 5294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fL: () => (/* binding */ vertexDefaultsFrom),
/* harmony export */   hb: () => (/* binding */ awsSettingsFrom),
/* harmony export */   lq: () => (/* binding */ providerSettingsFrom)
/* harmony export */ });
/** The first value that is set and not blank (a cleared variable is `''`). */
function first(...values) {
    return values.find(value => value !== undefined && value.trim() !== '');
}
/** The AWS variables Bedrock is used with, named as the AWS SDKs and CLI name them. */
function awsSettingsFrom(env) {
    return {
        region: first(env.AWS_REGION, env.AWS_DEFAULT_REGION),
        accessKeyId: first(env.AWS_ACCESS_KEY_ID),
        secretAccessKey: first(env.AWS_SECRET_ACCESS_KEY),
        sessionToken: first(env.AWS_SESSION_TOKEN),
        bearerToken: first(env.AWS_BEARER_TOKEN_BEDROCK),
        endpoint: first(env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, env.AWS_ENDPOINT_URL)
    };
}
/** What the `vertex-project` and `vertex-location` inputs default to. */
function vertexDefaultsFrom(env) {
    return {
        vertexProject: first(env.GOOGLE_CLOUD_PROJECT),
        vertexLocation: first(env.GOOGLE_CLOUD_LOCATION)
    };
}
/** The CLI's provider settings: every key, endpoint and cloud setting from the environment. */
function providerSettingsFrom(env) {
    return {
        anthropicApiKey: first(env.ANTHROPIC_API_KEY),
        anthropicBaseUrl: first(env.ANTHROPIC_BASE_URL),
        openaiApiKey: first(env.OPENAI_API_KEY),
        openaiBaseUrl: first(env.OPENAI_BASE_URL),
        googleApiKey: first(env.GOOGLE_GENERATIVE_AI_API_KEY),
        googleBaseUrl: first(env.GOOGLE_GENERATIVE_AI_BASE_URL),
        ...vertexDefaultsFrom(env),
        vertexBaseUrl: first(env.GOOGLE_VERTEX_BASE_URL),
        aws: awsSettingsFrom(env)
    };
}


/***/ }),

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ describeProvider),
/* harmony export */   Kd: () => (/* binding */ resolveProvider),
/* harmony export */   iY: () => (/* binding */ providerChoices),
/* harmony export */   pi: () => (/* binding */ isVertexClaude)
/* harmony export */ });
/* unused harmony exports DEFAULT_MODELS, DEFAULT_VERTEX_LOCATION, defaultBedrockModel, ProviderSetupError */
// Decides which planner runs from the provider inputs. No SDK is loaded here: the shells read
// these choices on every run, and the SDKs are most of the bundle (see language-model.ts).
// Keys only ever travel inside the SDK client; nothing here logs or formats them.
const providerChoices = [
    'auto',
    'template',
    'anthropic',
    'openai',
    'google',
    'bedrock',
    'vertex'
];
/**
 * The model each provider uses when none is given: a strong general model rather than the
 * largest one, since a plan is a few thousand tokens of structured writing after some reading.
 * Override with the `model` input (action) or `--model` (CLI). Bedrock's default also depends
 * on the region (see defaultBedrockModel).
 */
const DEFAULT_MODELS = {
    anthropic: 'claude-sonnet-4-6',
    openai: 'gpt-5.4',
    google: 'gemini-3.8-flash',
    bedrock: 'anthropic.claude-sonnet-4-6',
    // Gemini works in any project with Vertex AI on; Claude on Vertex must first be enabled in
    // Model Garden, so it is there for those who name it.
    vertex: 'gemini-3.8-flash'
};
/** Where Vertex AI serves a model when neither the input nor GOOGLE_CLOUD_LOCATION says. */
const DEFAULT_VERTEX_LOCATION = 'global';
/**
 * Bedrock serves current Claude models through cross-region inference profiles, whose prefix
 * must match the caller's geography: `us.` from US regions, `eu.` from European ones, and the
 * `global.` profile from anywhere else.
 */
function defaultBedrockModel(region) {
    const geography = /^us-(?!gov-)/.test(region) ? 'us' : region.startsWith('eu-') ? 'eu' : 'global';
    return `${geography}.${DEFAULT_MODELS.bedrock}`;
}
/** Claude on Vertex AI is a different publisher with a different API, chosen by the model name. */
function isVertexClaude(model) {
    return /^claude-/i.test(model);
}
/** A provider was named without something it needs; the message says what to set. */
class ProviderSetupError extends Error {
    constructor(provider, needs, fix) {
        super(`provider "${provider}" needs ${needs}: ${fix}, or use provider "auto" or "template"`);
        this.name = 'ProviderSetupError';
    }
}
const keyHints = {
    anthropic: ['anthropic-api-key', 'ANTHROPIC_API_KEY'],
    openai: ['openai-api-key', 'OPENAI_API_KEY'],
    google: ['google-api-key', 'GOOGLE_GENERATIVE_AI_API_KEY']
};
function present(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
/** A property only when the value is there, so resolved providers compare without `undefined`s. */
function optionalUrl(baseUrl) {
    const url = present(baseUrl);
    return url ? { baseUrl: url } : {};
}
function withKey(name, options) {
    const [apiKey, baseUrl] = {
        anthropic: [options.anthropicApiKey, options.anthropicBaseUrl],
        openai: [options.openaiApiKey, options.openaiBaseUrl],
        google: [options.googleApiKey, options.googleBaseUrl]
    }[name].map(present);
    const [input, env] = keyHints[name];
    if (!apiKey) {
        throw new ProviderSetupError(name, 'an API key', `set the \`${input}\` input (action) or the ${env} environment variable (CLI)`);
    }
    return {
        kind: name,
        model: present(options.model) ?? DEFAULT_MODELS[name],
        apiKey,
        ...optionalUrl(baseUrl)
    };
}
function bedrock(options) {
    const aws = options.aws ?? {};
    const region = present(aws.region);
    if (!region) {
        throw new ProviderSetupError('bedrock', 'an AWS region', 'set AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input)');
    }
    const bearerToken = present(aws.bearerToken);
    const accessKeyId = present(aws.accessKeyId);
    const secretAccessKey = present(aws.secretAccessKey);
    const sessionToken = present(aws.sessionToken);
    let credentials;
    if (bearerToken)
        credentials = { bearerToken };
    else if (accessKeyId && secretAccessKey) {
        credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
    }
    else {
        throw new ProviderSetupError('bedrock', 'AWS credentials', 'run aws-actions/configure-aws-credentials before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_BEARER_TOKEN_BEDROCK)');
    }
    return {
        kind: 'bedrock',
        model: present(options.model) ?? defaultBedrockModel(region),
        region,
        credentials,
        ...optionalUrl(aws.endpoint)
    };
}
// Both go into the request URL: a project id (or number), and a location that is one DNS label.
const projectPattern = /^[a-z0-9][a-z0-9.:-]*$/i;
const locationPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function vertex(options) {
    const project = present(options.vertexProject);
    const location = present(options.vertexLocation) ?? DEFAULT_VERTEX_LOCATION;
    if (!project) {
        throw new ProviderSetupError('vertex', 'a Google Cloud project', 'set the `vertex-project` input (action) or GOOGLE_CLOUD_PROJECT (google-github-actions/auth exports it)');
    }
    if (!projectPattern.test(project)) {
        throw new ProviderSetupError('vertex', 'a project id such as my-project', `"${project}" is not one; set \`vertex-project\` or GOOGLE_CLOUD_PROJECT`);
    }
    if (!locationPattern.test(location)) {
        throw new ProviderSetupError('vertex', 'a location such as global or us-central1', `"${location}" is not one; set \`vertex-location\` or GOOGLE_CLOUD_LOCATION`);
    }
    return {
        kind: 'vertex',
        model: present(options.model) ?? DEFAULT_MODELS.vertex,
        project,
        location,
        ...optionalUrl(options.vertexBaseUrl)
    };
}
/**
 * `auto` prefers Anthropic, then OpenAI, then the Gemini API, then the embedded template
 * planner. Bedrock and Vertex AI run only when named: cloud credentials a runner happens to
 * have are not a request to spend money.
 */
function resolveProvider(options) {
    switch (options.provider) {
        case 'template':
            return { kind: 'template', reason: 'provider "template" selected' };
        case 'anthropic':
        case 'openai':
        case 'google':
            return withKey(options.provider, options);
        case 'bedrock':
            return bedrock(options);
        case 'vertex':
            return vertex(options);
        case 'auto':
            if (present(options.anthropicApiKey))
                return withKey('anthropic', options);
            if (present(options.openaiApiKey))
                return withKey('openai', options);
            if (present(options.googleApiKey))
                return withKey('google', options);
            return {
                kind: 'template',
                reason: 'no anthropic-api-key, openai-api-key or google-api-key given'
            };
        default:
            throw new Error(`unknown provider "${String(options.provider)}"`);
    }
}
/** Which model, where: for the log. Never a credential. */
function describeProvider(resolved) {
    const model = `${resolved.kind} model ${resolved.model}`;
    const at = resolved.baseUrl ? ` at ${resolved.baseUrl}` : '';
    if (resolved.kind === 'bedrock')
        return `${model} in ${resolved.region}${at}`;
    if (resolved.kind === 'vertex') {
        return `${model} in project ${resolved.project}, location ${resolved.location}${at}`;
    }
    return `${model}${at}`;
}


/***/ }),

/***/ 7333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ languageFamily),
/* harmony export */   MA: () => (/* binding */ testShape),
/* harmony export */   ah: () => (/* binding */ looksLikeTestFile),
/* harmony export */   jY: () => (/* binding */ neighbourTestName),
/* harmony export */   pE: () => (/* binding */ isFixturePath),
/* harmony export */   xw: () => (/* binding */ existingTestOf)
/* harmony export */ });
/* unused harmony export testDirNames */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_fold_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8182);
/* harmony import */ var _tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8698);
/* harmony import */ var _tree_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);
// How repositories name their test files, in one place: the naming shape a new test should
// follow, and the module an existing test file is about (`test_list_files.py`,
// `list_files_test.go`, `list-files.test.ts` and `ListFilesTest.java` all test `list-files`).




/** Languages whose tests may test each other's code: a Python test does not test a Go file. */
function languageFamily(path) {
    const ext = (0,_tree_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .extensionOf */ .je)(path);
    if (['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'].includes(ext))
        return 'js';
    if (['java', 'kt', 'scala', 'groovy'].includes(ext))
        return 'jvm';
    if (ext === 'pyi')
        return 'py';
    return ext;
}
/** Directories that hold a tree of tests. */
const testDirNames = /^(?:tests?|__tests__|spec|specs|testing|e2e)$/i;
/** The naming shape of one test file, or undefined when its name is not a test module's. */
function testShape(path) {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    let template;
    let named;
    let m;
    // `test_x.py`, `unittest_x.py` as astroid and pylint name theirs, `tests_x.py` as tqdm does.
    if ((m = /^((?:unit)?tests?_)(.+)\.py$/.exec(name)))
        [template, named] = [`${m[1]}{name}.py`, m[2]];
    else if ((m = /^(.+)(_tests?)\.(py|rb)$/.exec(name)) ??
        (m = /^(.+)(_test)\.(go|exs?)$/.exec(name)))
        [template, named] = [`{name}${m[2]}.${m[3]}`, m[1]];
    else if ((m = /^(.+)\.(test|spec)\.([cm]?[jt]sx?)$/.exec(name)))
        [template, named] = [`{name}.${m[2]}.${m[3]}`, m[1]];
    else if ((m = /^(.+)(Test|Tests|Spec)\.(java|kt|scala|cs|swift|php)$/.exec(name))) {
        // `AnnotationSpec.java` beside the code is a class of the library; a `Spec` is a test only
        // in a test tree (Spock, Kotest, Quick).
        if (m[2] !== 'Spec' || dir.split('/').some(part => testDirNames.test(part)))
            [template, named] = [`{name}${m[2]}.${m[3]}`, m[1]];
    }
    else if ((m = /^(.+)_spec\.rb$/.exec(name)))
        [template, named] = ['{name}_spec.rb', m[1]];
    // `test/req.subdomains.js`: a test named after a member (`req.subdomains`) as some suites do.
    else if ((m = /^([\w-]+(?:\.[\w-]+)*?)\.([cm]?[jt]s)$/.exec(name)) && isMochaSpec(dir, m[1]))
        [template, named] = [`{name}.${m[2]}`, m[1]];
    // Cargo runs every file of a `tests/` tree as an integration test: `tests/by-util/test_paste.rs`,
    // `tests/testsuite/git_status.rs`, `helix-term/tests/test/commands.rs`.
    else if ((m = /^(tests?_)?([\w-]+?)(_tests?)?\.rs$/.exec(name)) && isCargoTest(dir, m[2]))
        [template, named] = [`${m[1] ?? ''}{name}${m[3] ?? ''}.rs`, m[2]];
    if (!template || !named)
        return undefined;
    const parts = dir === '' ? [] : dir.split('/');
    // `tests/shop/index.test.ts` tests the package `shop`, not the test directory.
    const subject = (0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexStem */ .Cd)(named)
        ? (parts.filter(part => !testDirNames.test(part)).pop() ?? '')
        : named;
    const testDirIndex = parts.findIndex(part => testDirNames.test(part));
    if (testDirIndex < 0)
        return { pattern: `{dir}/${template}`, dir, subject };
    // Tests in a tree of their own: keep the path down to the test directory itself.
    const base = parts.slice(0, testDirIndex + 1).join('/');
    return { pattern: `${base}/${template}`, dir: base, subject };
}
// Files of a test directory that support the tests rather than hold them.
const SUPPORT_NAMES = /^(?:index|helpers?|utils?|setup|teardown|common|support|globals?|bootstrap|mocks?|fixtures?|config|env)$/i;
/**
 * Mocha, tap and ava run every script directly inside `test/` by default: there `test/usage.cjs`
 * is the test of `usage`, named like a module rather than like a test; suites run recursively
 * name the files of one level below alike (`test/request/subdomains.js`). Deeper trees hold
 * cases and inputs.
 */
function isMochaSpec(dir, stem) {
    const parts = dir.split('/');
    const at = parts.findIndex(part => /^(?:tests?|spec)$/.test(part));
    const below = parts.slice(at + 1);
    return (at >= 0 &&
        below.length <= 1 &&
        !below.some(part => SUPPORT_NAMES.test(part) || FIXTURE_DIRS.test(part)) &&
        !SUPPORT_NAMES.test(stem.split('.')[0]) &&
        // `types.d.ts`, `webpack.config.js`: declarations and settings, not tests.
        !/\.(?:d|config|conf|rc)$/.test(stem) &&
        !stem.startsWith('.'));
}
/** A file of a Cargo `tests/` tree that holds tests, not the crate's shared test code. */
function isCargoTest(dir, stem) {
    return (dir.split('/').some(part => /^tests?$/.test(part)) &&
        !SUPPORT_NAMES.test(stem) &&
        !['mod', 'main', 'lib'].includes(stem));
}
const TEST_NAME = /(?:^|[._-])(?:test|tests|spec)(?:[._-]|$)|^(?:unit)?test_|(?:Test|Tests|Spec)\.[a-z]+$/;
// Directories under a test tree that hold inputs for the tests, not tests: sample projects,
// expected outputs, recorded data.
const FIXTURE_DIRS = /^(?:fixtures?|__fixtures__|roots|testdata|test-data|data|resources|samples|snapshots|__snapshots__|golden)$/i;
/**
 * Part of a fixture tree under the tests (`tests/roots/test-ext/test_nested.py`,
 * `test/fixtures/app/app.test.js`): named like a test, but an input of the real tests.
 */
function isFixturePath(path) {
    const parts = path.split('/').slice(0, -1);
    const testDir = parts.findIndex(part => testDirNames.test(part));
    if (testDir < 0)
        return parts.some(part => FIXTURE_DIRS.test(part));
    const below = parts.slice(testDir + 1);
    // A Python package cannot have a hyphen in its name: such a directory is a sample project.
    const python = path.endsWith('.py');
    return below.some(part => FIXTURE_DIRS.test(part) || (python && part.includes('-')));
}
/**
 * Named like a test, by a looser rule than `testShape` (`foo_tests.py`, `spec-helpers.js`): tells
 * real test files from fixtures and helpers that only live in a test directory.
 */
function looksLikeTestFile(path) {
    return TEST_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path)) && !isFixturePath(path);
}
/** How many of the source file's directories the test's path repeats (`src/research` ↔ `__tests__/research`). */
function mirroring(source, test) {
    const sourceDirs = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(source).split('/');
    const testDirs = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(test).split('/');
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(test) === node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(source))
        return 100;
    return testDirs.filter(part => !testDirNames.test(part) && sourceDirs.includes(part)).length;
}
/**
 * The existing test file of the module at `subject`, among `testFiles` (those `usable` accepts);
 * the one whose path mirrors the module's wins.
 */
function existingTestOf(testFiles, subject, usable = () => true) {
    const key = (0,_text_fold_name_js__WEBPACK_IMPORTED_MODULE_3__/* .foldName */ .z)((0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .moduleName */ .AO)(subject));
    if (key === '')
        return undefined;
    const matches = testFiles.filter(path => {
        const shape = testShape(path);
        return shape !== undefined && (0,_text_fold_name_js__WEBPACK_IMPORTED_MODULE_3__/* .foldName */ .z)(shape.subject) === key && usable(path);
    });
    return matches.sort((a, b) => mirroring(subject, b) - mirroring(subject, a) || a.length - b.length || a.localeCompare(b))[0];
}
/**
 * The name a new test of the module at `subject` gets, learned from the tests of its neighbours:
 * when the modules beside it (`sphinx/ext/autodoc.py`, `sphinx/ext/napoleon/`) are tested by
 * `tests/test_ext_autodoc.py` and `tests/test_ext_napoleon.py`, the new one is
 * `tests/test_ext_{module}.py`. Undefined when no neighbour has a test to learn from.
 */
function neighbourTestName(subject, sourceFiles, testFiles) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(subject);
    const own = (0,_text_fold_name_js__WEBPACK_IMPORTED_MODULE_3__/* .foldName */ .z)((0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .moduleName */ .AO)(subject));
    const neighbours = new Set();
    for (const path of sourceFiles) {
        if (path === subject)
            continue;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
        // A module beside the subject, or a package beside it (`dir/napoleon/__init__.py`).
        if (parent === dir || (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(parent) === dir && (0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexFile */ .pO)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path))))
            neighbours.add((0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .moduleName */ .AO)(path));
    }
    const votes = new Map();
    for (const test of testFiles) {
        if (isFixturePath(test))
            continue;
        const shape = testShape(test);
        if (!shape)
            continue;
        const testSubject = shape.subject;
        for (const neighbour of neighbours) {
            if (neighbour.length < 3 || (0,_text_fold_name_js__WEBPACK_IMPORTED_MODULE_3__/* .foldName */ .z)(neighbour) === own)
                continue;
            // `ext_autodoc` tests `autodoc` with the prefix `ext_`; `autodoc` tests it with none.
            if (!testSubject.endsWith(neighbour))
                continue;
            const prefix = testSubject.slice(0, testSubject.length - neighbour.length);
            if (prefix !== '' && !/[_.-]$/.test(prefix))
                continue;
            const name = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(test).replace(testSubject, `${prefix}{name}`);
            const template = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(test), name);
            votes.set(template, (votes.get(template) ?? 0) + 1);
        }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!best)
        return undefined;
    return best[0].replace('{name}', (0,_tree_module_name_js__WEBPACK_IMPORTED_MODULE_1__/* .moduleName */ .AO)(subject));
}


/***/ }),

/***/ 7430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   ST: () => (/* binding */ codeExtensions),
/* harmony export */   _b: () => (/* binding */ exclusionFor),
/* harmony export */   je: () => (/* binding */ extensionOf)
/* harmony export */ });
/* harmony import */ var _vendored_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5819);

/** Directories holding other people's code or tool state: never part of the project's own code. */
const vendoredDirs = new Set([
    'node_modules',
    'vendor',
    'third_party',
    'third-party',
    'thirdparty',
    'bower_components',
    '.git',
    '.hg',
    '.svn',
    '__pycache__',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    'site-packages',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.next',
    '.nuxt',
    'coverage',
    '.bench'
]);
/** Output directories of builds: their files are copies of sources that live elsewhere. */
const generatedDirs = new Set(['dist', 'build', 'target']);
const lockFiles = new Set([
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'bun.lock',
    'poetry.lock',
    'pdm.lock',
    'uv.lock',
    'pipfile.lock',
    'cargo.lock',
    'go.sum',
    'gemfile.lock',
    'composer.lock',
    'flake.lock',
    'mix.lock',
    'podfile.lock',
    'packages.lock.json',
    'gradle.lockfile'
]);
const binaryExtensions = new Set(('png jpg jpeg gif bmp ico icns tif tiff webp psd svgz heic avif ' +
    'woff woff2 ttf otf eot ' +
    'zip gz tgz bz2 xz 7z rar tar zst lz4 jar war ear whl egg nupkg ' +
    'pdf doc docx xls xlsx ppt pptx odt ' +
    'exe dll so dylib a o obj lib bin class pyc pyo pyd wasm node ' +
    'mp3 mp4 m4a wav ogg flac avi mov mkv webm ' +
    'db sqlite sqlite3 mdb dcm dicom npy npz pkl pickle h5 hdf5 nc parquet feather joblib pt onnx ' +
    'ds_store swp').split(' '));
const generatedNamePattern = /\.min\.(?:js|css|mjs)$|\.bundle\.js$|\.map$|\.pb\.go$|_pb2(?:_grpc)?\.pyi?$|\.g\.dart$|\.generated\.[a-z]+$|\.designer\.cs$/i;
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function extensionOf(path) {
    const name = baseName(path);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}
/** Why a path is kept out of ranking, or undefined when it is the project's own text. */
function exclusionFor(path) {
    const parts = path.split('/');
    const name = parts[parts.length - 1].toLowerCase();
    for (let i = 0; i < parts.length - 1; i++) {
        const dir = parts[i];
        if (vendoredDirs.has(dir))
            return 'vendored';
        if (generatedDirs.has(dir) || dir.endsWith('.egg-info'))
            return 'generated';
    }
    if (lockFiles.has(name))
        return 'lock';
    if (binaryExtensions.has(extensionOf(name)))
        return 'binary';
    if (generatedNamePattern.test(name))
        return 'generated';
    if ((0,_vendored_js__WEBPACK_IMPORTED_MODULE_0__/* .vendoredByName */ .Gq)(name))
        return 'vendored';
    return undefined;
}
const testDirs = new Set([
    'test',
    'tests',
    '__tests__',
    'spec',
    'specs',
    'testing',
    'e2e',
    'testdata'
]);
const testNamePattern = /^test_.+\.py$|_tests?\.py$|^conftest\.py$|_test\.go$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:Test|Tests|IT)\.(?:java|kt|scala|cs|swift)$|_spec\.rb$|_test\.rb$|Test\.php$|_test\.exs?$/;
const docExtensions = new Set(['md', 'markdown', 'rst', 'adoc', 'asciidoc', 'txt', 'org', 'rdoc']);
// Examples and benchmarks are read as documentation of the code, not as the code itself; their role
// (roles.ts) weighs them again, as machinery (path-priors.ts).
const docDirs = new Set(['docs', 'doc', 'documentation', 'examples', 'example', 'benchmarks']);
const configExtensions = new Set([
    'json',
    'jsonc',
    'json5',
    'yml',
    'yaml',
    'toml',
    'ini',
    'cfg',
    'conf',
    'properties',
    'xml',
    'lock',
    'env',
    'editorconfig'
]);
const configNames = new Set([
    'makefile',
    'dockerfile',
    'gemfile',
    'rakefile',
    'procfile',
    'justfile',
    'setup.py',
    'noxfile.py',
    'manifest.in',
    'go.mod',
    'license',
    'licence',
    'copying',
    'codeowners'
]);
const codeExtensions = new Set(('py pyi js jsx mjs cjs ts tsx mts cts go rs java kt kts scala cs fs swift m mm ' +
    'c h cc cpp cxx hpp hh hxx rb php pl pm lua r jl ex exs erl hs ml clj dart vue svelte ' +
    'sh bash zsh ps1 sql groovy zig nim').split(' '));
/** Test, documentation, configuration, code or other, from the path. */
function kindOf(path) {
    const parts = path.split('/');
    const name = parts[parts.length - 1];
    const lower = name.toLowerCase();
    const ext = extensionOf(name);
    if (testNamePattern.test(name))
        return 'test';
    for (let i = 0; i < parts.length - 1; i++) {
        if (testDirs.has(parts[i].toLowerCase()))
            return 'test';
    }
    if (docExtensions.has(ext) ||
        /^(?:readme|changelog|changes|history|authors|contributing)\b/i.test(lower))
        return 'doc';
    if (configNames.has(lower) || lower.startsWith('.') || configExtensions.has(ext))
        return 'config';
    for (let i = 0; i < parts.length - 1; i++) {
        if (docDirs.has(parts[i].toLowerCase()))
            return 'doc';
    }
    if (codeExtensions.has(ext))
        return 'code';
    return 'other';
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ moduleName),
/* harmony export */   Cd: () => (/* binding */ isIndexStem),
/* harmony export */   pO: () => (/* binding */ isIndexFile)
/* harmony export */ });
// The name a file is known by: its stem (`src/cart.py` -> `cart`), or, for a file that stands for
// the directory holding it, the directory's name. A package's own file always does (`index.js`,
// `__init__.py`, `mod.rs`: `src/formatDuration/index.js` -> `formatDuration`). A program's or a
// crate's entry (`main.go`, `lib.rs`) does where a name is looked for (`cmd/golangci-lint/main.go`
// is the tool `golangci-lint`, a family's member), not where its tests are named (`main_test.go`).
const PACKAGE_STEMS = new Set(['index', 'mod', '__init__']);
const ENTRY_STEMS = new Set(['main', 'lib']);
/** The file name up to its first extension (`cart.test.ts` -> `cart`); a dotfile keeps its dot. */
function stemOfName(name) {
    const dot = name.indexOf('.', 1);
    return dot < 0 ? name : name.slice(0, dot);
}
/** `index`, `mod`, `__init__` (and with `entries`, `main`, `lib`): a stem that stands for its directory. */
function isIndexStem(stem, standing = {}) {
    return PACKAGE_STEMS.has(stem) || (standing.entries === true && ENTRY_STEMS.has(stem));
}
/** A file name (with its extension) that stands for its directory: `index.ts`, `mod.rs`. */
function isIndexFile(name, standing = {}) {
    return name.includes('.') && isIndexStem(stemOfName(name), standing);
}
function moduleName(path, standing = {}) {
    const parts = path.split('/');
    const name = parts[parts.length - 1];
    if (!isIndexFile(name, standing) || parts.length < 2)
        return stemOfName(name);
    return parts[parts.length - 2];
}


/***/ }),

/***/ 5819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ vendoredByName),
/* harmony export */   Nc: () => (/* binding */ vendoredPackageDir),
/* harmony export */   kV: () => (/* binding */ looksVendored)
/* harmony export */ });
// Copies of other people's libraries kept inside a repository (a bundled jQuery, a vendored
// urllib3): never where a project's own change goes, so never ranked. Recognised by how such
// copies look, not by a list of library names: a version in the file name, a library banner or
// minified lines at the top, a package nested in the project that declares its own version and
// author.
// `jquery-3.5.1.js`, `underscore-1.13.1.min.js`, `lodash.4.17.21.js`, `vue.v2.6.js`.
const VERSIONED_NAME = /[-_.]v?\d+\.\d+(?:\.\d+)?(?:[-.](?:min|slim|esm|umd|prod|dev|full))*\.(?:js|mjs|cjs|css)$/i;
/** A bundled library file, by its name: a version number written into it. */
function vendoredByName(path) {
    return VERSIONED_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}
// The comment a library opens with: `/*! jQuery v3.5.1 | (c) …`, `@license`, `@preserve`.
const BANNER_MARK = /^\s*\/\*!|@license\b|@preserve\b/;
const VERSION = /\bv?\d+\.\d+\.\d+\b/;
const LICENSE_WORD = /\blicen[cs]e\b|\(c\)|copyright|\bmit\b/i;
/**
 * Text that is a copy of a published library: its first comment is a release banner (a version
 * number and a licence, or the `/*!`/`@license` marks bundlers keep), or its lines are minified.
 */
function looksVendored(text) {
    // Only a file that opens with a block comment can carry a banner.
    const start = /\S/.exec(text.slice(0, 200))?.index ?? 0;
    if (text.startsWith('/*', start)) {
        const comment = /^\s*(\/\*[\s\S]*?\*\/)/.exec(text.slice(0, 1500))?.[1];
        if (comment &&
            VERSION.test(comment) &&
            (BANNER_MARK.test(comment) || LICENSE_WORD.test(comment)))
            return true;
    }
    return isMinified(text);
}
/** Minified: a few very long lines carry the text, as no person writes it. */
function isMinified(text) {
    if (text.length < 2000)
        return false;
    // Lines of 800 characters on average over the first 4,000: no person writes that.
    let newlines = 0;
    for (let at = text.indexOf('\n'); at >= 0 && at < 4000; at = text.indexOf('\n', at + 1)) {
        if (++newlines > 4)
            return false;
    }
    return true;
}
const PYTHON_DUNDER = /^__(version|author|license)__\s*=/gm;
/**
 * The directory of a Python package nested inside another package that declares its own
 * `__version__` and `__author__` or `__license__` (`requests/packages/urllib3/__init__.py`):
 * a library copied in whole. Undefined for the project's own packages.
 */
function vendoredPackageDir(path, text, exists) {
    if (!path.endsWith('/__init__.py'))
        return undefined;
    const dir = path.slice(0, -'/__init__.py'.length);
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    // The top package of a project declares its version too: only a nested one is a copy.
    if (parent === '' || !exists(`${parent}/__init__.py`)) {
        const grand = parent.includes('/') ? parent.slice(0, parent.lastIndexOf('/')) : '';
        if (grand === '' || !exists(`${grand}/__init__.py`))
            return undefined;
    }
    const declared = new Set([...text.slice(0, 8000).matchAll(PYTHON_DUNDER)].map(m => m[1]));
    return declared.has('version') && (declared.has('author') || declared.has('license'))
        ? dir
        : undefined;
}


/***/ }),

/***/ 5899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ onTemplateWarning),
/* harmony export */   PM: () => (/* binding */ loadTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports builtinTemplatesDir, describeTemplateWarning, templateErrorLine */
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
// Finds and renders the Handlebars templates shipped in `templates/` (or a repository's overrides).
// Templates are the only thing ever compiled: issue text reaches them as data and is never
// compiled, so `{{constructor.constructor}}` in an issue body stays literal text.




/**
 * The built-in templates directory. Sources live in `src/…` and the bundles in `dist/`, at
 * different depths, so walk up from this module until a `templates/` with the plan template
 * appears.
 */
function builtinTemplatesDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'templates');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(candidate, 'feature.md.hbs')))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        if (parent === dir)
            throw new Error('built-in templates/ directory not found next to the action');
        dir = parent;
    }
}
const listeners = new Set();
/**
 * Subscribes to override warnings; returns the unsubscribe function. `root` (the repository
 * root) makes the paths in messages relative to it. Each listener hears a given problem once,
 * however many times the broken override is loaded.
 */
function onTemplateWarning(listener, root) {
    const entry = { listener, root, heard: new Set() };
    listeners.add(entry);
    return () => {
        listeners.delete(entry);
    };
}
/** `Template override .github/adw/feature.md.hbs:12 is broken (…); using the built-in feature.md.hbs.` */
function describeTemplateWarning(warning, root) {
    const inside = root ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, warning.path) : '';
    const shown = inside && !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(inside)
        ? inside.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/')
        : warning.path;
    const where = warning.line ? `${shown}:${warning.line}` : shown;
    const what = warning.stage === 'load' ? 'is broken' : 'failed to render';
    return `Template override ${where} ${what} (${warning.reason}); using the built-in ${warning.name} instead.`;
}
const toldStderr = new Set();
function report(warning) {
    const key = `${warning.stage}\0${warning.path}\0${warning.reason}`;
    if (listeners.size === 0) {
        // Nobody subscribed (a library caller): the warning must still be seen somewhere, once.
        if (!toldStderr.has(key))
            process.stderr.write(`warning: ${describeTemplateWarning(warning)}\n`);
        toldStderr.add(key);
        return;
    }
    for (const entry of listeners) {
        if (entry.heard.has(key))
            continue;
        entry.heard.add(key);
        entry.listener(describeTemplateWarning(warning, entry.root), warning);
    }
}
/** Where Handlebars located the problem: `Parse error on line 3:` or `… - 3:4`. */
function templateErrorLine(error) {
    const lineNumber = error?.lineNumber;
    if (typeof lineNumber === 'number' && lineNumber > 0)
        return lineNumber;
    const message = error instanceof Error ? error.message : String(error);
    const found = /Parse error on line (\d+)/.exec(message) ?? / - (\d+):\d+$/m.exec(message);
    return found ? Number(found[1]) : undefined;
}
/** Handlebars' message without its location and source excerpt, on one short line. */
function reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split('\n');
    const text = /^Parse error on line \d+/.test(lines[0])
        ? `parse error: ${lines[lines.length - 1]}`
        : lines[0];
    const clean = text
        .replace(/ - \d+:\d+$/, '')
        .replace(/ in (?:\[object Object\]|undefined)$/, '')
        .replace(/\s+/g, ' ')
        .trim();
    return clean.length <= 200 ? clean : `${clean.slice(0, 199)}…`;
}
// Verdicts on override files, by path, valid while the file's text is unchanged. An override
// that failed to render once stays demoted, so every later load (the validator reading the plan
// format, the next comment) agrees with what was rendered.
const verdicts = new Map();
function builtin(name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(builtinTemplatesDir(), name);
    return { path, source: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'), name, override: false };
}
/**
 * Loads `name` (e.g. `feature.md.hbs`, `prompts/feature.md.hbs`) from the override dir or the
 * built-ins. An override that cannot be read or does not compile is reported through
 * `onTemplateWarning` and replaced by the built-in, so callers never see a broken template.
 */
function loadTemplate(name, overrideDir) {
    if (!overrideDir)
        return builtin(name);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(overrideDir, name);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return builtin(name);
    let source;
    try {
        source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        report({ name, path, reason: reasonOf(error), stage: 'load' });
        return builtin(name);
    }
    let verdict = verdicts.get(path);
    if (verdict?.source !== source) {
        verdict = {
            source,
            problem: name.endsWith('.hbs') ? compileProblem(name, path, source) : undefined
        };
        verdicts.set(path, verdict);
    }
    if (verdict.problem) {
        report(verdict.problem);
        return builtin(name);
    }
    return { path, source, name, override: true };
}
function compileProblem(name, path, source) {
    try {
        // Parses and compiles without running: syntax and block errors surface here, at load time.
        engine.precompile(source, compileOptions);
        return undefined;
    }
    catch (error) {
        return { name, path, line: templateErrorLine(error), reason: reasonOf(error), stage: 'load' };
    }
}
const engine = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
// Markdown output: HTML-escaping would corrupt code and text; strict mode turns a misspelt
// variable into an error instead of a silent hole in the plan.
const compileOptions = { noEscape: true, strict: true };
engine.registerHelper('inc', (n) => Number(n) + 1);
engine.registerHelper('join', (items, sep) => Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : '');
engine.registerHelper('code', (text) => inlineCode(String(text ?? '')));
/**
 * Renders a template with data. An override that fails with this data (an unknown variable in
 * strict mode, a missing partial) is reported and the built-in of the same name renders
 * instead; a broken built-in throws with its path.
 */
function renderTemplate(template, data) {
    try {
        return engine.compile(template.source, compileOptions)(data);
    }
    catch (error) {
        if (template.override && template.name) {
            const problem = {
                name: template.name,
                path: template.path,
                line: templateErrorLine(error),
                reason: reasonOf(error),
                stage: 'render'
            };
            verdicts.set(template.path, { source: template.source, problem });
            report(problem);
            return renderTemplate(builtin(template.name), data);
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`template ${template.path}: ${message}`, { cause: error });
    }
}
/** Wraps text as inline code that its own backticks cannot close (CommonMark code spans). */
function inlineCode(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each side when both are there: pad so the text survives.
    const pad = text.startsWith('`') ||
        text.endsWith('`') ||
        (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
        ? ' '
        : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 5318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ isChatter),
/* harmony export */   Tm: () => (/* binding */ plainSentences),
/* harmony export */   U2: () => (/* binding */ plainProse),
/* harmony export */   pU: () => (/* binding */ withoutHedges),
/* harmony export */   r4: () => (/* binding */ asUsers),
/* harmony export */   wP: () => (/* binding */ isFirstPerson)
/* harmony export */ });
/* unused harmony exports sentenceKind, inThirdPerson */
/* harmony import */ var _sentences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6981);
// What in an issue is talk around the request rather than the request: greetings and thanks, offers
// to send a pull request, "let me know", versions and environment lines, the form's attestations
// ("I have read the documentation"), references to other issues, doubts about oneself, and the
// hedges inside a sentence ("maybe", "I think", "probably"). A plan speaks about the software; it
// keeps the sentences that say something about it, without their hedges. Rules name the habits
// of people writing issues, never one issue's words, so they carry to issues nobody has seen.

const COURTESY = [
    /^(?:hi|hello|hey|hiya|heya|howdy|greetings|dear [\w ]+|good (?:morning|afternoon|evening))\b[^.!?]{0,60}[.!?]*$/i,
    /^(?:many |big )?(?:thanks?|thank you|thx|cheers|kind regards|best regards|regards|best)\b/i,
    /\b(?:thanks?|thank you)(?: (?:so|very) much| a lot| again| in advance)?(?: for\b[^.!?]{0,60})?[.!]*$/i,
    /\b(?:really |very |much )?(?:enjoy(?:ing)?|lov(?:e|ing)|appreciat(?:e|ing))\b[^.!?]*\b(?:library|project|tool|package|crate|framework|work|feature|plugin|module)\b/i,
    /\b(?:great|awesome|amazing|fantastic|wonderful|excellent|nice) (?:library|project|tool|package|crate|framework|work|job)\b/i,
    /\bkeep up the (?:good|great) work\b/i,
    /\b(?:nice-to-haves?|no (?:rush|pressure|worries)|not (?:necessary|urgent|a big deal|critical)|low (?:priority|impact))\b/i,
    /^(?:this|that|it) (?:would|will|could) be (?:really |very |super |so )?(?:helpful|useful|nice|great|handy|cool|awesome|amazing|appreciated)(?: (?:for|to) (?:me|us|my [\w-]+(?: [\w-]+)?|our [\w-]+|many|everyone|others))?[.!]*$/i
];
const OFFER = [
    /\b(?:i|i'm|i am|i'd|i'll|i've|we|we'd|we'll|me|us|happy|glad|willing|welcome|open to)\b[^.!?]*\b(?:pr|prs|pull[- ]requests?|patch|merge request)\b/i,
    /\b(?:pr|pull[- ]requests?|patch)\b[^.!?]*\b(?:welcome|accepted|considered|if (?:you|that|this|it))\b/i,
    /\bi(?:'d| would)? (?:like|love|want|be happy|be glad|be willing)? ?to (?:work on|contribute|help|tackle|take a (?:stab|look|shot))\b/i,
    /\b(?:i|we) (?:can|could|will|'ll|might) (?:work on|contribute|help|take (?:this|it|a stab))\b/i,
    /^(?:are|would) you (?:be )?(?:willing|able|interested|open)\b/i,
    /\b(?:open(?:ing)?|submit(?:ting)?|send(?:ing)?|mak(?:e|ing)|creat(?:e|ing)|rais(?:e|ing)|prepar(?:e|ing)|fil(?:e|ing)|put(?:ting)? up) (?:a |the |my |this )?(?:pr|pull[- ]request|patch)\b/i
];
const SOLICITATION = [
    /\blet (?:me|us) know\b/i,
    /\bwhat do (?:you|y'all|folks|others|people|the maintainers) (?:all )?think\b/i,
    /\b(?:any|your) (?:thoughts|feedback|opinions?|input)\b/i,
    /^(?:thoughts|wdyt|opinions?|ideas)\s*\?*$/i,
    /\bany chance\b/i,
    /\b(?:are|is|would) (?:you|the maintainers|maintainers|this|the team)\b[^.!?]{0,40}\b(?:open to|interested in|consider(?:ing)?|accept(?:ing)?)\b[^.!?]{0,40}\b(?:this|it|that|such|the (?:idea|feature|change))\b[^.!?]{0,20}\?$/i,
    /\b(?:does|would) (?:this|that|it) (?:sound|seem|look) (?:good|ok|okay|reasonable|useful)\b/i
];
const META = [
    // The form's attestations.
    /^i(?:'ve| have) (?:read|searched|checked|looked|downloaded|executed|tried|verified|written|confirmed|reviewed)\b/i,
    /\b(?:copy|duplicate|follow[- ]?up|continuation|split|spin-?off|part) of\b[^.!?]*(?:#\d+|\uE000)/i,
    /^(?:parent|related|see(?: also)?|refs?|relates to|related to|similar(?:ly)? to|same as|cf\.?|as (?:discussed|mentioned|requested|suggested|proposed) in|follow[- ]up to|originally (?:from|in)|from|via|context)\b[^.!?]{0,40}(?:#\d+|\uE000\d+\uE001)[\s.:,)]*$/i,
    /^(?:#\d+[\s,]*)+[.:]?$/,
    /^as the title (?:says|suggests|states)[.!]?$/i,
    // An introduction to the code or list below that says nothing itself ("Example:", "is this:").
    /^(?:\S+\s+){0,5}\S+:\s*$/,
    /^(?:for example|for instance|e\.g\.?|example|such as|like so|i\.e\.?)[\s,:.]*$/i,
    /\b(?:this|these|the following|as follows|like so|below|e\.g\.?|eg|for example|for instance|example|here)\s*:\s*$/i,
    /\b(?:are|is|was|were|be|to|like|with|of|for|include|includes|including|follows?|lists?|shows?)\s*:\s*$/i
];
const ENVIRONMENT = [
    /^(?:os|versions?|platforms?|browsers?|node(?:\.js)?(?:\/npm)?(?: version)?|npm(?: version)?|python(?: version)?|rustc?(?: version)?|go(?: version)?|java(?: version)?|jdk|jvm|kernel|distro|device|terminal|shell|arch|architecture|runtime|[\w.@/-]+ version|operating system)\s*:/i,
    /^(?:using|on|with|tested (?:on|with)|running)\s+[^.!?]{0,40}\bv?\d+(?:\.\d+)+\b[^.!?]{0,20}[.]?$/i,
    /^v?\d+(?:\.\d+)+[.]?$/
];
const DOUBT = /^(?:i (?:may|might|could) be (?:doing (?:something|this|it) wrong|wrong|missing something|mistaken)|correct me if i'?m wrong|sorry if|apologies if|forgive me if|this (?:may|might) be a (?:dumb|stupid|silly|naive) question)\b[^.!?]*[.!?]*$/i;
function sentenceKind(sentence) {
    const text = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(sentence.trim()).text;
    const words = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsOf */ .Z9)(sentence)
        .split(' ')
        .filter(word => /\p{L}/u.test(word));
    if (ENVIRONMENT.some(rule => rule.test(text)))
        return 'environment';
    // Nothing but code, an address or markup, with a word or two around it.
    if (words.length === 0 || (words.length < 3 && (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .hasProtected */ .Pe)(text)))
        return 'meta';
    if (META.some(rule => rule.test(text)))
        return 'meta';
    if (OFFER.some(rule => rule.test(text)))
        return 'offer';
    if (SOLICITATION.some(rule => rule.test(text)))
        return 'solicitation';
    if (DOUBT.test(text))
        return 'doubt';
    if (COURTESY.some(rule => rule.test(text)))
        return 'courtesy';
    return 'content';
}
function isChatter(sentence) {
    return sentenceKind(sentence) !== 'content';
}
// Openings that frame a sentence as the reporter's opinion or discovery: the sentence after them
// stands on its own ("I think that X should Y" -> "X should Y").
const PREFACE = /^(?:(?:hi|hello|hey(?: there)?|hiya|greetings)[,!~.]*\s+|(?:so|well|ok(?:ay)?|also|btw|anyway|basically|honestly|frankly|personally|to be honest|in my (?:humble )?opinion|imo|imho|as far as i (?:know|can tell|understand)|afaik|from what i (?:can tell|understand|see)|as the title (?:says|suggests|states)|unless i(?:'m| am) (?:mistaken|missing something)|if i understand (?:it |this )?correctly|of course|obviously|i (?:personally )?(?:think|guess|believe|suppose|feel like|feel|reckon|suspect|imagine)|i would (?:imagine|think|guess|say)|i'd (?:imagine|think|guess|say)|i(?:'m| am) (?:guessing|thinking|assuming)|i(?:'m| am) not (?:sure|certain) (?:if|whether)|it (?:seems|appears|looks)(?: like| as if)?|(?:i|we) (?:just )?(?:noticed|realised|realized|found|discovered|saw|see|notice|learned)|[^,]{0,60}\bmade (?:me|us) (?:aware|realise|realize|notice)(?: of the fact)?|while [^,]{1,60}, (?:i|we) (?:noticed|realised|realized|found|saw))(?: that)?(?:,?\s+|[,.!]*$))+/i;
// Asides in brackets or commas that carry the reporter, not the software.
const ASIDE = /\s*\((?=[^()]*\b(?:i|i'm|i'd|i've|me|my|imo|imho|afaik|unless|iirc|i think|if i)\b)[^()]*\)|,\s*(?:i think|i guess|i believe|i suppose|imo|imho|it seems|unless i'?m (?:mistaken|missing something)|if i'?m not mistaken|as far as i know|afaik|iirc),?(?=\s)/gi;
const HEDGE_WORDS = /\b(?:maybe|perhaps|probably|possibly|arguably|hopefully|basically|actually|really|honestly|personally|of course|obviously|ideally|potentially|kind of|sort of|somewhat|imo|imho)\b,?\s*/gi;
// "I don't think X should Y": the opinion is that X should not Y.
const NEGATED_OPINION = /^i (?:don't|do not) (?:think|believe|feel|expect)(?: that)? /i;
const FIRST_VERB = /\b(should|must|will|would|can|could|is|are|was|were|does|do|has|have|needs? to)\b/i;
function negatedOpinion(text) {
    if (!NEGATED_OPINION.test(text))
        return text;
    const rest = text.replace(NEGATED_OPINION, '');
    return FIRST_VERB.test(rest) ? rest.replace(FIRST_VERB, '$1 not') : text;
}
/** The sentence without its hedges and asides: what it says, said plainly. */
function withoutHedges(sentence) {
    const { text: masked, restore } = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(sentence.trim());
    const text = negatedOpinion(masked.replace(PREFACE, ''));
    const startsUpper = /^[A-Z\uE000]/.test(masked);
    const plain = text
        .replace(PREFACE, '')
        .replace(ASIDE, '')
        .replace(HEDGE_WORDS, '')
        // "It doesn't seem to be accessible" is "it is not accessible", not "it does not be".
        .replace(/\b(?:does|did)(?: not|n't) seem to be\b/gi, 'is not')
        .replace(/\bdo(?: not|n't) seem to be\b/gi, 'are not')
        .replace(/\b(does|do|did)(?: not|n't) seem to\b/gi, '$1 not')
        .replace(/\bit seems,?\s+(?=(?:it|this|that|there|they|the|a|an)\b)/gi, '')
        .replace(/\bseems to be\b/gi, 'is')
        .replace(/\bseem to be\b/gi, 'are')
        .replace(/\bseems\b(?! (?:to|like|that|as)\b)/gi, 'is')
        .replace(/\s(?:to|for) (?:me|us)\b(?=[\s,.;:!?]|$)/gi, '')
        .replace(/\b(and|but|or),\s/gi, '$1 ')
        .replace(/\s+([,.;:!?])(?=\s|$)/g, '$1')
        .replace(/,\s*,/g, ',')
        .replace(/^[\s,;:–—-]+/, '')
        .replace(/\s{2,}/g, ' ')
        .trim();
    const restored = restore(plain);
    if (!/\p{L}/u.test((0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsOf */ .Z9)(restored)))
        return '';
    return startsUpper ? restored.charAt(0).toUpperCase() + restored.slice(1) : restored;
}
const FIRST_PERSON = /(?:^|[^\w'])(?:i|i'm|i'd|i've|i'll|me|my|mine|myself)(?![\w'])/i;
/** The reporter speaks of themself: "I use", "my tests", "for me". */
function isFirstPerson(sentence) {
    return FIRST_PERSON.test((0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(sentence).text);
}
/**
 * The reporter's experience as the users' ("I always pass X to my tests" -> "Users always pass X
 * to their tests"): the plural takes the verb forms "I" takes, apart from "am" and "was".
 */
function inThirdPerson(sentence) {
    const { text, restore } = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(sentence);
    let named = false;
    const users = () => {
        const word = named ? 'they' : 'users';
        named = true;
        return word;
    };
    const out = text
        .replace(/(^|[^\w'])(i'm|i am|i was|i've|i'd|i'll|i)(?![\w'])/gi, (_, before, form) => {
        const who = users();
        const rest = {
            "i'm": ' are',
            'i am': ' are',
            'i was': ' were',
            "i've": ' have',
            "i'd": ' would',
            "i'll": ' will',
            i: ''
        };
        return `${before}${who}${rest[form.toLowerCase()]}`;
    })
        .replace(/\bmyself\b/gi, 'themselves')
        .replace(/\bmy\b/gi, 'their')
        .replace(/\bmine\b/gi, 'theirs')
        .replace(/\bme\b/gi, 'them');
    const restored = restore(out)
        .replace(/\s{2,}/g, ' ')
        .trim();
    return restored.charAt(0).toUpperCase() + restored.slice(1);
}
/** The sentence as the users': in the third person when the reporter speaks of themself. */
function asUsers(sentence) {
    return isFirstPerson(sentence) ? inThirdPerson(sentence) : sentence;
}
// Where a sentence joins two statements: "X should Y, but I want to check before opening a PR".
const CLAUSE_JOIN = /,\s*(?=(?:but|and|so|though|although)\s)|;\s+|\s+[–—]\s+/i;
/** A sentence's clauses that say something, when some of its clauses are chatter. */
function contentClauses(sentence) {
    const { text, restore } = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(sentence);
    const clauses = text.split(CLAUSE_JOIN).map(restore);
    if (clauses.length < 2 || isChatter(clauses[0]))
        return '';
    const kept = [];
    for (const clause of clauses) {
        if (isChatter(clause))
            break;
        kept.push(clause);
    }
    const joined = kept.join(', ').replace(/[,;:\s]+$/, '');
    return /[.!?]$/.test(joined) ? joined : `${joined}.`;
}
/** The sentences of a text that say something, each without its hedges (and HTML markup). */
function plainSentences(text) {
    const { text: masked, restore } = (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .mask */ .dK)(text);
    // HTML tags and emphasis markers are markup, not words.
    const unmarked = restore(masked
        .replace(/<\/?[a-z][^<>]*>/gi, ' ')
        .replace(/\*\*|__/g, '')
        .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s.,;:!?)]|$)/g, '$1$2'));
    return ((0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .sentencesOf */ .cj)(unmarked)
        .map(sentence => (isChatter(sentence) ? contentClauses(sentence) : sentence))
        .map(withoutHedges)
        // A word or two left alone ("Either.") says nothing.
        .filter(sentence => (0,_sentences_js__WEBPACK_IMPORTED_MODULE_0__/* .wordsOf */ .Z9)(sentence).split(' ').length >= 2 && !isChatter(sentence))
        .map(sentence => sentence.replace(/:\s*$/, '.')));
}
/**
 * A passage of the issue as a plan quotes it: the sentences that say something, without hedges,
 * the reporter's "I" told as the users'. '' when nothing is left.
 */
function plainProse(text) {
    return plainSentences(text).map(asUsers).join(' ');
}


/***/ }),

/***/ 5889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ blockLines),
/* harmony export */   Rl: () => (/* binding */ readFences),
/* harmony export */   id: () => (/* binding */ fencePlaces)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6590);
// Markdown's fenced code blocks, read one way for every reader of issue text, guides and plans:
// where the parser (markdown.ts) finds them, as GitHub shows them. A block opens on three or more
// backticks or tildes and closes on a run of the same character at least as long; it may stand
// in a list item or a quote. Indented code is not fenced: readers that want it ask the parser.

/** The info string's first word, as readers compare it (`c++`, `python3`, `js`). */
function infoWord(lang) {
    return (/^[\w+-]*/.exec(lang ?? '')?.[0] ?? '').toLowerCase();
}
/** Whether `line` closes a block opened with `marker` (its container's `>` and indent aside). */
function closes(line, marker) {
    const run = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(line)?.[1];
    return run !== undefined && run[0] === marker[0] && run.length >= marker.length;
}
function readFences(lines) {
    const source = lines.join('\n');
    const out = lines.map(() => ({ role: 'outside' }));
    (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .walk */ .GG)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkdown */ .Dd)(source), node => {
        if (node.type !== 'code')
            return;
        const marker = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenceMarker */ .IJ)(source, node.position?.start.offset ?? -1);
        if (!marker)
            return false;
        const { first, last } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .linesOf */ .Dx)(node);
        const closed = last > first && closes(lines[last], marker);
        const block = {
            info: infoWord(node.lang),
            first: first + 1,
            end: closed ? last : Math.min(last + 1, lines.length)
        };
        out[first] = { role: 'open', block };
        for (let inside = first + 1; inside < block.end; inside++)
            out[inside] = { role: 'inside', block };
        if (closed)
            out[last] = { role: 'close', block };
        return false;
    });
    return out;
}
/** The lines inside a block, its markers left out. */
function blockLines(lines, block) {
    return lines.slice(block.first, block.end);
}
function fencePlaces(lines) {
    return readFences(lines).map(({ role }) => role === 'open' || role === 'close' ? 'marker' : role);
}


/***/ }),

/***/ 8182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ foldName)
/* harmony export */ });
// One name in the many cases code writes it: `list-files`, `listFiles`, `list_files` and
// `List.Files` fold alike, so a name an issue writes finds the module or member named after it.
/** Lower case without separators. */
function foldName(name) {
    return name.replace(/[-_.]/g, '').toLowerCase();
}


/***/ }),

/***/ 6948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ foreignSpans),
/* harmony export */   Yw: () => (/* binding */ blankSpans),
/* harmony export */   cC: () => (/* binding */ requesterText)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6590);

const COMMENT = /^\s*<!--/;
const IMAGE_TAG = /^\s*<\/?(?:img|picture|source|video|svg)\b/i;
// Markup with no words of its own: `<p align="center"><img …></p>`, `<br>`, `</details>`.
const ONLY_TAGS = /^(?:\s*<[^<>]*>\s*)+$/;
// What funding and bounty services write about themselves: rewards, backers, sponsors, pledges.
const FUNDING = /\b(?:bount(?:y|ies)|sponsor(?:s|ed|ship)?|backers?|fund(?:s|ed|ing)?|donat(?:e|ed|ion|ions)|pledge[sd]?|rewarded|upvote)\b/i;
// A machine's bracket around what it inserts: `<!-- X START -->` … `<!-- X END -->`.
const MARKER_START = /^\s*<!--[^>]*\b(?:start|begin)\b[^>]*-->\s*$/i;
const MARKER_END = /^\s*<!--[^>]*\b(?:end|stop)\b[^>]*-->\s*$/i;
function detailsDepth(html) {
    return (html.match(/<details\b/gi) ?? []).length - (html.match(/<\/details\s*>/gi) ?? []).length;
}
function regions(children) {
    const out = [];
    let open;
    let depth = 0;
    let marker;
    for (const node of children) {
        const html = node.type === 'html' ? node.value : '';
        if (marker) {
            marker.nodes.push(node);
            if (MARKER_END.test(html))
                marker = undefined;
            continue;
        }
        if (!open && MARKER_START.test(html)) {
            marker = { nodes: [node], details: false };
            out.push(marker);
            continue;
        }
        if (open) {
            open.nodes.push(node);
            depth += detailsDepth(html);
            if (depth <= 0)
                open = undefined;
            continue;
        }
        const opened = detailsDepth(html);
        const region = { nodes: [node], details: opened > 0 };
        out.push(region);
        if (opened > 0) {
            open = region;
            depth = opened;
        }
    }
    return out;
}
/** Everything a region shows or links to, for telling a service's block from the reporter's. */
function regionText(region) {
    const parts = [];
    for (const node of region.nodes)
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .walk */ .GG)(node, child => {
            if (child.type === 'html')
                parts.push(child.value);
            if (child.type === 'text')
                parts.push(child.value);
            if (child.type === 'link' || child.type === 'image')
                parts.push(child.url);
        });
    return parts.join(' ');
}
/** A region a service wrote: between a machine's markers, or a `<details>` about funding. */
function isServiceRegion(region) {
    const [first] = region.nodes;
    if (first.type === 'html' && MARKER_START.test(first.value) && region.nodes.length > 1)
        return true;
    return region.details && FUNDING.test(regionText(region));
}
/** A link that shows nothing but an image (a badge), or nothing at all. */
function isBadge(node) {
    if (node.type !== 'link' && node.type !== 'linkReference')
        return false;
    let words = false;
    (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .walk */ .GG)(node, child => {
        if (child.type === 'image' || child.type === 'imageReference')
            return false;
        if (child.type === 'html')
            return false;
        if ((child.type === 'text' || child.type === 'inlineCode') && child.value.trim())
            words = true;
    });
    return !words;
}
// On a line: links written out (`[text](url)`, `[text][ref]`, `<url>`, a bare address).
const LINKS = /!?\[[^\]]*\]\([^)]*\)|!?\[[^\]]*\]\[[^\]]*\]|<https?:[^>]*>|\bhttps?:\/\/\S+|<[^<>]*>/g;
/** The lines of a paragraph that hold only links (and punctuation between them). */
function linkOnlyLines(source, start, end) {
    const out = [];
    let at = start;
    for (const line of source.slice(start, end).split('\n')) {
        const bare = line.replace(LINKS, ' ');
        if (bare !== line && !/[\p{L}\p{N}]/u.test(bare))
            out.push({ kind: 'links', start: at, end: at + line.length });
        at += line.length + 1;
    }
    return out;
}
function spansIn(node, source, out) {
    (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .walk */ .GG)(node, child => {
        const range = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeOf */ .be)(child);
        if (!range)
            return;
        if (child.type === 'html') {
            if (COMMENT.test(child.value))
                out.push({ kind: 'comment', ...range });
            else if (IMAGE_TAG.test(child.value) && ONLY_TAGS.test(child.value))
                out.push({ kind: 'image', ...range });
            return false;
        }
        if (child.type === 'image' || child.type === 'imageReference' || isBadge(child)) {
            out.push({ kind: 'image', ...range });
            return false;
        }
        // A link target's definition (`[1]: https://…`) is an address, not words.
        if (child.type === 'definition') {
            out.push({ kind: 'links', ...range });
            return false;
        }
        if (child.type === 'paragraph') {
            out.push(...linkOnlyLines(source, range.start, range.end));
            // Its images and badges, inside.
            for (const inline of child.children)
                spansIn(inline, source, out);
            return false;
        }
        if (child.type === 'code' || child.type === 'inlineCode')
            return false;
    });
}
/** The body's spans that are not the requester's words, in order, not overlapping. */
function foreignSpans(body) {
    const tree = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarkdown */ .Dd)(body);
    const found = [];
    for (const region of regions(tree.children)) {
        if (isServiceRegion(region)) {
            const first = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeOf */ .be)(region.nodes[0]);
            const last = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeOf */ .be)(region.nodes[region.nodes.length - 1]);
            if (first && last)
                found.push({ kind: 'service', start: first.start, end: last.end });
            continue;
        }
        for (const node of region.nodes)
            spansIn(node, body, found);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // An image on a link-only line is inside the line's span: one span for both.
    return found.filter((span, index) => !found.slice(0, index).some(other => other.end >= span.end));
}
/**
 * The body with the given spans blanked, every other character in place: lines and offsets hold,
 * so readers that count lines or quote positions read it as they read the body.
 */
function blankSpans(body, spans) {
    if (spans.length === 0)
        return body;
    let out = '';
    let at = 0;
    for (const span of spans) {
        if (span.start < at)
            continue;
        out += body.slice(at, span.start) + body.slice(span.start, span.end).replace(/[^\n]/g, ' ');
        at = span.end;
    }
    return out + body.slice(at);
}
/** The body without what is not the requester's words (see `foreignSpans`), lines in place. */
function requesterText(body) {
    return blankSpans(body, foreignSpans(body));
}


/***/ }),

/***/ 8927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ partOfHeading),
/* harmony export */   i: () => (/* binding */ isChoiceAnswer)
/* harmony export */ });
// Which part of a request a heading opens, read from the heading's own words the way a maintainer
// reads an issue form: GitHub's classic template ("Is your feature request related to a
// problem?", "Describe the solution you'd like", "Describe alternatives you've considered",
// "Additional context"), the forms projects write for themselves ("Motivation", "Feature
// Proposal", "Example", "What will the rule do after it's changed?"), and the problem / proposal /
// API / pros and cons a careful reporter writes by hand. The words decide, not a list of forms, so
// a form nobody has seen still falls into its parts.
// The first rule whose words the heading holds wins: the order settles headings with several
// ("Describe alternative solutions" is about alternatives; "Is your feature request related to a
// problem?" about the problem).
const RULES = [
    [
        'aside',
        /\b(?:prerequisites?|checklist|check ?list|participation|code of conduct|willing|are you (?:able|going)|submit(?:ting)? a (?:pr|pull request)|(?:operating )?system(?: info(?:rmation)?)?|environment|versions?|platforms?|os|browsers?|runtime|logs?|screenshots?|stack ?traces?|tracebacks?|related (?:issues?|prs?|links?)|duplicates?|search(?:ed)? (?:existing|the)|validations?|terms|sponsor(?:ship)?|reproduction (?:link|url|repo(?:sitory)?))\b/i
    ],
    ['alternatives', /\b(?:alternatives?|workarounds?|other options?|considered)\b/i],
    [
        'cons',
        /\b(?:cons|drawbacks?|downsides?|disadvantages?|risks?|caveats?|trade-?offs?|concerns?|limitations?|breaking changes?)\b/i
    ],
    ['pros', /\b(?:pros|advantages?|benefits?|upsides?)\b/i],
    [
        'criteria',
        /\b(?:acceptance criteria|definition of done|done when|requirements?|tasks?|to ?do)\b/i
    ],
    [
        'context',
        /\b(?:additional|anything else|other (?:info|information|comments?|notes?)|extra)\b/i
    ],
    [
        'api',
        /\b(?:api|usage|examples?|sketch|syntax|signatures?|code (?:sample|snippet)s?|snippets?|mock-?ups?|input code|example code|how (?:it|this) (?:would|could|might) look)\b/i
    ],
    [
        'problem',
        /\b(?:problem|motivation|background|why|use[- ]?cases?|pain|currently|current(?:ly)? behaviou?r|now|today|what (?:does|do) .+ (?:currently|now)|what (?:do|did) you see|actual|the issue|context)\b/i
    ],
    [
        'solution',
        /\b(?:solution|proposal|propos\w*|suggest\w*|ideas?|feature|enhancement|request|how (?:would|should|will|could|can|do)|implement\w*|change|expected|desired|what will|after (?:it|the change)|improve\w*|would you like|describe (?:the|your)|design)\b/i
    ],
    ['context', /\b(?:notes?|comments?|info(?:rmation)?|links?|references?)\b/i]
];
/** The part a heading opens, or undefined for a heading that names none (its text stays loose). */
function partOfHeading(heading) {
    const words = heading
        .replace(/[*_`#]/g, ' ')
        .replace(/[^\p{L}\p{N}'?,./ -]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (!words)
        return undefined;
    return RULES.find(([, pattern]) => pattern.test(words))?.[0];
}
/**
 * An answer too short to be prose: a form's multiple-choice field ("Fewer", "A new option",
 * "Generate fewer warnings") or an empty one ("_No response_", "N/A"). It says which box was
 * ticked, not what to build.
 */
function isChoiceAnswer(text) {
    const words = text
        .replace(/(`+)[\s\S]*?\1/g, ' code ')
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
    if (/^_?(?:no response|n\/?a|none|nope|no|yes)_?\.?$/i.test(text.trim()))
        return true;
    // A sentence, however short, ends with its stop; a ticked label does not.
    return words.length <= 4 && !/`/.test(text) && !/[.!?]\s*$/.test(text.trim());
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DS: () => (/* binding */ proseLines),
  OS: () => (/* binding */ readIssue)
});

// UNUSED EXPORTS: parseUserStory

// EXTERNAL MODULE: ./src/text/fences.ts
var fences = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/text/foreign-parts.ts
var foreign_parts = __webpack_require__(6948);
// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
;// CONCATENATED MODULE: ./src/text/issue-blocks.ts


/** The source between `start` and `end` without the holes, each hole read as a space. */
function textAround(source, start, end, holes) {
    let out = '';
    let at = start;
    for (const hole of holes) {
        if (hole.end <= at || hole.start >= end)
            continue;
        out += `${source.slice(at, Math.max(at, hole.start))} `;
        at = Math.max(at, hole.end);
    }
    return out + source.slice(at, Math.max(at, end));
}
class Reader {
    source;
    foreign;
    blocks = [];
    constructor(source, foreign) {
        this.source = source;
        this.foreign = foreign;
    }
    isForeign(node) {
        const range = (0,markdown/* rangeOf */.be)(node);
        return (range !== undefined &&
            this.foreign.some(span => span.start <= range.start && span.end >= range.end));
    }
    /** A node's inline content as written: foreign spans and inline HTML tags left out. */
    inlineText(node) {
        const range = (0,markdown/* rangeOf */.be)(node);
        if (!range || !('children' in node) || node.children.length === 0)
            return '';
        const first = (0,markdown/* rangeOf */.be)(node.children[0]);
        const last = (0,markdown/* rangeOf */.be)(node.children[node.children.length - 1]);
        const holes = [...this.foreign];
        (0,markdown/* walk */.GG)(node, child => {
            if (child.type === 'html')
                holes.push((0,markdown/* rangeOf */.be)(child));
        });
        holes.sort((a, b) => a.start - b.start);
        return textAround(this.source, first.start, last.end, holes)
            .split('\n')
            .map(line => line.replace(/[ \t]+/g, ' ').trim())
            .filter(Boolean)
            .join('\n');
    }
    /** An HTML block's words (what GitHub shows of it), its tags and `<summary>` label left out. */
    htmlText(value) {
        return value
            .replace(/<summary\b[^>]*>[\s\S]*?<\/summary\s*>/gi, ' ')
            .replace(/<[^<>]*>/g, ' ')
            .split('\n')
            .map(line => line.replace(/[ \t]+/g, ' ').trim())
            .filter(Boolean)
            .join('\n');
    }
    code(node) {
        this.blocks.push({
            kind: 'code',
            info: (/^[\w+-]*/.exec(node.lang ?? '')?.[0] ?? '').toLowerCase(),
            // The content, its fences and its container's indent or `>` left out.
            lines: node.value === '' ? [] : node.value.split('\n'),
            fenced: (0,markdown/* fenceMarker */.IJ)(this.source, node.position?.start.offset ?? -1) !== undefined,
            line: (0,markdown/* linesOf */.Dx)(node).first
        });
    }
    text(kind, node) {
        const text = this.inlineText(node);
        if (/[\p{L}\p{N}]/u.test(text))
            this.blocks.push({ kind, text, line: (0,markdown/* linesOf */.Dx)(node).first });
    }
    item(node, ordered, depth) {
        const paragraphs = node.children.filter(child => child.type === 'paragraph');
        const text = paragraphs
            .map(paragraph => this.inlineText(paragraph))
            .filter(Boolean)
            .join('\n');
        if (/[\p{L}\p{N}]/u.test(text) || node.checked !== null)
            this.blocks.push({
                kind: 'item',
                text,
                ordered,
                depth,
                ...(typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
                line: (0,markdown/* linesOf */.Dx)(node).first
            });
        for (const child of node.children)
            if (child.type !== 'paragraph')
                this.block(child, depth + 1, false);
    }
    block(node, depth = 0, quoted = false) {
        if (this.isForeign(node))
            return;
        switch (node.type) {
            case 'heading': {
                const text = this.inlineText(node);
                if (text)
                    this.blocks.push({ kind: 'heading', text, depth: node.depth, line: (0,markdown/* linesOf */.Dx)(node).first });
                return;
            }
            case 'paragraph':
                return this.text(quoted ? 'quote' : 'paragraph', node);
            case 'list':
                for (const item of node.children)
                    this.item(item, Boolean(node.ordered), depth);
                return;
            case 'blockquote':
                for (const child of node.children)
                    this.block(child, depth, true);
                return;
            case 'code':
                return this.code(node);
            case 'html': {
                const text = this.htmlText(node.value);
                if (/[\p{L}\p{N}]/u.test(text))
                    this.blocks.push({
                        kind: quoted ? 'quote' : 'paragraph',
                        text,
                        line: (0,markdown/* linesOf */.Dx)(node).first
                    });
                return;
            }
            case 'table':
                this.blocks.push({
                    kind: 'table',
                    rows: node.children.map(row => row.children.map(cell => this.inlineText(cell))),
                    line: (0,markdown/* linesOf */.Dx)(node).first
                });
                return;
            default:
                // Footnotes and other containers: their blocks in order; breaks and definitions show no words.
                if ('children' in node && node.type !== 'root')
                    for (const child of node.children)
                        this.block(child, depth, quoted);
        }
    }
}
/** The requester's blocks of a body, in order. */
function issueBlocks(body) {
    const source = body.replace(/\r\n?/g, '\n');
    const reader = new Reader(source, (0,foreign_parts/* foreignSpans */.UP)(source));
    for (const node of (0,markdown/* parseMarkdown */.Dd)(source).children)
        reader.block(node);
    return reader.blocks;
}

// EXTERNAL MODULE: ./src/text/issue-parts.ts
var issue_parts = __webpack_require__(8927);
// EXTERNAL MODULE: ./src/text/sentences.ts
var sentences = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/text/issue-text.ts
// What an issue body says, read the way a maintainer skims it: the user story, the sections an
// issue form or a careful reporter writes, the checklists, and the sentences that state rules.





/**
 * The body's lines with what is not the requester's words blanked (comments, a service's blocks,
 * images, link-only lines: foreign-parts.ts) and fenced code emptied: the line count holds.
 */
function proseLines(body) {
    const lines = (0,foreign_parts/* requesterText */.cC)(body.replace(/\r\n?/g, '\n')).split('\n');
    const places = (0,fences/* fencePlaces */.id)(lines);
    return lines.map((line, i) => (places[i] === 'outside' && line.trim() ? line : ''));
}
function clean(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function stripPunctuation(text) {
    return text.replace(/^[\s,;:–—-]+|[\s,;:.!–—-]+$/g, '');
}
function parseUserStory(text) {
    // Emphasis markers go (`**As a** user`), underscores inside identifiers (`max_errors`) stay.
    const flat = clean(text.replace(/\*+/g, '').replace(/(^|[\s(])_+|_+(?=[\s).,;:!?]|$)/g, '$1'));
    const match = /\bas an? ([^,.;]+?),? i (?:want|would like|need|wish) (.+?),? so (?:that )?(.+?)(?:[.!]\s|[.!]?$)/i.exec(flat);
    if (!match)
        return undefined;
    return {
        role: stripPunctuation(match[1]),
        goal: stripPunctuation(match[2]),
        benefit: stripPunctuation(match[3])
    };
}
// Options set aside, the proposal's own drawbacks and side remarks are not requirements.
const NOT_REQUIREMENTS = new Set(['alternatives', 'cons', 'pros', 'context', 'aside']);
const REQUIREMENT = /\b(must|should|shall|needs? to|is required|are required)\b/i;
// A line of bold alone is a heading a reporter wrote by hand: `**Problem:**`, `**Proposal**`.
const BOLD_HEADING = /^\s*\*\*([^*]+)\*\*:?\s*$/;
/** A paragraph cut at its bold pseudo-headings: the text before, then each heading and its text. */
function atBoldHeadings(text) {
    const out = [{ text: '' }];
    for (const line of text.split('\n')) {
        const bold = BOLD_HEADING.exec(line);
        if (bold)
            out.push({ heading: bold[1], text: '' });
        else
            out[out.length - 1].text += `${line}\n`;
    }
    return out.filter(part => part.heading !== undefined || part.text.trim());
}
/** The body's blocks in order, each filed under the part its heading opened. */
function collect(body) {
    const out = {
        sectionText: {},
        checklist: [],
        paragraphs: [],
        looseParagraphs: [],
        looseItems: [],
        items: [],
        candidates: [],
        blocks: [],
        code: []
    };
    let current;
    const requirementsMayCome = () => !current || !NOT_REQUIREMENTS.has(current);
    const open = (heading) => {
        current = (0,issue_parts/* partOfHeading */.Z)(heading.replace(/[:?]+$/, '').trim());
        if (current)
            (out.sectionText[current] ??= []).push([]);
    };
    const inSection = (text) => {
        if (current)
            out.sectionText[current]?.at(-1)?.push(text);
    };
    const paragraph = (raw) => {
        const text = clean(raw);
        // The form's asides (prerequisites, versions, logs) are about the reporter, not the request.
        if (!text || current === 'aside')
            return;
        inSection(`\n${raw.trim()}\n`);
        out.paragraphs.push(text);
        if (!current)
            out.looseParagraphs.push(text);
        out.blocks.push(text);
        if (requirementsMayCome())
            out.candidates.push(...(0,sentences/* sentencesOf */.cj)(text));
    };
    // Whether the last item at each depth is a box: a box under a plain item ("- OS" over
    // "- [x] Linux") is one choice of a form's multiple-choice question, not a task.
    const boxAt = [];
    for (const block of issueBlocks(body)) {
        if (block.kind === 'heading') {
            open(block.text);
            continue;
        }
        if (block.kind === 'paragraph') {
            for (const part of atBoldHeadings(block.text)) {
                if (part.heading !== undefined)
                    open(part.heading);
                paragraph(part.text);
            }
            continue;
        }
        if (current === 'aside')
            continue;
        if (block.kind === 'code') {
            out.code.push({ part: current, info: block.info, lines: block.lines });
        }
        else if (block.kind === 'item') {
            const text = clean(block.text);
            const indent = '  '.repeat(block.depth);
            boxAt[block.depth] = block.checked !== undefined;
            const choice = block.depth > 0 && boxAt[block.depth - 1] === false;
            if (block.checked !== undefined && choice)
                continue;
            if (block.checked !== undefined) {
                // Checklists are criteria wherever they stand; they would make a problem statement a list.
                if (current === 'criteria')
                    inSection(`${indent}- [${block.checked ? 'x' : ' '}] ${text}`);
                if (!text)
                    continue;
                out.checklist.push(text);
                out.blocks.push(text);
            }
            else {
                inSection(`${indent}- ${text}`);
                out.blocks.push(text);
                if (!current)
                    out.looseItems.push(text);
                out.items.push({ text, part: current, ordered: block.ordered, depth: block.depth });
                // List items rarely end with a full stop: each is a sentence of its own.
                if (requirementsMayCome())
                    out.candidates.push(text);
            }
        }
        else if (block.kind === 'quote') {
            inSection(`\n${block.text}\n`);
            out.blocks.push(clean(block.text));
        }
    }
    return out;
}
function sectionsOf(sectionText) {
    const sections = {};
    for (const [name, answers] of Object.entries(sectionText)) {
        // A ticked choice ("Fewer", "A new option") says which box, not what to build.
        const value = answers
            .map(lines => lines.join('\n').trim())
            .filter(text => text && !(0,issue_parts/* isChoiceAnswer */.i)(text))
            .join('\n\n');
        if (name !== 'aside' && value)
            sections[name] = value;
    }
    return sections;
}
function pathsIn(body) {
    // Paths: `dir/file.ext` anywhere (not inside URLs), and `file.ext` when written as code.
    return [
        ...new Set([
            ...[...body.matchAll(/(?<![\w/.:-])((?:[\w.-]+\/)+[\w.-]+\.[a-z0-9]{1,8})\b/gi)].map(m => m[1]),
            ...[...body.matchAll(/`((?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z][a-z0-9]{0,7})`/gi)].map(m => m[1])
        ])
    ].filter(path => !/^\d+(\.\d+)+$/.test(path));
}
function readIssue(issueBody) {
    const collected = collect(issueBody);
    // Names and paths come from the requester's words, not from a badge's address or a comment.
    const body = (0,foreign_parts/* requesterText */.cC)(issueBody.replace(/\r\n?/g, '\n'));
    const paths = pathsIn(body);
    const identifiers = [
        ...new Set([...body.matchAll(/`([A-Za-z_$][\w$.]*(?:\(\))?)`|\b([A-Za-z_$][\w$]*)\(\)/g)]
            .map(m => (m[1] ?? m[2]).replace(/\(\)$/, ''))
            .filter(name => name.length > 1 && !paths.includes(name)))
    ];
    return {
        userStory: collected.blocks.map(parseUserStory).find(story => story !== undefined),
        sections: sectionsOf(collected.sectionText),
        checklist: collected.checklist,
        requirements: [
            ...new Set(collected.candidates.filter(sentence => REQUIREMENT.test(sentence) && sentence.length <= 300))
        ],
        paragraphs: collected.paragraphs,
        looseParagraphs: collected.looseParagraphs,
        looseItems: collected.looseItems,
        items: collected.items,
        paths,
        identifiers,
        code: collected.code
    };
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ parseMarkdown),
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   GG: () => (/* binding */ walk),
/* harmony export */   IJ: () => (/* binding */ fenceMarker),
/* harmony export */   be: () => (/* binding */ rangeOf)
/* harmony export */ });
/* unused harmony exports shownText, isFenced */
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6855);
/* harmony import */ var mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8595);
/* harmony import */ var micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2297);



// The same body is read by several readers in one run (the issue's parts, its code, its data):
// the last few trees are kept.
const recent = new Map();
const KEPT = 8;
/** The mdast tree of a Markdown text (line endings as written; positions index `text`). */
function parseMarkdown(text) {
    const known = recent.get(text);
    if (known)
        return known;
    const tree = (0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(text, { extensions: [(0,micromark_extension_gfm__WEBPACK_IMPORTED_MODULE_1__/* .gfm */ .T)()], mdastExtensions: [(0,mdast_util_gfm__WEBPACK_IMPORTED_MODULE_2__/* .gfmFromMarkdown */ .C)()] });
    if (recent.size >= KEPT)
        recent.delete(recent.keys().next().value);
    recent.set(text, tree);
    return tree;
}
/** Calls `visit` on every node, parents before children, in document order. */
function walk(node, visit) {
    const go = (current, parent) => {
        // `false` from the visitor: the node's children are not visited.
        if (visit(current, parent) === false)
            return;
        if ('children' in current)
            for (const child of current.children)
                go(child, current);
    };
    go(node);
}
/** Where a node starts and ends in the source (offsets), or undefined for a generated node. */
function rangeOf(node) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : { start, end };
}
/** The node's first and last line, 0-based. */
function linesOf(node) {
    return { first: (node.position?.start.line ?? 1) - 1, last: (node.position?.end.line ?? 1) - 1 };
}
/** The words a node shows: its text, inline code and the text of its children. */
function shownText(node) {
    if (node.type === 'text' || node.type === 'inlineCode')
        return node.value;
    if ('children' in node)
        return node.children.map(child => shownText(child)).join('');
    return '';
}
/** Whether a code node is fenced (``` or ~~~) rather than indented. */
function isFenced(node, source) {
    // A fenced block starts at its marker; an indented one at its indentation.
    const range = rangeOf(node);
    return (node.type === 'code' && range !== undefined && fenceMarker(source, range.start) !== undefined);
}
/** The run of backticks or tildes that opens a fenced block at `offset`. */
function fenceMarker(source, offset) {
    return /^(?:`{3,}|~{3,})/.exec(source.slice(offset, offset + 200))?.[0];
}


/***/ }),

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
// Text made into a regular expression that matches it literally: names, paths and patterns from
// issues and code are data, never syntax.
/** `text` with every character a regular expression gives a meaning escaped. */
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ hasProtected),
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   cj: () => (/* binding */ sentencesOf),
/* harmony export */   dK: () => (/* binding */ mask)
/* harmony export */ });
// Issue prose cut into sentences, with what must not be read as words kept aside: a code span
// (`max_errors=1`), a link's address and a bare URL carry dots, question marks and words such as
// "maybe" that are the code's or the address's, not the reporter's.
const PROTECTED = /(`+)[\s\S]*?\1|\]\([^)\s]*\)|\bhttps?:\/\/[^\s)>\]]*[^\s)>\].,;:!?'"]/g;
// Private-use characters: no issue text means them, no pattern of ours matches them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
function mask(text) {
    const kept = [];
    const masked = text.replace(PROTECTED, span => `${OPEN}${kept.push(span) - 1}${CLOSE}`);
    return {
        text: masked,
        restore: out => out.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_, index) => kept[Number(index)])
    };
}
/** True when the text, once masked, holds a token of protected content (code or an address). */
function hasProtected(masked) {
    return masked.includes(OPEN);
}
/** Only the words: code spans and addresses removed (for tests on wording). */
function wordsOf(text) {
    return text.replace(PROTECTED, ' ').replace(/\s+/g, ' ').trim();
}
// After `.`, `!` or `?` and before what can open a sentence; not after "e.g." or "etc.".
const SENTENCE_END = /(?<!\b(?:[Ee]\.[Gg]|[Ii]\.[Ee]|etc|vs|cf|approx|incl|esp|resp|[Nn]o|Mr|Dr)\.)(?<=[.!?]["')]?)\s+(?=[A-Z"'(\uE000*_[]|\d+[.)]\s)/;
/**
 * Sentences of some prose: cut at blank lines and list items, and after `.`, `!`, `?` (or `:` before a capital) that
 * end a sentence, never inside code or an address; whitespace folded.
 */
function sentencesOf(text) {
    // A blank line or a list item ends a sentence whether or not it has its stop.
    const blocks = text.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d{1,3}[.)])\s)/);
    return blocks.flatMap(block => {
        const { text: masked, restore } = mask(block
            .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
            .replace(/\s+/g, ' ')
            .trim());
        return (masked
            .split(SENTENCE_END)
            // A comma splice into a wish ("…since 5.3, It would be nice if …") is two sentences.
            .flatMap(part => part.split(/,\s+(?=(?:It would|It'd|I would|I'd|We could|We should)\b)/))
            .map(part => restore(part).trim())
            .filter(Boolean));
    });
}


/***/ })

};
