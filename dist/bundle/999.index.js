export const id = 999;
export const ids = [999];
export const modules = {

/***/ 1999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RevisionError: () => (/* binding */ RevisionError),
  revisePlan: () => (/* binding */ revisePlan)
});

// EXTERNAL MODULE: ./src/plan/format/validate.ts
var validate = __webpack_require__(117);
// EXTERNAL MODULE: ./src/plan/format/sections.ts
var sections = __webpack_require__(1083);
// EXTERNAL MODULE: ./src/plan/format/compare.ts
var compare = __webpack_require__(280);
// EXTERNAL MODULE: ./src/plan/create-planner.ts
var create_planner = __webpack_require__(9342);
// EXTERNAL MODULE: ./src/plan/llm/providers.ts
var providers = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/plan/llm/errors.ts
var errors = __webpack_require__(3216);
// EXTERNAL MODULE: ./src/plan/embedded/prose.ts
var prose = __webpack_require__(5661);
// EXTERNAL MODULE: ./src/text/fences.ts
var text_fences = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/research/covering/test-files.ts
var test_files = __webpack_require__(7333);
// EXTERNAL MODULE: ./src/text/sentences.ts
var sentences = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/plan/embedded/review/targets.ts


// A path written bare: a folder and a name, or a name with a file extension.
const BARE_PATH = /(?<![\w/`.-])((?:[\w.-]+\/)+[\w.-]*\w|[\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w]{0,5})(?![\w/`])/g;
// A name written bare that can only be code: dotted, snake_case, camelCase or with parentheses.
const BARE_CODE = /(?<![\w`./-])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+|[a-z]+_[\w]+|[a-z]+[A-Z]\w*|[A-Za-z_]\w*\(\))(?![\w`])/g;
const CRITERIA = /\b(?:criteri(?:on|a)|check-?box(?:es)?|check ?list|acceptance|tick-?box(?:es)?)\b/i;
const REPRODUCER = /\b(?:reproduc\w*|repro|mvce|mcve|mre|reprex|snippet|example|steps to reproduce|code sample)\b/i;
// Words that say what kind of thing is meant, not which one.
const GENERIC = new Set(('a an the this that these those all any every each its their from in of on to for with as ' +
    'criterion criteria checkbox checkboxes check checks checklist box boxes tick acceptance item ' +
    'items line lines entry entries bullet bullets point points section plan ' +
    'reproducer reproducers reproduction repro mvce mcve mre reprex snippet snippets example ' +
    'examples code sample samples steps step reproduce one ones existing current proposed new ' +
    'instead other rather please also only just here there it them about regarding concerning ' +
    'mentioning saying says that which where one ' +
    // The verbs that hold a description together: "the criterion about X being Y".
    'is are be being been was were will would should must can could may might').split(' '));
