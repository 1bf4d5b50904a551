export const id = 656;
export const ids = [656,654];
export const modules = {

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* reexport safe */ _usage_js__WEBPACK_IMPORTED_MODULE_9__._),
/* harmony export */   dn: () => (/* binding */ checkedShared),
/* harmony export */   runPlanCommand: () => (/* binding */ runPlanCommand),
/* harmony export */   runResearchCommand: () => (/* binding */ runResearchCommand)
/* harmony export */ });
/* unused harmony export titleFrom */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_make_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1176);
/* harmony import */ var _templates_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5899);
/* harmony import */ var _pipeline_templates_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1155);
/* harmony import */ var _research_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(734);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5887);
/* harmony import */ var _pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4920);
/* harmony import */ var _plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3745);
/* harmony import */ var _plan_llm_provider_environment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5294);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7485);
// The CLI's commands as functions, so tests drive them without spawning a process.












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
        if (error instanceof _pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._(error.message.replace(/^Input `/, 'option `--'));
        throw error;
    }
}
/** The options `plan` and `revise` share: the provider's name and the templates' folder. */
function checkedShared(command) {
    if (!_plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .providerChoices */ .iY.includes(command.provider)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._(`--provider must be one of ${_plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .providerChoices */ .iY.join(', ')}`);
    }
    const configured = command.templatesDir;
    return {
        historyCommits: usageError(() => (0,_pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseHistoryCommits */ .mf)(command.history, 'history')),
        templatesDir: (0,_pipeline_templates_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTemplatesDir */ .zD)(command.repo, configured === undefined
            ? undefined
            : usageError(() => (0,_pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRelativeDir */ .NR)(configured, 'templates-dir')))
    };
}
/** Writes the plan into the repository's specs directory and returns its path (relative to cwd). */
async function runPlanCommand(command) {
    const adwNumber = usageError(() => (0,_pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseIssueNumber */ .id)(command.adwId, 'adw-id'));
    if (adwNumber === undefined)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._('--adw-id is required (the issue number)');
    if (command.prompt.trim() === '') {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._('the prompt is empty: describe the work to plan');
    }
    const { templatesDir, historyCommits } = checkedShared(command);
    const kind = command.kind ?? 'feature';
    if (!(0,_plan_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlanKind */ .y_)(kind)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._(`--kind must be one of ${_plan_index_js__WEBPACK_IMPORTED_MODULE_6__/* .planKinds */ .x8.join(', ')}, got "${kind}"`);
    }
    const specsDir = usageError(() => (0,_pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRelativeDir */ .NR)(command.specsDir, 'specs-dir'));
    const adwId = String(adwNumber);
    const env = command.env;
    // A broken override falls back to the built-in; the user hears which file and line.
    const stopWarnings = (0,_templates_render_js__WEBPACK_IMPORTED_MODULE_3__/* .onTemplateWarning */ .A8)(message => command.log.warning(message), command.repo);
    const made = await (0,_pipeline_make_plan_js__WEBPACK_IMPORTED_MODULE_2__.makePlan)({
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
            ...(0,_plan_llm_provider_environment_js__WEBPACK_IMPORTED_MODULE_10__/* .providerSettingsFrom */ .lq)(env),
            specsDir,
            templatesDir,
            historyCommits
        },
        log: command.log
    }).finally(stopWarnings);
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(command.repo, specsDir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(directory, { recursive: true });
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(command.repo, made.path);
    // One plan file per issue, as on GitHub: a renamed plan replaces this issue's older one.
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(directory)) {
        const old = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, name);
        if (old !== target && (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlanFileFor */ .D_)(adwId, name, kind)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(old);
            command.log.info(`Removed the older plan ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), old) || old}`);
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, made.result.markdown);
    if (made.result.fallbackReason)
        command.log.warning(`Model fallback: ${made.result.fallbackReason}`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), target) || target;
}
async function runResearchCommand(command) {
    const top = Number(command.top);
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._('--top must be a whole number from 1 to 1000');
    }
    if (command.prompt.trim() === '')
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .CliUsageError */ ._('the prompt is empty');
    const found = await (0,_research_index_js__WEBPACK_IMPORTED_MODULE_5__/* .research */ .S)({
        root: command.repo,
        title: titleFrom(command.prompt, command.title),
        body: command.prompt,
        top,
        // The plans `plan` wrote are its output, not evidence (`plan` and `revise` leave them out too).
        skip: path => (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlanPath */ .pU)(path, 'specs'),
        historyCommits: usageError(() => (0,_pipeline_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseHistoryCommits */ .mf)(command.history, 'history'))
    });
    const empty = (0,_pipeline_make_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyTreeWarning */ .Od)(found, command.repo);
    if (empty)
        command.log.warning(empty);
    return found;
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRevision: () => (/* binding */ describeRevision),
/* harmony export */   runReviseCommand: () => (/* binding */ runReviseCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipeline_revise_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1999);
/* harmony import */ var _plan_format_plan_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9966);
/* harmony import */ var _plan_format_sections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1083);
/* harmony import */ var _plan_format_compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(280);
/* harmony import */ var _plan_format_naming_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4603);
/* harmony import */ var _plan_llm_provider_environment_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5294);
/* harmony import */ var _templates_render_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5899);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1654);
// `adw-plan revise`: the action's revision pipeline on a local plan file. The plan says what it
// is about (its file name the kind and the issue number, its Metadata the issue text), so the
// only other inputs are the feedback and the provider.










