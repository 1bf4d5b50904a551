export const id = 495;
export const ids = [495];
export const modules = {

/***/ 6876:
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
// EXTERNAL MODULE: ./src/plan/create-planner.ts + 13 modules
var create_planner = __webpack_require__(4017);
// EXTERNAL MODULE: ./src/plan/llm/providers.ts
var providers = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/plan/llm/errors.ts
var errors = __webpack_require__(3216);
// EXTERNAL MODULE: ./src/plan/embedded/template-planner.ts + 9 modules
var template_planner = __webpack_require__(6565);
// EXTERNAL MODULE: ./src/plan/format/markdown.ts
var format_markdown = __webpack_require__(4534);
// EXTERNAL MODULE: ./src/plan/embedded/prose.ts
var prose = __webpack_require__(5661);
;// CONCATENATED MODULE: ./src/plan/embedded/feedback.ts



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
function matches(path, name) {
    if (path === name || path.startsWith(`${name}/`))
        return true;
    const base = path.slice(path.lastIndexOf('/') + 1);
    return path.endsWith(`/${name}`) || base === name;
}
/** The research without the files the feedback rules out (ranked files and documentation). */
function withoutRuledOut(research, names) {
    if (names.length === 0)
        return research;
    const keep = (file) => !names.some(name => matches(file.path, name));
    return {
        ...research,
        files: research.files.filter(keep),
        orientation: { ...research.orientation, docs: research.orientation.docs.filter(keep) }
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
    const doc = (0,format_markdown/* outline */.rj)(markdown);
    const notes = (0,format_markdown/* findHeading */.iE)(doc, 'Notes', 2);
    if (!notes)
        return [];
    const prefix = `- ${label} `;
    return (0,format_markdown/* sectionBody */.gt)(doc, notes)
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
    const line = (0,prose/* prose */.CS)(feedback, 300);
    if (line)
        recorded = (0,sections/* appendToNotes */.JE)(recorded, `- ${NOTE} ${line}`);
    for (const criterion of criteriaIn(feedback)) {
        const text = (0,prose/* prose */.CS)(criterion, 300);
        if (text)
            recorded = (0,sections/* appendToNotes */.JE)(recorded, `- ${CRITERION} ${text}`);
    }
    return recorded;
}

// EXTERNAL MODULE: ./src/pipeline/make-plan.ts + 24 modules
var make_plan = __webpack_require__(7284);
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
    const { adwId, kind, issue, root, inputs, log, current } = options;
    const templatesDir = (0,make_plan/* templatesRoot */.Gy)(root, inputs.templatesDir);
    const words = feedbackText(options.feedback);
    const embedded = (0,providers/* resolveProvider */.Kd)(inputs).kind === 'template';
    let result;
    let found;
    if (embedded) {
        if (await options.editedByHand()) {
            throw new RevisionError('edited-by-hand', `${current.path} was edited by hand since the action last wrote it. The embedded planner ` +
                'would re-plan it from scratch and lose those edits, so it was left as it is: configure a ' +
                'model provider to merge feedback into an edited plan, or edit the plan directly.');
        }
        // Earlier feedback stays applied: each embedded revision re-plans with all of it.
        const all = [...appliedFeedback(current.markdown), words].filter(Boolean);
        found = withoutRuledOut(await (0,make_plan/* researchIssue */.Z$)(options, all.flatMap(namedIn).join('\n')), all.flatMap(ruledOut));
        log.info(`Revising the ${kind} plan with the embedded planner (${all.length} piece(s) of feedback)…`);
        // The planner reads the issue; the reviewer's checklist items join its acceptance criteria.
        const criteria = [...appliedCriteria(current.markdown), ...criteriaIn(words)].map(item => `- [ ] ${item}`);
        const planned = await new template_planner/* TemplatePlanner */.z().plan({
            adwId,
            kind,
            issue: { ...issue, body: [issue.body, ...criteria].join('\n') },
            research: found,
            root,
            specsDir: inputs.specsDir,
            templatesDir
        });
        const markdown = recordFeedback((0,sections/* replaceMetadata */._H)(planned.markdown, (0,sections/* metadataSection */.XU)(adwId, issue.body)), words);
        result = { ...planned, markdown };
    }
    else {
        found = await (0,make_plan/* researchIssue */.Z$)(options, words);
        const planner = await (0,create_planner/* createPlanner */.J)(inputs, log, {}, false);
        log.info(`Revising the ${kind} plan with the ${planner.name} planner…`);
        try {
            result = await planner.plan({
                adwId,
                kind,
                issue,
                research: found,
                root,
                specsDir: inputs.specsDir,
                templatesDir,
                revision: {
                    current: current.markdown,
                    feedback: options.feedback.text,
                    comments: inline(current.markdown, options.feedback)
                }
            });
        }
        catch (error) {
            // Never the embedded planner in its place: that would throw the reviewers' edits away.
            if (error instanceof errors/* LlmPlanError */.$) {
                throw new RevisionError(error.kind === 'invalid-plan' ? 'invalid' : 'model', `The ${planner.name} model could not revise the plan: ${error.message}`, error.problems ?? []);
            }
            throw error;
        }
    }
    const problems = (0,make_plan/* planProblems */.s4)(result.markdown, {
        adwId,
        kind,
        prompt: issue.body,
        root,
        templatesDir
    });
    if (problems.length > 0) {
        throw new RevisionError('invalid', `The revised plan is not valid:\n${(0,validate/* formatProblems */.C5)(problems)}`, problems);
    }
    return {
        result,
        path: current.path,
        research: found,
        changes: (0,compare/* comparePlans */.O)(current.markdown, result.markdown)
    };
}


/***/ })

};