/** The words that pick one thing out among its kind: "the pandas snippet" -> pandas. */
function descriptorWords(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter(word => !GENERIC.has(word) && word.length > 1);
}
/** Names the words hold: code spans first, then bare paths and bare code names. */
function namesIn(text) {
    const spans = [...text.matchAll(/(`+)([^`\n]+?)\1/g)].map(match => match[2].trim());
    const { text: masked } = (0,sentences/* mask */.dK)(text);
    const paths = [...masked.matchAll(BARE_PATH)]
        .map(match => match[1])
        // Abbreviations are words, not files.
        .filter(name => !/^(?:e\.g|i\.e|etc|vs|cf|a\.k\.a)$/i.test(name));
    const code = [...masked.matchAll(BARE_CODE)].map(match => match[1]);
    // A name inside a longer one (`test_x.py` in `tests/test_x.py`, `total` in `Cart.total`) is that
    // one; a name that only starts another (`x.py` in `x.pyi`) is a name of its own.
    const names = [...new Set([...spans, ...paths, ...code])].filter(Boolean);
    return names.filter(name => !names.some(other => other !== name && isPartOf(name, other)));
}
const NAME_CHARACTER = /[\w$-]/;
/** `name` stands whole inside `other`: what is around it there is no part of a name. */
function isPartOf(name, other) {
    for (let at = other.indexOf(name); at >= 0; at = other.indexOf(name, at + 1)) {
        const before = other[at - 1] ?? '';
        const after = other[at + name.length] ?? '';
        if (!NAME_CHARACTER.test(before) && !NAME_CHARACTER.test(after))
            return true;
    }
    return false;
}
/** Where a name lives in the code the plan or the research knows: `name`, `Class.name`, `name()`. */
function findSymbol(name, resolver) {
    const bare = name.replace(/\(\)$/, '');
    return resolver.research.symbols.find(symbol => symbol.name === bare ||
        `${symbol.className}.${symbol.name}` === bare ||
        (bare.endsWith(`.${symbol.name}`) && bare.startsWith(`${symbol.className ?? ''}`)));
}
/** A test file: one the repository's test layout lists, named like a test, or in a test folder. */
function isTestPath(path, testFiles = []) {
    return (testFiles.includes(path) ||
        (0,test_files/* looksLikeTestFile */.ah)(path) ||
        /(?:^|\/)(?:tests?|__tests__|specs?)\//.test(path));
}
/** One name as a file, a function, or unknown. */
function resolveName(name, resolver) {
    // `tests/test_x.py::test_y` and `file.py:12` name a file.
    const path = name.replace(/(?:::[\w.[\]-]+|:\d+(?::\d+)?)$/, '').replace(/^\.\//, '');
    const file = (exists) => ({
        kind: 'file',
        path,
        exists,
        test: isTestPath(path, resolver.research.orientation.tests.files)
    });
    if (resolver.fileExists(path))
        return file(true);
    const listed = listedPaths(resolver.plan);
    // A file the plan proposes to create is a file too, though the tree has none yet.
    if (listed.includes(path))
        return file(false);
    // "response.js" for the plan's `lib/response.js`, when only one listed file has that name.
    const named = listed.filter(other => other.endsWith(`/${path}`));
    if (named.length === 1)
        return resolveName(named[0], resolver);
    const symbol = findSymbol(name, resolver);
    if (symbol) {
        return {
            kind: 'symbol',
            name: name.replace(/\(\)$/, ''),
            path: symbol.path,
            lines: `${symbol.startLine}–${symbol.endLine}`
        };
    }
    if (resolver.plan.items().some(item => item.spans.some(span => sameCode(span, name)))) {
        return { kind: 'symbol', name: name.replace(/\(\)$/, '') };
    }
    // A path with a folder that does not exist yet: a new file, if a request adds it.
    if (/\/./.test(path) && !/\s/.test(path))
        return file(false);
    return { kind: 'unknown', name };
}
/** Paths at the head of Relevant Files bullets: what the plan modifies or creates. */
function listedPaths(plan) {
    return plan
        .itemsUnder('Relevant Files')
        .map(item => /^\s*[-*+]\s+`([^`]+)`/.exec(item.text)?.[1])
        .filter((path) => path !== undefined);
}
/** `load`, `Schema.load` and `load()` are the same code for a reviewer. */
function sameCode(span, name) {
    const a = span.replace(/\(.*\)$/, '');
    const b = name.replace(/\(.*\)$/, '');
    return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
/** What the request's object (and the subject it was said of) points at. */
function resolveTargets(object, context, resolver) {
    const quoted = /["“]([^"”]{3,})["”]/.exec(object)?.[1];
    const criteria = () => ({
        kind: 'criteria',
        words: descriptorWords(quoted ?? object),
        quoted
    });
    const reproducer = () => ({ kind: 'reproducer', words: descriptorWords(object) });
    // The phrase's head, its last word, says what kind of thing it is: in "the renderWidget MVCE"
    // the name only says which reproducer; in "the existing test tests/x.py" the name is the head.
    const head = /(\S+)\s*$/.exec((0,sentences/* mask */.dK)(object).text.replace(/[.,;:!?)]+$/, ''))?.[1] ?? '';
    if (CRITERIA.test(head) || /^(?:criteri(?:on|a)|acceptance)$/i.test(head))
        return [criteria()];
    if (REPRODUCER.test(head))
        return [reproducer()];
    const names = namesIn(object);
    if (names.length > 0)
        return names.map(name => resolveName(name, resolver));
    if (CRITERIA.test(object) || CRITERIA.test(context))
        return [criteria()];
    if (REPRODUCER.test(object) || REPRODUCER.test(context))
        return [reproducer()];
    return [];
}

;// CONCATENATED MODULE: ./src/plan/embedded/review/criteria-edits.ts
// The plan's acceptance criteria as a reviewer points at them: by quoting one, by words of it, or
// by the heading of the issue's section it came from ("the MVCE confirmation checkboxes" are the
// issue's checklist under "MVCE confirmation"). Removed, added or reworded in place.



const SECTION = 'Acceptance Criteria';
const BOX = /^(\s*[-*+]\s+\[[ xX]\]\s+)(.*)$/;
/** A word's stem, so "confirmations" finds "confirmation" and "documented" finds "document". */
const stem = (word) => word.toLowerCase().replace(/(?:ations?|ing|ed|es|s)$/, '');
function criteriaOf(plan) {
    return plan.itemsUnder(SECTION).filter(item => BOX.test(item.text));
}
const textOf = (item) => BOX.exec(item.text.split('\n')[0])?.[2].trim() ?? '';
/** The heading the issue wrote above a line holding `text` (its checklist's title), if any. */
function issueHeadingOf(text, issueBody) {
    const lines = issueBody.split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    const at = lines.findIndex((line, i) => fences[i].role === 'outside' && line.includes(text));
    for (let i = at - 1; i >= 0; i--) {
        if (fences[i].role !== 'outside')
            continue;
        const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(lines[i]) ?? /^\s*\*\*(.+?)\*\*:?\s*$/.exec(lines[i]);
        if (heading)
            return heading[1];
    }
    return '';
}
/** The criteria the words point at: every one holding them all, in its text or its issue heading. */
function matchCriteria(plan, target, issueBody) {
    const criteria = criteriaOf(plan);
    if (target.quoted) {
        // A quote is of a criterion or of its checklist's heading ("the “Done when” boxes").
        const quoted = target.quoted.toLowerCase();
        return criteria.filter(item => {
            const text = textOf(item);
            return [text, issueHeadingOf(text, issueBody)].some(part => part.toLowerCase().includes(quoted));
        });
    }
    if (target.words.length === 0)
        return [];
    const wanted = target.words.map(stem);
    return criteria.filter(item => {
        const text = textOf(item);
        const words = new Set(descriptorWords(`${text} ${issueHeadingOf(text, issueBody)}`).map(stem));
        return wanted.every(word => words.has(word));
    });
}
/** The one criterion the words fit best, or undefined when none or several fit as well. */
function bestCriterion(plan, target, issueBody) {
    const all = matchCriteria(plan, target, issueBody);
    if (all.length === 1)
        return all[0];
    if (target.quoted || target.words.length === 0)
        return undefined;
    const wanted = new Set(target.words.map(stem));
    const scored = criteriaOf(plan)
        .map(item => ({
        item,
        score: descriptorWords(textOf(item)).filter(word => wanted.has(stem(word))).length
    }))
        .sort((a, b) => b.score - a.score);
    return scored[0]?.score > 0 && scored[0].score > (scored[1]?.score ?? 0)
        ? scored[0].item
        : undefined;
}
function addCriterion(plan, text) {
    const line = (0,prose/* prose */.CS)(text, 300);
    if (criteriaOf(plan).some(item => textOf(item).toLowerCase() === line.toLowerCase()))
        return 'listed';
    return plan.appendItems(SECTION, [`- [ ] ${line}`]) ? 'added' : 'no-section';
}
function rewordCriterion(plan, item, text) {
    const box = BOX.exec(plan.lines[item.start]);
    plan.replaceLine(item.start, `${box[1]}${(0,prose/* prose */.CS)(text, 300)}`);
}
const criterionText = textOf;

// EXTERNAL MODULE: ./src/text/regex.ts
var regex = __webpack_require__(1428);
;// CONCATENATED MODULE: ./src/plan/embedded/review/mention-edits.ts
// Dropping and adding what the plan names: files in Relevant Files (tests among them) and the
// lines about them elsewhere, functions and the tasks about them. A line goes when what it is
// about goes (its first code span, or all the files it names); a line that names the dropped
// thing among others keeps its place, with the name taken out of its list when it sits in one.



const MODIFY = 'Existing Files to Modify';
const DROPPED_NOTE = 'the review dropped';
const CREATE = 'New Files to Create';
// Sections whose lines are the issue's requirements or the repository's commands, not the plan's
// choice of code: dropping a file or a function leaves them to the reviewer.
const UNTOUCHED = new Set(['Acceptance Criteria', 'Validation Commands', 'Metadata']);
/** Spans that name code or files: no spaces or operators (`tox -e lint`, `a=1` are not). */
const isObjectSpan = (span) => /^[\w./:@-]+(?:\(\))?$/.test(span);
const isPathSpan = (span) => /\//.test(span) || /\.[A-Za-z]\w{0,5}$/.test(span);
function editable(item, notesPrefix) {
    return !item.section.some(title => UNTOUCHED.has(title)) && !item.text.includes(notesPrefix);
}
/** Takes `name` out of an enumeration of code spans (`a`, `name` and `b`); undefined if not in one. */
function withoutInList(line, name) {
    const span = `\`${(0,regex/* escapeRegExp */.N)(name)}\``;
    const patterns = [
        new RegExp(`${span},\\s+(?=\`)`),
        new RegExp(`,?\\s+(?:and|or)\\s+${span}`),
        new RegExp(`,\\s+${span}`),
        new RegExp(`${span}\\s+(?:and|or)\\s+(?=\`)`)
    ];
    for (const pattern of patterns)
        if (pattern.test(line))
            return line.replace(pattern, '');
    return undefined;
}
/**
 * Drops what the names stand for: every line about them (its subject, or all the files it names),
 * and the names out of lists elsewhere. `paths` are the dropped files, `code` the dropped functions.
 */
function dropMentions(plan, dropped, notesPrefix) {
    const is = (span) => dropped.paths.includes(span) || dropped.code.some(name => sameCode(span, name));
    const result = { removed: new Map(), stillIn: new Set() };
    const about = plan.items().filter(item => {
        if (!editable(item, notesPrefix))
            return false;
        const objects = item.spans.filter(isObjectSpan);
        const paths = objects.filter(isPathSpan);
        return ((objects.length > 0 && is(objects[0])) ||
            (paths.length > 0 && paths.every(path => dropped.paths.includes(path))));
    });
    for (const item of about) {
        const section = item.section.at(-1) ?? '';
        result.removed.set(section, (result.removed.get(section) ?? 0) + 1);
    }
    // A section is never left empty: its first line says what the review took out of it.
    const names = [...dropped.paths, ...dropped.code].map(name => `\`${name}\``).join(', ');
    const seen = new Set();
    const replaced = new Set();
    for (const item of about.filter(item => emptiesSection(plan, item, about))) {
        const title = item.section.join(' > ');
        if (seen.has(title))
            continue;
        seen.add(title);
        plan.replaceLine(item.start, `- None: ${DROPPED_NOTE} ${names}.`);
        replaced.add(item);
    }
    // A replaced item keeps its first line (now the note) and loses the rest.
    plan.remove(about.map(item => (replaced.has(item) ? { ...item, start: item.start + 1 } : item)));
    // Lists of names in the lines that stay: the dropped name leaves the list.
    for (const item of plan.items()) {
        if (!editable(item, notesPrefix))
            continue;
        for (const span of item.spans.filter(is)) {
            for (let line = item.start; line < item.end; line++) {
                const edited = withoutInList(plan.lines[line], span);
                if (edited !== undefined)
                    plan.replaceLine(line, edited);
            }
        }
    }
    // Where the name is still written (a paragraph, a line about something else, a criterion).
    const ours = (line) => line.includes(DROPPED_NOTE) || line.includes(notesPrefix);
    for (const title of plan.sectionsNaming(is, ours))
        result.stillIn.add(title);
    return result;
}
/** True when removing `items` would leave the section `item` sits in without any text. */
function emptiesSection(plan, item, items) {
    const title = item.section.at(-1);
    const section = title ? plan.section(title) : undefined;
    if (!section)
        return false;
    const removed = new Set(items.flatMap(other => Array.from({ length: other.end - other.start }, (_, i) => other.start + i)));
    for (let line = section.start; line < section.end; line++) {
        if (!removed.has(line) && plan.lines[line].trim() !== '')
            return false;
    }
    return true;
}
/** The paths the plan lists to modify or create. */
function listedFiles(plan) {
    const first = (items) => items.map(item => /^\s*[-*+]\s+`([^`]+)`/.exec(item.text)?.[1]).filter((p) => !!p);
    return { modify: first(plan.itemsUnder(MODIFY)), create: first(plan.itemsUnder(CREATE)) };
}
/** Why a file joined the plan: the reviewer's words, as one line of prose. */
const askedFor = (words) => `asked for in review (“${(0,prose/* prose */.CS)(words, 200)}”)`;
/** Adds an existing file to modify (a test: to extend), or a new file to create. */
function addFile(plan, file, words) {
    const { modify, create } = listedFiles(plan);
    if (modify.includes(file.path) || create.includes(file.path))
        return 'listed';
    const why = file.test
        ? `${file.exists ? 'Existing tests to extend' : 'New tests'}, ${askedFor(words)}.`
        : `${file.exists ? 'To change' : 'New file'}, ${askedFor(words)}.`;
    const added = plan.appendItems(file.exists ? MODIFY : CREATE, [`- \`${file.path}\` - ${why}`]);
    if (!added)
        return 'no-section';
    if (file.test) {
        // The testing plan names where its tests go: the first list under Testing Strategy.
        const testing = plan.section('Testing Strategy', 2);
        const list = testing && plan.items().find(item => item.start > testing.start && item.end <= testing.end);
        const heading = list?.section.at(-1);
        if (heading) {
            plan.appendItems(heading, [
                `- ${file.exists ? 'Extend' : 'Write'} \`${file.path}\` with cases for this change, ${askedFor(words)}.`
            ]);
        }
    }
    return 'added';
}
/** Adds a task about a function, where the plan's tasks about its file are (else the first tasks). */
function addFunctionTask(plan, symbol, words) {
    const tasks = plan
        .items()
        .filter(item => item.section.some(title => /^(?:Tasks|Step \d+\b.*)$/.test(title)));
    if (tasks.length === 0)
        return false;
    const home = tasks.find(item => symbol.path && item.spans.includes(symbol.path)) ?? tasks[0];
    const where = symbol.path
        ? ` in \`${symbol.path}\`${symbol.lines ? ` (lines ${symbol.lines})` : ''}`
        : '';
    const last = tasks.filter(item => item.section.join('>') === home.section.join('>')).at(-1);
    plan.insert(last.end, [`- Change \`${symbol.name}\`${where}, ${askedFor(words)}.`]);
    if (symbol.path && !listedFiles(plan).modify.includes(symbol.path)) {
        plan.appendItems(MODIFY, [
            `- \`${symbol.path}\` - Holds \`${symbol.name}\`, ${askedFor(words)}.`
        ]);
    }
    return true;
}

