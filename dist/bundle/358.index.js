export const id = 358;
export const ids = [358];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NR: () => (/* binding */ parseRelativeDir),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   id: () => (/* binding */ parseIssueNumber)
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

/***/ 1979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ namedIn),
/* harmony export */   F9: () => (/* binding */ isRuledOut),
/* harmony export */   H8: () => (/* binding */ recordFeedback),
/* harmony export */   Rk: () => (/* binding */ withoutRuledOut),
/* harmony export */   Vp: () => (/* binding */ criteriaIn),
/* harmony export */   Vw: () => (/* binding */ appliedFeedback),
/* harmony export */   pB: () => (/* binding */ appliedCriteria),
/* harmony export */   rA: () => (/* binding */ ruledOut)
/* harmony export */ });
/* harmony import */ var _format_sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1083);
/* harmony import */ var _format_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4534);
/* harmony import */ var _prose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5661);



const NOTE = 'Review feedback applied:';
const CRITERION = 'Acceptance criterion from review:';
// A file is ruled out by a verb of exclusion followed by a path, a backticked name, or a file name.
const RULED_OUT = /\b(?:not|without|drop|remove|exclude|skip|leave out)\s+(?:the\s+|any\s+)?(?:changes?\s+(?:to|in)\s+|file\s+|files\s+in\s+)?(`[^`\n]+`|[\w.-]*\/[\w./-]*|[\w-]+\.[A-Za-z]\w*)/gi;
/** The paths, directories and file names the feedback rules out. */
function ruledOut(feedback) {
    return [...feedback.matchAll(RULED_OUT)]
        .map(match => match[1].replace(/^`|`$/g, '').replace(/^\.\//, '').replace(/\/+$/, ''))
        .filter(name => name !== '' && !name.includes(' '));
}
/** True when `path` is `name`, lies in the directory `name`, or has the file name `name`. */
function isRuledOut(path, names = []) {
    return names.some(name => matches(path, name));
}
function matches(path, name) {
    if (path === name || path.startsWith(`${name}/`))
        return true;
    const base = path.slice(path.lastIndexOf('/') + 1);
    return path.endsWith(`/${name}`) || base === name;
}
/** The research without the files the feedback rules out: ranked files, their symbols and tests, docs. */
function withoutRuledOut(research, names) {
    if (names.length === 0)
        return research;
    const keep = (file) => !isRuledOut(file.path, names);
    return {
        ...research,
        ruledOut: [...(research.ruledOut ?? []), ...names],
        files: research.files.filter(keep),
        symbols: research.symbols.filter(keep),
        tests: research.tests.filter(keep),
        orientation: {
            ...research.orientation,
            docs: research.orientation.docs.filter(keep),
            // The planner also looks up a module's tests in the test layout: rule them out there too.
            tests: {
                ...research.orientation.tests,
                files: research.orientation.tests.files.filter(path => keep({ path }))
            }
        }
    };
}
/**
 * What the feedback names, as evidence for the research: code spans and paths, not its prose
 * (whose ordinary words would only add noise to the ranking). Ruled-out names are left out.
 */
function namedIn(feedback) {
    const out = new Set(ruledOut(feedback));
    const spans = [...feedback.matchAll(/`([^`\n]{1,120})`/g)].map(match => match[1].trim());
    const paths = [...feedback.matchAll(/(?:^|\s)([\w.-]+\/[\w./-]*\.\w+)/g)].map(match => match[1]);
    return [...new Set([...spans, ...paths])].filter(name => name !== '' && !out.has(name));
}
/** Checklist items in the feedback: acceptance criteria the reviewer asks for. */
function criteriaIn(feedback) {
    return [...feedback.matchAll(/^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+(.+)$/gm)].map(match => match[1].trim());
}
function notesLines(markdown, label) {
    const doc = (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .outline */ .rj)(markdown);
    const notes = (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .findHeading */ .iE)(doc, 'Notes', 2);
    if (!notes)
        return [];
    const prefix = `- ${label} `;
    return (0,_format_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sectionBody */ .gt)(doc, notes)
        .filter(line => line.startsWith(prefix))
        .map(line => line.slice(prefix.length).trim())
        .filter(Boolean);
}
/** Feedback earlier embedded revisions applied, as their Notes recorded it. */
function appliedFeedback(markdown) {
    return notesLines(markdown, NOTE);
}
/** Acceptance criteria earlier embedded revisions took from feedback. */
function appliedCriteria(markdown) {
    return notesLines(markdown, CRITERION);
}
/**
 * Records a piece of feedback in Notes as one line of prose (feedback is data, like an issue),
 * and each acceptance criterion it added on a line of its own, so later revisions keep them.
 */
function recordFeedback(markdown, feedback) {
    let recorded = markdown;
    const line = (0,_prose_js__WEBPACK_IMPORTED_MODULE_2__/* .prose */ .CS)(feedback, 300);
    if (line)
        recorded = (0,_format_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .appendToNotes */ .JE)(recorded, `- ${NOTE} ${line}`);
    for (const criterion of criteriaIn(feedback)) {
        const text = (0,_prose_js__WEBPACK_IMPORTED_MODULE_2__/* .prose */ .CS)(criterion, 300);
        if (text)
            recorded = (0,_format_sections_js__WEBPACK_IMPORTED_MODULE_0__/* .appendToNotes */ .JE)(recorded, `- ${CRITERION} ${text}`);
    }
    return recorded;
}


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 4798:
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
// EXTERNAL MODULE: ./src/text/fences.ts
var text_fences = __webpack_require__(5889);
;// CONCATENATED MODULE: ./src/text/issue-text.ts
// What an issue body says, read the way a maintainer skims it: the user story, the sections an
// issue form or a careful reporter writes, the checklists, and the sentences that state rules.