/**
 * The plan file inside the repository (relative to the current directory, else to the
 * repository), and what its name says: `specs/bug-42-….md` is a bug plan for issue 42.
 */
function locatePlan(command) {
    const file = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(command.plan), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(command.repo, command.plan)].find(path => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile());
    if (!file)
        throw new _commands_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._x(`--plan ${command.plan}: no such file`);
    const inRepo = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(command.repo, file);
    if (inRepo.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inRepo)) {
        throw new _commands_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._x(`--plan must be a file inside the repository (${command.repo})`);
    }
    // `bug-42-name.md` names what the plan branch `bug-42` does: one reading of both.
    const stem = /^([a-z]+-\d+)-.+\.md$/.exec((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
    const named = stem ? (0,_plan_format_naming_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePlanBranch */ .dF)('', stem[1]) : undefined;
    if (!named) {
        throw new _commands_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._x(`--plan must name a plan file, such as specs/feature-42-user-auth.md, got "${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}"`);
    }
    const path = inRepo.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    if (!path.includes('/')) {
        throw new _commands_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._x(`--plan must be in the repository's specs directory, e.g. specs/`);
    }
    const specsDir = path.slice(0, path.lastIndexOf('/'));
    return { file, path, specsDir, ...named };
}
/** Revises the plan file in place; the changes are for the caller to print. */
async function runReviseCommand(command) {
    if (command.feedback.trim() === '') {
        throw new _commands_js__WEBPACK_IMPORTED_MODULE_8__/* .CliUsageError */ ._x('the feedback is empty: say what to change in the plan');
    }
    const { templatesDir, historyCommits } = (0,_commands_js__WEBPACK_IMPORTED_MODULE_8__/* .checkedShared */ .dn)(command);
    const plan = locatePlan(command);
    const markdown = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(plan.file, 'utf8');
    const metadata = (0,_plan_format_plan_format_js__WEBPACK_IMPORTED_MODULE_3__/* .extractMetadata */ .Rb)(markdown);
    if (metadata.adwId !== plan.adwId || metadata.prompt === undefined) {
        throw new Error(`${plan.path}: its Metadata must hold \`adw_id: \`${plan.adwId}\`\` and the issue body ` +
            '(`prompt:`), as `adw-plan plan` writes them; the revision reads the issue from there.');
    }
    let revised;
    // A broken override falls back to the built-in; the user hears which file and line, as `plan` does.
    const stopWarnings = (0,_templates_render_js__WEBPACK_IMPORTED_MODULE_7__/* .onTemplateWarning */ .A8)(message => command.log.warning(message), command.repo);
    try {
        revised = await (0,_pipeline_revise_plan_js__WEBPACK_IMPORTED_MODULE_2__.revisePlan)({
            adwId: plan.adwId,
            kind: plan.kind,
            issue: {
                number: Number(plan.adwId),
                title: (0,_plan_format_sections_js__WEBPACK_IMPORTED_MODULE_4__/* .featureNameOf */ .n4)(markdown) || `#${plan.adwId}`,
                body: metadata.prompt
            },
            root: command.repo,
            inputs: {
                provider: command.provider,
                model: command.model,
                ...(0,_plan_llm_provider_environment_js__WEBPACK_IMPORTED_MODULE_9__/* .providerSettingsFrom */ .lq)(command.env),
                specsDir: plan.specsDir,
                templatesDir,
                historyCommits
            },
            log: command.log,
            current: { path: plan.path, markdown },
            feedback: { text: command.feedback, comments: [] }
        });
    }
    catch (error) {
        if (!(error instanceof _pipeline_revise_plan_js__WEBPACK_IMPORTED_MODULE_2__.RevisionError))
            throw error;
        // Nothing is written; the problems (a model's invalid plan) go with the reason.
        const unsaid = error.problems.filter(problem => !error.message.includes(problem.message));
        const problems = unsaid.map(problem => `\n- ${problem.message}`).join('');
        throw new Error(`${error.message}${problems}\n${plan.path} is unchanged.`, { cause: error });
    }
    finally {
        stopWarnings();
    }
    const changed = (0,_plan_format_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .hasChanges */ .i)(revised.changes);
    if (changed)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(plan.file, revised.result.markdown);
    return {
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), plan.file) || plan.file,
        planner: revised.result.planner,
        changes: revised.changes,
        changed,
        review: revised.review
    };
}
/** What the revision changed, one line per kind of change, as the reply on GitHub lists it. */
function describeRevision(outcome) {
    const { changes, review } = outcome;
    const missed = review?.notAppliedNote ? [`  ${review.notAppliedNote}`] : [];
    if (!outcome.changed) {
        return missed.length > 0
            ? [`${outcome.path}: unchanged`, ...missed]
            : [`${outcome.path}: unchanged (the plan already says what the feedback asks for)`];
    }
    const lines = [`${outcome.path}: revised by the ${outcome.planner} planner`];
    const add = (label, items) => {
        if (items.length > 0)
            lines.push(`  ${label}: ${items.join(', ')}`);
    };
    for (const done of review?.applied ?? [])
        lines.push(`  applied: ${done}`);
    lines.push(...missed);
    add('sections changed', changes.changed);
    add('sections added', changes.added);
    add('sections removed', changes.removed);
    add('files added', changes.filesAdded);
    add('files dropped', changes.filesDropped);
    return lines;
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


/***/ })

};