// EXTERNAL MODULE: ./src/plan/format/markdown.ts
var markdown = __webpack_require__(4534);
;// CONCATENATED MODULE: ./src/plan/embedded/review/plan-document.ts
// A plan as the embedded revision edits it: its lines, its sections and its list items, with the
// code each item names. Edits are line-level and leave every line they do not touch as it was,
// so the edits people made by hand survive a revision. Fence-aware: the issue quoted in Metadata
// and code blocks are never read as items.

const ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/;
/** The code spans of a line of Markdown, without their backticks. */
function spansOf(text) {
    return [...text.matchAll(/(`+)([^`\n]+?)\1/g)].map(match => match[2].trim());
}
class PlanDocument {
    lines;
    read;
    constructor(markdown) {
        this.lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    }
    toString() {
        return this.lines.join('\n');
    }
    get doc() {
        this.read ??= (0,markdown/* outline */.rj)(this.lines.join('\n'));
        return this.read;
    }
    /** [start, end) of the section under the first heading titled `title`, heading excluded. */
    section(title, level) {
        const { headings } = this.doc;
        const found = headings.find(h => h.text === title && (level === undefined || h.level === level));
        if (!found)
            return undefined;
        const next = headings.find(h => h.line > found.line && h.level <= found.level);
        return { heading: found.line, start: found.line + 1, end: next ? next.line : this.lines.length };
    }
    /** Every list item outside Metadata and code, with its section path. */
    items() {
        const { lines, headings, inFence } = this.doc;
        const items = [];
        const path = [];
        let heading = 0;
        for (let index = 0; index < lines.length; index++) {
            while (heading < headings.length && headings[heading].line <= index) {
                const { level, text } = headings[heading++];
                path.length = Math.max(0, level - 1);
                path[level - 1] = text;
            }
            const marker = inFence[index] ? null : ITEM.exec(lines[index]);
            if (!marker || path[1] === 'Metadata')
                continue;
            const indent = marker[1].length;
            // Its continuation: the lines indented under it (a fenced block included), up to a blank line.
            const continues = (line) => lines[line].trim() !== '' &&
                !headings.some(h => h.line === line) &&
                (inFence[line] || /^\s*/.exec(lines[line])[0].length > indent);
            let end = index + 1;
            while (end < lines.length && continues(end))
                end++;
            const text = lines.slice(index, end).join('\n');
            items.push({ start: index, end, text, section: path.filter(Boolean), spans: spansOf(text) });
        }
        return items;
    }
    /**
     * The sections (their last heading) whose lines, outside Metadata and code, hold one of the
     * code spans `is` accepts, leaving out the lines `skip` accepts.
     */
    sectionsNaming(is, skip) {
        const { lines, headings, inFence } = this.doc;
        const found = new Set();
        let current = [];
        lines.forEach((line, index) => {
            const heading = headings.find(h => h.line === index);
            if (heading)
                current = [...current.slice(0, heading.level - 1), heading.text];
            else if (!inFence[index] && current[1] !== 'Metadata' && !skip(line)) {
                if (spansOf(line).some(is))
                    found.add(current.at(-1) ?? '');
            }
        });
        return [...found];
    }
    /** Items under a heading (at any depth below it). */
    itemsUnder(title) {
        return this.items().filter(item => item.section.includes(title));
    }
    /** Removes the lines of these items. */
    remove(items) {
        const gone = new Set(items.flatMap(item => range(item.start, item.end)));
        this.lines = this.lines.filter((_, index) => !gone.has(index));
        this.read = undefined;
    }
    /** Replaces one line. */
    replaceLine(index, text) {
        this.lines[index] = text;
        this.read = undefined;
    }
    /** Inserts lines before line `index`. */
    insert(index, added) {
        this.lines.splice(index, 0, ...added);
        this.read = undefined;
    }
    /**
     * Appends items to the list of a section: after its last item, else after its text. A section
     * that only says it has nothing ("- None.", "No new files are needed…") loses that line.
     */
    appendItems(title, added) {
        const section = this.section(title);
        if (!section)
            return false;
        const inside = this.items().filter(item => item.start >= section.start && item.end <= section.end);
        const empty = inside.filter(item => isNothingItem(item.text));
        if (empty.length === inside.length && empty.length > 0) {
            this.remove(empty);
            return this.appendItems(title, added);
        }
        let at = inside.length > 0 ? inside[inside.length - 1].end : section.end;
        if (inside.length === 0)
            while (at > section.start && this.lines[at - 1].trim() === '')
                at--;
        this.insert(at, added);
        return true;
    }
}
const range = (start, end) => Array.from({ length: end - start }, (_, i) => start + i);
/** "- None.", "- No new files are needed: …": the line a template writes for an empty list. */
function isNothingItem(text) {
    return /^\s*[-*+]\s+(?:none\b|no (?:new |existing )?(?:files?|tests?|changes?)\b)/i.test(text);
}