const SECTION_NAMES = [
    [
        'problem',
        /^(problem|problem statement|motivation|background|why|is your feature request related to a problem.*|current behaviou?r|the problem)$/i
    ],
    [
        'solution',
        /^(solution|proposal|proposed solution|suggested solution|describe the solution.*|proposed (change|design|api)|implementation|how)$/i
    ],
    ['alternatives', /^(alternatives?( considered)?|describe alternatives.*)$/i],
    [
        'criteria',
        /^(acceptance criteria|requirements|definition of done|done when|expected behaviou?r)$/i
    ],
    ['context', /^(additional context|context|notes?|details)$/i]
];
/** Removes HTML comments (issue templates leave them) and fenced code, keeping line structure. */
function proseLines(body) {
    const lines = body
        .replace(/\r\n?/g, '\n')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .split('\n');
    const places = (0,text_fences/* fencePlaces */.id)(lines);
    return lines.map((line, i) => (places[i] === 'outside' ? line : ''));
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
function splitSentences(text) {
    return text
        .split(/(?<=[.!?])\s+(?=[A-Z`"'(])/)
        .map(clean)
        .filter(Boolean);
}
// Options the reporter considered and set aside are not requirements.
const NOT_REQUIREMENTS = new Set(['alternatives']);
const REQUIREMENT = /\b(must|should|shall|needs? to|is required|are required)\b/i;
function readIssue(body) {
    const lines = proseLines(body);
    const sections = {};
    const checklist = [];
    const paragraphs = [];
    const looseParagraphs = [];
    const candidates = [];
    // Every paragraph and list item in order: the user story is looked for in each on its own, so
    // its "so that …" clause cannot run on into the next paragraph.
    const blocks = [];
    let current;
    let paragraph = [];
    const sectionText = {};
    const flush = () => {
        const text = clean(paragraph.join(' '));
        paragraph = [];
        if (!text)
            return;
        paragraphs.push(text);
        if (!current)
            looseParagraphs.push(text);
        blocks.push(text);
        if (!current || !NOT_REQUIREMENTS.has(current))
            candidates.push(...splitSentences(text));
    };
    for (const line of lines) {
        const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line) ?? /^\s*\*\*([^*]+)\*\*:?\s*$/.exec(line);
        if (heading) {
            flush();
            const title = heading[1].replace(/[:?]+$/, '').trim();
            current = SECTION_NAMES.find(([, pattern]) => pattern.test(title))?.[0];
            continue;
        }
        const item = /^\s*[-*+]\s+\[([ xX])\]\s+(.+)$/.exec(line);
        // Checklists are criteria wherever they stand; they would make a problem statement a list.
        if (current && (!item || current === 'criteria'))
            (sectionText[current] ??= []).push(line);
        const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(line);
        if (item) {
            flush();
            checklist.push(clean(item[2]));
            blocks.push(clean(item[2]));
        }
        else if (bullet) {
            flush();
            blocks.push(clean(bullet[1]));
            // List items rarely end with a full stop: each is a sentence of its own.
            if (!current || !NOT_REQUIREMENTS.has(current))
                candidates.push(clean(bullet[1]));
        }
        else if (/^\s*>/.test(line)) {
            flush();
            blocks.push(clean(line.replace(/^\s*(?:>\s?)+/, '')));
        }
        else if (line.trim() === '') {
            flush();
        }
        else {
            paragraph.push(line);
        }
    }
    flush();
    for (const [name, text] of Object.entries(sectionText)) {
        const value = text.join('\n').trim();
        if (value && !/^_?no response_?$/i.test(value))
            sections[name] = value;
    }
    const requirements = [
        ...new Set(candidates.filter(sentence => REQUIREMENT.test(sentence) && sentence.length <= 300))
    ];
    // Paths: `dir/file.ext` anywhere (not inside URLs), and `file.ext` when written as code.
    const paths = [
        ...new Set([
            ...[...body.matchAll(/(?<![\w/.:-])((?:[\w.-]+\/)+[\w.-]+\.[a-z0-9]{1,8})\b/gi)].map(m => m[1]),
            ...[...body.matchAll(/`((?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z][a-z0-9]{0,7})`/gi)].map(m => m[1])
        ])
    ].filter(path => !/^\d+(\.\d+)+$/.test(path));
    const identifiers = [
        ...new Set([...body.matchAll(/`([A-Za-z_$][\w$.]*(?:\(\))?)`|\b([A-Za-z_$][\w$]*)\(\)/g)]
            .map(m => (m[1] ?? m[2]).replace(/\(\)$/, ''))
            .filter(name => name.length > 1 && !paths.includes(name)))
    ];
    return {
        userStory: blocks.map(parseUserStory).find(story => story !== undefined),
        sections,
        checklist,
        requirements,
        paragraphs,
        looseParagraphs,
        paths,
        identifiers
    };
}

;// CONCATENATED MODULE: ./src/plan/embedded/considerations.ts
// Security and performance notes the embedded planner can justify: each one fires on a signal
// in the issue or in the files the change touches, and says what to check. With no signal the
// plan says so plainly instead of inventing a risk.
// Each pattern matches whole words that name the concern itself: "author" is not
// authentication, a tokenizer is not an access token, a config module is not a secret.
const SECURITY = [
    {
        pattern: /\b(auth|authn|authz|authenticat\w*|authori[sz]\w*|log[ -]?in|log[ -]?out|sign[ -]?in|passwords?|sessions?|credentials?|permissions?|access control|admins?|oauth2?|jwt|sso|access tokens?|api tokens?)\b/i,
        note: 'Touches authentication or authorisation: check that every new path enforces the same permission checks as its neighbours, and that tokens or passwords never reach logs, URLs or error messages.'
    },
    {
        pattern: /\b(uploads?|file ?paths?|path traversal|downloads?|attachments?|symlinks?)\b/i,
        note: 'Handles files or paths: resolve paths against a fixed root and reject `..`, absolute paths and symlinks that lead outside it; cap file sizes.'
    },
    {
        pattern: /\b(webhooks?|endpoints?|proxy|redirects?|outbound|callback urls?|http requests?|ssrf)\b/i,
        note: 'Makes or accepts network requests: validate URLs and payloads, set timeouts, and do not let user input choose arbitrary hosts (SSRF).'
    },
    {
        pattern: /\b(databases?|orm|migrations?|sql injection|parameteri[sz]ed queries)\b/i,
        note: 'Reaches the database: use parameterised queries or the ORM, never string-built SQL, and keep migrations reversible.'
    },
    {
        pattern: /\b(user[- ](?:provided|supplied|input)|untrusted|payloads?|form (?:data|input)|sanitiz\w*|sanitis\w*|xss|injection)\b/i,
        note: 'Parses outside input: validate types and sizes at the boundary, and escape anything rendered back (HTML, Markdown, shell).'
    },
    {
        pattern: /\b(secrets?|api[- ]?keys?|\.env|environment variables? (?:holding|with) (?:keys|secrets))\b/i,
        note: 'Involves configuration or secrets: read secrets from the environment or a secret store, never commit them, and mask them in output.'
    }
];
const PERFORMANCE = [
    {
        pattern: /\b(large|bulk|batch(?:es)?|thousands|millions|paginat\w*|all (?:items|records|rows)|big (?:files?|data|inputs?))\b/i,
        note: 'Works over collections that can grow: paginate or stream instead of loading everything, and avoid per-item queries (N+1).'
    },
    {
        pattern: /\b(real[- ]?time|streaming|websockets?|polling|notifications?|subscriptions?)\b/i,
        note: 'Pushes updates continuously: bound connection counts and message rates, and back off on reconnects.'
    },
    {
        pattern: /\b(cache|caching|slow|slower|latency|performance|speed ?up|timeouts?)\b/i,
        note: 'The issue is about speed: measure before and after with a benchmark or profile, and state the figure in the pull request.'
    },
    {
        pattern: /\b(databases?|n\+1|queries)\b/i,
        note: 'Adds database work: check the query plan and add an index if the new query filters on unindexed columns.'
    },
    {
        pattern: /\b(uploads?|downloads?|attachments?|videos?|large files?)\b/i,
        note: 'Moves files: stream them rather than buffering whole files in memory, and cap sizes.'
    }
];
function matching(signals, text) {
    return signals.filter(signal => signal.pattern.test(text)).map(signal => signal.note);
}
function securityNotes(text, files) {
    const notes = matching(SECURITY, `${text}\n${files.join('\n')}`).slice(0, 4);
    if (notes.length > 0)
        return notes;
    return [
        'No new trust boundary is apparent from the issue: the change stays inside existing code paths. Review that inputs reaching the files above are still validated as before.'
    ];
}
function performanceNotes(text) {
    const notes = matching(PERFORMANCE, text).slice(0, 3);
    if (notes.length > 0)
        return notes;
    return [
        'No performance-sensitive path is apparent from the issue. Keep the new code linear in the size of its input and avoid extra I/O on hot paths; measure if a benchmark exists.'
    ];
}

// EXTERNAL MODULE: ./src/plan/embedded/prose.ts
var prose = __webpack_require__(5661);
;// CONCATENATED MODULE: ./src/plan/embedded/guidance-notes.ts


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

// EXTERNAL MODULE: ./src/research/covering/test-files.ts
var test_files = __webpack_require__(7333);
// EXTERNAL MODULE: ./src/plan/embedded/feedback.ts
var feedback = __webpack_require__(1979);
;// CONCATENATED MODULE: ./src/plan/embedded/symbols.ts

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

;// CONCATENATED MODULE: ./src/plan/embedded/code-selection.ts


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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/plan/embedded/listable-paths.ts
// Which paths a plan may name: plain relative paths inside the repository, to files that exist,
// that no reviewer ruled out.



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
function listableIn(root, research) {
    // A path a reviewer ruled out is never listed, however it was found.
    return path => isPlainPath(path) && isFile(root, path) && !(0,feedback/* isRuledOut */.F9)(path, research.ruledOut);
}

;// CONCATENATED MODULE: ./src/plan/embedded/new-test-file.ts
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
    const name = (0,test_files/* moduleName */.AO)(subject);
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

;// CONCATENATED MODULE: ./src/plan/embedded/relevant-files.ts







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
    return named ? [{ path: named, reasons: [`named after \`${(0,test_files/* moduleName */.AO)(path)}\``] }] : [];
}
/** The existing tests a plan lists: the subject's own first (at most `max`), one per listed file. */
function testsToList(research, listable, usable, codeFiles, subject, max) {
    const covering = subject
        ? testsOf(research, listable, subject)
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
    for (const test of [...covering.slice(0, max), ...ofOthers]) {
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
 * What becomes of the test file the repository's naming proposes for the work: none if a
 * reviewer ruled it out, extended if it exists, else created (by the kinds that add one).
 */
function workTestFile(research, root, wording, proposed, subject, featureLabel, listed) {
    if (!proposed || (0,feedback/* isRuledOut */.F9)(proposed, research.ruledOut))
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
    const listable = listableIn(root, research);
    // The siblings of a new family member are its examples, not files the change modifies.
    const sibling = options.newMember ? siblingTest(research) : () => false;
    // Build scripts, CI, templates, changelogs, examples and generated copies are no change's
    // home unless the issue names them.
    const usable = research.files.filter(file => listable(file.path) && !sibling(file.path) && (!file.role || file.named));
    const selection = options.selection ?? featureSelection;
    const { code: codeFiles, considered, sure } = selectCode(research, usable, selection, options.keep ?? []);
    const docs = usable.filter(file => file.kind === 'doc').slice(0, selection.docs);
    const layout = research.orientation.tests;
    const lead = codeFiles.find(file => file.kind === 'code');
    const subject = options.testSubject ?? lead?.path;
    const tests = testsToList(research, listable, usable, codeFiles, subject, selection.tests);
    const existingTest = wording.coveringTest && subject ? tests[0]?.path : undefined;
    const toModify = modifyEntries(research, wording, { code: codeFiles, tests, docs }, existingTest ? subject : undefined);
    const proposed = existingTest
        ? undefined
        : subject && wording.coveringTest
            ? moduleTestFile(root, layout, subject)
            : testFileFor(layout, descriptiveName, codeFiles[0]?.path);
    const member = options.newMember ? memberFiles(research, root) : [];
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
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = member.files.map(path => new RegExp(`^${path.split(member.name).map(escape).join('[^/]+')}$`));
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
    return member.files
        .filter(path => isPlainPath(path) && !isFile(root, path) && !(0,feedback/* isRuledOut */.F9)(path, research.ruledOut))
        .map((path, index) => ({
        path,
        why: index === 0
            ? `The new ${(0,prose/* code */.aY)(member.name)}, shaped like its siblings ${siblings} (${(0,prose/* code */.aY)(member.pattern)}), and registered wherever they are.`
            : `Its siblings each have a ${(0,prose/* code */.aY)(path.split(member.name).join('{name}'))}: the new one's.`
    }));
}

;// CONCATENATED MODULE: ./src/plan/embedded/content-shared.ts






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
    for (const line of proseLines(body)) {
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

;// CONCATENATED MODULE: ./src/plan/embedded/phases.ts



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
function interfacePhase(files, input) {
    const areas = [...new Set(files.map(file => areaOf(file.path)))];
    return {
        name: `Wiring in ${(0,prose/* listing */.RR)(areas.map(areaName))}`,
        description: 'Expose the new behaviour where users and other code reach it: entry points, commands, routes and configuration.',
        tasks: files.map(file => file.kind === 'config'
            ? `Update ${(0,prose/* code */.aY)(file.path)} for any setting, script or dependency the feature needs.`
            : `Connect the feature in ${(0,prose/* code */.aY)(file.path)}${namesIn(input.research, file)}; keep existing options and output unchanged unless the issue asks otherwise.`)
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
function verificationPhase(input) {
    const { files } = input;
    const framework = input.research.orientation.tests.framework;
    const tasks = [
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
        name: 'Tests and documentation',
        description: 'Prove the feature against the acceptance criteria, document it, and leave every check green.',
        tasks
    };
}
function buildPhases(input) {
    const groups = groupByArea(input.files.code);
    const core = groups.filter(([, files]) => !files.every(isInterface));
    const wiring = groups.filter(([, files]) => files.every(isInterface));
    const phases = [];
    if (core.length > 0) {
        // The best-ranked core area first; a second core area joins it (one phase per layer, not per folder).
        phases.push(corePhase(core.slice(0, 2).flatMap(([, files]) => files), input));
    }
    else if (wiring.length > 0) {
        phases.push(corePhase(wiring.shift()[1], input));
    }
    else {
        phases.push(foundationPhase(input));
    }
    const later = [...core.slice(2), ...wiring].flatMap(([, files]) => files);
    if (later.length > 0)
        phases.push(interfacePhase(later, input));
    phases.push(verificationPhase(input));
    return phases;
}

;// CONCATENATED MODULE: ./src/plan/embedded/user-story.ts

/** "A shopper is able to apply a code" / "A CI maintainer gets machine-readable output". */
function storyOutcome(story) {
    const who = (0,prose/* capitalise */.sK)((0,prose/* withArticle */.vJ)((0,prose/* prose */.CS)(story.role, 80)));
    const goal = (0,prose/* prose */.CS)(story.goal, 200);
    return /^to\s/i.test(goal) ? `${who} is able ${goal}` : `${who} gets ${goal}`;
}
// People an issue usually speaks for; the first one named becomes the story's role.
const ROLES = /\b(maintainer|admin|administrator|user|developer|contributor|reviewer|customer|operator|author|owner|accountant|manager|editor|visitor|shopper|player|teacher|student)s?\b/i;
// A title that starts with one of these is a verb phrase: "I want to <title>".
const VERB_START = /^(add|allow|let|support|show|enable|make|provide|create|use|export|import|display|send|build|improve|remove|introduce|implement|track|notify|sync|cache|expose|accept|choose|switch|run|generate|validate|detect|warn|log|store|save|load|open|close|filter|sort|search|group|limit|retry|skip|keep|report|link|render|print|write|read|publish|post|update|delete|rename|move|copy|merge|split|convert|stream|paginate|schedule|configure|customi[sz]e|localise|localize|translate)\b/i;
function userStoryOf(reading, title, featureName, hasProblem) {
    const story = reading.userStory;
    if (story) {
        return `As ${(0,prose/* withArticle */.vJ)((0,prose/* prose */.CS)(story.role, 80))}, I want ${(0,prose/* prose */.CS)(story.goal, 200)} so that ${(0,prose/* prose */.CS)(story.benefit, 200)}.`;
    }
    // No story in the issue: build one from the title, and say where its "why" is written.
    const role = (ROLES.exec(title) ?? ROLES.exec(reading.paragraphs.join(' ')))?.[1].toLowerCase();
    const who = (0,prose/* withArticle */.vJ)(role ?? 'user of this project');
    const goal = VERB_START.test(featureName)
        ? `to ${(0,prose/* lowerFirst */.oZ)(featureName)}`
        : `${featureName.split(' ').length <= 6 ? (0,prose/* lowerFirst */.oZ)(featureName) : `“${featureName}”`}`;
    const why = hasProblem
        ? 'the problem described below goes away'
        : 'the project does what the issue asks';
    return `As ${who}, I want ${goal} so that ${why}.`;
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature-criteria.ts


// Criteria about the documentation: checked by reading the docs, not by a unit test.
const DOCUMENTATION = /\b(?:document(?:ed|ation|s)?|docs?|readme|changelog|quickstart|guide)\b/i;
// How requests open ("It would be nice if …"): a criterion states the outcome without the wish.
const WISH = /^(?:it would be (?:nice|great|good|helpful|useful) (?:if|to)|i(?:'d| would) (?:like|love)(?: it if| to)?|we could|maybe|perhaps|ideally,?|please)\s+/i;
function criteriaOf(reading, solution, newTest, testCommand) {
    const fromIssue = [
        ...new Set([...reading.checklist, ...reading.requirements].map(item => (0,prose/* prose */.CS)(item, 240)))
    ].filter(Boolean);
    if (fromIssue.length >= 3)
        return { all: fromIssue.slice(0, 12), functional: fromIssue };
    // Too few stated criteria: derive the rest from the story and the solution, as a reviewer would.
    const functional = [...fromIssue];
    const derived = [
        ...(reading.userStory ? [storyOutcome(reading.userStory)] : []),
        ...(solution ? [(0,prose/* capitalise */.sK)((0,prose/* firstSentence */.qi)(solution, 240).replace(WISH, ''))] : [])
    ];
    for (const item of derived) {
        const line = item.replace(/[.]$/, '');
        if (line && !functional.includes(line))
            functional.push(line);
    }
    if (functional.length === 0)
        functional.push('The feature behaves as the issue describes');
    const all = [
        ...functional,
        `The new behaviour is covered by automated tests${newTest ? ` in ${(0,prose/* code */.aY)(newTest)}` : ''}`,
        `Existing behaviour is unchanged and the existing tests pass${testCommand ? ` (${(0,prose/* code */.aY)(testCommand)})` : ''}`
    ];
    return { all, functional };
}
/** The criteria a test can check: a criterion about documentation is checked by reading the docs. */
function testableCriteria(criteria) {
    return criteria.filter(criterion => !DOCUMENTATION.test(criterion));
}

;// CONCATENATED MODULE: ./src/plan/embedded/feature-content.ts











/**
 * The issue's problem and solution: its own sections when it has them, else its loose prose
 * (the story and bare requirement sentences are shown elsewhere, not repeated here).
 */
function problemAndSolution(reading) {
    const loose = reading.looseParagraphs.filter(text => !parseUserStory(text) && !/^[^.!?]*\b(must|should|shall)\b[^.!?]*[.!?]?$/i.test(text));
    return {
        problemSource: reading.sections.problem ?? loose[0],
        solutionSource: reading.sections.solution ??
            (loose.slice(reading.sections.problem ? 0 : 1, 3).join(' ') || undefined)
    };
}
function featureFacts(input) {
    const { adwId, issue, research, root } = input;
    const reading = readIssue(issue.body);
    const featureName = featureNameFrom(issue.title, issue.body);
    const featureLabel = `“${featureName}”`;
    const files = chooseRelevantFiles(research, root, input.descriptiveName, featureLabel, undefined, {
        newMember: true
    });
    const commands = planCommands(research);
    const { problemSource, solutionSource } = problemAndSolution(reading);
    const lead = files.code[0];
    return {
        adwId,
        issue,
        research,
        reading,
        featureName,
        featureLabel,
        files,
        commands,
        problemSource,
        solutionSource,
        lead,
        subject: leadPlace(research, lead).reference ?? 'the new module',
        testHome: testHomeOf(files),
        criteria: criteriaOf(reading, solutionSource, files.newTest, commands.test)
    };
}
function featureProblem({ problemSource, adwId, featureLabel }) {
    // A source can be all markup (`===`, `---`) and give no prose: then it says nothing either.
    return ((problemSource && (0,prose/* sentence */.em)(problemSource, 1200)) ||
        `Issue #${adwId} asks for ${featureLabel}, which the project does not offer yet; the issue gives no further description, so the scope below is inferred from its title and the code.`);
}
/** The issue's proposal (or a default one), then where the research says the change belongs. */
function featureSolution(facts) {
    const { solutionSource, reading, featureLabel, files, research, lead, testHome } = facts;
    const solutionLead = (solutionSource && (0,prose/* sentence */.em)(solutionSource, 1200)) ||
        `Build ${featureLabel} into the existing code rather than alongside it${reading.userStory ? `, so that ${(0,prose/* prose */.CS)(reading.userStory.benefit, 200)}` : ''}.`;
    const where = files.code.slice(0, 3).map(file => `${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)}`);
    const placement = lead
        ? `${files.unsure ? 'The research is unsure where the change belongs; it ranks' : 'The research points to'} ${(0,prose/* listing */.RR)(where)}${files.unsure ? ' first' : ' as where the change belongs'} (${(0,prose/* code */.aY)(lead.path)}: ${reasonText(lead)})${testHome ? `, and the tests go into ${(0,prose/* code */.aY)(testHome)}` : ''}.`
        : "The research found no existing code clearly tied to the issue, so the feature starts as new code following the repository's layout.";
    return `${solutionLead} ${placement}`;
}
function featurePhases(facts) {
    const { solutionSource, featureLabel, files, research, criteria, reading, commands } = facts;
    const solutionSummary = solutionSource
        ? (0,prose/* firstSentence */.qi)(solutionSource, 300)
        : `The goal: ${featureLabel}.`;
    return buildPhases({
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
                : `Use the feature the way the issue describes it, starting from a clean checkout.`,
            'Walk through each acceptance criterion below and confirm it, including one invalid input and one case where the feature is not used.'
        ]
    };
}
function docLines(research, rankedDocs, featureLabel) {
    const { docs, agentGuides } = research.orientation;
    const lines = [];
    const readme = docs.find(doc => /^readme(\.[a-z]+)?$/i.test(doc.path));
    if (readme) {
        lines.push(`${(0,prose/* code */.aY)(readme.path)} - describe ${featureLabel}: what it does, how to use or configure it, with an example.`);
    }
    for (const path of rankedDocs) {
        if (path !== readme?.path)
            lines.push(`${(0,prose/* code */.aY)(path)} - update the parts the feature changes.`);
    }
    const guide = docs.find(doc => doc.path.startsWith('docs/') && !rankedDocs.includes(doc.path));
    if (guide) {
        lines.push(`${(0,prose/* code */.aY)(guide.path)} (${(0,prose/* prose */.CS)(guide.title, 80)}) and the rest of ${(0,prose/* code */.aY)('docs/')} - check for pages that describe the behaviour being changed.`);
    }
    for (const path of agentGuides.slice(0, 2)) {
        lines.push(`${(0,prose/* code */.aY)(path)} - update if the feature changes how the project is built, tested or laid out.`);
    }
    if (lines.length === 0) {
        lines.push('The repository has no README or docs/ yet: describe the feature in the pull request, and add a README section if users need to know about it.');
    }
    return lines;
}
/** Issue text minus the headings an issue form adds ("Is your feature request related to…"). */
function signalText(issue) {
    const body = issue.body
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .split('\n')
        .filter(line => !/^\s*#{1,6}\s/.test(line))
        .join('\n');
    return `${(0,naming/* stripTitlePrefix */.Fw)(issue.title)}\n${body}`;
}
function featureNotes({ adwId, research, reading }) {
    return [
        ...researchNotes(adwId, research, 'the chosen files and phases'),
        reading.userStory
            ? 'The user story is quoted from the issue.'
            : 'The issue has no “As a … I want … so that …” story; the one above is derived from its title and problem.',
        ...(reading.sections.alternatives
            ? [`Alternatives named in the issue: ${(0,prose/* sentence */.em)(reading.sections.alternatives, 400)}`]
            : [])
    ];
}
function buildPlanContent(input) {
    const facts = featureFacts(input);
    const { issue, research, reading, featureName, featureLabel, files } = facts;
    const signals = signalText(issue);
    return {
        featureName,
        userStory: userStoryOf(reading, issue.title, featureName, Boolean(facts.problemSource)),
        problem: featureProblem(facts),
        solution: featureSolution(facts),
        ...relevantFilesData(files, `Files ranked for this issue by the research (${research.fileCount} files considered), with the evidence for each. Paths are relative to the repository root.`),
        phases: featurePhases(facts),
        testing: featureTesting(facts),
        criteria: facts.criteria.all,
        commands: commandEntries(research),
        security: securityNotes(signals, files.code.map(file => file.path)),
        performance: performanceNotes(signals),
        docs: docLines(research, files.docs.map(file => file.path), featureLabel),
        notes: featureNotes(facts)
    };
}

// EXTERNAL MODULE: ./src/research/issue/issue-input.ts + 1 modules
var issue_input = __webpack_require__(2707);
// EXTERNAL MODULE: ./src/research/issue/quoted-code.ts
var quoted_code = __webpack_require__(8395);
;// CONCATENATED MODULE: ./src/plan/embedded/bug-report.ts
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
 * The call the report's code makes: a line typed at a prompt, else a call through a module or an
 * object (`pvlib.iam.physical(aoi=100)`), else the last call of its code; without the variable it
 * is assigned to.
 */
function snippetOf(title, body) {
    const calls = (0,quoted_code/* readQuotedCode */.G)((0,issue_input/* issueInput */._)(title, body))
        .filter(item => item.kind === 'code' && !item.inProse && /\w\(/.test(item.text))
        .map(item => ({ ...item, text: item.text.replace(/^[\w.[\]'"]+\s*=\s*(?!=)/, '') }))
        .filter(item => item.text.length <= 160 && !/^(?:def|class|function|fn|func)\b/.test(item.text));
    const chosen = calls.find(item => item.typed) ??
        calls.find(item => /^[\w]+\.[\w.]+\(/.test(item.text)) ??
        calls[calls.length - 1];
    return chosen?.text;
}
function readBugReport(title, body) {
    const reading = readIssue(body);
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
        described: sectionProse(sectionMatching(story, DESCRIPTION)) ||
            sectionProse(story[0]) ||
            (0,prose/* prose */.CS)(reading.paragraphs[0] ?? '', 1200),
        expected,
        actual,
        ...(error ? { error } : {}),
        // `Actual:` followed by a quoted log: the error it ends with is the actual behaviour.
        actualIsError: !actual && reportedActual.follows && error !== undefined,
        environment: sectionText(sectionMatching(sections, ENVIRONMENT), 300),
        fix: sectionProse(sectionMatching(sections, FIX)),
        steps: steps.slice(0, 8).map(step => (0,prose/* sentence */.em)((0,prose/* prose */.CS)(step, 240))),
        snippet: snippetOf(title, body),
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
;// CONCATENATED MODULE: ./src/plan/embedded/bug-fault.ts



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
/** The candidates for the root cause: the best symbols, else the best files. */
function causeCandidates(research, files) {
    const symbols = research.symbols.slice(0, 4);
    if (symbols.length > 0)
        return symbols.map(symbol => `${symbolPlace(symbol)} in ${(0,prose/* code */.aY)(symbol.path)}: ${symbol.reasons.slice(0, 3).join('; ')}.`);
    return files
        .slice(0, 4)
        .map(file => `${(0,prose/* code */.aY)(file.path)}${namesIn(research, file)}: ${reasonText(file)}.`);
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug-facts.ts







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
    return {
        home: testHomeOf(files),
        why: files.existingTest
            ? ` (the existing tests of ${(0,prose/* code */.aY)(lead?.path ?? '')})`
            : files.newTest
                ? `, a new file named like the tests beside it`
                : '',
        exercise: report.snippet ? `calls ${(0,prose/* code */.aY)(report.snippet)}` : 'follows the steps to reproduce',
        asserts: report.expected
            ? `asserts “${withoutStop(report.expected)}”`
            : 'asserts the expected behaviour'
    };
}
function bugFacts(input) {
    const { adwId, issue, research, root } = input;
    const report = readBugReport(issue.title, issue.body);
    const bugName = featureNameFrom(issue.title, issue.body, 'Untitled bug');
    const bugLabel = `“${bugName}”`;
    const exists = (0,validate/* fileExistsIn */.wN)(root);
    const frames = frameFiles(research.files).filter(file => exists(file.path));
    // Where the traceback ends is where the failure surfaces: listed whatever its rank.
    const innermost = frames
        .filter(file => file.reasons.some(reason => /innermost/.test(reason)))
        .map(file => file.path)
        .slice(0, 1);
    const files = chooseRelevantFiles(research, root, input.descriptiveName, bugLabel, bugWording, {
        selection: bugSelection,
        keep: innermost
    });
    // A fix goes into code: a config file leads only when no code file is listed.
    const lead = files.code.find(file => file.kind === 'code') ?? files.code[0];
    const { symbol: leadSymbol, reference: target } = leadPlace(research, lead);
    return {
        adwId,
        research,
        reading: readIssue(issue.body),
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

;// CONCATENATED MODULE: ./src/plan/embedded/bug-fix.ts
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
function bugCriteria({ reading, report, test, commands }) {
    const { expected, error } = report;
    const fromIssue = [...new Set(reading.checklist.map(item => (0,prose/* prose */.CS)(item, 240)))].filter(Boolean);
    return [
        ...fromIssue,
        `Following the steps to reproduce gives the expected behaviour${expected ? `: ${withoutStop(expected)}` : ''}`,
        ...(error ? [`${(0,prose/* code */.aY)(error)} is no longer raised for the input in the issue`] : []),
        `The regression test${test.home ? ` in ${(0,prose/* code */.aY)(test.home)}` : ''} fails before the fix and passes after it`,
        `The existing tests pass${commands.test ? ` (${(0,prose/* code */.aY)(commands.test)})` : ''}`
    ].slice(0, 12);
}

;// CONCATENATED MODULE: ./src/plan/embedded/bug-content.ts
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
/** Steps to reproduce when the report lists none: the code it runs, else what the research found. */
function derivedReproduction({ report, target, bugName }) {
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
        report.steps.length > 0
            ? 'The steps to reproduce are quoted from the issue.'
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

;// CONCATENATED MODULE: ./src/plan/embedded/chore-content.ts






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
        reading: readIssue(issue.body),
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
    const described = sectionProse(sectionMatching(sections, chore_content_DESCRIPTION)) ||
        sectionProse(sections[0]) ||
        (0,prose/* prose */.CS)(reading.paragraphs[0] ?? '', 1200);
    const motivation = sectionProse(sectionMatching(sections, MOTIVATION), 600);
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
        inScope = listItems(sections.filter(section => section !== outSection).flatMap(s => s.lines));
    }
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

/***/ 280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ comparePlans),
/* harmony export */   i: () => (/* binding */ hasChanges)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4534);
// What a revision changed in a plan, in the words a reviewer scans for: sections added, removed
// or rewritten, and files that joined or left Relevant Files.

/** Each section (level 2 and below) by its heading path, with its own text. */
function sections(doc) {
    const found = new Map();
    const path = [];
    for (const heading of doc.headings) {
        if (heading.level < 2)
            continue;
        path.length = Math.max(0, heading.level - 2);
        path.push(heading.text);
        const key = path.filter(Boolean).join(' > ');
        const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionBody */ .gt)(doc, heading).join('\n').trim();
        // A heading repeated at one level (two `#### Tasks`) keeps each body apart.
        let unique = key;
        for (let n = 2; found.has(unique); n++)
            unique = `${key} (${n})`;
        found.set(unique, text);
    }
    return found;
}
function relevantPaths(doc) {
    const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .findHeading */ .iE)(doc, 'Relevant Files', 2);
    return heading ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletPaths */ .f2)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .sectionTree */ .cJ)(doc, heading)) : [];
}
function comparePlans(before, after) {
    const old = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(before);
    const now = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .outline */ .rj)(after);
    const was = sections(old);
    const is = sections(now);
    const oldFiles = new Set(relevantPaths(old));
    const newFiles = relevantPaths(now);
    return {
        added: [...is.keys()].filter(key => !was.has(key)),
        removed: [...was.keys()].filter(key => !is.has(key)),
        changed: [...is.keys()].filter(key => was.has(key) && was.get(key) !== is.get(key)),
        filesAdded: [...new Set(newFiles.filter(path => !oldFiles.has(path)))],
        filesDropped: [...oldFiles].filter(path => !newFiles.includes(path))
    };
}
function hasChanges(changes) {
    return Object.values(changes).some(list => list.length > 0);
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
        /[=/]$|=/.test(text) || // attributes, `<br/>`
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
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5889);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4534);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4603);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4181);
// The Plan Format as data. The required headings are read from the plan template itself, so a
// repository's own template is validated exactly as strictly as the built-in one.





function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function ruleFor(level, text) {
    let pattern = '';
    let label = '';
    let numbered = false;
    let rest = text;
    while (rest.length > 0) {
        const expression = /\{\{~?\s*([^}]*?)\s*~?\}\}/.exec(rest);
        const literal = expression ? rest.slice(0, expression.index) : rest;
        pattern += escapeRegExp(literal);
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
    return { items: prune(root), placeholders: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersIn */ .Qf)(source), source: name };
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
    const shown = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .placeholdersIn */ .Qf)((0,_templates_render_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplate */ .PM)((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .formatName */ .nD)(kind), templatesDir).source);
    format.placeholders = [...new Set([...format.placeholders, ...shown])];
    if (!templatesDir)
        builtin.set(kind, format);
    return format;
}
/** The plan template of a kind, relative to a templates directory. */
function planTemplateName(kind = 'feature') {
    if (!(0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlanKind */ .y_)(kind))
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
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .outline */ .rj)(markdown);
    const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .findHeading */ .iE)(doc, 'Metadata', 2);
    if (!heading)
        return {};
    const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionBody */ .gt)(doc, heading);
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
        const fence = /^(`{3,}|~{3,})/.exec(doc.lines[start] ?? '')?.[1];
        if (!fence)
            continue;
        const end = doc.lines.findIndex((line, index) => index > start && (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_4__/* .closesFence */ .Tv)(line, fence));
        if (end > start)
            result.prompt = doc.lines.slice(start + 1, end).join('\n');
        break;
    }
    return result;
}


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
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4534);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9966);
// Reading and editing a plan's own sections: its title line, the Metadata section that holds the
// issue verbatim, and Notes. Fence-aware, so headings quoted inside the issue body are left alone.


// The title line of any plan kind: a model asked for a bug plan may still answer `# Feature:`,
// and the validator, not the extraction, is the one to say so.
const titleLine = /^# (?:Feature|Bug|Chore):[ \t]*(.*)$/m;
/** The Metadata section every plan carries: the issue number and its body verbatim. */
function metadataSection(adwId, prompt) {
    return `## Metadata\nadw_id: \`${adwId}\`\n${(0,_plan_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPrompt */ .u6)(prompt)}`;
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
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .outline */ .rj)(lines.join('\n'));
    const found = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .findHeading */ .iE)(doc, heading, 2);
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
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4534);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9966);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4181);
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
        const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .sectionBody */ .gt)(doc, heading);
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
    const known = new Set([...(0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .builtinPlaceholders */ .WH)(), ...format.placeholders]);
    const quoted = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholderKey */ .j$)([context.prompt, ...(context.quotes ?? [])].join('\n'));
    const metadata = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .findHeading */ .iE)(doc, 'Metadata', 2);
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
        for (const token of (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersLeft */ .Kt)(prose, known, quoted)) {
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
    const metadata = (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_3__/* .extractMetadata */ .Rb)(markdown);
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
        const heading = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .findHeading */ .iE)(doc, title, 3);
        if (!heading)
            return;
        for (const path of (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .bulletPaths */ .f2)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .sectionBody */ .gt)(doc, heading))) {
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
    const doc = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .outline */ .rj)(markdown);
    const format = context.format ?? (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_3__/* .planFormat */ .Tz)(undefined, context.kind);
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
/* harmony export */   pw: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.pw),
/* harmony export */   wN: () => (/* reexport safe */ _format_validate_js__WEBPACK_IMPORTED_MODULE_2__.wN),
/* harmony export */   x8: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.x8),
/* harmony export */   y_: () => (/* reexport safe */ _format_naming_js__WEBPACK_IMPORTED_MODULE_0__.y_)
/* harmony export */ });
/* harmony import */ var _format_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _format_plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9966);
/* harmony import */ var _format_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(117);
/* harmony import */ var _embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4798);
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
/* harmony export */   AO: () => (/* binding */ moduleName),
/* harmony export */   MA: () => (/* binding */ testShape),
/* harmony export */   ah: () => (/* binding */ looksLikeTestFile),
/* harmony export */   jY: () => (/* binding */ neighbourTestName),
/* harmony export */   pE: () => (/* binding */ isFixturePath),
/* harmony export */   xw: () => (/* binding */ existingTestOf)
/* harmony export */ });
/* unused harmony export testDirNames */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// How repositories name their test files, in one place: the naming shape a new test should
// follow, and the module an existing test file is about (`test_list_files.py`,
// `list_files_test.go`, `list-files.test.ts` and `ListFilesTest.java` all test `list-files`).

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
    else if ((m = /^([\w-]+)\.([cm]?[jt]s)$/.exec(name)) && isMochaSpec(dir, m[1]))
        [template, named] = [`{name}.${m[2]}`, m[1]];
    if (!template || !named)
        return undefined;
    const parts = dir === '' ? [] : dir.split('/');
    // `tests/shop/index.test.ts` tests the package `shop`, not the test directory.
    const subject = PACKAGE_FILES.has(named)
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
 * is the test of `usage`, named like a module rather than like a test.
 */
