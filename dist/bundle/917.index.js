export const id = 917;
export const ids = [917,988];
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

/***/ 18:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RevisionError: () => (/* binding */ RevisionError),
/* harmony export */   revisePlan: () => (/* binding */ revisePlan)
/* harmony export */ });
/* harmony import */ var _plan_format_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(117);
/* harmony import */ var _plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1083);
/* harmony import */ var _plan_format_compare_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(280);
/* harmony import */ var _plan_create_planner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7190);
/* harmony import */ var _plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3745);
/* harmony import */ var _plan_llm_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3216);
/* harmony import */ var _plan_embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7689);
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
    const templatesDir = (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .templatesRoot */ .Gy)(root, inputs.templatesDir);
    const revision = (0,_plan_llm_providers_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveProvider */ .Kd)(inputs).kind === 'template'
        ? await replanWithFeedback(options, words, templatesDir)
        : await reviseWithModel(options, words, templatesDir);
    const problems = (0,_make_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planProblems */ .s4)(revision.result.markdown, {
        adwId,
        kind,
        prompt: issue.body,
        quotes: [issue.title, words],
        root,
        templatesDir
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
async function replanWithFeedback(options, words, templatesDir) {
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
        templatesDir
    });
    const markdown = (0,_plan_embedded_feedback_js__WEBPACK_IMPORTED_MODULE_6__/* .recordFeedback */ .H8)((0,_plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .replaceMetadata */ ._H)(planned.markdown, (0,_plan_format_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataSection */ .XU)(adwId, issue.body)), words);
    return { result: { ...planned, markdown }, research };
}
/**
 * A model revises the plan as it stands, hand edits included, told to keep what the feedback
 * does not ask to change. It never falls back to the embedded planner, which would throw the
 * reviewers' edits away: a model that fails fails the revision.
 */
async function reviseWithModel(options, words, templatesDir) {
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
        if (error instanceof _plan_llm_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .LlmPlanError */ .$) {
            throw new RevisionError(error.kind === 'invalid-plan' ? 'invalid' : 'model', `The ${planner.name} model could not revise the plan: ${error.message}`, error.problems ?? []);
        }
        throw error;
    }
}


/***/ })

};
