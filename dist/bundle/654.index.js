export const id = 654;
export const ids = [654];
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


/***/ })

};