function isMochaSpec(dir, stem) {
    return (/^(?:tests?|spec)$/.test(dir.split('/').pop() ?? '') &&
        !SUPPORT_NAMES.test(stem) &&
        !stem.startsWith('.'));
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
// Files that only gather a package: their module is the directory that holds them.
const PACKAGE_FILES = new Set(['index', '__init__', 'mod']);
/** The module a source file is: its name without extensions, or its package's directory name. */
function moduleName(path) {
    const stem = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path).replace(/\..*$/, '');
    if (!PACKAGE_FILES.has(stem))
        return stem;
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path)).replace(/^\.$/, '');
}
/** `list-files`, `listFiles` and `list_files` name the same module. */
function moduleKey(name) {
    return name.toLowerCase().replace(/[-_.]/g, '');
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
    const key = moduleKey(moduleName(subject));
    if (key === '')
        return undefined;
    const matches = testFiles.filter(path => {
        const shape = testShape(path);
        return shape !== undefined && moduleKey(shape.subject) === key && usable(path);
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
    const own = moduleKey(moduleName(subject));
    const neighbours = new Set();
    for (const path of sourceFiles) {
        if (path === subject)
            continue;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
        // A module beside the subject, or a package beside it (`dir/napoleon/__init__.py`).
        if (parent === dir ||
            (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(parent) === dir &&
                PACKAGE_FILES.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path).replace(/\..*$/, ''))))
            neighbours.add(moduleName(path));
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
            if (neighbour.length < 3 || moduleKey(neighbour) === own)
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
    return best[0].replace('{name}', moduleName(subject));
}


/***/ }),