;// CONCATENATED MODULE: ./src/plan/embedded/review/reproducer-edits.ts
// The reproducer a reviewer picks for a bug plan's Steps to Reproduce: the code block they wrote
// in the feedback, or the issue's block their words point at ("the xarray MVCE": the block that
// imports xarray, or sits under a heading saying so). The steps that ran another block give way.


const STEPS = 'Steps to Reproduce';
/** The issue's fenced code blocks, each with the line that introduces it. */
function codeBlocksOf(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    const blocks = [];
    fences.forEach((fence, index) => {
        if (fence.role !== 'open')
            return;
        let above = index - 1;
        while (above >= 0 && (lines[above].trim() === '' || fences[above].role !== 'outside'))
            above--;
        const label = above >= 0
            ? lines[above].replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\*\*)|\*\*:?\s*$/g, '').trim()
            : '';
        blocks.push({ info: fence.block.info, code: (0,text_fences/* blockLines */.B4)(lines, fence.block).join('\n'), label });
    });
    return blocks;
}
/** The one block the words point at (all blocks scored by the words they hold), if one stands out. */
function pickBlock(blocks, words) {
    if (words.length === 0)
        return undefined;
    const scored = blocks
        .map(block => {
        const own = new Set(descriptorWords(`${block.code} ${block.label}`));
        return { block, score: words.filter(word => own.has(word)).length };
    })
        .sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    return best && best.score > 0 && best.score > (next?.score ?? 0) ? best.block : undefined;
}
/** Spans of a step that quote code of `block` (a call, an import). */
const quotes = (step, block) => [...step.matchAll(/`([^`\n]{3,})`/g)].some(match => block.code.includes(match[1]));
/**
 * Makes `chosen` the reproducer: the steps that ran another of the issue's blocks go, and the
 * first step runs the chosen code. False when the plan has no Steps to Reproduce.
 */
function useReproducer(plan, chosen, others, why) {
    const section = plan.section(STEPS, 2);
    if (!section)
        return false;
    const steps = plan.items().filter(item => item.start >= section.start && item.end <= section.end);
    // Every step that ran the issue's code (this block or another) gives way to the one below.
    plan.remove(steps.filter(step => [chosen, ...others].some(block => quotes(step.text, block))));
    const fence = '`'.repeat(Math.max(3, ...[...chosen.code.matchAll(/`{3,}/g)].map(m => m[0].length + 1)));
    const label = chosen.label ? ` (${chosen.label.replace(/[`*_]/g, '')})` : '';
    const step = [
        `1. Run the reproducer ${why}${label}:`,
        `   ${fence}${chosen.info}`,
        ...chosen.code.split('\n').map(line => (line ? `   ${line}` : '')),
        `   ${fence}`
    ];
    // First in the list; in a list left empty, right under the heading, a blank line before the next.
    const fresh = plan.section(STEPS, 2);
    const first = plan.items().find(item => item.start >= fresh.start && item.end <= fresh.end);
    const at = first ? first.start : fresh.start;
    plan.insert(at, first || plan.lines[at]?.trim() === '' ? step : [...step, '']);
    renumber(plan);
    return true;
}
/** Removes the steps that run `block`; false when no step did. */
function dropReproducer(plan, block) {
    const section = plan.section(STEPS, 2);
    if (!section)
        return false;
    const steps = plan.items().filter(item => item.start >= section.start && item.end <= section.end);
    const running = steps.filter(step => quotes(step.text, block));
    // The section keeps a step: with none left the plan would say nothing of how to reproduce.
    if (running.length === 0 || running.length === steps.length)
        return false;
    plan.remove(running);
    renumber(plan);
    return true;
}
function renumber(plan) {
    const section = plan.section(STEPS, 2);
    if (!section)
        return;
    let n = 0;
    for (const item of plan
        .items()
        .filter(item => item.start >= section.start && item.end <= section.end)) {
        const line = plan.lines[item.start];
        if (/^\d{1,3}\.\s/.test(line))
            plan.replaceLine(item.start, line.replace(/^\d{1,3}\./, `${++n}.`));
    }
}

// EXTERNAL MODULE: ./src/text/chatter.ts
var chatter = __webpack_require__(5318);
;// CONCATENATED MODULE: ./src/plan/embedded/review/requests.ts
// A reviewer's feedback read as requests: each clause a verb (drop, add, use, keep, reword and
// their synonyms, imperative, with a modal, passive or negated) and the words it applies to. The
// grammar is small on purpose: what it does not read as a request is reported as not applied,
// never guessed at. Feedback is data: nothing here compiles or executes it.




// Verbs by what they ask; a phrase is matched whole, longest first.
const VERBS = {
    remove: [
        'drop',
        'remove',
        'delete',
        'exclude',
        'omit',
        'skip',
        'cut',
        'strike',
        'leave out',
        'take out',
        'get rid of',
        'do without',
        'stop touching'
    ],
    add: [
        'add',
        'include',
        'create',
        'extend',
        'cover',
        'change',
        'modify',
        'update',
        'touch',
        'edit',
        'fix',
        'test',
        'adapt',
        'adjust',
        'also change',
        'also modify',
        'also update',
        'look at'
    ],
    use: ['use', 'reuse', 'prefer', 'switch to', 'go with', 'rely on', 'build on', 'start from'],
    keep: ['keep', 'retain', 'preserve', 'leave'],
    reword: ['reword', 'rephrase', 'rewrite', 'rename', 'replace']
};
const PHRASES = Object.entries(VERBS)
    .flatMap(([action, verbs]) => verbs.map(verb => ({ action: action, verb })))
    .sort((a, b) => b.verb.length - a.verb.length);
// Participles of the passive ("X has to be changed", "X should be dropped").
const PARTICIPLES = {
    dropped: 'remove',
    removed: 'remove',
    deleted: 'remove',
    excluded: 'remove',
    omitted: 'remove',
    skipped: 'remove',
    cut: 'remove',
    'left out': 'remove',
    'taken out': 'remove',
    added: 'add',
    included: 'add',
    created: 'add',
    extended: 'add',
    covered: 'add',
    changed: 'add',
    modified: 'add',
    updated: 'add',
    touched: 'add',
    edited: 'add',
    fixed: 'add',
    tested: 'add',
    adapted: 'add',
    adjusted: 'add',
    used: 'use',
    reused: 'use',
    kept: 'keep',
    retained: 'keep',
    preserved: 'keep',
    reworded: 'reword',
    rephrased: 'reword',
    rewritten: 'reword',
    renamed: 'reword',
    replaced: 'reword'
};
const MODAL = /\b(?:must|should|shall|will|would|could|can|has to|have to|had to|needs? to|ought to|is to|are to)\b/i;
const NEGATION = /^(?:(?:but|and|then|so)\s+)?(?:not|no|never|without|neither|nor)\b\s*/i;
const DONT = /^(?:please\s+)?(?:don't|do not|never|no need to)\s+/i;
// "We do not need X", "there is no need for X": X is ruled out.
const NO_NEED = /^(?:(?:we|you|i|it|the plan|this|there)\s+)?(?:(?:do(?:es)?\s+not|don't|doesn't|no longer|won't|will not)\s+need|(?:is|'s)\s+no\s+need\s+for)\s+/i;
// "X is not needed", "X isn't relevant": the subject is ruled out.
const NOT_NEEDED = /^(.+?)\s+(?:is|are|isn't|aren't|seems?|looks?)\s+(?:not\s+)?(?:needed|necessary|required|relevant|useful|wanted|unnecessary|irrelevant|unneeded|unrelated|out of scope|wrong|redundant|superfluous)\b/i;
// A reviewer's approval around the requests ("Looks good, but …") asks for nothing.
const APPROVAL = /^(?:(?:this |it |that )?looks? (?:good|great|fine|nice)|lgtm|great|nice|good (?:job|work|plan|start)|thanks?(?: you)?|ok(?:ay)?|sure)\b[\s,.!]*$/i;
const OPENERS = /^(?:(?:please|also|and|then|but|so|just|instead|finally|ok(?:ay)?|rather)[,]?\s+)+/i;
const verbAt = (text, verb) => new RegExp(`^${(0,regex/* escapeRegExp */.N)(verb).replace(/ /g, '\\s+')}\\b\\s*`, 'i').exec(text);
/** The clause read as a request, or one with no action when the grammar does not know it. */
function readClause(words) {
    const clause = words.replace(/[.!?;:,]+$/, '').trim();
    const { text, restore } = (0,sentences/* mask */.dK)(clause);
    const bare = text.replace(OPENERS, '');
    const notNeeded = NOT_NEEDED.exec(bare);
    if (notNeeded && !MODAL.test(notNeeded[1])) {
        return { words, action: 'remove', object: restore(notNeeded[1]) };
    }
    const noNeed = NO_NEED.exec(bare);
    if (noNeed)
        return { words, action: 'remove', object: restore(bare.slice(noNeed[0].length)) };
    const dont = DONT.exec(bare);
    if (dont) {
        const rest = bare.slice(dont[0].length);
        const verb = PHRASES.find(({ verb }) => verbAt(rest, verb));
        // "don't drop X" keeps X; "don't touch X", "don't change X" rule it out.
        const action = verb?.action === 'remove' ? 'keep' : 'remove';
        return {
            words,
            action,
            object: restore(verb ? rest.replace(verbAt(rest, verb.verb)[0], '') : rest)
        };
    }
    const negated = NEGATION.exec(bare);
    if (negated)
        return { words, action: 'remove', object: restore(bare.slice(negated[0].length)) };
    const leading = PHRASES.find(({ verb }) => verbAt(bare, verb));
    if (leading)
        return withReplacement(words, leading.action, restore(bare.replace(verbAt(bare, leading.verb)[0], '')));
    // "<subject> must (not) <verb> <object>" and "<subject> has to be <participle>".
    const modal = MODAL.exec(bare);
    if (modal) {
        const subject = bare.slice(0, modal.index).trim();
        let rest = bare.slice(modal.index + modal[0].length).trim();
        const not = /^(?:not|never)\b\s*/i.exec(rest);
        if (not)
            rest = rest.slice(not[0].length);
        const passive = /^(?:also\s+)?be\s+(?:also\s+)?(\w+(?:\s+(?:out|off))?)\b\s*(.*)$/i.exec(rest);
        if (passive && PARTICIPLES[passive[1].toLowerCase()]) {
            const action = PARTICIPLES[passive[1].toLowerCase()];
            return withReplacement(words, not ? negate(action) : action, restore(subject), restore(passive[2]));
        }
        const verb = PHRASES.find(({ verb }) => verbAt(rest.replace(/^also\s+/i, ''), verb));
        if (verb) {
            const object = rest.replace(/^also\s+/i, '');
            const after = restore(object.replace(verbAt(object, verb.verb)[0], ''));
            const action = not ? negate(verb.action) : verb.action;
            // "The reproduction must use X": the subject says where X goes.
            return { ...withReplacement(words, action, after), context: restore(subject) };
        }
    }
    return { words, object: restore(bare) };
}
const negate = (action) => (action === 'remove' ? 'keep' : 'remove');
/** "reword X to Y", "replace X with Y", "X should read Y": the new wording apart from the old. */
function withReplacement(words, action, object, tail = '') {
    const { text, restore } = (0,sentences/* mask */.dK)(tail ? `${object} ${tail}` : object);
    if (action === 'reword' || action === 'use') {
        const split = /\s+(?:to read|to say|to|with|by|into|so that it reads|as)\s+(?=\S)/i.exec(text);
        if (split && action === 'reword') {
            return {
                words,
                action,
                object: restore(text.slice(0, split.index)),
                replacement: unquote(restore(text.slice(split.index + split[0].length)))
            };
        }
    }
    const reads = /\s+(?:should|must|shall)\s+(?:read|say)\s*:?\s+/i.exec(text);
    if (reads) {
        return {
            words,
            action: 'reword',
            object: restore(text.slice(0, reads.index)),
            replacement: unquote(restore(text.slice(reads.index + reads[0].length)))
        };
    }
    return { words, action, object: restore(text) };
}
const unquote = (text) => text
    .trim()
    .replace(/^["“'‘](.*)["”'’]$/s, '$1')
    .trim();
// A comma or "and" starts a new clause when a verb or a negation follows it.
const VERB_AHEAD = PHRASES.map(({ verb }) => (0,regex/* escapeRegExp */.N)(verb).replace(/ /g, '\\s+')).join('|');
const CLAUSE_BREAK = new RegExp(`\\s*(?:[,;]\\s*(?:and\\s+|but\\s+|then\\s+)?|\\s+(?:and|but|then)\\s+)(?=(?:please\\s+|also\\s+)?(?:not\\b|never\\b|${VERB_AHEAD})\\b)`, 'i');
/** The clauses of one sentence: "drop X, use Y" is two requests; "X, not Y" too. */
function clausesOf(sentence) {
    const { text, restore } = (0,sentences/* mask */.dK)(sentence);
    return text
        .split(/;\s+/)
        .flatMap(part => part.split(CLAUSE_BREAK))
        .map(part => restore(part).trim())
        .filter(part => /\p{L}/u.test(part));
}
/**
 * Every request in the feedback, in order: checklist items as criteria to add, each clause of the
 * prose as a request, fenced code attached to the clause before it. Courtesies ("thanks") are no
 * requests and are left out.
 */
function readRequests(feedback) {
    const lines = feedback.replace(/\r\n?/g, '\n').split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    const requests = [];
    let prose = [];
    let code;
    const flush = () => {
        for (const sentence of (0,sentences/* sentencesOf */.cj)(prose.join('\n'))) {
            if ((0,chatter/* isChatter */.Ol)(sentence) &&
                !PHRASES.some(({ verb }) => new RegExp(`\\b${(0,regex/* escapeRegExp */.N)(verb)}\\b`, 'i').test(sentence)))
                continue;
            for (const clause of clausesOf(sentence)) {
                if (!APPROVAL.test(clause))
                    requests.push(readClause(clause));
            }
        }
        prose = [];
    };
    lines.forEach((line, index) => {
        const role = fences[index].role;
        if (role === 'open') {
            flush();
            code = [];
        }
        else if (role === 'inside') {
            code?.push(line);
        }
        else if (role === 'close') {
            const last = requests.at(-1);
            if (last && code && last.code === undefined)
                last.code = code.join('\n');
            code = undefined;
        }
        else {
            const item = /^\s*[-*+]\s+\[[ xX]\]\s+(.+)$/.exec(line);
            if (item) {
                flush();
                requests.push({
                    words: item[1].trim(),
                    action: 'add',
                    object: item[1].trim(),
                    criterion: item[1].trim()
                });
            }
            else
                prose.push(line);
        }
    });
    flush();
    return requests;
}

;// CONCATENATED MODULE: ./src/plan/embedded/review/revise-in-place.ts








const APPLIED_NOTE = 'Revised from review feedback by the embedded planner:';
/** The one sentence that says, wherever the revision is reported, what was not done and why. */
function notAppliedSentence(notApplied) {
    return `Not applied by the embedded planner: ${notApplied.join('; ')}; re-run with a model or edit the plan.`;
}
const quote = (words) => `“${(0,prose/* prose */.CS)(words, 160).replace(/[“”]/g, '"')}”`;
const code = (name) => `\`${name}\``;
const list = (items) => items.map(item => `“${(0,prose/* prose */.CS)(item, 60)}”`).join(', ');
function reviseInPlace(input) {
    const plan = new PlanDocument(input.markdown);
    const requests = [
        ...readRequests(input.feedback),
        ...(input.comments ?? []).flatMap(comment => readRequests(comment.body).map(request => ({
            ...request,
            lines: lineRange(comment)
        })))
    ];
    const session = {
        plan,
        research: input.research,
        fileExists: input.fileExists,
        issueBody: input.issueBody,
        blocks: [...codeBlocksOf(input.issueBody), ...codeBlocksOf(input.feedback)],
        ruledOut: [],
        droppedComments: new Set(),
        applied: [],
        notApplied: []
    };
    session.ruledOut = requests
        .filter(request => request.action === 'remove')
        .flatMap(request => resolveTargets(request.object, request.context ?? '', session))
        .flatMap(target => target.kind === 'reproducer' ? [pickBlock(session.blocks, target.words)] : [])
        .filter((block) => block !== undefined);
    // Inline comments first, from the bottom of the plan up, while their line numbers still hold;
    // then what the feedback chooses or adds, so "use X, not Y" reads the same either way round.
    const order = (request) => request.lines
        ? -request.lines.start
        : request.action === 'use' || request.action === 'add'
            ? 1
            : 2;
    // Each request's outcome, reported in the order the reviewer wrote them.
    const outcomes = new Map();
    for (const request of [...requests].sort((a, b) => order(a) - order(b))) {
        const before = { applied: session.applied.length, notApplied: session.notApplied.length };
        apply(session, request);
        outcomes.set(request, {
            applied: session.applied.slice(before.applied),
            notApplied: session.notApplied.slice(before.notApplied)
        });
    }
    const applied = requests.flatMap(request => outcomes.get(request).applied);
    const notApplied = requests.flatMap(request => outcomes.get(request).notApplied);
    let markdown = plan.toString();
    if (applied.length > 0)
        markdown = (0,sections/* appendToNotes */.JE)(markdown, `- ${APPLIED_NOTE} ${applied.join('; ')}.`);
    if (notApplied.length > 0)
        markdown = (0,sections/* appendToNotes */.JE)(markdown, `- ${notAppliedSentence(notApplied)}`);
    return { markdown, applied, notApplied };
}
function lineRange(comment) {
    const end = comment.line ?? comment.startLine;
    const start = comment.startLine ?? end;
    return start !== undefined && end !== undefined ? { start, end } : undefined;
}
function apply(session, request) {
    const skip = (why) => void session.notApplied.push(`${quote(request.words)} (${why})`);
    if (request.criterion !== undefined) {
        const done = addCriterion(session.plan, request.criterion);
        if (done === 'no-section')
            return skip('the plan has no Acceptance Criteria section');
        session.applied.push(done === 'added'
            ? `added the acceptance criterion ${quote(request.criterion)}`
            : `kept the acceptance criterion ${quote(request.criterion)}, already listed`);
        return;
    }
    if (!request.action)
        return skip('not a request the embedded planner can read');
    const targets = resolveTargets(request.object, request.context ?? '', session);
    if (targets.length === 0) {
        if (request.lines && request.action === 'remove')
            return dropCommentedLines(session, request, skip);
        return skip('it names no file, function, test, criterion or reproducer of the plan');
    }
    for (const target of targets)
        applyTo(session, request, target, skip);
}
function applyTo(session, request, target, skip) {
    switch (target.kind) {
        case 'file':
            return fileRequest(session, request, target, skip);
        case 'symbol':
            return symbolRequest(session, request, target, skip);
        case 'criteria':
            return criteriaRequest(session, request, target, skip);
        case 'reproducer':
            return reproducerRequest(session, request, target, skip);
        case 'unknown':
            return skip(`${code(target.name)} is neither a file of the repository nor a function the plan or the research knows`);
    }
}
const mentioned = (session, name) => session.plan.items().some(item => item.spans.some(span => span === name || sameCode(span, name)));
/** "dropped `x` (2 lines in Existing Files to Modify, Tasks); still named in Notes" */
function droppedPhrase(name, dropped) {
    const lines = [...dropped.removed.values()].reduce((a, b) => a + b, 0);
    const where = [...dropped.removed.keys()].join(', ');
    const still = dropped.stillIn.size > 0 ? `; still named in ${[...dropped.stillIn].join(', ')}` : '';
    return `dropped ${code(name)} (${lines} line${lines === 1 ? '' : 's'}${where ? ` in ${where}` : ''})${still}`;
}
function fileRequest(session, request, file, skip) {
    const { plan } = session;
    if (request.action === 'remove') {
        if (!mentioned(session, file.path))
            return skip(`${code(file.path)} is not in the plan`);
        return dropName(session, file.path, 'file');
    }
    if (request.action === 'reword')
        return renameRequest(session, request, file.path, skip);
    const { modify, create } = listedFiles(plan);
    if (request.action === 'keep' && (modify.includes(file.path) || create.includes(file.path))) {
        session.applied.push(`kept ${code(file.path)}`);
        return;
    }
    if (!file.exists && request.action !== 'add')
        return skip(`the repository has no file ${code(file.path)}`);
    const done = addFile(plan, file, request.words);
    if (done === 'no-section')
        return skip('the plan has no Relevant Files to add it to');
    const what = file.test ? 'test file' : 'file';
    session.applied.push(done === 'added'
        ? `added the ${what} ${code(file.path)} to ${file.exists ? 'Existing Files to Modify' : 'New Files to Create'}`
        : `kept ${code(file.path)}, already listed`);
    // "Use the existing test X": the new test files the plan proposed give way to it.
    if (request.action === 'use' && file.test && file.exists) {
        const proposed = listedFiles(plan).create.filter(path => path !== file.path && isTestPath(path));
        for (const path of proposed)
            dropName(session, path, 'file');
    }
}
/** Drops a file or a function from the plan, and says how much went and where it still is. */
function dropName(session, name, kind) {
    const dropped = { paths: kind === 'file' ? [name] : [], code: kind === 'code' ? [name] : [] };
    session.applied.push(droppedPhrase(name, dropMentions(session.plan, dropped, APPLIED_NOTE)));
}
function symbolRequest(session, request, symbol, skip) {
    const { plan } = session;
    if (request.action === 'remove') {
        if (!mentioned(session, symbol.name))
            return skip(`${code(symbol.name)} is not in the plan`);
        return dropName(session, symbol.name, 'code');
    }
    if (request.action === 'reword')
        return renameRequest(session, request, symbol.name, skip);
    if (request.action === 'keep' && mentioned(session, symbol.name)) {
        session.applied.push(`kept ${code(symbol.name)}`);
        return;
    }
    if (!symbol.path)
        return skip(`the research found no definition of ${code(symbol.name)} to point a task at`);
    if (!addFunctionTask(plan, symbol, request.words))
        return skip('the plan has no tasks to add it to');
    session.applied.push(`added a task for ${code(symbol.name)} in ${code(symbol.path)}`);
}
/** "rename `a` to `b`": every code span `a` of the plan (outside Metadata and criteria) becomes `b`. */
function renameRequest(session, request, name, skip) {
    const to = request.replacement?.replace(/^`|`$/g, '');
    if (!to || /\s/.test(to))
        return skip('a new name in backticks is needed: rename `old` to `new`');
    let count = 0;
    for (const item of session.plan.items()) {
        if (item.section.includes('Metadata'))
            continue;
        for (let line = item.start; line < item.end; line++) {
            const text = session.plan.lines[line];
            const renamed = text.split(code(name)).join(code(to));
            if (renamed !== text) {
                count += text.split(code(name)).length - 1;
                session.plan.replaceLine(line, renamed);
            }
        }
    }
    if (count === 0)
        return skip(`${code(name)} is not in the plan`);
    session.applied.push(`renamed ${code(name)} to ${code(to)} (${count} place${count === 1 ? '' : 's'})`);
}
function criteriaRequest(session, request, target, skip) {
    const { plan, issueBody } = session;
    if (request.action === 'reword') {
        const item = bestCriterion(plan, target, issueBody);
        if (!item || !request.replacement) {
            return skip(item
                ? 'no new wording was given ("… to <new wording>")'
                : 'no one acceptance criterion matches its words');
        }
        const before = criterionText(item);
        rewordCriterion(plan, item, request.replacement);
        session.applied.push(`reworded the acceptance criterion ${quote(before)} to ${quote(request.replacement)}`);
        return;
    }
    if (request.action === 'add') {
        const text = /(?:\bthat|\bsaying|\bstating|:)\s+(.+)$/i.exec(request.object)?.[1];
        if (!text)
            return skip('the criterion to add needs its words: "add a criterion: …" or a `- [ ]` item');
        const done = addCriterion(plan, text);
        if (done === 'no-section')
            return skip('the plan has no Acceptance Criteria section');
        session.applied.push(`${done === 'added' ? 'added' : 'kept'} the acceptance criterion ${quote(text)}`);
        return;
    }
    const matched = matchCriteria(plan, target, issueBody);
    if (matched.length === 0)
        return skip('no acceptance criterion matches its words');
    if (request.action === 'remove') {
        plan.remove(matched);
        const n = matched.length;
        session.applied.push(`removed ${n} acceptance criteri${n === 1 ? 'on' : 'a'} (${list(matched.map(criterionText))})`);
    }
    else {
        session.applied.push(`kept the acceptance criteria ${list(matched.map(criterionText))}`);
    }
}
function reproducerRequest(session, request, target, skip) {
    const { plan } = session;
    if (!plan.section('Steps to Reproduce', 2)) {
        return skip('only a bug plan has Steps to Reproduce to put a reproducer in');
    }
    if (request.action === 'remove') {
        const block = pickBlock(session.blocks, target.words);
        if (session.reproducer && block !== session.reproducer) {
            session.applied.push(`the reproducer is not ${block ? code(firstLine(block)) : 'the other code'}`);
            return;
        }
        if (!block || !dropReproducer(plan, block))
            return skip('no step runs the code its words point at, or it is the only step');
        session.applied.push(`removed the steps that ran ${code(firstLine(block))}`);
        return;
    }
    if (request.action === 'reword')
        return skip('a reproducer is chosen ("use …"), not reworded');
    const given = request.code !== undefined ? { info: '', code: request.code, label: '' } : undefined;
    // "Use X, not Y": Y is out of the running even where X's words fit both.
    const candidates = session.blocks.filter(block => !session.ruledOut.includes(block));
    const block = given ?? pickBlock(candidates, target.words);
    if (!block)
        return skip('no code block of the issue or the feedback matches its words');
    useReproducer(plan, block, session.blocks, given ? 'the review gave' : 'the review chose from the issue');
    session.reproducer = block;
    session.applied.push(`made ${given ? 'the review’s code' : `the issue’s ${quote(block.label || firstLine(block))} code`} the reproducer`);
}
const firstLine = (block) => (0,prose/* prose */.CS)(block.code.split('\n').find(line => line.trim()) ?? '', 60);
/** An inline comment that asks to drop "this": the plan's list items on its lines go. */
function dropCommentedLines(session, request, skip) {
    const { start, end } = request.lines;
    if (session.droppedComments.has(`${start}-${end}`))
        return;
    session.droppedComments.add(`${start}-${end}`);
    const items = session.plan
        .items()
        .filter(item => item.start + 1 <= end && item.end >= start && !item.section.includes('Metadata'));
    if (items.length === 0)
        return skip('the comment is on no list item of the plan');
    session.plan.remove(items);
    session.applied.push(`dropped the ${items.length} line${items.length === 1 ? '' : 's'} the comment is on`);
}

