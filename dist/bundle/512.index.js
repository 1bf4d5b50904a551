export const id = 512;
export const ids = [512];
export const modules = {

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

/***/ 7512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FallbackPlanner: () => (/* binding */ FallbackPlanner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3216);
/* harmony import */ var _format_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1083);


/** One line, no angle brackets (the validator would read `<…>` as a placeholder), bounded. */
function printable(reason) {
    return reason.replace(/\s+/g, ' ').replace(/[<>]/g, '').trim().slice(0, 300);
}
class FallbackPlanner {
    primary;
    fallback;
    log;
    name;
    constructor(primary, fallback, log) {
        this.primary = primary;
        this.fallback = fallback;
        this.log = log;
        this.name = primary.name;
    }
    async plan(request) {
        try {
            return await this.primary.plan(request);
        }
        catch (error) {
            const reason = printable(error instanceof Error ? error.message : String(error));
            this.log.warning(`The ${this.primary.name} planner could not produce a valid plan (${reason}); ` +
                `the embedded ${this.fallback.name} planner writes it instead.`);
            const result = await this.fallback.plan(request);
            const note = `- The ${this.primary.name} model could not produce a valid plan (${reason}), ` +
                `so the embedded ${this.fallback.name} planner wrote this one.`;
            return {
                ...result,
                markdown: (0,_format_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .appendToNotes */ .JE)(result.markdown, note),
                fallbackReason: reason,
                // Tokens were spent even though the model's plan was not used.
                ...(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmPlanError */ .$ && error.usage ? { usage: error.usage } : {})
            };
        }
    }
}


/***/ })

};