/***/ 2707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ issueInput)
});

// EXTERNAL MODULE: ./src/text/fences.ts
var text_fences = __webpack_require__(5889);
;// CONCATENATED MODULE: ./src/research/issue/issue-data.ts
// The parts of an issue that are data rather than code: what a program printed (REPL output, a
// LaTeX rendering), and inputs quoted in data languages (SQL, JSON, YAML, CSV, markup). Their
// words describe the reporter's data, not where the code lives: `\left` from a LaTeX output is
// not a call to a `left` function, and a column named `my_id` is not a definition to look for.

const DATA_LANGUAGES = new Set([
    'sql',
    'json',
    'jsonc',
    'yaml',
    'yml',
    'csv',
    'tsv',
    'xml',
    'html',
    'tex',
    'latex',
    'math'
]);
// `>>> x`, `... x`, `In [3]: x`, `   ...: x`: a line typed at an interactive prompt.
const PROMPT = /^\s*(?:>>>|\.\.\.(?=\s|$)|In \[\d*\]:|\s*\.\.\.:)/;
// Lines a transcript shows that are not plain output: traceback frames and error lines.
const KEPT_OUTPUT = /^\s*(?:Traceback \(|File "|[\w.]*(?:Error|Exception|Warning|Exit)\b|\s*\^+\s*$|at\s)/;
/** Blanks a line, keeping the line itself so that line numbers and lengths still line up. */
function blank(line) {
    return line.replace(/\S/g, ' ');
}
/**
 * The issue text with its data blanked out: LaTeX commands, fenced blocks in data languages,
 * and the output lines of interactive transcripts (error lines and tracebacks stay).
 */
function withoutIssueData(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    // A block is a transcript when a prompt opens one of its lines.
    const transcripts = new Set();
    for (const fence of fences)
        if (fence.role === 'open' && (0,text_fences/* blockLines */.B4)(lines, fence.block).some(line => PROMPT.test(line)))
            transcripts.add(fence.block);
    let transcript = false;
    const out = lines.map((line, index) => {
        const fence = fences[index];
        if (fence.role === 'open' || fence.role === 'close')
            return line;
        if (fence.role === 'inside') {
            if (DATA_LANGUAGES.has(fence.block.info))
                return blank(line);
            if (transcripts.has(fence.block) && !PROMPT.test(line) && !KEPT_OUTPUT.test(line))
                return blank(line);
            return line;
        }
        // Unfenced transcripts: output follows a `>>>` or `In [n]:` line until a blank line.
        if (/^\s*(?:>>>|In \[\d*\]:)/.test(line)) {
            transcript = true;
            return line;
        }
        if (line.trim() === '')
            transcript = false;
        else if (transcript && !KEPT_OUTPUT.test(line))
            return blank(line);
        return line;
    });
    // `\left(`, `\frac{…}`, `\\right`: LaTeX commands are rendering, never names in the code.
    return out.join('\n').replace(/\\{1,2}[A-Za-z]+/g, match => ' '.repeat(match.length));
}

;// CONCATENATED MODULE: ./src/research/issue/issue-input.ts
// The issue as every reader of it takes it, read once: the title, the body as written, and the
// body without its data (program output, LaTeX, SQL…), which names no code.

function issueInput(title, body) {
    return { title, body, bodyWithoutData: withoutIssueData(body) };
}


/***/ }),