// EXTERNAL MODULE: ./src/pipeline/make-plan.ts
var make_plan = __webpack_require__(1176);
;// CONCATENATED MODULE: ./src/pipeline/revise-plan.ts









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
    const templatesDir = (0,make_plan/* templatesRoot */.Gy)(root, inputs.templatesDir);
    const revision = (0,providers/* resolveProvider */.Kd)(inputs).kind === 'template'
        ? await reviseInPlaceWithResearch(options, words)
        : await reviseWithModel(options, words, templatesDir);
    const problems = (0,make_plan/* planProblems */.s4)(revision.result.markdown, {
        adwId,
        kind,
        prompt: issue.body,
        quotes: [issue.title, words],
        root,
        templatesDir
    });
    if (problems.length > 0) {
        throw new RevisionError('invalid', `The revised plan is not valid:\n${(0,validate/* formatProblems */.C5)(problems)}`, problems);
    }
    return {
        ...revision,
        path: current.path,
        changes: (0,compare/* comparePlans */.O)(current.markdown, revision.result.markdown)
    };
}
/**
 * The embedded planner edits the plan as it stands: what the feedback asks that it can do is done,
 * every other line (hand edits included) stays, and Notes say what was applied and what was not.
 * When nothing could be applied the plan is left as it was and the report says why.
 */