/***/ 8395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readQuotedCode)
/* harmony export */ });
/* harmony import */ var _text_fences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5889);
// The code an issue quotes, as lines to look for in the repository: a line of code from a
// snippet or a traceback, a call typed at a prompt, an error or lint message, a message quoted in
// prose ("Avoid using aliases in join condition"). Found in the code, each pins the issue to the
// function that holds it.

const PROMPT = /^\s*(?:>>>\s?|\.\.\.\s|In \[\d*\]:\s?|\s*\.\.\.:\s?)/;
const FRAME = /^\s*(?:File "|Traceback \(|at [\w$.<>]+ \(|\^+\s*$)/;
// `ValueError: bad value`, `FutureWarning: …`, `error: …`, `panic: …`.
const ERROR_LINE = /^\s*(?:[\w.]*(?:Error|Exception|Warning|Exit)|error|warning|panic|fatal)\s*:\s*(.+)$/i;
const COMMENT = /^\s*(?:#|\/\/|\/\*|\*|--)/;
const SHELL = /^\s*(?:\$\s|>\s|pip\s|npm\s|yarn\s|cd\s|python\d?\s+-m\s)/;
const IMPORT = /^\s*(?:import\s|from\s+[\w.]+\s+import\s|#include\s|using\s|package\s)/;
const MAIN = /^\s*(?:func main\s*\(|fn main\s*\(|if __name__ == ["']__main__["']|(?:public\s+)?static\s+void\s+main\s*\()/;
const MAX_QUOTES = 24;
function fold(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function wordCount(text) {
    return (text.match(/[A-Za-z]{2,}/g) ?? []).length;
}
// Punctuation or a keyword that prose does not have: the text is code, not a message.
const CODE_SHAPED = /[=(){}[\];]|^\s*(?:def|class|return|if|for|while|import|from|const|let|var|function|fn|func|pub|raise|throw)\b/;
/** A message worth looking for: three words or more, and more than a handful of letters. */
function asMessage(text) {
    const folded = fold(text).replace(/^["'`]|["'`]$/g, '');
    if (COMMENT.test(folded) || wordCount(folded) < 3 || folded.length < 15)
        return undefined;
    return { text: folded, kind: 'message' };
}
/** A line of code worth looking for: long enough, and code-shaped rather than a word or a path. */
function asCode(line) {
    const folded = fold(line);
    if (folded.replace(/\s/g, '').length < 12)
        return undefined;
    if (COMMENT.test(folded) || SHELL.test(folded) || IMPORT.test(folded))
        return undefined;
    if (!/[=([{.:]/.test(folded) || !/[A-Za-z_]\w{2,}/.test(folded))
        return undefined;
    return { text: folded, kind: 'code' };
}
/** Messages on one output line: the text after `Error:`, or the parts a linter separates with `|`. */
function messagesOn(line) {
    const error = ERROR_LINE.exec(line);
    if (error)
        return [asMessage(error[1])].filter(item => item !== undefined);
    return line
        .split(/\s\|\s|:\s/)
        .map(asMessage)
        .filter(item => item !== undefined);
}
/** A quoted line as code when it is shaped like code, else as the messages it holds. */
function asCodeOrMessages(line) {
    if (ERROR_LINE.test(line))
        return messagesOn(line);
    if (CODE_SHAPED.test(line)) {
        const typed = asCode(line);
        return typed ? [typed] : [];
    }
    return messagesOn(line);
}
/** What one line inside a fenced block quotes: a typed call, messages, or a line of code. */
function readFencedLine(lines, index, block) {
    const line = lines[index];
    const found = { messages: [], code: [] };
    // A traceback's frames, and the source lines printed under them, are the frames' evidence.
    if (line.trim() === '' || FRAME.test(line) || /^\s*File "/.test(lines[index - 1] ?? ''))
        return found;
    if (PROMPT.test(line)) {
        const typed = asCode(line.replace(PROMPT, ''));
        if (typed)
            found.code.push({ ...typed, typed: true });
        return found;
    }
    if (block.transcript) {
        found.messages.push(...messagesOn(line));
        return found;
    }
    // A command typed in a shell is how the reporter ran things, not text of the code.
    if (SHELL.test(line))
        return found;
    // IPython prints source lines with their numbers (`--> 253 elif …`): the code is after them.
    for (const item of asCodeOrMessages(line.replace(/^\s*(?:-+>\s*)?\d+\s/, ''))) {
        if (item.kind === 'code')
            found.code.push(block.script ? { ...item, script: true } : item);
        else
            found.messages.push(item);
    }
    return found;
}
/** The quoted code of an issue, messages first (they are the rarest strings), each once. */
function readQuotedCode(issue) {
    const messages = [];
    const code = [];
    // Data (SQL inputs, LaTeX, plain program output) is blanked: what remains is code and errors.
    const lines = issue.bodyWithoutData.split('\n');
    const fences = (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_0__/* .readFences */ .Rl)(lines);
    let transcript = false;
    let script = false;
    for (const [index, line] of lines.entries()) {
        const fence = fences[index];
        if (fence.role === 'close')
            continue;
        if (fence.role === 'open') {
            const block = (0,_text_fences_js__WEBPACK_IMPORTED_MODULE_0__/* .blockLines */ .B4)(lines, fence.block);
            transcript = block.some(next => PROMPT.test(next));
            script = block.some(next => IMPORT.test(next) || MAIN.test(next));
            continue;
        }
        if (fence.role === 'inside') {
            const found = readFencedLine(lines, index, { transcript, script });
            messages.push(...found.messages);
            code.push(...found.code);
            continue;
        }
        // Prose: error lines, code in backticks, messages in double quotes.
        const inProse = ERROR_LINE.test(line) ? messagesOn(line) : [];
        for (const span of line.matchAll(/`([^`\n]+)`/g)) {
            const found = ERROR_LINE.test(span[1]) ? messagesOn(span[1]) : [asCode(span[1])];
            for (const item of found)
                if (item)
                    inProse.push(item);
        }
        for (const quoted of line.matchAll(/"([^"\n]{15,200})"|“([^”\n]{15,200})”/g))
            inProse.push(...asCodeOrMessages(quoted[1] ?? quoted[2]));
        for (const item of inProse) {
            item.inProse = true;
            if (item.kind === 'code')
                code.push(item);
            else
                messages.push(item);
        }
    }
    for (const quoted of issue.title.matchAll(/"([^"\n]{15,200})"|“([^”\n]{15,200})”/g)) {
        const message = asMessage(quoted[1] ?? quoted[2]);
        if (message)
            messages.unshift({ ...message, inProse: true });
    }
    const seen = new Set();
    return [...messages, ...code]
        .filter(item => !seen.has(item.text) && seen.add(item.text))
        .slice(0, MAX_QUOTES);
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

/***/ 5889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ blockLines),
/* harmony export */   Rl: () => (/* binding */ readFences),
/* harmony export */   Tv: () => (/* binding */ closesFence),
/* harmony export */   id: () => (/* binding */ fencePlaces)
/* harmony export */ });
// Markdown's fenced code blocks, read one way for every reader of issue text, guides and plans
// (CommonMark's rules): a block opens on three or more backticks or tildes indented at most
// three spaces, and closes on a line holding only a run of the same character, at least as long.
const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSING = /^ {0,3}(`{3,}|~{3,})\s*$/;
/** The marker a line opens a block with; a backtick fence's info string may hold no backtick. */
function openingMarker(line) {
    const match = OPENING.exec(line);
    if (!match || (match[1][0] === '`' && match[2].includes('`')))
        return undefined;
    return { marker: match[1], info: (/^\s*([\w+-]*)/.exec(match[2])?.[1] ?? '').toLowerCase() };
}
function closesFence(line, marker) {
    const match = CLOSING.exec(line);
    return Boolean(match && match[1][0] === marker[0] && match[1].length >= marker.length);
}
function readFences(lines) {
    const out = [];
    for (let index = 0; index < lines.length; index++) {
        const opening = openingMarker(lines[index]);
        if (!opening) {
            out.push({ role: 'outside' });
            continue;
        }
        let end = index + 1;
        while (end < lines.length && !closesFence(lines[end], opening.marker))
            end++;
        const block = { info: opening.info, first: index + 1, end };
        out.push({ role: 'open', block });
        for (let inside = index + 1; inside < end; inside++)
            out.push({ role: 'inside', block });
        if (end < lines.length)
            out.push({ role: 'close', block });
        index = end;
    }
    return out;
}
/** The lines inside a block, its markers left out. */
function blockLines(lines, block) {
    return lines.slice(block.first, block.end);
}
function fencePlaces(lines) {
    return readFences(lines).map(({ role }) => role === 'open' || role === 'close' ? 'marker' : role);
}


/***/ })

};