async function reviseInPlaceWithResearch(options, words) {
    const { kind, issue, root, log, current, feedback } = options;
    // The research reads the code the feedback names, to find the functions and tests it means.
    const research = await (0,make_plan/* researchIssue */.Z$)(options, namesIn(words).join('\n'), [current.path]);
    log.info(`Revising the ${kind} plan with the embedded planner…`);
    const review = reviseInPlace({
        markdown: current.markdown,
        feedback: feedback.text,
        comments: feedback.comments,
        issueBody: issue.body,
        research,
        fileExists: (0,validate/* fileExistsIn */.wN)(root)
    });
    const markdown = review.applied.length > 0 ? review.markdown : current.markdown;
    const result = {
        markdown,
        featureName: (0,sections/* featureNameOf */.n4)(current.markdown),
        descriptiveName: /^[a-z]+-\d+-(.+)\.md$/.exec(current.path.split('/').at(-1) ?? '')?.[1] ?? '',
        planner: 'template'
    };
    const { applied, notApplied } = review;
    const notAppliedNote = notApplied.length > 0 ? notAppliedSentence(notApplied) : undefined;
    return { result, research, review: { applied, notApplied, notAppliedNote } };
}
/**
 * A model revises the plan as it stands, hand edits included, told to keep what the feedback
 * does not ask to change. It never falls back to the embedded planner, which would throw the
 * reviewers' edits away: a model that fails fails the revision.
 */
async function reviseWithModel(options, words, templatesDir) {
    const { adwId, kind, issue, root, inputs, log, current } = options;
    const research = await (0,make_plan/* researchIssue */.Z$)(options, words, [current.path]);
    const planner = await (0,create_planner/* createPlanner */.J)(inputs, log, {}, false);
    log.info(`Revising the ${kind} plan with the ${planner.name} planner…`);
    try {
        const result = await planner.plan({
            adwId,
            kind,
            issue,
            research,
            root,
            specsDir: inputs.specsDir,
            templatesDir,
            revision: {
                current: current.markdown,
                feedback: options.feedback.text,
                comments: inline(current.markdown, options.feedback)
            }
        });
        return { result, research };
    }
    catch (error) {
        if (error instanceof errors/* LlmPlanError */.$) {
            throw new RevisionError(error.kind === 'invalid-plan' ? 'invalid' : 'model', `The ${planner.name} model could not revise the plan: ${error.message}`, error.problems ?? []);
        }
        throw error;
    }
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


/***/ })

};
