export const id = 176;
export const ids = [176];
export const modules = {

/***/ 1176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ templatesRoot),
/* harmony export */   Od: () => (/* binding */ emptyTreeWarning),
/* harmony export */   Z$: () => (/* binding */ researchIssue),
/* harmony export */   makePlan: () => (/* binding */ makePlan),
/* harmony export */   s4: () => (/* binding */ planProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _research_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(734);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5887);
/* harmony import */ var _plan_create_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9342);
/* harmony import */ var _templates_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1155);
// The pipeline both shells share: research the tree, plan, check the plan, name the file.
// GitHub-free: the action and the CLI only differ in where the issue comes from and where
// the plan goes.





/**
 * Ranks the tree for the issue (and, for a revision, the reviewer's words too), without the plans
 * in the specs directory (the tool's own output) nor the paths in `skip`.
 */
async function researchIssue(options, extraText = '', skip = []) {
    const { issue, root, inputs, log } = options;
    log.info('Researching the repository…');
    const found = await (0,_research_index_js__WEBPACK_IMPORTED_MODULE_1__/* .research */ .S)({
        root,
        title: issue.title,
        body: extraText ? `${issue.body}\n\n${extraText}` : issue.body,
        top: options.top ?? 12,
        contextFile: (0,_templates_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .contextFileIn */ .py)(inputs.templatesDir),
        skip: path => skip.includes(path) || (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlanPath */ .pU)(path, inputs.specsDir),
        historyCommits: inputs.historyCommits
    });
    const empty = emptyTreeWarning(found, root);
    if (empty)
        log.warning(empty);
    log.info(historyLine(found));
    log.info(`Research: ${found.fileCount} files considered in ${found.elapsedMs} ms` +
        `${found.threads && found.threads > 1 ? ` on ${found.threads} threads` : ''}; top files: ` +
        found.files
            .slice(0, 5)
            .map(file => file.path)
            .join(', '));
    return found;
}
/** What to tell the user when the research found nothing to read: the plan rests on the issue alone. */
function emptyTreeWarning(found, root) {
    if (found.fileCount > 0)
        return undefined;
    return (`No files to research in ${root}: it is empty, or holds only what the research leaves out ` +
        '(version control, dependencies, generated, vendored and binary files), so a plan rests on ' +
        'the issue alone; check that this is the repository you meant.');
}
/** What history the research read, in one line of the log. */
function historyLine(found) {
    const read = found.history?.read;
    if (!read)
        return 'History: not read';
    if (!read.read)
        return `History: none read (${read.reason})`;
    const similar = found.history.similar.length;
    return (`History: ${read.commits} commits read (${read.since} to ${read.until}${read.shallow ? ', shallow clone' : ''}` +
        `${read.stopped ? `, stopped by the ${read.stopped}` : ''}) in ${read.ms} ms; ` +
        `${similar === 0 ? 'no past change cited' : `${similar} similar past change${similar === 1 ? '' : 's'} cited`}`);
}
/** The problems of a plan, checked against the format of the template in use. */
function planProblems(markdown, options) {
    return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePlan */ .Oo)(markdown, {
        adwId: options.adwId,
        prompt: options.prompt,
        quotes: options.quotes,
        fileExists: (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fileExistsIn */ .wN)(options.root),
        // A repository's own plan template is held to its own headings.
        format: (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .planFormat */ .Tz)(options.templatesDir, options.kind),
        kind: options.kind
    });
}
function templatesRoot(root, templatesDir) {
    return templatesDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, templatesDir) : undefined;
}
async function makePlan(options) {
    const { adwId, issue, root, inputs, log } = options;
    const kind = options.kind ?? 'feature';
    const found = await researchIssue(options);
    const templatesDir = templatesRoot(root, inputs.templatesDir);
    const planner = await (0,_plan_create_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .createPlanner */ .J)(inputs, log);
    log.info(`Planning a ${kind} with the ${planner.name} planner…`);
    const result = await planner.plan({
        adwId,
        kind,
        issue,
        research: found,
        root,
        specsDir: inputs.specsDir,
        templatesDir
    });
    const problems = planProblems(result.markdown, {
        adwId,
        kind,
        prompt: issue.body,
        quotes: [issue.title],
        root,
        templatesDir
    });
    if (problems.length > 0) {
        throw new Error(`The ${result.planner} planner produced an invalid plan:\n${(0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblems */ .C5)(problems)}`);
    }
    const path = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_2__/* .planPath */ .pw)(inputs.specsDir, adwId, result.descriptiveName, kind);
    log.info(`Plan ready: ${path} (${result.markdown.length} characters, ${result.planner} planner)`);
    return { result, path, kind, research: found };
}


/***/ }),

/***/ 9342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ createPlanner)
/* harmony export */ });
/* harmony import */ var _embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9682);
/* harmony import */ var _llm_providers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3745);


/**
 * Throws ProviderSetupError when a provider is named explicitly without what it needs: that is
 * a configuration mistake to report, not a reason to quietly plan without a model. Async
 * because the chosen provider's SDK is loaded only now.
 */
async function createPlanner(options, log, tuning = {}, 
/** Let the embedded planner stand in when the model fails (not for revisions). */
fallback = true) {
    const resolved = (0,_llm_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveProvider */ .Kd)(options);
    if (resolved.kind === 'template') {
        log.info(`Using the embedded template planner: ${resolved.reason}.`);
        return new _embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplatePlanner */ .z();
    }
    log.info(`Using ${(0,_llm_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProvider */ .Fy)(resolved)}.`);
    const { seams, ...limits } = tuning;
    const [{ LlmPlanner }, { FallbackPlanner }, { createLanguageModel }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(535), __webpack_require__.e(279)]).then(__webpack_require__.bind(__webpack_require__, 7517)),
        __webpack_require__.e(/* import() */ 512).then(__webpack_require__.bind(__webpack_require__, 7512)),
        __webpack_require__.e(/* import() */ 241).then(__webpack_require__.bind(__webpack_require__, 3241))
    ]);
    const llm = new LlmPlanner({
        ...limits,
        provider: resolved.kind,
        modelId: resolved.model,
        model: await createLanguageModel(resolved, seams),
        log
    });
    return fallback ? new FallbackPlanner(llm, new _embedded_template_planner_js__WEBPACK_IMPORTED_MODULE_0__/* .TemplatePlanner */ .z(), log) : llm;
}


/***/ }),

/***/ 5091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory),
/* harmony export */   r: () => (/* binding */ SAFE_CONFIG)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
// Reads the local history of HEAD, newest first, within a budget: which files each commit
// touched and what its message says. Only what a clone already holds: HEAD's first-parent line
// (a merged pull request is one change, its files against the line it joined), no other ref, no
// network. Rename detection stays off: it would read file contents, which a blob-less clone
// fetches one by one from its remote. git runs with an argument list, never a shell.



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Settings that could make `git log` run a program or print something else. */
const SAFE_CONFIG = [
    '-c',
    'core.quotepath=off',
    '-c',
    'log.showSignature=false',
    '-c',
    'diff.renames=false',
    '-c',
    'core.fsmonitor=false'
];
/** A message longer than this is cut: the subject and the start of the body say what it did. */
const MESSAGE_CHARS = 4000;
/** What the clone says about its history before it is read. */
async function describeClone(root) {
    try {
        const { stdout } = await run('git', ['-C', root, ...SAFE_CONFIG, 'rev-parse', '--is-shallow-repository', '--verify', 'HEAD'], { encoding: 'utf8', timeout: 5000 });
        const [shallow, head] = stdout.trim().split('\n');
        return { head, shallow: shallow === 'true' };
    }
    catch (error) {
        const stderr = String(error.stderr ?? '');
        if (error.code === 'ENOENT')
            return { reason: 'git is not installed' };
        if (/not a git repository/i.test(stderr))
            return { reason: 'the tree is not a git checkout' };
        return { reason: 'the checkout has no commits' };
    }
}
function parseStatusList(list) {
    const fields = list.split('\0');
    const files = [];
    let i = 0;
    // The list starts after the message's terminator; blank fields separate commits.
    while (i < fields.length && fields[i].trim() === '')
        i++;
    while (i < fields.length) {
        const status = fields[i++].trim();
        if (status === '')
            continue;
        // A rename or copy (should rename detection ever be on) names its source, then its target.
        if (/^[RC]/.test(status))
            i++;
        const path = fields[i++];
        if (path !== undefined && path !== '')
            files.push({ path, status: status[0] });
    }
    return files;
}
/**
 * One commit's record: `sha parents␟time␟message<end>` then its NUL-separated name-status list.
 * The end marker is random per read, so no message can forge the boundary of a record.
 */
function parseRecord(record, end, maxFiles) {
    const close = record.lastIndexOf(end);
    if (close < 0)
        return undefined;
    const head = record.slice(0, close);
    const first = head.indexOf('\x1f');
    const second = head.indexOf('\x1f', first + 1);
    if (first < 0 || second < 0)
        return undefined;
    const [sha, ...parents] = head.slice(0, first).trim().split(' ');
    const time = Number(head.slice(first + 1, second));
    if (!/^[0-9a-f]{7,64}$/.test(sha) || !Number.isFinite(time))
        return undefined;
    const message = head.slice(second + 1).trim();
    const newline = message.indexOf('\n');
    const subject = (newline < 0 ? message : message.slice(0, newline)).trim();
    const body = newline < 0 ? '' : message.slice(newline + 1, newline + 1 + MESSAGE_CHARS).trim();
    const files = parseStatusList(record.slice(close + end.length));
    return {
        sha,
        parents: parents.filter(parent => parent !== '').length,
        time,
        subject: subject.slice(0, MESSAGE_CHARS),
        body,
        fileCount: files.length,
        // A commit that touches thousands of files (vendoring, formatting) says nothing about which
        // files change together; its count is kept, its list is not.
        files: files.length <= maxFiles ? files : []
    };
}
/** The history of HEAD in `root`, newest first, as far as the budget reaches. */
async function readHistory(root, budget) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const skipped = (reason) => ({
        commits: [],
        read: { read: false, reason, ms: elapsed() }
    });
    if (budget.commits <= 0)
        return skipped('history reading is turned off');
    const clone = await describeClone(root);
    if ('reason' in clone)
        return skipped(clone.reason);
    const start = `\x1e${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex')}`;
    const end = `\x1d${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(8).toString('hex')}`;
    const args = [
        '-C',
        root,
        ...SAFE_CONFIG,
        'log',
        '--no-color',
        '--no-notes',
        '--no-mailmap',
        '--first-parent',
        '--diff-merges=first-parent',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        // Paths below the root only, relative to it: a plan of one package in a monorepo reads
        // that package's history.
        '--relative',
        '--name-status',
        '-z',
        `--max-count=${Math.floor(budget.commits)}`,
        `--format=${start}%H %P%x1f%ct%x1f%B${end}`,
        clone.head,
        '--'
    ];
    return new Promise(resolvePromise => {
        const commits = [];
        let pending = '';
        let bytes = 0;
        let cut;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { stdio: ['ignore', 'pipe', 'ignore'] });
        const stop = (why) => {
            if (cut === undefined)
                cut = why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop('time budget'), budget.ms);
        const take = (final) => {
            const records = pending.split(start);
            pending = final ? '' : (records.pop() ?? '');
            for (const record of records) {
                if (record === '')
                    continue;
                const commit = parseRecord(record, end, budget.maxFilesPerCommit);
                if (commit)
                    commits.push(commit);
            }
        };
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            bytes += chunk.length;
            pending += chunk;
            if (pending.length > 1 << 20)
                take(false);
            if (bytes > budget.bytes)
                stop('size budget');
        });
        let done = false;
        const finish = (failed) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            // A record the budget cut in half is dropped: its file list may be incomplete.
            if (cut === undefined)
                take(true);
            else
                take(false);
            if (failed && commits.length === 0) {
                resolvePromise(skipped(cut ? `the ${cut} ran out before one commit was read` : 'git log failed'));
                return;
            }
            if (commits.length === 0) {
                resolvePromise(skipped('the history is empty'));
                return;
            }
            resolvePromise({
                commits,
                read: {
                    read: true,
                    commits: commits.length,
                    since: new Date(commits[commits.length - 1].time * 1000).toISOString().slice(0, 10),
                    until: new Date(commits[0].time * 1000).toISOString().slice(0, 10),
                    shallow: clone.shallow,
                    ...(cut ? { stopped: cut } : {}),
                    ms: elapsed()
                }
            });
        };
        child.on('error', () => finish(true));
        child.on('close', code => finish(code !== 0));
    });
}


/***/ }),

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ research)
});

// UNUSED EXPORTS: listRepositoryFiles

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/research/tree/read-file.ts
var read_file = __webpack_require__(2951);
// EXTERNAL MODULE: ./src/research/tree/classify.ts
var classify = __webpack_require__(7430);
;// CONCATENATED MODULE: ./src/research/covering/test-imports.ts
// What a test file imports, read from its head without parsing it: test files are many, and an
// import statement is one of the few things a line-based reading gets right in every language.
// Each import becomes a module path (`a/b/c`) that can be compared with a source file's path.


const PYTHON_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)/gm;
const PYTHON_IMPORT = /^[ \t]*import[ \t]+([\w. ,]+)/gm;
const JS_IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:([\w$*{}\s,]+?)\s+from\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(?:\.\*)?;/gm;
const GO_IMPORT_BLOCK = /^import\s*\(([^)]*)\)|^import\s+(?:\w+\s+)?"([^"]+)"/gm;
const RUST_USE = /^[ \t]*(?:pub\s+)?use[ \t]+([\w:]+)(?:::\{([^}]*)\})?/gm;
const JVM_PACKAGE = /^[ \t]*package[ \t]+([\w.]+)[ \t]*;?[ \t]*$/m;
function namesIn(list) {
    return list
        .replace(/[(){}]/g, ' ')
        .split(',')
        .map(item => item.trim().split(/\s+as\s+|\s+/)[0])
        .filter(name => /^[A-Za-z_$][\w$]*$/.test(name));
}
function fromPython(text) {
    const out = [];
    for (const m of text.matchAll(PYTHON_FROM)) {
        if (m[1].startsWith('.'))
            continue;
        out.push({ module: m[1].replace(/\./g, '/'), names: namesIn(m[2]) });
    }
    for (const m of text.matchAll(PYTHON_IMPORT)) {
        for (const item of m[1].split(',')) {
            const module = item.trim().split(/\s+/)[0];
            if (module)
                out.push({ module: module.replace(/\./g, '/'), names: [] });
        }
    }
    return out;
}
function fromJavaScript(text, testPath) {
    const out = [];
    for (const m of text.matchAll(JS_IMPORT)) {
        const source = m[2] ?? m[3] ?? m[4];
        if (!source)
            continue;
        // Relative imports resolve against the test's directory; packages stay as named.
        const module = source.startsWith('.')
            ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(testPath), source))
            : source;
        out.push({
            module: module.replace(/\.[cm]?[jt]sx?$/, '').replace(/\/index$/, ''),
            names: m[1] ? namesIn(m[1]) : []
        });
    }
    return out;
}
function fromJava(text) {
    return [...text.matchAll(JAVA_IMPORT)].map(m => {
        const parts = m[1].split('.');
        // `import static a.b.C.method;` imports from the class `a.b.C`.
        const last = parts[parts.length - 1];
        return /^[a-z]/.test(last) && parts.length > 1 && /^[A-Z]/.test(parts[parts.length - 2])
            ? { module: parts.slice(0, -1).join('/'), names: [last] }
            : { module: parts.join('/'), names: [] };
    });
}
function fromGo(text) {
    const out = [];
    for (const m of text.matchAll(GO_IMPORT_BLOCK)) {
        const paths = m[1] ? [...m[1].matchAll(/"([^"]+)"/g)].map(item => item[1]) : [m[2]];
        for (const path of paths)
            if (path)
                out.push({ module: path, names: [] });
    }
    return out;
}
function fromRust(text) {
    return [...text.matchAll(RUST_USE)].map(m => ({
        module: m[1]
            .replace(/^crate::/, '')
            .replace(/::$/, '')
            .replace(/::/g, '/'),
        names: m[2] ? namesIn(m[2]) : []
    }));
}
/** The imports in the head of a test file (`text`), by the file's language. */
function testImports(testPath, text) {
    switch ((0,classify/* extensionOf */.je)(testPath)) {
        case 'py':
            return fromPython(text);
        case 'js':
        case 'jsx':
        case 'mjs':
        case 'cjs':
        case 'ts':
        case 'tsx':
        case 'mts':
        case 'cts':
            return fromJavaScript(text, testPath);
        case 'java':
        case 'kt':
        case 'scala':
            return fromJava(text);
        case 'go':
            return fromGo(text);
        case 'rs':
            return fromRust(text);
        default:
            return [];
    }
}
/**
 * The package a Java, Kotlin or Scala test declares (`package org.jsoup.nodes;`) as a path,
 * `org/jsoup/nodes`; undefined for other languages. A test in its subject's package uses the
 * subject without importing it.
 */
function declaredPackage(testPath, text) {
    if (!['java', 'kt', 'scala'].includes((0,classify/* extensionOf */.je)(testPath)))
        return undefined;
    return JVM_PACKAGE.exec(text)?.[1].replace(/\./g, '/');
}
/** A source file as the module path imports name it: no extension, no `__init__`/`index`/`mod`. */
function modulePathOf(path) {
    return path.replace(/\.[^./]+$/, '').replace(/\/(?:__init__|index|mod)$/, '');
}
/**
 * The module path by which an import names the module at `subject`, or undefined: the module's path ends with the import's
 * (`src/marshmallow/fields` ends with `marshmallow/fields`), with two parts at least unless the
 * import was resolved from a relative path. Go imports name the package, i.e. the directory.
 */
function importsModule(imported, subject) {
    const target = modulePathOf(subject);
    const candidates = [imported.module, ...imported.names.map(name => `${imported.module}/${name}`)];
    if ((0,classify/* extensionOf */.je)(subject) === 'go') {
        const dir = external_node_path_.posix.dirname(subject);
        return candidates.find(module => module === dir || module.endsWith(`/${dir}`));
    }
    return candidates.find(module => {
        const path = module.replace(/^\.\//, '');
        return path.includes('/') && (target === path || target.endsWith(`/${path}`));
    });
}

// EXTERNAL MODULE: ./src/research/tree/module-name.ts
var module_name = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/research/covering/test-files.ts
var test_files = __webpack_require__(7333);
// EXTERNAL MODULE: ./src/text/fold-name.ts
var fold_name = __webpack_require__(8182);
;// CONCATENATED MODULE: ./src/research/covering/covering-tests.ts
// The existing tests of the code a change goes into, found by what they import and call rather
// than by their names alone: `tests/test_build_manpage.py` imports the manpage writer,
// `tests/unittest_raw_building.py` calls `imported_member`. Every test file's head is read for
// its imports; the few that import the module are then read whole for the calls.






const defaultCoveringOptions = {
    headBytes: 16 * 1024,
    maxTests: 3000,
    callReads: 30,
    capBytes: 256 * 1024
};
/**
 * Evidence from a test's name and place: named after the module, or beside it. `named`: the
 * folded name of what the test is named after, if it is named like a test; `module`: the
 * subject's module name.
 */
function nameScore(named, module) {
    const folded = (0,fold_name/* foldName */.z)(module);
    if (named === undefined || folded.length < 3)
        return { score: 0 };
    if (named === folded)
        return { score: 3.5, reason: `named after \`${module}\`` };
    // `test_build_manpage` for `manpage`, `test_commonmatrix` for `common`.
    if (named.includes(folded) || (named.length >= 4 && folded.includes(named)))
        return { score: 1.5, reason: `named like \`${module}\`` };
    return { score: 0 };
}
function sameTree(test, subject) {
    if (external_node_path_.posix.dirname(test) === external_node_path_.posix.dirname(subject))
        return 1;
    const testDirs = external_node_path_.posix.dirname(test).split('/');
    const sourceDirs = external_node_path_.posix.dirname(subject).split('/');
    const shared = testDirs.filter(part => sourceDirs.includes(part)).length;
    return Math.min(1, shared / Math.max(1, sourceDirs.length));
}
/** How many times the text calls the wanted functions or names the wanted classes. */
function countUses(text, wanted) {
    let count = 0;
    for (const { name, isClass } of wanted) {
        const escaped = name.replace(/\$/g, '\\$');
        const pattern = new RegExp(`(?<![\\w$])${escaped}${isClass ? '(?![\\w$])' : '\\s*\\('}`, 'g');
        count += text.match(pattern)?.length ?? 0;
    }
    return count;
}
/** Top-level names a file defines (its classes and functions): what a test would import. */
function exportedNames(file) {
    return new Set(file.outline.definitions
        .filter(definition => !definition.cls && definition.name.length >= 3)
        .map(definition => definition.name));
}
/**
 * The test sits in its subject's package and reaches it without an import: Go tests live in the
 * package's directory, Java and Kotlin tests declare the package of the class they test.
 */
function inSamePackage(test, head, subject) {
    if ((0,test_files/* languageFamily */.JL)(test) === 'go')
        return external_node_path_.posix.dirname(test) === external_node_path_.posix.dirname(subject);
    if (head?.pkg === undefined)
        return false;
    const dir = external_node_path_.posix.dirname(subject);
    return dir === head.pkg || dir.endsWith(`/${head.pkg}`);
}
/** The subject's definitions the issue points at (its best symbols): what its tests use. */
function wantedNames(subject, symbols) {
    // A class counts only when it is itself the best symbol: when the change is in one of its
    // methods, the tests that merely construct it are everywhere.
    const own = symbols.filter(symbol => symbol.path === subject.path);
    const wanted = [];
    const want = (name, isClass) => {
        if (!wanted.some(item => item.name === name))
            wanted.push({ name, isClass });
    };
    own.slice(0, 2).forEach((symbol, i) => {
        const isClass = !['function', 'method'].includes(symbol.kind);
        if (i > 0 && isClass)
            return;
        // Tests never call `__iter__` by name: they use its class (`x in Name(…)`), which counts,
        // like a class, only for the best symbol.
        if (/^__\w+__$/.test(symbol.name)) {
            if (i === 0 && symbol.className && symbol.className.length >= 3)
                want(symbol.className, true);
            return;
        }
        if (symbol.name.length >= 3)
            want(symbol.name, isClass);
    });
    return wanted;
}
function useReason(wanted, uses) {
    const called = wanted.filter(item => !item.isClass).map(item => `\`${item.name}\``);
    const used = wanted.filter(item => item.isClass).map(item => `\`${item.name}\``);
    const what = [
        used.length > 0 ? `uses ${used.join(' or ')}` : '',
        called.length > 0 ? `calls ${called.join(' or ')}` : ''
    ]
        .filter(Boolean)
        .join(' or ');
    return `${what} ${uses} time${uses === 1 ? '' : 's'}`;
}
/** Using the very function the change goes into is the strongest sign of its test. */
function useScore(uses) {
    return Math.min(5, 2 + 1.5 * Math.log2(1 + uses));
}
/**
 * Tests of a subject that no test imports, names or shares a package with (a base class reached
 * through its subclasses, a module used through a package's facade): those that call its
 * functions most, read from their heads. A single call is too weak a sign on its own.
 */
function callersOf(root, tests, subject, wanted, options) {
    const heads = new read_file/* HeadReader */.GU(options.headBytes);
    const callers = [];
    for (const test of tests) {
        if ((0,test_files/* languageFamily */.JL)(test) !== (0,test_files/* languageFamily */.JL)(subject))
            continue;
        const uses = countUses(heads.read((0,external_node_path_.join)(root, test))?.text ?? '', wanted);
        if (uses < MIN_USES)
            continue;
        callers.push({
            path: test,
            score: useScore(uses),
            reasons: [useReason(wanted, uses)],
            uses
        });
    }
    return callers.sort((a, b) => b.uses - a.uses || a.path.localeCompare(b.path));
}
/** Uses a test must make to count as a subject's test on that evidence alone. */
const MIN_USES = 2;
/**
 * The existing tests of each subject (the best-ranked code files that were parsed), best first.
 * `symbols` says which functions of a subject matter: tests calling them rank first.
 */
function findCoveringTests(root, testFiles, subjects, symbols, options = defaultCoveringOptions) {
    if (subjects.length === 0)
        return [];
    const families = new Set(subjects.map(subject => (0,test_files/* languageFamily */.JL)(subject.path)));
    const tests = testFiles
        .filter(path => families.has((0,test_files/* languageFamily */.JL)(path)) && !(0,test_files/* isFixturePath */.pE)(path))
        .slice(0, options.maxTests);
    const reader = new read_file/* HeadReader */.GU(options.headBytes);
    const files = tests.map(path => {
        const text = reader.read((0,external_node_path_.join)(root, path))?.text ?? '';
        const imports = testImports(path, text);
        const shape = (0,test_files/* testShape */.MA)(path);
        return {
            path,
            family: (0,test_files/* languageFamily */.JL)(path),
            ...(shape ? { named: (0,fold_name/* foldName */.z)(shape.subject) } : {}),
            head: { imports, pkg: declaredPackage(path, text) },
            importedNames: [...new Set(imports.flatMap(imported => imported.names))]
        };
    });
    const whole = new read_file/* HeadReader */.GU(options.capBytes);
    const found = [];
    for (const subject of subjects) {
        const exported = exportedNames(subject);
        const subjectFamily = (0,test_files/* languageFamily */.JL)(subject.path);
        const module = (0,module_name/* moduleName */.AO)(subject.path);
        let scored = [];
        for (const { path: test, family: testFamily, named, head, importedNames } of files) {
            if (testFamily !== subjectFamily)
                continue;
            const item = { path: test, score: 0, reasons: [] };
            const byName = nameScore(named, module);
            if (byName.reason) {
                item.score += byName.score;
                item.reasons.push(byName.reason);
            }
            const list = head.imports;
            const imported = list
                .map(spec => importsModule(spec, subject.path))
                .find(found => found !== undefined);
            if (imported) {
                item.score += 4;
                item.reasons.push(`imports \`${imported.replace(/\//g, '.')}\``);
            }
            const names = importedNames.filter(name => exported.has(name));
            if (names.length > 0) {
                item.score += Math.min(3, names.length);
                item.reasons.push(`imports ${names
                    .slice(0, 3)
                    .map(name => `\`${name}\``)
                    .join(', ')}`);
            }
            if (inSamePackage(test, head, subject.path)) {
                item.score += 3;
                item.reasons.push(`in the package of \`${external_node_path_.posix.basename(subject.path)}\``);
            }
            else if (item.score > 0)
                item.score += sameTree(test, subject.path);
            if (item.score > 0)
                scored.push(item);
        }
        scored.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
        const wanted = wantedNames(subject, symbols);
        for (const item of scored.slice(0, options.callReads)) {
            if (wanted.length === 0)
                break;
            const text = whole.read((0,external_node_path_.join)(root, item.path))?.text ?? '';
            const uses = countUses(text, wanted);
            if (uses === 0)
                continue;
            item.uses = uses;
            item.score += useScore(uses);
            item.reasons.push(useReason(wanted, uses));
        }
        // A test that uses the function again and again outranks one that only shares the module's
        // name or imports it; a single use may be incidental.
        const repeated = (item) => Number((item.uses ?? 0) >= MIN_USES);
        scored.sort((a, b) => repeated(b) - repeated(a) || b.score - a.score || a.path.localeCompare(b.path));
        if (scored.length === 0 && wanted.length > 0)
            scored = callersOf(root, tests, subject.path, wanted, options);
        for (const item of scored.slice(0, 3)) {
            found.push({
                path: item.path,
                subject: subject.path,
                score: Math.round(item.score * 1000) / 1000,
                reasons: item.reasons
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/research/families/families.ts
// Repositories grow by families: every lint rule is `lib/rules/<name>.js`, every plugin
// `src/plugin/<name>/index.js`, every check `checks/<area>/<Name>Check.java`, every prompt module
// `src/modules/<name>.rs` beside `src/configs/<name>.rs`. A family is read off the paths alone:
// the directory of a file, its siblings of the same shape, the case they are named in, and the
// companions each member has elsewhere in the tree (its types, its test, its docs page).


const MIN_MEMBERS = 4;
function nameCase(names) {
    const count = (test) => names.filter(test).length;
    const cases = [
        ['kebab', count(name => /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(name))],
        ['snake', count(name => /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(name))],
        ['camel', count(name => /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(name))],
        ['pascal', count(name => /^(?:[A-Z][a-z0-9]*){2,}$/.test(name))]
    ];
    const [best, n] = cases.sort((a, b) => b[1] - a[1])[0];
    return n > 0 ? best : 'lower';
}
/** Splits a name into lower-case words, whatever its case. */
function wordsOf(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word.toLowerCase());
}
function inCase(words, style) {
    const capital = (word) => word.charAt(0).toUpperCase() + word.slice(1);
    switch (style) {
        case 'kebab':
            return words.join('-');
        case 'snake':
            return words.join('_');
        case 'camel':
            return words.map((word, i) => (i === 0 ? word : capital(word))).join('');
        case 'pascal':
            return words.map(capital).join('');
        case 'lower':
            return words.join('');
    }
}
/** The part two or more names share at their end (`Check` of `NoLineWrapCheck`, `LineLengthCheck`). */
function sharedSuffix(names) {
    let suffix = names[0];
    for (const name of names.slice(1))
        while (suffix && !name.endsWith(suffix))
            suffix = suffix.slice(1);
    // A suffix is a whole word: `Check`, not `eck`.
    return /^[A-Z_-]/.test(suffix) && suffix.length < (names[0]?.length ?? 0) ? suffix : '';
}
function fileFamily(anchor, byDir) {
    const dir = external_node_path_.posix.dirname(anchor);
    const name = external_node_path_.posix.basename(anchor);
    const extension = name.slice(name.indexOf('.'));
    const siblings = (byDir.get(dir) ?? [])
        .map(path => external_node_path_.posix.basename(path))
        .filter(file => file.endsWith(extension) && file.indexOf('.') === file.length - extension.length)
        .filter(file => !(0,module_name/* isIndexFile */.pO)(file, { entries: true }));
    if (siblings.length < MIN_MEMBERS)
        return undefined;
    const stems = siblings.map(file => file.slice(0, -extension.length));
    const suffix = sharedSuffix(stems);
    const members = stems.map(stem => stem.slice(0, stem.length - suffix.length));
    return {
        dir,
        shape: `{name}${suffix}${extension}`,
        members,
        case: nameCase(members),
        companions: []
    };
}
function directoryFamily(anchor, byDir) {
    const memberDir = external_node_path_.posix.dirname(anchor);
    const dir = external_node_path_.posix.dirname(memberDir);
    const inner = external_node_path_.posix.basename(anchor);
    if (dir === '.' || !(0,module_name/* isIndexFile */.pO)(inner, { entries: true }))
        return undefined;
    const members = [...byDir.keys()]
        .filter(candidate => external_node_path_.posix.dirname(candidate) === dir)
        .filter(candidate => (byDir.get(candidate) ?? []).includes(`${candidate}/${inner}`))
        .map(candidate => external_node_path_.posix.basename(candidate));
    if (members.length < MIN_MEMBERS)
        return undefined;
    return { dir, shape: `{name}/${inner}`, members, case: nameCase(members), companions: [] };
}
/**
 * Where else the members have a file named after them (`types/plugin/{name}.d.ts`,
 * `tests/lib/rules/{name}.js`, `docs/rules/{name}.md`): kept when most members have one.
 */
function companionsOf(family, paths) {
    // A sample of the members is enough to see the pattern, and keeps a family of hundreds cheap.
    const sample = family.members.slice(0, 40);
    const members = new Map(sample.map(member => [member.toLowerCase(), member]));
    const counts = new Map();
    for (const path of paths) {
        if (path.startsWith(`${family.dir}/`))
            continue;
        const dir = external_node_path_.posix.dirname(path);
        const file = external_node_path_.posix.basename(path);
        const lower = file.toLowerCase();
        const dirName = external_node_path_.posix.basename(dir).toLowerCase();
        // `{name}.ext`, `{name}.test.ext`, `{name}_test.ext`, `{name}/index.ext`, `Test{name}.ext`.
        for (const [key, member] of members) {
            let shape;
            if (lower.startsWith(key) && /^[._-]/.test(file.slice(key.length)))
                shape = `${dir}/{name}${file.slice(key.length)}`;
            else if (dirName === key && (0,module_name/* isIndexFile */.pO)(file, { entries: true }))
                shape = `${external_node_path_.posix.dirname(dir)}/{name}/${file}`;
            if (!shape)
                continue;
            counts.set(shape, (counts.get(shape) ?? new Set()).add(member));
        }
    }
    const needed = Math.max(3, Math.ceil(sample.length / 2));
    return [...counts]
        .filter(([, found]) => found.size >= needed)
        .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
        .map(([shape]) => shape)
        .slice(0, 4);
}
/** The tree's files by directory, for reading families off it. */
function filesByDirectory(paths) {
    const byDir = new Map();
    for (const path of paths) {
        const dir = external_node_path_.posix.dirname(path);
        const list = byDir.get(dir);
        if (list)
            list.push(path);
        else
            byDir.set(dir, [path]);
    }
    return byDir;
}
/**
 * The family `anchor` belongs to, if its directory holds enough siblings of its shape; its
 * companions are looked for only when asked (they take a pass over the whole tree).
 */
function familyOf(anchor, paths, byDir = filesByDirectory(paths), withCompanions = true) {
    const family = directoryFamily(anchor, byDir) ?? fileFamily(anchor, byDir);
    return family && withCompanions ? withCompanionsOf(family, paths) : family;
}
function withCompanionsOf(family, paths) {
    return { ...family, companions: companionsOf(family, paths) };
}

;// CONCATENATED MODULE: ./src/research/families/new-member.ts
// Whether an issue asks for a new member of a family the research found (a new rule, plugin,
// command, check, locale), and under which name: a name the issue writes whole (`no-foo-bar`,
// `relativeTime`) or the words its title puts before the family's kind ("Add a truncate
// plugin"), that no member has yet. The new files then take the family's shape: the member in
// its directory, named in its case, and the companions its siblings have (types, test, docs).


// The issue asks for something new.
const ASKS_FOR_NEW = /\b(?:add(?:s|ing)?|new|support(?:s|ing)?|introduce|implement|create|provide|proposal|request)\b/i;
// Words that name what kind of member a title asks for ("a new rule", "add the X plugin").
const KIND_WORDS = /\b(?:rule|plugin|command|subcommand|module|check|checker|lint|locale|language|handler|provider|adapter|driver|formatter|reporter|extension|middleware|filter|preset|theme|widget|component|hook|backend|exporter|importer|parser|transformer|integration)s?\b/i;
// Words that say the issue extends code that exists: "add a `max_depth` parameter to `install()`",
// "a new option for the rule".
const EXTENDS_WORDS = /\b(?:option|parameter|param|argument|arg|flag|setting|config(?:uration)?|property|field|attribute|method|overload|variant)s?\b/i;
/**
 * Candidate names, what the request adds first: the words its title puts before a kind word ("Add
 * Duration Plugin": duration), then whole names the title writes, then code-like names of the body
 * (`toISOString()` in a body is what the new member offers, not its name, unless nothing else is).
 */
function candidateNames(title, signals) {
    const names = [];
    const kind = KIND_WORDS.exec(title);
    if (kind) {
        // "Add truncate plugin", "New `no-foo` rule", "Support for a relative time locale",
        // "Proposal: no foo bar rule" (a prefix before a colon is the issue's, not the name's).
        const before = title
            .slice(0, kind.index)
            .replace(/[`'"]/g, '')
            .split(/:|\b(?:add|new|support(?:\s+for)?|introduce|implement|create|provide|an?|the)\b/i)
            .pop();
        const words = wordsOf(before ?? '').filter(word => word.length > 1);
        if (words.length > 0 && words.length <= 3)
            names.push(words);
    }
    for (const m of title.matchAll(/`([A-Za-z][\w-]{1,40})`/g))
        names.push(wordsOf(m[1]));
    const compounds = [...signals.compounds.values()];
    for (const compound of compounds.filter(name => name.inTitle))
        names.push(wordsOf(compound.written));
    for (const compound of compounds.filter(name => !name.inTitle && name.codeLike))
        names.push(wordsOf(compound.written));
    return names;
}
/**
 * The words that say "a member of this family": its directory's name in the singular (`rules` ->
 * rule, `plugin`), and the word its members' names end in (`…Check`).
 */
function familyWords(family) {
    const dir = (family.dir.split('/').pop() ?? '').toLowerCase();
    const singular = dir.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
    // A directory names a kind of member when it is a plural (`rules`, `locales`) or a kind word
    // (`plugin`); a package's own name (`rich/`, `src/`) says nothing of the kind.
    const named = singular !== dir || KIND_WORDS.test(dir) ? [singular] : [];
    const suffix = /^\{name\}([A-Z][a-z]+)/.exec(family.shape)?.[1]?.toLowerCase();
    return [...named, ...(suffix ? [suffix] : [])].filter(word => word.length >= 3);
}
/**
 * Whether the title extends code that exists rather than asking for a new member: it names a
 * member the family has ("an option for `no-unused-vars`"), or asks for an option, a parameter or
 * a method without naming the family's kind of thing. `existing`: the members' folded names.
 */
function extendsExisting(title, signals, existing) {
    const written = [
        ...[...signals.compounds.values()].filter(name => name.inTitle).map(name => name.written),
        ...[...title.matchAll(/`([^`]{2,60})`/g)].map(m => m[1])
    ];
    if (written.some(name => existing.has((0,fold_name/* foldName */.z)(name))))
        return true;
    return EXTENDS_WORDS.test(title) && !KIND_WORDS.test(title);
}
/** The issue speaks of the family's kind of thing: a new rule for a family of rules. */
function speaksOf(family, text) {
    return familyWords(family).some(word => new RegExp(`\\b${word}s?\\b`, 'i').test(text));
}
/** Whether the title asks for something new at all: the cheap test before any family is read. */
function asksForNew(title) {
    return ASKS_FOR_NEW.test(title);
}
/** The new member's name in the family's case, if the issue asks for one. */
function newMemberName(title, body, signals, family) {
    if (!asksForNew(title) || !speaksOf(family, `${title}\n${body.slice(0, 400)}`))
        return undefined;
    const existing = new Set(family.members.map(fold_name/* foldName */.z));
    if (extendsExisting(title, signals, existing))
        return undefined;
    const words = candidateNames(title, signals).find(candidate => candidate.length > 0 && !existing.has((0,fold_name/* foldName */.z)(candidate.join(''))));
    return words && inCase(words, family.case);
}
/** The new member's files: its own in the family's shape, then its companions. */
function newMemberIn(family, name) {
    const fill = (shape) => shape.replace('{name}', name);
    return {
        pattern: `${family.dir}/${family.shape}`,
        name,
        files: [`${family.dir}/${fill(family.shape)}`, ...family.companions.map(fill)],
        siblings: family.members
            .slice(0, 3)
            .map(member => `${family.dir}/${family.shape.replace('{name}', member)}`)
    };
}

;// CONCATENATED MODULE: ./src/research/families/index.ts


/** The families of the first three code files, nearest the top first. */
function findNewMember(query, signals, ranked, paths) {
    if (!asksForNew(query.title))
        return undefined;
    // Type declarations (`.d.ts`) follow the code they describe: the family is the code's.
    const code = ranked.filter(item => item.kind === 'code' && !item.path.endsWith('.d.ts'));
    const byDir = filesByDirectory(paths);
    for (const file of code.slice(0, 3)) {
        const family = familyOf(file.path, paths, byDir, false);
        const name = family && newMemberName(query.title, query.body, signals, family);
        if (family && name)
            return newMemberIn(withCompanionsOf(family, paths), name);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/research/history/co-change.ts
class CoChange {
    commits;
    touching = new Map();
    constructor(commits) {
        this.commits = commits;
        commits.forEach((commit, index) => {
            for (const file of commit.files) {
                const list = this.touching.get(file.path);
                if (list)
                    list.push(index);
                else
                    this.touching.set(file.path, [index]);
            }
        });
    }
    /** Commits of the history read that touched `path`, newest first. */
    commitsOf(path) {
        return this.touching.get(path) ?? [];
    }
    commit(index) {
        return this.commits[index];
    }
    /** The files that changed with `path` in its last `recent` commits, most often first. */
    companionsOf(path, keep, recent = 50) {
        const own = this.commitsOf(path).slice(0, recent);
        const counts = new Map();
        for (const index of own)
            for (const file of this.commits[index].files)
                if (file.path !== path && keep(file.path))
                    counts.set(file.path, (counts.get(file.path) ?? 0) + 1);
        return [...counts]
            .map(([other, together]) => ({ path: other, together, of: own.length }))
            .sort((a, b) => b.together - a.together || a.path.localeCompare(b.path));
    }
}

// EXTERNAL MODULE: ./src/text/sanitize.ts
var sanitize = __webpack_require__(4212);
;// CONCATENATED MODULE: ./src/research/history/labels.ts
// How a commit is named where a reviewer reads it: its short hash and its subject, cleaned like
// issue text (a commit message is untrusted) and kept to one short line of plain words.

const SUBJECT_CHARS = 72;
/**
 * What a commit did, in its own words: a merge commit's subject only names the branch
 * ("Merge pull request #1755 from user/branch"), and the pull request's title is its body's
 * first line.
 */
function commitTitle(commit) {
    const merge = /^Merge (?:pull request|branch '[^']*' of \S+|remote-tracking branch) ?(#\d+)?/i.exec(commit.subject);
    const title = commit.body.split('\n').find(line => line.trim() !== '');
    if (!merge || !title)
        return commit.subject;
    return merge[1] ? `${title.trim()} (${merge[1]})` : title.trim();
}
/** The subject as plain text: no markup of its own, no line breaks, at most one short line. */
function plainSubject(subject) {
    const clean = (0,sanitize/* sanitizeIssueText */.U)(subject, 1000)
        .replace(/\s+/g, ' ')
        .replace(/[`*_[\]\\|]/g, '')
        .trim();
    if (clean.length <= SUBJECT_CHARS)
        return clean;
    // A long subject is cut between words, and the pull request it names is kept whole: it is
    // what a reader looks the change up by.
    const reference = / \((?:[\w.-]+\/[\w.-]+)?#\d+\)$/.exec(clean)?.[0] ?? '';
    const text = clean.slice(0, clean.length - reference.length);
    const room = SUBJECT_CHARS - 1 - reference.length;
    const cut = text.slice(0, room + 1);
    const space = cut.lastIndexOf(' ');
    const kept = space > room / 2 ? cut.slice(0, space) : cut.slice(0, room);
    return `${kept.replace(/[\s,;:.(-]+$/, '')}…${reference}`;
}
/** "`a1b2c3d` *Fix crash when the path has spaces (#1234)*" */
function commitLabel(commit) {
    const subject = plainSubject(commit.subject);
    return subject ? `\`${commit.sha.slice(0, 7)}\` *${subject}*` : `\`${commit.sha.slice(0, 7)}\``;
}

;// CONCATENATED MODULE: ./src/research/issue/terms.ts
// Words and identifier parts, shared by the issue reader and the ranking: identifiers split on
// case changes and underscores, lower-cased, with a light English stemmer.
/** Identifier parts: `JSONEncoder` -> JSON, Encoder; `to_json_dict` -> to, json, dict. */
const subwordPattern = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g;
/** Splits text into lower-case identifier parts of two letters or more. */
function subwords(text) {
    const out = [];
    subwordPattern.lastIndex = 0;
    for (let m = subwordPattern.exec(text); m; m = subwordPattern.exec(text)) {
        if (m[0].length >= 2)
            out.push(m[0].toLowerCase());
    }
    return out;
}
/**
 * Words that say nothing about where a change goes: English function words, words every
 * issue template uses, and keywords of common languages.
 */
const stopwords = new Set(('a an and are as at be been but by can could did do does doing done for from had has have ' +
    'having he her here hers him his how i if in into is it its itself just me more most my no ' +
    'nor not now of off on once only or other our out over own same she should so some such ' +
    'than that the their them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours ' +
    'also any all am cannot like get got use used using want seems seem see make made may might ' +
    'must need needs one two new way well still even instead though thanks thank please hi hello ' +
    'able about above after again against because before being below between both down during ' +
    'each few further let lets us via etc eg ie ok yes yet already always never something ' +
    'anything nothing everything someone would shall bug bugs issue issues error errors expected ' +
    'behaviour behavior actual describe description reproduce steps step version versions ' +
    'following follows example examples work works working problem feature request code ' +
    'screenshots screenshot context additional environment output result results info ' +
    'def class self cls return import from none true false null undefined function const var ' +
    'let elif else pass raise try except finally lambda yield async await print python pip ' +
    'js ts py www http https com org github html').split(' '));
/**
 * Light stemming: enough to meet `timezones`/`timezone`, `parsing`/`parses`/`parse`,
 * `classes`/`class`. Over-stemming is harmless here: both sides go through the same function.
 */
function stem(word) {
    let w = word.toLowerCase();
    if (w.length <= 4)
        return w;
    if (w.endsWith('ies') && w.length > 5)
        w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses'))
        w = w.slice(0, -2);
    else if (w.endsWith('ing') && w.length > 6)
        w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 5 && !w.endsWith('eed'))
        w = w.slice(0, -2);
    else if (/(?:ch|sh|x|z|ss)es$/.test(w))
        w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w))
        w = w.slice(0, -1);
    if (w.length > 4 && w.endsWith('e'))
        w = w.slice(0, -1);
    return w;
}
const suffixes = ['', 'e', 's', 'es', 'ed', 'd', 'ing'];
/**
 * Surface forms that stem to `stemmed`, so a file's tokens can be looked up raw in a map
 * (no stemming per token while scanning files).
 */
function surfaceForms(stemmed) {
    const forms = suffixes.map(suffix => stemmed + suffix);
    if (stemmed.endsWith('y'))
        forms.push(`${stemmed.slice(0, -1)}ies`);
    return forms.filter(form => stem(form) === stemmed);
}

;// CONCATENATED MODULE: ./src/research/scan/term-table.ts

function buildTermTable(signals) {
    const lookup = new Map();
    const terms = [];
    const weights = [];
    for (const [term, weight] of signals.terms) {
        const index = terms.length;
        terms.push(term);
        // Repetition in the issue matters, but with diminishing returns.
        weights.push(1 + Math.log(weight));
        for (const form of surfaceForms(term))
            if (!lookup.has(form))
                lookup.set(form, index);
        if (!lookup.has(term))
            lookup.set(term, index);
    }
    return { lookup, terms, queryWeight: Float64Array.from(weights) };
}

;// CONCATENATED MODULE: ./src/research/history/similar-changes.ts


const K1 = 1.2;
const B = 0.75;
/** A commit's subject says what it did; it counts twice, as an issue's title does. */
const SUBJECT_WEIGHT = 2;
/** The pull request or issue numbers a text names: `(#1234)`, `Fixes #12`, `pull request #9`. */
function referencedNumbers(text) {
    return new Set([...text.matchAll(/(?<![\w&/])#(\d{1,7})\b/g)].map(match => match[1]));
}
/** Version bumps, releases and merges of branches say nothing about what changed. */
const ROUTINE = /^(?:merge (?:branch|remote-tracking)|bump |release |prepare (?:for )?release|v?\d+\.\d+(?:\.\d+)?$|update changelog)/i;
/** What of a message is read: the subject and the start of the body say what a change did. */
const BODY_CHARS = 800;
/**
 * A message's length in terms, and how often it uses each of the issue's terms (by index). Words
 * are matched by their surface forms, as the file scan matches them, so no word is stemmed here.
 */
function termCounts(commit, table) {
    const counts = new Map();
    let length = 0;
    const add = (text, weight) => {
        for (const word of text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) {
            for (const part of subwords(word)) {
                if (part.length < 3 || stopwords.has(part))
                    continue;
                length += weight;
                const term = table.lookup.get(part);
                if (term !== undefined)
                    counts.set(term, (counts.get(term) ?? 0) + weight);
            }
        }
    };
    add(commit.subject, SUBJECT_WEIGHT);
    add(commit.body.slice(0, BODY_CHARS), 1);
    return { counts, length };
}
/** Commits ranked by how much their messages share the issue's rarer terms, best first. */
function similarChanges(commits, signals, issueText) {
    const usable = commits.filter(commit => commit.files.length > 0 && !ROUTINE.test(commit.subject));
    if (usable.length === 0)
        return [];
    const table = buildTermTable(signals);
    const docs = usable.map(commit => termCounts(commit, table));
    const average = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length || 1;
    const frequency = new Float64Array(table.terms.length);
    for (const doc of docs)
        for (const term of doc.counts.keys())
            frequency[term]++;
    const numbers = referencedNumbers(issueText);
    const out = [];
    docs.forEach((doc, i) => {
        let score = 0;
        for (const [term, tf] of doc.counts) {
            const df = frequency[term];
            const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
            const norm = tf + K1 * (1 - B + (B * doc.length) / average);
            score += table.queryWeight[term] * idf * ((tf * (K1 + 1)) / norm);
        }
        const commit = usable[i];
        const referenced = numbers.size > 0 &&
            [...referencedNumbers(`${commit.subject}\n${commit.body}`)].some(n => numbers.has(n));
        if (score > 0 || referenced)
            out.push({ commit, score, referenced });
    });
    return out.sort((a, b) => Number(b.referenced) - Number(a.referenced) || b.score - a.score);
}

;// CONCATENATED MODULE: ./src/research/tree/roles.ts
// What part a file plays in the repository, from its path: the project's own code and docs, or
// the machinery around them — build and release scripts, benchmarks, the website's assets,
// examples, generated copies of the sources, CI workflows, issue and pull request templates,
// changelogs. The machinery is rarely where a change goes and never a feature's home unless the
// issue names it, so the research weighs it less (path-priors.ts) and the planners do not list it.
// Directory names that say "machinery" wherever they sit, and names that say so only at the top
// of the tree (`tools/` beside `src/` is build tooling; `pandas/core/tools/` is the library).
const TOOLING_ANYWHERE = new Set(['scripts', 'benchmark', 'benchmarks', 'devtools', 'build-tools']);
const TOOLING_AT_TOP = new Set([
    'script',
    'tools',
    'tooling',
    'bench',
    'benches',
    'perf',
    'hack',
    'ci',
    '.ci',
    'buildsrc'
]);
const SITE_NEAR_TOP = new Set(['site', 'website', 'www', 'docs-site']);
const EXAMPLES_ANYWHERE = new Set(['examples', '_examples', 'samples']);
const EXAMPLES_AT_TOP = new Set(['example', 'sample', 'demo', 'demos', 'playground']);
const CI_FILES = /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|appveyor\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|jenkinsfile|\.cirrus\.ya?ml|codecov\.ya?ml|\.pre-commit-config\.ya?ml)$/;
const CI_DIRS = new Set(['.circleci', '.buildkite', '.woodpecker']);
const CHANGELOG = /^(?:changelog|changes|history|news|releases?)(?:[-_][\w-]*)?(?:\.(?:md|markdown|rst|txt|adoc))?$/;
function roleOf(path) {
    const parts = path.toLowerCase().split('/');
    const name = parts[parts.length - 1];
    const dirs = parts.slice(0, -1);
    if (dirs[0] === '.github' || dirs[0] === '.gitlab') {
        if (dirs[1] === 'workflows' || dirs[1] === 'actions')
            return 'ci';
        if (/template/.test(dirs[1] ?? '') || /template/.test(name))
            return 'template';
        return 'tooling';
    }
    if (CI_FILES.test(name) || dirs.some(dir => CI_DIRS.has(dir)))
        return 'ci';
    if (CHANGELOG.test(name) ||
        dirs.some(dir => /^(?:changelog\.d|changes|newsfragments)$/.test(dir)))
        return 'changelog';
    // A generated copy of the sources for another runtime: `deno_dist/`, `cjs-dist/`.
    if (dirs.some(dir => /[._-]dist$|^dist[._-]/.test(dir)))
        return 'mirror';
    if (dirs.some(dir => EXAMPLES_ANYWHERE.has(dir)) || EXAMPLES_AT_TOP.has(dirs[0] ?? ''))
        return 'example';
    if (dirs.slice(0, 2).some(dir => SITE_NEAR_TOP.has(dir)))
        return 'site';
    if (dirs.some(dir => TOOLING_ANYWHERE.has(dir)) || TOOLING_AT_TOP.has(dirs[0] ?? ''))
        return 'tooling';
    return 'project';
}

;// CONCATENATED MODULE: ./src/research/tree/path-priors.ts


/** How much each kind of file counts: the change is in the code, tests and docs follow it. */
const kindWeight = {
    code: 1,
    test: 0.4,
    doc: 0.3,
    config: 0.4,
    other: 0.3
};
/**
 * How much the inferred evidence for a file of each role counts, on top of its kind's weight. An
 * example program is read as a doc (`classify.ts`) and weighed as an example, 0.3 × 0.35: weighing
 * it by its role alone (as code, 0.35) reordered the rankings of 17 corpus instances (8 of the
 * tuning half, 9 of the reporting half), lifting example and benchmark programs into the top ten
 * of 7, and moved no file or function of the change on either half: both weights stay.
 */
const roleWeight = {
    project: 1,
    tooling: 0.5,
    site: 0.35,
    example: 0.35,
    mirror: 0.3,
    ci: 0.3,
    template: 0.2,
    changelog: 0.3
};
/** Extensions that belong to one language, for counting a project's languages. */
const FAMILIES = {
    js: 'web',
    jsx: 'web',
    mjs: 'web',
    cjs: 'web',
    ts: 'web',
    tsx: 'web',
    mts: 'web',
    cts: 'web',
    vue: 'web',
    svelte: 'web',
    java: 'jvm',
    kt: 'jvm',
    kts: 'jvm',
    scala: 'jvm',
    groovy: 'jvm',
    c: 'c',
    h: 'c',
    cc: 'c',
    cpp: 'c',
    cxx: 'c',
    hpp: 'c',
    hh: 'c',
    hxx: 'c',
    py: 'python',
    pyi: 'python',
    pyx: 'python'
};
const path_priors_familyOf = (path) => {
    const extension = (0,classify/* extensionOf */.je)(path);
    return classify/* codeExtensions */.ST.has(extension) ? (FAMILIES[extension] ?? extension) : undefined;
};
/** Below this share of the code files, a language is a minor one in the project. */
const MINOR_SHARE = 0.05;
const MINOR_WEIGHT = 0.6;
function pathPriors(paths) {
    const roles = paths.map(roleOf);
    const families = paths.map(path_priors_familyOf);
    const counts = new Map();
    let code = 0;
    families.forEach((family, file) => {
        if (!family || roles[file] !== 'project')
            return;
        counts.set(family, (counts.get(family) ?? 0) + 1);
        code++;
    });
    const minor = (family) => family !== undefined && code >= 20 && (counts.get(family) ?? 0) < MINOR_SHARE * code;
    return {
        role: file => roles[file],
        weight: file => roleWeight[roles[file]] * (minor(families[file]) ? MINOR_WEIGHT : 1)
    };
}

;// CONCATENATED MODULE: ./src/research/history/fusion.ts
// Today's evidence and the history's, combined. A file's score is its share of the best file's
// score on each side, weighted and summed, on the scale of today's ranking (so the planners'
// "close to the best file" keeps its meaning); a test's likewise, from what it imports and calls,
// how often it changed with the code ranked first, and how often it changed in similar changes.
// The weights are fitted on the corpus's tuning half (`npm run bench:fit-history`), not by hand.





function add(map, path, score, reason) {
    const entry = map.get(path) ?? { score: 0, reasons: [] };
    entry.score += score;
    if (reason && !entry.reasons.includes(reason))
        entry.reasons.push(reason);
    map.set(path, entry);
}
/**
 * A test a change may extend: code in the tests' tree or named as a test. Broader than a name
 * alone (`test/request/subdomains.js`, `spec/partials.js`, a linter's fixture `ERA001.py`): that
 * it changes with the code is the evidence. Generated outputs (snapshots, expected text) are not.
 */
function isTest(path) {
    return (0,classify/* kindOf */.I)(path) === 'test' && classify/* codeExtensions */.ST.has((0,classify/* extensionOf */.je)(path));
}
/** How much a kind and role of file counts, as today's ranking weighs them. */
function pathWeight(path) {
    return kindWeight[(0,classify/* kindOf */.I)(path)] * roleWeight[roleOf(path)];
}
/** Files of the similar commits, scored by the commits' similarity. */
function historyScores(inputs, weights) {
    const similar = inputs.similar.slice(0, weights.similarCommits);
    const best = similar[0]?.score || 1;
    const scores = new Map();
    for (const commit of similar) {
        const strength = Math.max(commit.score / best, commit.referenced ? 1 : 0);
        for (const path of commit.files) {
            if (isTest(path))
                continue;
            add(scores, path, strength ** weights.similarityPower * pathWeight(path), `changed by ${commitLabel(commit)}`);
        }
    }
    return scores;
}
/** Today's ranking with the history's added, best first, each file with its reasons. */
function fuseFiles(inputs, weights) {
    const top = inputs.files[0]?.score || 1;
    const history = historyScores(inputs, weights);
    const best = Math.max(0, ...[...history.values()].map(entry => entry.score)) || 1;
    const fused = new Map();
    for (const file of inputs.files)
        fused.set(file.path, { ...file, reasons: [...file.reasons] });
    for (const [path, entry] of history) {
        const gain = top * weights.history * (entry.score / best);
        const known = fused.get(path);
        const file = known ?? {
            path,
            score: 0,
            kind: (0,classify/* kindOf */.I)(path),
            reasons: [],
            ...(roleOf(path) !== 'project' ? { role: roleOf(path) } : {})
        };
        file.score += gain;
        // The history's reason after today's strongest ones: the reader sees both kinds of evidence.
        file.reasons.splice(Math.min(file.reasons.length, 2), 0, entry.reasons[0]);
        fused.set(path, file);
    }
    return [...fused.values()]
        .map(file => ({
        ...file,
        score: Math.round(file.score * 1000) / 1000,
        reasons: file.reasons.slice(0, 4)
    }))
        .sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
}
/** "changed with `src/x.rs` in 14 of its last 20 commits" */
function togetherReason(subject, companion) {
    return `changed with \`${subject}\` in ${companion.together} of its last ${companion.of} commits`;
}
/**
 * The research's tests as the fusion starts from them: each keeps its place in the research's
 * order (which puts a test that uses the code again and again first), its score never above the
 * one before it, so with no history the order stays as it was.
 */
function coveringEntries(tests, weight) {
    const best = Math.max(0, ...tests.map(test => test.score)) || 1;
    const entries = new Map();
    let ceiling = Infinity;
    tests.forEach((test, order) => {
        ceiling = Math.min(ceiling, (weight * test.score) / best);
        const key = `${test.subject}\0${test.path}`;
        if (!entries.has(key))
            entries.set(key, { ...test, reasons: [...test.reasons], score: ceiling, order });
    });
    return entries;
}
/** Adds evidence to the test's entry for `subject`, making one if the research had none. */
function credit(entries, path, subject, score, reason) {
    const key = `${subject}\0${path}`;
    const entry = entries.get(key) ?? { path, subject, score: 0, reasons: [], order: entries.size };
    entry.score += score;
    // After the research's two strongest reasons: a reader sees both kinds of evidence.
    if (!entry.reasons.includes(reason))
        entry.reasons.splice(Math.min(entry.reasons.length, 2), 0, reason);
    entries.set(key, entry);
}
/**
 * The tests of the change, best first: the research's by imports and calls, those that changed
 * with the best-ranked code, and those that changed in similar commits. Each is tied to the code
 * file it tests (its subject), so a plan lists it beside that file.
 */
function fuseTests(inputs, files, weights) {
    const w = weights.tests;
    const entries = coveringEntries(inputs.tests, w.covering);
    const code = files.filter(file => file.kind === 'code').slice(0, w.subjects);
    code.forEach((subject, rank) => {
        for (const companion of inputs.companions[subject.path] ?? []) {
            if (companion.of < 2 || !isTest(companion.path))
                continue;
            if ((0,test_files/* languageFamily */.JL)(companion.path) !== (0,test_files/* languageFamily */.JL)(subject.path))
                continue;
            const share = companion.together / companion.of;
            credit(entries, companion.path, subject.path, (w.coChange * share) / (rank + 1), togetherReason(subject.path, companion));
        }
    });
    // Tests the similar commits changed, by the commits' similarity.
    const similar = new Map();
    const best = inputs.similar[0]?.score || 1;
    for (const commit of inputs.similar.slice(0, weights.similarCommits))
        for (const path of commit.files)
            if (isTest(path))
                add(similar, path, Math.max(commit.score / best, commit.referenced ? 1 : 0), `changed by ${commitLabel(commit)}`);
    const bestSimilar = Math.max(0, ...[...similar.values()].map(entry => entry.score)) || 1;
    for (const [path, entry] of similar) {
        const score = (w.similar * entry.score) / bestSimilar;
        const own = [...entries.values()].filter(item => item.path === path);
        if (own.length > 0) {
            for (const item of own)
                credit(entries, path, item.subject, score, entry.reasons[0]);
            continue;
        }
        // A test only the history knows goes with the best-ranked code its commits touched.
        const touched = inputs.similar.filter(commit => commit.files.includes(path));
        const subject = files.find(file => file.kind === 'code' && touched.some(commit => commit.files.includes(file.path))) ?? code[0];
        if (subject)
            credit(entries, path, subject.path, score, entry.reasons[0]);
    }
    return [...entries.values()]
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .map(({ order: _order, ...test }) => ({
        ...test,
        score: Math.round(test.score * 1000) / 1000,
        reasons: test.reasons.slice(0, 3)
    }));
}

// EXTERNAL MODULE: ./src/research/history/read-log.ts
var read_log = __webpack_require__(5091);
;// CONCATENATED MODULE: ./src/research/history/weights.ts
const historyWeights = {
    history: 0.5,
    similarCommits: 50,
    similarityPower: 1,
    tests: { covering: 1, coChange: 1, similar: 1, subjects: 1 }
};

// EXTERNAL MODULE: ./src/text/regex.ts
var regex = __webpack_require__(1428);
;// CONCATENATED MODULE: ./src/research/history/precedent.ts
// How the last member of a family was added: the commit that created a sibling shows every file a
// new member needs, the registrations included (an index that imports the rules, a docs list, a
// changelog). The new member takes the same files, its name in place of the sibling's.



const MAX_FILES = 6;
function memberPattern(pattern) {
    const [before, after] = pattern.split('{name}').map(regex/* escapeRegExp */.N);
    return new RegExp(`^${before}([^/]+)${after ?? ''}$`);
}
/** The newest commit that added a sibling of the new member, and what it did besides. */
function precedentOf(member, commits, exists) {
    if (!member.pattern.includes('{name}'))
        return undefined;
    const pattern = memberPattern(member.pattern);
    for (const commit of commits) {
        const added = commit.files
            .filter(file => file.status === 'A')
            .map(file => pattern.exec(file.path)?.[1])
            .find((name) => name !== undefined && name !== member.name);
        // A commit that added many members at once (an import, a rename) shows no one member's shape.
        if (!added || commit.files.length > 40)
            continue;
        const renamed = (path) => path.split(added).join(member.name);
        const files = commit.files
            .filter(file => file.status === 'A' && file.path.includes(added))
            .map(file => renamed(file.path))
            .filter(path => !member.files.includes(path) && !exists(path))
            .slice(0, MAX_FILES);
        const registrations = commit.files
            .filter(file => file.status === 'M' && exists(file.path) && (0,classify/* kindOf */.I)(file.path) !== 'test')
            .map(file => file.path)
            .slice(0, MAX_FILES);
        return {
            sha: commit.sha,
            subject: plainSubject(commitTitle(commit)),
            sibling: added,
            files,
            registrations
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/research/history/index.ts





// Started before the tree's scan; the research awaits it once today's ranking is done.



/**
 * The commits and bytes bound what is read; the time only guards against a pathological
 * repository. A time limit that bites changes the plan with the machine's load: two runs on a
 * busy runner would read different histories and rank differently (`npm run bench:scale` checks
 * that repeated runs rank the same). 3,000 commits take git about 0.3 s of CPU on the corpus's
 * largest histories, read while the tree is scanned.
 */
const defaultHistoryBudget = {
    commits: 3000,
    ms: 15_000,
    bytes: 64 * 1024 * 1024,
    maxFilesPerCommit: 100
};
/** Similar commits the fusion reads, at most: the fit never uses more. */
const SIMILAR = 50;
/** Code files whose companions are worked out: those that could rank first after the fusion. */
const SUBJECTS = 10;
/** What the fusion needs from the history, for the files that exist in the tree today. */
function historyInputs(log, signals, issueText, exists, files) {
    const similar = similarChanges(log.commits, signals, issueText)
        .slice(0, SIMILAR)
        .map(({ commit, score, referenced }) => ({
        sha: commit.sha,
        subject: plainSubject(commitTitle(commit)),
        score,
        referenced,
        files: commit.files.map(file => file.path).filter(exists)
    }));
    const coChange = new CoChange(log.commits);
    const subjects = new Set(files
        .filter(file => file.kind === 'code')
        .slice(0, SUBJECTS)
        .map(file => file.path));
    // Code the similar commits touched may rank first once the history counts.
    for (const commit of similar.slice(0, SUBJECTS))
        for (const path of commit.files)
            if (subjects.size < 2 * SUBJECTS)
                subjects.add(path);
    const companions = {};
    for (const path of subjects)
        companions[path] = coChange.companionsOf(path, exists).slice(0, 40);
    // The covering tests are found after the fusion has ranked the files; the research adds them.
    return { files, tests: [], similar, companions };
}
/** The past changes a plan cites: worded like the issue, and touching the code it changes. */
function citedChanges(inputs, files, max = 3) {
    const lead = new Set(files
        .filter(file => file.kind === 'code')
        .slice(0, 3)
        .map(file => file.path));
    return inputs.similar
        .slice(0, 10)
        .filter(commit => commit.files.some(path => lead.has(path)))
        .slice(0, max);
}
/**
 * What the history says changes with the best-ranked code file besides its tests: files that
 * changed in at least `share` of its recent commits, and in three of them at least.
 */
function companionsOfLead(inputs, files, share = 0.3, max = 3) {
    const lead = files.find(file => file.kind === 'code');
    if (!lead)
        return [];
    return (inputs.companions[lead.path] ?? [])
        .filter(item => item.together >= 3 && item.together / item.of >= share)
        .filter(item => (0,classify/* kindOf */.I)(item.path) !== 'test')
        .slice(0, max)
        .map(item => ({ path: item.path, with: lead.path, together: item.together, of: item.of }));
}

// EXTERNAL MODULE: ./src/text/fences.ts
var text_fences = __webpack_require__(5889);
;// CONCATENATED MODULE: ./src/research/issue/behaviours.ts
// What an issue asks an object to do, as the special methods that do it: "not iterable" is
// `__iter__`, "unhashable" is `__hash__`, `t2 - t1` in a snippet is `__sub__` or `__rsub__`.
// Python's data model names these methods the same way in every project, so an issue's words and
// operators point at them even when the issue never names a method.

const behaviours = [
    { pattern: /\b(?:un)?hashable\b|\bhash\(/i, methods: ['__hash__', '__eq__'] },
    { pattern: /\b(?:not )?iterable\b|\biterat(?:e|ing|ion)\b/i, methods: ['__iter__'] },
    { pattern: /\bmembership\b|\bnot iterable\b/i, methods: ['__contains__'] },
    { pattern: /\b(?:comparable|sortable|orderable)\b/i, methods: ['__lt__', '__eq__'] },
    { pattern: /\bpickl(?:e|ed|ing|able)\b|\bunpickl/i, methods: ['__reduce__', '__getstate__'] },
    { pattern: /\bdeepcopy\b|\bcopy\.copy\(/i, methods: ['__deepcopy__', '__copy__'] },
    { pattern: /\bcontext manager\b/i, methods: ['__enter__', '__exit__'] },
    { pattern: /\btruth(?:y|iness)\b|\bfalsy\b|\bbool\(/i, methods: ['__bool__'] },
    { pattern: /\blen\(/, methods: ['__len__'] },
    { pattern: /\brepr\(/, methods: ['__repr__'] },
    { pattern: /\bsubtract(?:ion|ing|s)?\b/i, methods: ['__sub__', '__rsub__'] }
];
// A binary operator between two operands in code (`a - b`, `x | y`), spaced as code writes it.
const BINARY = /[\w)\]]\s([-+*/|&%@]|==|!=)\s[\w([]/g;
const operatorMethods = {
    '-': ['__sub__', '__rsub__'],
    '+': ['__add__', '__radd__'],
    '*': ['__mul__', '__rmul__'],
    '/': ['__truediv__', '__rtruediv__'],
    '|': ['__or__', '__ror__'],
    '&': ['__and__', '__rand__'],
    '%': ['__mod__', '__rmod__'],
    '@': ['__matmul__', '__rmatmul__'],
    '==': ['__eq__'],
    '!=': ['__ne__', '__eq__']
};
/**
 * The lines of code an issue quotes: its fenced and indented blocks, its prompt lines (data
 * blanked) and its code spans.
 */
function codeLines(text) {
    const lines = text.split('\n');
    const places = (0,text_fences/* fencePlaces */.id)(lines);
    const code = [];
    lines.forEach((line, i) => {
        if (places[i] === 'inside')
            code.push(line);
        // An indented block, or a line typed at a prompt, is code outside fences too.
        else if (places[i] === 'marker')
            return;
        else if (/^(?: {4}|\t)\S|^\s*>>> /.test(line))
            code.push(line.replace(/^\s*(?:>>> )?/, ''));
        else
            for (const span of line.matchAll(/`([^`\n]+)`/g))
                code.push(span[1]);
    });
    return code;
}
/**
 * Special method -> what the issue said that asks for it: words of its prose, and operators in
 * the code it quotes (program output and other data left out).
 */
function readBehaviours(issue) {
    const text = issue.bodyWithoutData;
    const prose = `${issue.title}\n${text}`;
    const code = codeLines(text);
    const found = new Map();
    for (const { pattern, methods } of behaviours) {
        const m = pattern.exec(prose);
        if (m)
            for (const method of methods)
                if (!found.has(method))
                    found.set(method, m[0].trim());
    }
    for (const line of code) {
        for (const m of line.matchAll(BINARY)) {
            for (const method of operatorMethods[m[1]] ?? [])
                if (!found.has(method))
                    found.set(method, `\`${m[1]}\``);
        }
    }
    return found;
}

// EXTERNAL MODULE: ./src/text/foreign-parts.ts
var foreign_parts = __webpack_require__(6948);
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

;// CONCATENATED MODULE: ./src/research/issue/quoted-paths.ts
const pathLike = /(?:^|[\s`'"([<=:,])((?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w@.+-]+\/)*[\w@+-][\w@.+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\s`'")\]>:,;#]|\.(?:\s|$))/gm;
/** File extensions that make a dotted token a file name rather than `module.attribute`. */
const fileExtension = /\.(?:py|pyi|js|jsx|mjs|cjs|ts|tsx|go|rs|java|kt|rb|php|c|h|cc|cpp|hpp|cs|swift|md|rst|txt|json|ya?ml|toml|ini|cfg|html|css|scss|sql|sh|lock|xml|csv)$/i;
function isUrlOrVersion(token) {
    return /^(?:www\.|[\w-]+\.(?:com|org|net|io|dev|edu|gov)\b)/i.test(token) || /^\d/.test(token);
}
/**
 * The line a path is quoted with: `mod.py:470`, or "line 227" in the words around it ("the
 * problem is in `jsonrep.py` at line 227", "line 743 of sympy/printing/latex.py").
 */
function quotedLineNumber(text, start, end) {
    const colon = /^:(\d+)/.exec(text.slice(end, end + 12));
    if (colon)
        return Number(colon[1]);
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const lineEnd = text.indexOf('\n', end);
    const before = text.slice(Math.max(lineStart, start - 40), start);
    const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 40));
    const m = /\bline\s+(\d+)\s+(?:of|in)\W*$/i.exec(before) ??
        /^\W*(?:at|on|in)?\s*line\s+(\d+)/i.exec(after);
    return m ? Number(m[1]) : undefined;
}
// A link to a file in a code host, pinned to a line or not: GitHub's and Gitea's
// `/OWNER/REPO/blob/REF/path#L851`, GitLab's `/-/blob/`, `/raw/`, `/src/`.
const sourceLink = /\bhttps?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:-\/)?(?:blob|tree|raw|src)\/[^\s/#?]+\/([^\s#?()<>"'`\]]+)(?:\?[^\s#()<>"'`\]]*)?(?:#L(\d+)[\w-]*)?/g;
/** Whether a text holds a link to a file in a code host. */
function isSourceLink(text) {
    return [...text.matchAll(sourceLink)].length > 0;
}
/**
 * The files the issue links to, and the body with those links blanked out (same length, so
 * offsets hold): their host, owner and ref are no words of the issue.
 */
function readSourceLinks(body) {
    const links = [];
    const blanked = body.replace(sourceLink, (link, path, line) => {
        const file = path.replace(/[.,;:]+$/, '');
        if (fileExtension.test(file))
            links.push(line ? { path: file, lineNumber: Number(line) } : { path: file });
        return ' '.repeat(link.length);
    });
    return { links, body: blanked };
}
/**
 * The paths quoted in `text` and the links, each once (a later quote with a line number lends its
 * line). Paths that frames already give are left out: a frame's path is evidence once, as a
 * frame, where its depth tells how close it is.
 */
function readQuotedPaths(text, links, framePaths) {
    const paths = [];
    const addPath = (raw, lineNumber, link = false) => {
        const path = raw.replace(/\\/g, '/');
        const found = paths.find(item => item.path === path);
        if (found) {
            if (lineNumber !== undefined && found.lineNumber === undefined) {
                found.line = true;
                found.lineNumber = lineNumber;
            }
            if (!link)
                delete found.link;
            return;
        }
        const mention = { path, frame: false, frameIndex: -1 };
        if (lineNumber !== undefined)
            Object.assign(mention, { line: true, lineNumber });
        if (link)
            mention.link = true;
        paths.push(mention);
    };
    for (const link of links)
        addPath(link.path, link.lineNumber, true);
    for (const m of text.matchAll(pathLike)) {
        const candidate = m[1];
        if (isUrlOrVersion(candidate) || !fileExtension.test(candidate)) {
            if (!candidate.includes('/'))
                continue;
        }
        if (/^\d|\/\//.test(candidate))
            continue;
        if (framePaths.has(candidate.replace(/\\/g, '/')))
            continue;
        const after = m.index + m[0].length;
        addPath(candidate, quotedLineNumber(text, m.index, after));
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/research/issue/issue-input.ts
// The issue as every reader of it takes it, read once: the title, the requester's words (what
// GitHub shows of the body, without comments, a service's blocks, images, badges and lines of
// bare links), and those words without their data (program output, LaTeX, SQL…), which name no
// code. A line of nothing but a link into the code stays: it points at a file.



function requesterBody(body) {
    const foreign = (0,foreign_parts/* foreignSpans */.UP)(body).filter(span => span.kind !== 'links' || !isSourceLink(body.slice(span.start, span.end)));
    return (0,foreign_parts/* blankSpans */.Yw)(body, foreign);
}
function issueInput(title, body) {
    const own = requesterBody(body);
    return { title, body: own, bodyWithoutData: withoutIssueData(own) };
}

;// CONCATENATED MODULE: ./src/research/issue/compound-names.ts
// Names of several words an issue writes whole: `arrow-body-style` (a lint rule), `--float-to-top`
// (a flag), `float_to_top` (a setting), `NoLineWrap` (a check). Repositories name the file, or
// the directory, of such a thing after it, in whatever case their language prefers: the rule
// `no-unused-vars` lives in `no-unused-vars.js`, the lint `unused-import` in `unused_import.rs`,
// the check `NoLineWrap` in `NoLineWrapCheck.java`. Folding case and separators away lets one
// name find its file across those conventions.


const KEBAB = /(?<![\w-])-{0,2}([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?![\w-])/g;
const QUOTED = /`([^`\n]{1,120})`|"([^"\n]{1,120})"|'([^'\n]{1,120})'/g;
function wordCount(name) {
    return name.split(/[-_]|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean).length;
}
/**
 * Kebab-case names in the title and in code or quotes (prose is full of hyphenated words:
 * "built-in", "real-time"), and the issue's identifiers of two words or more.
 */
function readCompoundNames(title, text, identifiers) {
    const names = new Map();
    const add = (written, inTitle, codeLike) => {
        if (wordCount(written) < 2 || written.length < 6)
            return;
        const key = (0,fold_name/* foldName */.z)(written);
        const found = names.get(key);
        if (found) {
            found.inTitle ||= inTitle;
            found.codeLike ||= codeLike;
        }
        else
            names.set(key, { written, inTitle, codeLike });
    };
    for (const m of title.matchAll(KEBAB))
        add(m[1], true, true);
    for (const quoted of text.matchAll(QUOTED))
        for (const m of (quoted[1] ?? quoted[2] ?? quoted[3]).matchAll(KEBAB))
            add(m[1], false, true);
    for (const mention of identifiers.values())
        if (mention.codeLike && /[a-z0-9][A-Z]|[A-Za-z0-9]_[A-Za-z0-9]/.test(mention.name))
            add(mention.name, mention.inTitle, true);
    return names;
}

;// CONCATENATED MODULE: ./src/research/issue/frames.ts
const pythonFrame = /File "([^"\n]+)", line (\d+)(?:, in ([\w<>.]+))?[^\n]*(?=(?:\n([^\n]*))?)/g;
const jsFrame = /\bat (?:([\w$.<>[\] ]+?) )?\(?((?:[A-Za-z]:)?[^\s():]+\.[A-Za-z]{1,5}):(\d+)(?::\d+)?\)?/g;
const javaFrame = /\bat ((?:[\w$]+\.)+[\w$<>]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
// Go prints the function on one line and its file under it: `pkg.(*T).Method(...)` / `\tfile.go:12 +0x1d`.
const goFrame = /^(?:([\w./*()-]+)\([^\n]*\)\n)?\s+((?:\/|[A-Za-z]:)?[^\s:]+\.go):(\d+)/gm;
const rubyFrame = /^\s*(?:from )?((?:\/|\.\/)?[^\s:]+\.rb):(\d+):in/gm;
const PYTHON_FRAME_LINE = /^\s*File "[^"]+", line \d+/;
/**
 * The text without Python's frame lines and the source each prints under it, and that source
 * apart: the frames name their own files and functions.
 */
function withoutFrameSource(text) {
    const lines = text.split('\n');
    const source = [];
    for (let i = lines.length - 1; i >= 0; i--) {
        if (!PYTHON_FRAME_LINE.test(lines[i]))
            continue;
        const next = lines[i + 1];
        // The source is indented under its frame; an error line at the margin is not source.
        if (next !== undefined && /^\s+\S/.test(next) && !PYTHON_FRAME_LINE.test(next)) {
            source.push(next);
            lines[i + 1] = '';
        }
        lines[i] = '';
    }
    return { text: lines.join('\n'), frameSource: source.join('\n') };
}
function readFrames(text) {
    const frames = [];
    const names = [];
    const addFrame = (raw, where) => {
        const frame = {
            path: raw.replace(/\\/g, '/'),
            frame: true,
            frameIndex: frames.length
        };
        for (const [key, value] of Object.entries(where))
            if (value !== undefined)
                Object.assign(frame, { [key]: value });
        frames.push(frame);
    };
    for (const m of text.matchAll(pythonFrame)) {
        const fn = m[3] && !m[3].startsWith('<') ? m[3] : undefined;
        // The line under a frame is its source, unless it is already the next frame or the error.
        const source = m[4]?.trim();
        const sourceLine = source &&
            !/^(?:File "|Traceback|[\w.]*(?:Error|Exception|Warning)\b|[^\s:]+\.\w{1,5}:\d+)/.test(source)
            ? source
            : undefined;
        addFrame(m[1], { lineNumber: Number(m[2]), functionName: fn, sourceLine });
        if (fn)
            names.push(fn);
    }
    // Python prints the innermost frame last; JavaScript, Java, Go and Ruby print it first. Frame
    // indices count from the outermost, so those stacks are added in reverse.
    const innermostFirst = [];
    for (const m of text.matchAll(jsFrame)) {
        if (/^(?:https?|file|node):/.test(m[2]))
            continue;
        const fn = m[1]?.split('.').pop();
        const named = fn && /^[\w$]+$/.test(fn) ? fn : undefined;
        innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: named });
        if (named)
            names.push(named);
    }
    for (const m of text.matchAll(javaFrame)) {
        const parts = m[1].split('.');
        const fn = parts[parts.length - 1];
        innermostFirst.push({
            path: [...parts.slice(0, -2), m[2]].join('/'),
            lineNumber: Number(m[3]),
            functionName: /^[\w$]+$/.test(fn) ? fn : undefined
        });
        names.push(fn);
    }
    for (const m of text.matchAll(goFrame)) {
        const fn = m[1]?.split('.').pop()?.replace(/[()*]/g, '');
        innermostFirst.push({ path: m[2], lineNumber: Number(m[3]), functionName: fn || undefined });
    }
    for (const m of text.matchAll(rubyFrame))
        innermostFirst.push({ path: m[1], lineNumber: Number(m[2]) });
    for (const frame of innermostFirst.reverse())
        addFrame(frame.path, { lineNumber: frame.lineNumber, functionName: frame.functionName });
    return { frames, names };
}

;// CONCATENATED MODULE: ./src/research/issue/identifiers.ts


const backticked = /`([^`\n]{1,120})`/g;
const dottedPattern = /\b[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+\b/g;
// `Walker::run`, `size::parse`: Rust's (and C++'s) paths name an owner and its member as well.
const pathPattern = /\b[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+\b/g;
const callPattern = /\b([A-Za-z_][\w]*)\s?\(/g;
// `x = …`, `x: T = …`, `const x = …`, `a, b := …` at the start of a line of code.
const ASSIGNMENT = /^\s*(?:(?:const|let|var|val)\s+)?([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?::\s*[\w.[\]|, ]+?)?\s*(?::=|=(?!=))/gm;
// "the begin method", "function parse_args", "class Panel": a name the prose says is code.
// Words that say what kind of method or class it is ("a static method", "the base class").
const KINDS_OF_CODE = new Set(('static private public protected abstract magic dunder special helper wrapper callback ' +
    'utility builtin instance member virtual generic internal inner outer nested anonymous ' +
    'base parent child super sub data every other whole entire above below top same ' +
    'setter getter factory test mock').split(' '));
const namedInProse = /\b([A-Za-z_]\w*)\s+(?:method|function|class|decorator|property|getter|setter)\b|\b(?:method|function|class|decorator|property|getter|setter)\s+([A-Za-z_]\w*)/g;
const camelPattern = /\b(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*|[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*)\b/g;
const snakePattern = /\b_{0,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_{0,2}\b/g;
// Language machinery every class has (`self`, `this`, `constructor`…) and ubiquitous aliases:
// naming them says nothing about which file an issue is about.
const noise = new Set([
    'self',
    'cls',
    'this',
    'super',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'np',
    'pd',
    'os',
    'sys',
    're',
    'e',
    'x'
]);
// Capitalised literals of the languages: values, never classes of the project.
const LITERALS = new Set(['None', 'True', 'False', 'NaN', 'Infinity']);
/** Collects identifier mentions and dotted references, counting repeats. */
class IdentifierCollector {
    assigned;
    titleWords;
    identifiers = new Map();
    dotted = [];
    constructor(
    /** Names the issue's code assigns: the reporter's variables, never a module or a file. */
    assigned, titleWords) {
        this.assigned = assigned;
        this.titleWords = titleWords;
    }
    add(name, writtenAsCode, fromFrame = false) {
        if (this.assigned.has(name))
            return;
        // `__init__`, `__pkginfo__`: boilerplate every project shares, weak evidence at best.
        const codeLike = writtenAsCode && !/^__\w+__$/.test(name);
        // A capitalised name written as code is a class however plain its word (`Undefined`,
        // `Environment`, `Context`); lower-case ones and the languages' literals stay words.
        const className = codeLike && /^[A-Z][a-z]/.test(name) && !LITERALS.has(name);
        if (name.length < 3 || noise.has(name) || (stopwords.has(name.toLowerCase()) && !className))
            return;
        const found = this.identifiers.get(name);
        if (found) {
            found.count++;
            found.codeLike ||= codeLike;
            if (!fromFrame)
                delete found.framed;
        }
        else {
            const inTitle = this.titleWords.has(name);
            this.identifiers.set(name, {
                name,
                count: 1,
                inTitle,
                codeLike,
                ...(fromFrame && { framed: true })
            });
        }
        // `PersonName3`, `HttpClient2`: a versioned name the reporter saw in a message or an old
        // release; the unversioned class is often what the code defines now. Weak, as a prose word.
        const unversioned = /^([A-Z][a-z]+(?:[A-Z][a-z]+)+)\d+$/.exec(name)?.[1];
        if (unversioned && !this.identifiers.has(unversioned))
            this.identifiers.set(unversioned, {
                name: unversioned,
                count: 1,
                inTitle: false,
                codeLike: false
            });
    }
    addDotted(parts) {
        // `self.x` and `__pkginfo__.version` say nothing about where `x` or `version` live.
        const kept = parts
            .filter(part => !/^__\w+__$/.test(part))
            .filter((part, i) => i > 0 || !(noise.has(part) || this.assigned.has(part)));
        if (kept.length > 1)
            this.dotted.push(kept);
    }
}
/** `e.g.` and sentence-joined words are not code: a dotted token needs a code-looking part. */
function dottedLooksLikeCode(parts, followedByCall) {
    if (parts.some(part => /[A-Z_]|[a-z][0-9]/.test(part)) || parts.length >= 3 || followedByCall)
        return true;
    return parts.every(part => part.length >= 3 && !stopwords.has(part.toLowerCase()));
}
/**
 * The identifiers of the issue's code text (the title and the body without its data and shell
 * commands), after the functions the frames name; calls in the source a traceback printed
 * count as frame names.
 */
function readIdentifiers(input) {
    const { codeText } = input;
    const assigned = new Set();
    for (const m of codeText.matchAll(ASSIGNMENT))
        for (const name of m[1].split(/\s*,\s*/))
            assigned.add(name);
    const names = new IdentifierCollector(assigned, new Set(input.title.match(/[\w$]+/g) ?? []));
    for (const name of input.frameNames)
        names.add(name, false, true);
    for (const m of codeText.matchAll(backticked)) {
        for (const token of m[1].matchAll(/[A-Za-z_][\w]*(?:(?:\.|::)[A-Za-z_][\w]*)*/g)) {
            const parts = token[0].split(/\.|::/);
            if (parts.length > 1 && !fileExtension.test(token[0]))
                names.addDotted(parts);
            for (const part of parts)
                names.add(part, true);
        }
    }
    for (const m of codeText.matchAll(dottedPattern)) {
        if (fileExtension.test(m[0]) || isUrlOrVersion(m[0]))
            continue;
        const parts = m[0].split('.');
        if (!dottedLooksLikeCode(parts, /\(/.test(codeText[m.index + m[0].length] ?? '')))
            continue;
        names.addDotted(parts);
        for (const part of parts)
            names.add(part, true);
    }
    for (const m of codeText.matchAll(pathPattern)) {
        const parts = m[0].split('::');
        names.addDotted(parts);
        for (const part of parts)
            names.add(part, true);
    }
    for (const m of codeText.matchAll(callPattern))
        names.add(m[1], true);
    for (const m of input.frameSource.matchAll(callPattern))
        names.add(m[1], false, true);
    for (const m of codeText.matchAll(namedInProse)) {
        const name = m[1] ?? m[2];
        if (!KINDS_OF_CODE.has(name.toLowerCase()))
            names.add(name, true);
    }
    for (const m of codeText.matchAll(camelPattern))
        names.add(m[0], true);
    for (const m of codeText.matchAll(snakePattern))
        names.add(m[0], true);
    return { identifiers: names.identifiers, dotted: names.dotted };
}

;// CONCATENATED MODULE: ./src/research/issue/issue-commands.ts
// Shell commands quoted in an issue: `sqlfluff fix --ignore parsing`, `$ hyperfine -w 1 …`,
// `python -c "…"`. They say how the reporter ran the program, not which names the code defines:
// the `fix` of `sqlfluff fix` is a subcommand, and taking it for a function named in the issue
// makes every `fix` and `lint` in the tree look like the subject.

const issue_commands_PROMPT = /^\s*[$%]\s+(?=\S)/;
// A program as typed: a bare word (`sqlfluff`, `python3`, `go`) or a relative path (`./prog`).
const PROGRAM = /^(?:\.{1,2}\/)?[A-Za-z][\w.+-]*(?:\/[\w.+-]+)*$/;
const FLAG = /^--?[A-Za-z][\w-]*(?:=.*)?$/;
/** The span without its quoted arguments: `python -c "print(1)"` becomes `python -c ""`. */
function unquoted(span) {
    return span.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
}
/** Words of a span shaped like a command line, or undefined when it reads as code or prose. */
function commandWords(span, prompted) {
    const bare = unquoted(span.replace(issue_commands_PROMPT, '')).trim();
    // Calls, blocks, statements and assignments are code, whatever their first word; after a
    // prompt, pipes and redirections are the shell's.
    if (bare === '' || (!prompted && /[(){};<>|]|\s=\s|^\w+=/.test(bare)))
        return undefined;
    const words = bare.split(/\s+/);
    return PROGRAM.test(words[0]) ? words : undefined;
}
/** Backticked spans in prose, and the lines of fenced blocks and prompts. */
function spansOf(text) {
    const spans = [];
    let offset = 0;
    const lines = text.split('\n');
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    for (const [index, line] of lines.entries()) {
        const role = fences[index].role;
        if (role === 'inside' || (role === 'outside' && issue_commands_PROMPT.test(line))) {
            spans.push({
                start: offset,
                end: offset + line.length,
                text: line,
                prompted: issue_commands_PROMPT.test(line)
            });
        }
        else if (role === 'outside') {
            for (const m of line.matchAll(/`([^`\n]+)`/g)) {
                const start = offset + m.index + 1;
                spans.push({ start, end: start + m[1].length, text: m[1], prompted: false });
            }
        }
        offset += line.length + 1;
    }
    return spans;
}
/**
 * The text with its shell command lines blanked (lengths kept, so offsets still line up). A span
 * is a command when it follows a prompt, when it passes flags (`tool sub --opt`), or when its
 * program is one the issue runs as a command elsewhere (`sqlfluff fix` beside `sqlfluff --version`).
 */
function withoutCommands(text) {
    const spans = spansOf(text).map(span => ({
        ...span,
        words: commandWords(span.text, span.prompted)
    }));
    const programs = new Set();
    for (const span of spans) {
        if (!span.words)
            continue;
        if (span.prompted || span.words.slice(1).some(word => FLAG.test(word)))
            programs.add(span.words[0]);
    }
    if (programs.size === 0)
        return text;
    let out = text;
    for (const span of spans) {
        if (!span.words || !programs.has(span.words[0]))
            continue;
        out = out.slice(0, span.start) + ' '.repeat(span.end - span.start) + out.slice(span.end);
    }
    return out;
}

// EXTERNAL MODULE: ./src/text/issue-text.ts + 1 modules
var issue_text = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/research/issue/issue-signals.ts
// Reads an issue the way an engineer skims it: quoted file paths and traceback frames first,
// then code-looking names (CamelCase, snake_case, dotted paths, `backticks`, calls), then words.








const wordPattern = /[A-Za-z][A-Za-z0-9_]*/g;
/** Term statistics: stemmed identifier parts and plain words, title words counting double. */
function readTerms(title, bodyWithoutData) {
    const terms = new Map();
    const words = new Map();
    const spelling = new Map();
    const addTerms = (source, weight) => {
        for (const m of source.matchAll(wordPattern)) {
            const word = m[0];
            const lower = word.toLowerCase();
            if (lower.length >= 3 && !stopwords.has(lower))
                words.set(lower, (words.get(lower) ?? 0) + weight);
            for (const part of subwords(word)) {
                if (part.length < 3 || stopwords.has(part))
                    continue;
                const stemmed = stem(part);
                terms.set(stemmed, (terms.get(stemmed) ?? 0) + weight);
                if (!spelling.has(stemmed))
                    spelling.set(stemmed, part);
            }
        }
    };
    addTerms(title, 2);
    addTerms(bodyWithoutData, 1);
    return { terms, words, spelling };
}
// Inline code that reads as a value or an output line, not code (`Content-Type: text/html;
// charset=utf-8`, `12 files found`): words with spaces and no call. What the program printed is
// the report's symptom; its words name nothing the report is about.
const QUOTED_OUTPUT = /`(?=[^`\n]*\s)(?![^`\n]*\()[^`\n]+`/g;
/** The identifiers and `owner.member` pairs (`a.b`, `a::b`) that the prose writes. */
function issue_signals_namedInProse(prose, identifiers, dotted) {
    const words = new Set(prose.match(/[A-Za-z_$][\w$]*/g) ?? []);
    const named = new Set([...identifiers.keys()].filter(name => words.has(name)));
    for (const parts of dotted)
        for (let i = 0; i + 1 < parts.length; i++) {
            const pair = `${parts[i]}.${parts[i + 1]}`;
            if (named.has(pair))
                continue;
            const written = new RegExp(`(?<![\\w$])${(0,regex/* escapeRegExp */.N)(parts[i])}(?:\\.|::)${(0,regex/* escapeRegExp */.N)(parts[i + 1])}(?![\\w$])`);
            if (written.test(prose))
                named.add(pair);
        }
    return named;
}
/** What a name the example code merely uses weighs, next to what the prose points at. */
const SCAFFOLDING = 0.5;
/**
 * How much a name (or an `owner.member` pair) counts as the report's subject: fully when the
 * prose writes it, or when the prose writes no name at all; less when only the quoted code uses
 * it (`res.json(…)` printing the result the report is about).
 */
function subjectWeight(signals, name) {
    return signals.prose.size === 0 || signals.prose.has(name) ? 1 : SCAFFOLDING;
}
function readIssueSignals(issue) {
    const { title } = issue;
    const { links, body } = readSourceLinks(issue.body);
    const text = `${title}\n${body}`;
    // Identifiers come from the text without its data (program output, LaTeX, SQL…) and without
    // the shell commands the reporter ran; terms, paths and frames from the text as written.
    // A Python traceback prints each caller's source under its frame: the calls there name the
    // next frame's function, which the frames already place. They are read apart, as frame names.
    // Links are blanked there too: their host, owner and ref are no words of the issue.
    const bodyWithoutData = readSourceLinks(issue.bodyWithoutData).body;
    const { text: codeText, frameSource } = withoutFrameSource(`${title}\n${withoutCommands(bodyWithoutData)}`);
    const { frames, names: frameNames } = readFrames(text);
    const framePaths = new Set(frames.map(frame => frame.path));
    const quoted = readQuotedPaths(text, links, framePaths);
    const { identifiers, dotted } = readIdentifiers({ title, codeText, frameSource, frameNames });
    return {
        paths: [...frames, ...quoted],
        frameCount: frames.length,
        dotted,
        prose: issue_signals_namedInProse(`${title}\n${(0,issue_text/* proseLines */.DS)(bodyWithoutData).join('\n')}`.replace(QUOTED_OUTPUT, ' '), identifiers, dotted),
        identifiers,
        compounds: readCompoundNames(title, codeText, identifiers),
        ...readTerms(title, bodyWithoutData)
    };
}

;// CONCATENATED MODULE: ./src/research/issue/quoted-code.ts
// The code an issue quotes, as lines to look for in the repository: a line of code from a
// snippet or a traceback, a call typed at a prompt, an error or lint message, a message quoted in
// prose ("Avoid using aliases in join condition"). Found in the code, each pins the issue to the
// function that holds it.

const quoted_code_PROMPT = /^\s*(?:>>>\s?|\.\.\.\s|In \[\d*\]:\s?|\s*\.\.\.:\s?)/;
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
function quoted_code_wordCount(text) {
    return (text.match(/[A-Za-z]{2,}/g) ?? []).length;
}
// Punctuation or a keyword that prose does not have: the text is code, not a message.
const CODE_SHAPED = /[=(){}[\];]|^\s*(?:def|class|return|if|for|while|import|from|const|let|var|function|fn|func|pub|raise|throw)\b/;
/** A message worth looking for: three words or more, and more than a handful of letters. */
function asMessage(text) {
    const folded = fold(text).replace(/^["'`]|["'`]$/g, '');
    if (COMMENT.test(folded) || quoted_code_wordCount(folded) < 3 || folded.length < 15)
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
    if (quoted_code_PROMPT.test(line)) {
        const typed = asCode(line.replace(quoted_code_PROMPT, ''));
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
    const fences = (0,text_fences/* readFences */.Rl)(lines);
    let transcript = false;
    let script = false;
    for (const [index, line] of lines.entries()) {
        const fence = fences[index];
        if (fence.role === 'close')
            continue;
        if (fence.role === 'open') {
            const block = (0,text_fences/* blockLines */.B4)(lines, fence.block);
            transcript = block.some(next => quoted_code_PROMPT.test(next));
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

;// CONCATENATED MODULE: ./src/research/tree/project-names.ts
/** The last path element of a Go module, without a major-version suffix (`…/echo/v4` → echo). */
function goModuleName(goMod) {
    const module = /^module\s+(\S+)/m.exec(goMod)?.[1];
    const parts = (module ?? '').split('/').filter(part => !/^v\d+$/.test(part));
    return parts.at(-1);
}
function projectNames(paths, manifests) {
    const names = new Set();
    const add = (name) => {
        if (name && name.length >= 3)
            names.add(name.toLowerCase());
    };
    for (const path of paths) {
        // `pkg/__init__.py` or `src/pkg/__init__.py`: a package users import by its name.
        const parts = path.split('/');
        if (parts[0] === 'src')
            parts.shift();
        if (parts.length === 2 && parts[1] === '__init__.py')
            add(parts[0]);
    }
    const goMod = manifests.text('go.mod');
    if (goMod !== undefined)
        add(goModuleName(goMod));
    const name = manifests.json('package.json')?.name;
    if (typeof name === 'string')
        add(name.replace(/^@[^/]+\//, ''));
    if (manifests.has('Cargo.toml')) {
        const cargo = manifests.text('Cargo.toml') ?? '';
        const crate = /^\[package\][^[]*?^name\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
        add(crate);
        add(crate?.replace(/-/g, '_'));
    }
    return names;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/research/tree/read-text.ts
// Bounded reads of small text files the listing holds (manifests, guides, READMEs).



/** The first `cap` bytes of `root/path` as text, or undefined when it cannot be read. */
function readText(root, path, cap = 64 * 1024) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, path), read_file/* readFlags */.uW);
    }
    catch {
        return undefined;
    }
    try {
        const buffer = Buffer.allocUnsafe(cap);
        let bytes = 0;
        while (bytes < cap) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, bytes, cap - bytes, null);
            if (n === 0)
                break;
            bytes += n;
        }
        return buffer.toString('utf8', 0, bytes);
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readJson(root, path) {
    const text = readText(root, path, 1024 * 1024);
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Section names of an INI/TOML file (`[tool.pytest.ini_options]`, `[testenv:lint]`). */
function sectionsOf(text) {
    return [...text.matchAll(/^\s*\[+\s*([^\]\n]+?)\s*\]+\s*$/gm)].map(m => m[1]);
}
function clip(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

;// CONCATENATED MODULE: ./src/research/orientation/commands.ts

const purposeOrder = [
    'test',
    'lint',
    'typecheck',
    'format',
    'build',
    'dev',
    'other'
];
/** What a script or target is for, from its name first and its command second. */
function purposeOf(name, command = '') {
    const text = name.toLowerCase();
    if (/(?:^|[:_-])(?:tests?|spec|e2e|coverage|cov|check-?tests?)(?:$|[:_-])|^test/.test(text))
        return 'test';
    if (/(?:^|[:_-])(?:lint|eslint|flake8|ruff|pylint|clippy|vet|style)(?:$|[:_-])/.test(text))
        return 'lint';
    if (/(?:^|[:_-])(?:typecheck|type-check|types|tsc|mypy|pyright)(?:$|[:_-])/.test(text))
        return 'typecheck';
    if (/(?:^|[:_-])(?:format|fmt|prettier|black|isort)(?:$|[:_-])/.test(text))
        return 'format';
    if (/(?:^|[:_-])(?:build|bundle|compile|dist|package|release)(?:$|[:_-])/.test(text))
        return 'build';
    // `watch-docs`, `docs:serve`: a server for the documentation, not the project itself.
    if (/(?:^|[:_-])(?:docs?|documentation|readme|site|storybook)(?:$|[:_-])/.test(text))
        return 'other';
    if (/(?:^|[:_-])(?:dev|start|serve|watch|run)(?:$|[:_-])/.test(text))
        return 'dev';
    const body = command.toLowerCase();
    if (/\b(?:jest|vitest|mocha|pytest|go test|cargo test|rspec|unittest)\b/.test(body))
        return 'test';
    if (/\b(?:eslint|ruff check|flake8|pylint|clippy)\b/.test(body))
        return 'lint';
    if (/\b(?:tsc|mypy|pyright)\b/.test(body))
        return 'typecheck';
    if (/\b(?:prettier|black|ruff format|gofmt|rustfmt)\b/.test(body))
        return 'format';
    return 'other';
}
function packageManager(files) {
    if (files.has('pnpm-lock.yaml'))
        return 'pnpm';
    if (files.has('yarn.lock'))
        return 'yarn';
    if (files.has('bun.lockb') || files.has('bun.lock'))
        return 'bun';
    return 'npm';
}
function packageScripts(manifests, files) {
    const manifest = manifests.json('package.json');
    const scripts = manifest?.scripts;
    if (!scripts || typeof scripts !== 'object')
        return [];
    const manager = packageManager(files);
    const declared = scripts;
    const commands = [];
    for (const [name, value] of Object.entries(declared)) {
        // `pretest`/`posttest` hooks run with their script; nobody types them.
        const hookOf = /^(?:pre|post)(.+)$/.exec(name)?.[1];
        if (typeof value !== 'string' || (hookOf !== undefined && hookOf in declared))
            continue;
        const direct = manager === 'npm' ? ['test', 'start'].includes(name) : manager !== 'bun' || name === 'test';
        const command = direct ? `${manager} ${name}` : `${manager} run ${name}`;
        commands.push({
            command,
            purpose: purposeOf(name, value),
            description: `runs \`${clip(value, 100)}\``,
            source: 'package.json'
        });
    }
    return commands;
}
/** Makefile targets that a person would type: no pattern rules, no special or file targets. */
function makeTargets(manifests, file) {
    const text = manifests.text(file);
    if (!text)
        return [];
    const lines = text.split(/\r?\n/);
    const commands = [];
    const seen = new Set();
    lines.forEach((line, i) => {
        const m = /^([A-Za-z0-9][\w.-]*(?:[ \t]+[A-Za-z0-9][\w.-]*)*)[ \t]*:(?![=:])(.*)$/.exec(line);
        if (!m)
            return;
        const trailing = /##\s*(.+)$/.exec(m[2])?.[1];
        const before = /^#+\s*(.+)$/.exec(lines[i - 1] ?? '')?.[1];
        const recipe = (lines[i + 1] ?? '').startsWith('\t')
            ? lines[i + 1].trim().replace(/^@/, '')
            : '';
        for (const target of m[1].split(/[ \t]+/)) {
            // Files (`build/app.o`), variables and dotted internals are not entry points.
            if (seen.has(target) ||
                /[%$/]|\.(?:o|c|h|py|js|ts|go)$/.test(target) ||
                target.startsWith('.'))
                continue;
            seen.add(target);
            const description = trailing ??
                before ??
                (recipe ? `runs \`${clip(recipe, 100)}\`` : `make target \`${target}\``);
            commands.push({
                command: `make ${target}`,
                purpose: purposeOf(target, recipe),
                description: clip(description, 140),
                source: file
            });
        }
    });
    return commands;
}
function toxEnvironments(manifests) {
    const text = manifests.text('tox.ini');
    if (!text)
        return [];
    const names = new Set();
    const envlist = /^envlist\s*=\s*((?:.*\n?(?:[ \t]+.*\n?)*))/m.exec(text)?.[1] ?? '';
    for (const name of envlist.split(/[\s,]+/))
        if (/^[\w.-]+$/.test(name))
            names.add(name);
    for (const section of sectionsOf(text)) {
        const m = /^testenv:([\w.-]+)$/.exec(section);
        if (m)
            names.add(m[1]);
    }
    return [
        {
            command: 'tox',
            purpose: 'test',
            description: 'runs every tox environment in `envlist`',
            source: 'tox.ini'
        },
        ...namedRuns({ run: 'tox -e', noun: 'tox environment', source: 'tox.ini' }, names, name => /^py\d*$|^pypy/.test(name) ? 'test' : purposeOf(name))
    ];
}
function noxSessions(manifests) {
    const text = manifests.text('noxfile.py');
    if (!text)
        return [];
    const sessions = [...text.matchAll(/@nox\.session[^\n]*\n(?:@[^\n]*\n)*\s*def\s+(\w+)/g)];
    return namedRuns({ run: 'nox -s', noun: 'nox session', source: 'noxfile.py' }, sessions.map(m => m[1]));
}
/** One command per named environment or session of a runner such as tox or nox. */
function namedRuns(runner, names, purpose = name => purposeOf(name)) {
    return [...names].map(name => ({
        command: `${runner.run} ${name}`,
        purpose: purpose(name),
        description: `${runner.noun} \`${name}\``,
        source: runner.source
    }));
}
/** Python tools configured in pyproject.toml, setup.cfg or their own files. */
function pythonTools(manifests, files) {
    const commands = [];
    const pyproject = manifests.text('pyproject.toml') ?? '';
    const setupCfg = manifests.text('setup.cfg') ?? '';
    const sections = new Set([...sectionsOf(pyproject), ...sectionsOf(setupCfg)]);
    const has = (...names) => names.some(name => sections.has(name));
    const source = (...names) => names.some(name => sectionsOf(pyproject).includes(name)) ? 'pyproject.toml' : 'setup.cfg';
    if (has('tool.pytest.ini_options', 'tool:pytest') ||
        files.has('pytest.ini') ||
        files.has('conftest.py')) {
        const from = files.has('pytest.ini') && !has('tool.pytest.ini_options', 'tool:pytest')
            ? 'pytest.ini'
            : source('tool.pytest.ini_options');
        commands.push({
            command: 'pytest',
            purpose: 'test',
            description: 'runs the test suite with pytest',
            source: from
        });
    }
    if (has('tool.ruff', 'tool.ruff.lint') || files.has('ruff.toml') || files.has('.ruff.toml')) {
        const from = has('tool.ruff', 'tool.ruff.lint')
            ? 'pyproject.toml'
            : files.has('ruff.toml')
                ? 'ruff.toml'
                : '.ruff.toml';
        commands.push({
            command: 'ruff check .',
            purpose: 'lint',
            description: 'lints the Python code with Ruff',
            source: from
        });
        if (has('tool.ruff.format'))
            commands.push({
                command: 'ruff format --check .',
                purpose: 'format',
                description: 'checks formatting with Ruff',
                source: from
            });
    }
    if (has('tool.black'))
        commands.push({
            command: 'black --check .',
            purpose: 'format',
            description: 'checks formatting with Black',
            source: 'pyproject.toml'
        });
    if (has('tool.isort', 'isort'))
        commands.push({
            command: 'isort --check-only .',
            purpose: 'format',
            description: 'checks import order with isort',
            source: source('tool.isort')
        });
    if (has('tool.mypy', 'mypy') || files.has('mypy.ini'))
        commands.push({
            command: 'mypy .',
            purpose: 'typecheck',
            description: 'type-checks with mypy',
            source: has('tool.mypy') ? 'pyproject.toml' : has('mypy') ? 'setup.cfg' : 'mypy.ini'
        });
    if (has('flake8') || files.has('.flake8'))
        commands.push({
            command: 'flake8',
            purpose: 'lint',
            description: 'lints with flake8',
            source: files.has('.flake8') ? '.flake8' : 'setup.cfg'
        });
    if (has('tool.pylint', 'tool.pylint.main') || files.has('.pylintrc') || files.has('pylintrc'))
        commands.push({
            command: 'pylint',
            purpose: 'lint',
            description: 'lints with Pylint (give it the package)',
            source: has('tool.pylint', 'tool.pylint.main')
                ? 'pyproject.toml'
                : files.has('.pylintrc')
                    ? '.pylintrc'
                    : 'pylintrc'
        });
    return commands;
}
function cargoCommands() {
    return [
        {
            command: 'cargo test',
            purpose: 'test',
            description: 'builds and runs the tests',
            source: 'Cargo.toml'
        },
        {
            command: 'cargo clippy',
            purpose: 'lint',
            description: 'lints with Clippy',
            source: 'Cargo.toml'
        },
        {
            command: 'cargo fmt --check',
            purpose: 'format',
            description: 'checks formatting with rustfmt',
            source: 'Cargo.toml'
        },
        {
            command: 'cargo build',
            purpose: 'build',
            description: 'builds the crate',
            source: 'Cargo.toml'
        }
    ];
}
function goCommands() {
    return [
        {
            command: 'go test ./...',
            purpose: 'test',
            description: 'runs the tests of every package',
            source: 'go.mod'
        },
        {
            command: 'go vet ./...',
            purpose: 'lint',
            description: 'reports suspicious constructs',
            source: 'go.mod'
        },
        {
            command: 'gofmt -l .',
            purpose: 'format',
            description: 'lists files gofmt would change',
            source: 'go.mod'
        },
        {
            command: 'go build ./...',
            purpose: 'build',
            description: 'builds every package',
            source: 'go.mod'
        }
    ];
}
function findCommands(files, manifests) {
    const present = new Set(files);
    const commands = [];
    for (const makefile of ['Makefile', 'makefile', 'GNUmakefile'])
        if (present.has(makefile))
            commands.push(...makeTargets(manifests, makefile));
    if (present.has('package.json'))
        commands.push(...packageScripts(manifests, present));
    if (present.has('tox.ini'))
        commands.push(...toxEnvironments(manifests));
    if (present.has('noxfile.py'))
        commands.push(...noxSessions(manifests));
    commands.push(...pythonTools(manifests, present));
    if (present.has('Cargo.toml'))
        commands.push(...cargoCommands());
    if (present.has('go.mod'))
        commands.push(...goCommands());
    const unique = new Map();
    for (const command of commands)
        if (!unique.has(command.command))
            unique.set(command.command, command);
    // Stable sort: by purpose, and within a purpose in declaration order (Makefile first).
    return [...unique.values()].sort((a, b) => purposeOrder.indexOf(a.purpose) - purposeOrder.indexOf(b.purpose));
}

;// CONCATENATED MODULE: ./src/research/orientation/docs.ts

const agentGuideNames = [
    'CLAUDE.md',
    'AGENTS.md',
    '.github/copilot-instructions.md',
    'GEMINI.md',
    '.cursorrules'
];
function agentGuides(files) {
    const present = new Set(files);
    return agentGuideNames.filter(name => present.has(name));
}
function docPriority(path) {
    const lower = path.toLowerCase();
    if (/^readme(?:\.[a-z]+)?$/.test(lower))
        return 0;
    if (agentGuideNames.some(name => name.toLowerCase() === lower))
        return 1;
    if (/^(?:contributing|development|hacking)(?:\.[a-z]+)?$/.test(lower))
        return 2;
    if (/^docs?\/(?:index|readme)\.(?:md|rst)$/.test(lower))
        return 3;
    if (/^docs?\/[^/]+\.(?:md|rst)$/.test(lower))
        return 4;
    if (/^docs?\/.+\.(?:md|rst)$/.test(lower))
        return 5;
    return -1;
}
/** First heading: Markdown `#`, setext or reStructuredText underline. */
function titleOf(text, fallback) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < Math.min(lines.length, 60); i++) {
        const line = lines[i].trim();
        const atx = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
        if (atx)
            return clip(atx[1].replace(/[*_`]/g, ''), 120);
        const under = (lines[i + 1] ?? '').trim();
        if (line !== '' && /^(?:={3,}|-{3,}|~{3,}|\*{3,})$/.test(under) && !/^[=\-~*]+$/.test(line))
            return clip(line, 120);
    }
    return fallback;
}
/** The first paragraph of prose: no headings, badges, HTML, directives or code. */
function summaryOf(text, max = 300) {
    const paragraphs = text.split(/\r?\n\s*\r?\n/);
    for (const paragraph of paragraphs) {
        const lines = paragraph
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== '' &&
            !/^(?:#|<|!\[|\[!\[|\.\.|```|~~~|\||-{3,}|={3,}|~{3,}|\*{3,}|:[a-z]+:)/.test(line));
        const prose = lines.join(' ');
        // A paragraph of links or a single short label is not a summary.
        if (prose.length >= 40 && /[a-z]{3,}\s+[a-z]{2,}/i.test(prose))
            return clip(prose.replace(/[*_`]/g, ''), max);
    }
    return '';
}
function findDocs(root, files, limit = 12) {
    const candidates = files
        .map(path => ({ path, priority: docPriority(path) }))
        .filter(item => item.priority >= 0)
        .sort((a, b) => a.priority - b.priority ||
        a.path.split('/').length - b.path.split('/').length ||
        a.path.localeCompare(b.path))
        .slice(0, limit);
    return candidates.map(({ path }) => {
        const text = readText(root, path, 16 * 1024) ?? '';
        const name = path.slice(path.lastIndexOf('/') + 1);
        return { path, title: titleOf(text, name), summary: summaryOf(text) };
    });
}

;// CONCATENATED MODULE: ./src/research/orientation/stack.ts
// Languages, frameworks and tools, recognised from the manifests a repository declares and
// from the languages its files are written in.

const javascriptPackages = [
    ['typescript', 'TypeScript'],
    ['react', 'React'],
    ['next', 'Next.js'],
    ['vue', 'Vue'],
    ['svelte', 'Svelte'],
    ['@angular/core', 'Angular'],
    ['express', 'Express'],
    ['fastify', 'Fastify'],
    ['@nestjs/core', 'NestJS'],
    ['react-native', 'React Native'],
    ['electron', 'Electron'],
    ['vite', 'Vite'],
    ['webpack', 'webpack'],
    ['jest', 'jest'],
    ['vitest', 'Vitest'],
    ['mocha', 'Mocha'],
    ['@playwright/test', 'Playwright'],
    ['cypress', 'Cypress'],
    ['eslint', 'ESLint'],
    ['prettier', 'Prettier'],
    ['@biomejs/biome', 'Biome'],
    ['tailwindcss', 'Tailwind CSS'],
    ['prisma', 'Prisma'],
    ['@actions/core', 'GitHub Actions toolkit']
];
const pythonPackages = [
    [/\bdjango\b/i, 'Django'],
    [/\bflask\b/i, 'Flask'],
    [/\bfastapi\b/i, 'FastAPI'],
    [/\bsqlalchemy\b/i, 'SQLAlchemy'],
    [/\bpydantic\b/i, 'Pydantic'],
    [/\bnumpy\b/i, 'NumPy'],
    [/\bpandas\b/i, 'pandas'],
    [/\bscipy\b/i, 'SciPy'],
    [/\btorch\b/i, 'PyTorch'],
    [/\bpytest\b/i, 'pytest'],
    [/\btox\b/i, 'tox'],
    [/\bnox\b/i, 'nox'],
    [/\bruff\b/i, 'Ruff'],
    [/\bblack\b/i, 'Black'],
    [/\bmypy\b/i, 'mypy'],
    [/\bflake8\b/i, 'flake8'],
    [/\bpylint\b/i, 'Pylint'],
    [/\bsphinx\b/i, 'Sphinx'],
    [/\bclick\b/i, 'Click'],
    [/\bpoetry\b/i, 'Poetry']
];
/** Programming languages by file extension (also names the file kinds of an area). */
const languageByExtension = {
    py: 'Python',
    ts: 'TypeScript',
    tsx: 'TypeScript',
    js: 'JavaScript',
    jsx: 'JavaScript',
    mjs: 'JavaScript',
    go: 'Go',
    rs: 'Rust',
    java: 'Java',
    kt: 'Kotlin',
    rb: 'Ruby',
    php: 'PHP',
    cs: 'C#',
    swift: 'Swift',
    c: 'C',
    cpp: 'C++',
    cc: 'C++',
    scala: 'Scala',
    ex: 'Elixir'
};
function dependencyNames(manifest) {
    const names = new Set();
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
        const deps = manifest[field];
        if (deps && typeof deps === 'object')
            for (const name of Object.keys(deps))
                names.add(name);
    }
    return names;
}
/** Main languages by file count: those with at least a tenth of the source files. */
function languagesOf(files) {
    const counts = new Map();
    for (const path of files) {
        const language = languageByExtension[(0,classify/* extensionOf */.je)(path)];
        if (language)
            counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    return [...counts]
        .filter(([, n]) => n >= Math.max(1, total / 10))
        .sort((a, b) => b[1] - a[1])
        .map(([language]) => language);
}
function detectStack(files, manifests) {
    const present = new Set(files);
    const stack = languagesOf(files);
    const add = (name) => {
        if (!stack.includes(name))
            stack.push(name);
    };
    if (present.has('package.json')) {
        add('Node.js');
        const manifest = manifests.json('package.json');
        if (manifest) {
            const deps = dependencyNames(manifest);
            for (const [pkg, name] of javascriptPackages)
                if (deps.has(pkg))
                    add(name);
        }
        if (present.has('tsconfig.json'))
            add('TypeScript');
    }
    const pythonManifests = files.filter(path => /^(?:pyproject\.toml|setup\.cfg|setup\.py|requirements[\w.-]*\.txt|requirements\/[\w.-]+\.txt|tox\.ini|Pipfile|environment\.ya?ml)$/.test(path));
    if (pythonManifests.length > 0) {
        add('Python');
        const text = pythonManifests.map(path => manifests.text(path) ?? '').join('\n');
        for (const [pattern, name] of pythonPackages)
            if (pattern.test(text))
                add(name);
        if (present.has('tox.ini'))
            add('tox');
        if (present.has('noxfile.py'))
            add('nox');
    }
    if (present.has('conftest.py') || files.some(path => path.endsWith('/conftest.py')))
        add('pytest');
    if (present.has('go.mod'))
        add('Go');
    if (present.has('Cargo.toml'))
        add('Rust');
    if (present.has('Gemfile')) {
        add('Ruby');
        const gemfile = manifests.text('Gemfile') ?? '';
        if (/['"]rails['"]/.test(gemfile))
            add('Rails');
        if (/['"]rspec/.test(gemfile))
            add('RSpec');
    }
    if (present.has('pom.xml'))
        add('Maven');
    if (present.has('build.gradle') || present.has('build.gradle.kts'))
        add('Gradle');
    if (present.has('composer.json'))
        add('PHP');
    if (present.has('Dockerfile') || present.has('docker-compose.yml') || present.has('compose.yaml'))
        add('Docker');
    return stack;
}

;// CONCATENATED MODULE: ./src/research/orientation/structure.ts
// Top-level areas of the codebase with a one-line summary each, derived from what the area
// says about itself: its README, its package docstring, its package.json description, or
// else the kinds of files it holds.




/** Directories that only group other areas: their children are listed as areas as well. */
const containers = new Set([
    'src',
    'packages',
    'apps',
    'libs',
    'lib',
    'services',
    'crates',
    'cmd',
    'internal',
    'modules',
    'plugins'
]);
const conventional = {
    docs: 'Documentation',
    doc: 'Documentation',
    tests: 'Tests',
    test: 'Tests',
    __tests__: 'Tests',
    spec: 'Tests',
    examples: 'Examples',
    benchmarks: 'Benchmarks',
    scripts: 'Scripts',
    tools: 'Tooling',
    '.github': 'GitHub workflows and templates',
    '.circleci': 'CI configuration',
    ci: 'CI configuration',
    migrations: 'Database migrations',
    templates: 'Templates',
    static: 'Static assets',
    public: 'Public assets',
    assets: 'Assets',
    data: 'Data files',
    __fixtures__: 'Test fixtures',
    fixtures: 'Test fixtures'
};
// Areas are described by what they hold, so documents and data count alongside code.
const languageNames = {
    ...languageByExtension,
    h: 'C',
    md: 'Markdown',
    rst: 'reStructuredText',
    yml: 'YAML',
    yaml: 'YAML',
    json: 'JSON',
    sql: 'SQL',
    sh: 'shell',
    html: 'HTML',
    css: 'CSS',
    scss: 'SCSS',
    hbs: 'Handlebars',
    toml: 'TOML'
};
function firstDocstringLine(text) {
    const m = /^\s*(?:#[^\n]*\n\s*)*(?:[rRuU]?("""|'''))\s*([\s\S]*?)\1/.exec(text);
    if (!m)
        return undefined;
    const line = m[2]
        .split(/\r?\n/)
        .map(part => part.trim())
        .find(part => part !== '');
    return line ? clip(line, 140) : undefined;
}
function fileKinds(files) {
    const counts = new Map();
    for (const path of files) {
        const name = languageNames[(0,classify/* extensionOf */.je)(path)] ?? ((0,classify/* extensionOf */.je)(path) || 'other');
        counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2);
    return `${top.map(([name, n]) => `${name} (${n})`).join(', ')} files`;
}
/** What an area holds when nothing in it says what it is for. */
function dominantKinds(files) {
    const tests = files.filter(path => (0,classify/* kindOf */.I)(path) === 'test').length;
    return tests > files.length / 2 ? `Tests: ${fileKinds(files)}` : fileKinds(files);
}
function summarise(root, dir, files) {
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    const inside = new Set(files);
    for (const readme of ['README.md', 'README.rst', 'README', 'readme.md', 'README.txt']) {
        if (!inside.has(`${dir}/${readme}`))
            continue;
        const text = readText(root, `${dir}/${readme}`, 16 * 1024) ?? '';
        const summary = summaryOf(text, 140) || titleOf(text, '');
        if (summary)
            return summary;
    }
    for (const init of [`${dir}/__init__.py`, `${dir}/${name}/__init__.py`]) {
        if (!inside.has(init))
            continue;
        const line = firstDocstringLine(readText(root, init, 8 * 1024) ?? '');
        if (line)
            return line;
    }
    if (inside.has(`${dir}/package.json`)) {
        const description = readJson(root, `${dir}/package.json`)?.description;
        if (typeof description === 'string' && description.trim() !== '')
            return clip(description, 140);
    }
    const known = conventional[name.toLowerCase()];
    return known ? `${known}: ${fileKinds(files)}` : dominantKinds(files);
}
function findStructure(root, files, limit = 16) {
    const byDir = new Map();
    const add = (dir, path) => {
        const list = byDir.get(dir);
        if (list)
            list.push(path);
        else
            byDir.set(dir, [path]);
    };
    for (const path of files) {
        const parts = path.split('/');
        if (parts.length < 2)
            continue;
        add(parts[0], path);
        if (parts.length >= 3 && containers.has(parts[0]))
            add(`${parts[0]}/${parts[1]}`, path);
    }
    // The largest areas, summarised (which reads a file or two each), then in path order.
    return [...byDir]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([dir, inside]) => ({
        path: dir,
        fileCount: inside.length,
        summary: summarise(root, dir, inside)
    }));
}

;// CONCATENATED MODULE: ./src/research/orientation/test-layout.ts
// Where tests live and how they are named, so a plan's new tests follow the house style.


function frameworkFor(extension, stack) {
    const has = (name) => stack.includes(name);
    switch (extension) {
        case 'py':
            return has('pytest') ? 'pytest' : 'unittest';
        case 'ts':
        case 'tsx':
        case 'js':
        case 'jsx':
        case 'mjs':
        case 'cjs':
            return has('Vitest') ? 'vitest' : has('jest') ? 'jest' : has('Mocha') ? 'mocha' : 'node:test';
        case 'go':
            return 'go test';
        case 'rs':
            return 'cargo test';
        case 'rb':
            return has('RSpec') ? 'rspec' : 'minitest';
        case 'java':
        case 'kt':
            return 'JUnit';
        default:
            return undefined;
    }
}
function findTestLayout(files, stack) {
    const patterns = new Map();
    const dirs = new Map();
    const testFiles = [];
    for (const path of files) {
        if ((0,classify/* kindOf */.I)(path) !== 'test')
            continue;
        const shape = (0,test_files/* testShape */.MA)(path);
        if (!shape)
            continue;
        testFiles.push(path);
        const list = patterns.get(shape.pattern);
        if (list)
            list.push(path);
        else
            patterns.set(shape.pattern, [path]);
        const dirKey = shape.dir === '' ? '.' : shape.dir;
        dirs.set(dirKey, (dirs.get(dirKey) ?? 0) + 1);
    }
    if (patterns.size === 0) {
        // Rust keeps unit tests inline; integration tests sit in `tests/` without a naming rule.
        const rustTests = files.filter(path => /^tests\/[^/]+\.rs$/.test(path));
        if (rustTests.length > 0)
            return {
                dirs: ['tests'],
                pattern: 'tests/{name}.rs',
                examples: rustTests.slice(0, 3),
                files: rustTests,
                framework: 'cargo test'
            };
        return { dirs: [], pattern: '', examples: [], files: [] };
    }
    const [pattern, examples] = [...patterns].sort((a, b) => b[1].length - a[1].length)[0];
    const layout = {
        dirs: [...dirs]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 5)
            .map(([dir]) => dir),
        pattern,
        examples: examples.slice(0, 3),
        files: testFiles
    };
    const framework = frameworkFor((0,classify/* extensionOf */.je)(examples[0]), stack);
    if (framework)
        layout.framework = framework;
    return layout;
}

;// CONCATENATED MODULE: ./src/research/orientation/guidance.ts
// The maintainers' standing instructions, as text: the planning context kept next to the
// template overrides, then the root agent guides. They are repository content, trusted more than
// an issue but still data: hidden comments and invisible characters are removed (an agent guide
// is as easy a carrier of hidden instructions as an issue), the size is capped, and nothing here
// is ever compiled as a template.




const DEFAULT_CONTEXT_FILE = '.github/adw/context.md';
/** Root agent guides whose text is read; the others are only listed by name. */
const guideFiles = ['CLAUDE.md', 'AGENTS.md'];
const defaultGuidanceLimits = { perFileChars: 6_000, totalChars: 12_000 };
// Bytes read per file: enough for the character cap even after comments are stripped.
const READ_BYTES = 64 * 1024;
// Less room than this left in the total is not worth a truncated stub.
const MIN_USEFUL_CHARS = 200;
/** A path that stays inside the tree: relative, no `..` or `.git`, no symlinked way out. */
function insideRoot(root, path) {
    const parts = path.split('/');
    if (path.startsWith('/') || /^[a-zA-Z]:/.test(path) || parts.includes('..'))
        return false;
    if (parts.includes('.git') || parts.includes(''))
        return false;
    try {
        const realRoot = (0,external_node_fs_.realpathSync)(root);
        const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, path));
        return real.startsWith(realRoot + external_node_path_.sep) && (0,external_node_fs_.statSync)(real).isFile();
    }
    catch {
        return false;
    }
}
/** Cuts `text` to at most `max` characters, at a line end when one is near. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
    const lineEnd = text.lastIndexOf('\n', end);
    if (lineEnd > max / 2)
        end = lineEnd;
    return text.slice(0, end).trimEnd();
}
/** Reads the guidance present in the tree, most specific first, within the caps. */
function readGuidance(root, files, options = {}) {
    const perFile = options.perFileChars ?? defaultGuidanceLimits.perFileChars;
    let left = options.totalChars ?? defaultGuidanceLimits.totalChars;
    const listed = new Set(files);
    const contextFile = options.contextFile ?? DEFAULT_CONTEXT_FILE;
    const paths = [contextFile, ...guideFiles.filter(name => listed.has(name))];
    const found = [];
    const seen = new Set();
    for (const path of [...new Set(paths)]) {
        if (left < MIN_USEFUL_CHARS || !insideRoot(root, path))
            continue;
        const raw = readText(root, path, READ_BYTES);
        if (raw === undefined)
            continue;
        const clean = (0,sanitize/* sanitizeIssueText */.U)(raw, Number.MAX_SAFE_INTEGER)
            .replace(/[ \t]+$/gm, '')
            .replace(/\n{3,}/g, '\n\n')
            .trim();
        // CLAUDE.md and AGENTS.md are often the same file twice: once is enough.
        if (clean === '' || seen.has(clean))
            continue;
        seen.add(clean);
        const text = cut(clean, Math.min(perFile, left));
        const readAll = (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, path)).size <= READ_BYTES;
        found.push({ path, text, truncated: text.length < clean.length || !readAll });
        left -= text.length;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/research/orientation/index.ts
// Orientation: what an engineer reads before planning a change (docs, agent guides, stack,
// commands, test layout, structure), all derived from the tree itself.








/**
 * `files`: the whole listing; lock files still tell which package manager is in use. `own`: the
 * project's own files among them, when the caller has them already.
 */
function orient(manifests, files, guidance = {}, own = files.filter(path => (0,classify/* exclusionFor */._b)(path) === undefined)) {
    const { root } = manifests;
    const stack = detectStack(own, manifests);
    return {
        docs: findDocs(root, own),
        agentGuides: agentGuides(own),
        stack,
        commands: findCommands(files, manifests),
        tests: findTestLayout(own, stack),
        structure: findStructure(root, own),
        guidance: readGuidance(root, own, guidance),
        names: [...projectNames(own, manifests)]
    };
}

;// CONCATENATED MODULE: ./src/research/evidence/content-evidence.ts
// Evidence from what files contain: BM25 over the issue's terms, definitions of the names the
// issue uses, and qualified names (`Class.member`) whose both parts a file defines.

const k1 = 1.2;
const b = 0.75;
/** BM25, scaled so the best file gets 3: a tie-breaker and a net, not the main evidence. */
function addTermEvidence(board, scan, table, signals) {
    const termCount = table.terms.length;
    const idf = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
        const df = scan.documentFrequency[t];
        idf[t] = Math.log(1 + (scan.documentCount - df + 0.5) / (df + 0.5));
    }
    const scores = new Float64Array(scan.fileTerms.length);
    let best = 0;
    scan.fileTerms.forEach((pairs, f) => {
        if (!pairs)
            return;
        const norm = k1 * (1 - b + (b * scan.lengths[f]) / scan.averageLength);
        let score = 0;
        for (let p = 0; p < pairs.length; p += 2) {
            const tf = pairs[p + 1];
            score += table.queryWeight[pairs[p]] * idf[pairs[p]] * ((tf * (k1 + 1)) / (tf + norm));
        }
        scores[f] = score;
        if (score > best)
            best = score;
    });
    if (best === 0)
        return;
    scan.fileTerms.forEach((pairs, f) => {
        if (!pairs || scores[f] === 0)
            return;
        // The reason names the term that weighs most in this file.
        let top = 0;
        let topValue = -1;
        for (let p = 0; p < pairs.length; p += 2) {
            const value = table.queryWeight[pairs[p]] * idf[pairs[p]] * Math.log(1 + pairs[p + 1]);
            if (value > topValue) {
                topValue = value;
                top = p;
            }
        }
        const term = table.terms[pairs[top]];
        const times = pairs[top + 1];
        const word = signals.spelling.get(term) ?? term;
        board.add(f, (3 * scores[f]) / best, `mentions \`${word}\` ${times} time${times === 1 ? '' : 's'}`);
    });
}
/**
 * Files defining the names the issue uses, rare definitions counting most. A frame's function
 * counts for files the traceback does not already place: for the frame's own file it is the
 * same evidence twice.
 */
function addDefinitionEvidence(board, scan, names, signals, frameFiles) {
    scan.definitions.forEach((defined, f) => {
        if (!defined)
            return;
        let total = 0;
        const shown = [];
        for (const id of defined) {
            const mention = signals.identifiers.get(names[id]);
            if (!mention || (mention.framed && frameFiles.has(f)))
                continue;
            shown.push(`\`${names[id]}\``);
            const strength = (mention.codeLike ? 1 : 0.5) *
                (mention.inTitle ? 1.5 : 1) *
                (1 + Math.log(mention.count) / 2) *
                subjectWeight(signals, names[id]);
            // A name many files define (`get`, `visit`) says little about any one of them.
            const rarity = 1 / (1 + Math.log2(scan.definers[id]));
            total += 2.5 * strength * rarity;
        }
        if (total === 0)
            return;
        board.add(f, Math.min(total, 7), `defines ${shown.slice(0, 3).join(', ')}`);
    });
}
/** `Dataset.to_json_dict`: the file that defines both the class and the member. */
function addQualifiedNameEvidence(board, scan, nameIndex, signals) {
    const pairs = [];
    for (const parts of signals.dotted) {
        for (let i = 0; i + 1 < parts.length; i++) {
            // `module.function` is the dotted-module evidence's job; this is for `Class.member`.
            if (!/^[A-Z]/.test(parts[i]))
                continue;
            const owner = nameIndex.get(parts[i]);
            const member = nameIndex.get(parts[i + 1]);
            if (owner === undefined || member === undefined)
                continue;
            const label = `${parts[i]}.${parts[i + 1]}`;
            const weight = (signals.identifiers.get(parts[i + 1])?.inTitle ? 3.75 : 2.5) *
                subjectWeight(signals, label);
            pairs.push({ owner, member, label, weight });
        }
    }
    if (pairs.length === 0)
        return;
    scan.definitions.forEach((defined, f) => {
        if (!defined || defined.length < 2)
            return;
        for (const pair of pairs) {
            if (defined.includes(pair.owner) && defined.includes(pair.member))
                board.add(f, pair.weight, `defines \`${pair.label}\``);
        }
    });
}

;// CONCATENATED MODULE: ./src/research/tree/path-index.ts
// Lookups from names to files: resolves the paths and dotted module names an issue quotes to
// the files of the tree, however much of a path (an absolute site-packages path, a bare file
// name) the issue gives.
function fileNameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function stemOf(name) {
    const dot = name.indexOf('.', 1);
    return dot < 0 ? name : name.slice(0, dot);
}
function push(map, key, index) {
    const list = map.get(key);
    if (list)
        list.push(index);
    else
        map.set(key, [index]);
}
function buildPathIndex(paths) {
    const byName = new Map();
    const byStem = new Map();
    paths.forEach((path, index) => {
        const name = fileNameOf(path).toLowerCase();
        push(byName, name, index);
        push(byStem, stemOf(name), index);
    });
    return { paths, byName, byStem };
}
/** Number of trailing path components two paths share. */
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/**
 * Files a quoted path names: those sharing the longest tail with it (`/usr/lib/site-packages/
 * pkg/mod.py` finds `src/pkg/mod.py`). Returns the matches and how many components matched.
 * `whole` asks for every part to match: a link names its repository's whole path, and one this
 * tree lacks (`src/net/http/server.go` of another project) points elsewhere, whatever names the
 * two share.
 */
function resolveQuotedPath(index, quoted, whole = false) {
    const parts = quoted
        .replace(/^[A-Za-z]:/, '')
        .split('/')
        .filter(part => part !== '' && part !== '.' && part !== '..');
    if (parts.length === 0)
        return { files: [], shared: 0 };
    const candidates = index.byName.get(parts[parts.length - 1].toLowerCase()) ?? [];
    let best = [];
    let bestShared = 0;
    for (const candidate of candidates) {
        const shared = sharedTail(index.paths[candidate].split('/'), parts);
        if (shared > bestShared) {
            best = [candidate];
            bestShared = shared;
        }
        else if (shared === bestShared && shared > 0)
            best.push(candidate);
    }
    if (whole && bestShared < parts.length)
        return { files: [], shared: 0 };
    return { files: best, shared: bestShared };
}
// No `.go`: a Go package is a directory, and `echo.New` names the package `echo`, not the file
// `echo.go` that happens to share its name.
const moduleSuffixes = [
    '.py',
    '/__init__.py',
    '.pyi',
    '.ts',
    '.js',
    '.rb',
    '.rs',
    '/index.ts',
    '/index.js',
    '/mod.rs'
];
/**
 * The file a dotted reference's longest module prefix names: `pkg.sub.Class.method` tries
 * `pkg/sub/Class/method`, `pkg/sub/Class`, `pkg/sub` and `sub`... as module paths. Returns the
 * file and the number of parts used for the module.
 */
function resolveDottedModule(index, parts) {
    for (let used = parts.length; used >= 1; used--) {
        for (let start = 0; start < used; start++) {
            const modulePath = parts.slice(start, used).join('/');
            const last = parts[used - 1];
            // A single short part (`np`, `df`) is a variable far more often than a module.
            if (used - start === 1 && last.length < 3)
                continue;
            for (const suffix of moduleSuffixes) {
                const tail = `${modulePath}${suffix}`;
                const candidates = index.byName.get(fileNameOf(tail).toLowerCase()) ?? [];
                const hits = candidates.filter(candidate => index.paths[candidate] === tail || index.paths[candidate].endsWith(`/${tail}`));
                if (hits.length === 1)
                    return { file: hits[0], used };
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/research/evidence/name-evidence.ts




/**
 * Quoted paths and locations, and traceback frames with the innermost weighing most. Returns
 * the files the frames place.
 */
function addQuotedPathEvidence(board, index, signals) {
    const frameFiles = [];
    for (const mention of signals.paths) {
        const { files, shared } = resolveQuotedPath(index, mention.path, mention.link);
        if (files.length === 0)
            continue;
        if (mention.frame) {
            if (files.length === 1)
                frameFiles.push(files[0]);
            continue;
        }
        // A bare file name shared by several files is weak evidence for each; a location with a
        // line number (`pkg/mod.py:470:` from a warning, a linter or a compiler) is a strong one.
        const confidence = shared >= 2 ? 1 : 1 / files.length;
        const strength = mention.line ? 6.5 : 5;
        const reason = mention.line ? 'location quoted in the issue' : 'path quoted in the issue';
        for (const file of files)
            board.add(file, strength * confidence, reason, true);
    }
    frameFiles.forEach((file, i) => {
        // The innermost frame of the project's own code is closest to the fault.
        const depth = frameFiles.length === 1 ? 1 : i / (frameFiles.length - 1);
        const innermost = i === frameFiles.length - 1;
        const reason = innermost ? 'innermost project frame in the traceback' : 'named in the traceback';
        board.add(file, 3 + 2.5 * depth, reason, true);
    });
    return new Set(frameFiles);
}
/** `pvlib.irradiance.reindl`, `iam.physical`: the module file the reference names. */
function addDottedModuleEvidence(board, index, signals, project) {
    for (const parts of signals.dotted) {
        const resolved = resolveDottedModule(index, parts);
        if (!resolved)
            continue;
        // `arrow.get`, `rich.print`: the project's own namespace names no module in particular.
        if (resolved.used === 1 && project.has(parts[0].toLowerCase()))
            continue;
        const module = parts.slice(0, resolved.used).join('.');
        board.add(resolved.file, 3, `module \`${module}\` named in the issue`);
    }
}
/**
 * How telling each issue word is as a file or directory name. A name the issue writes as code
 * (`L031`, the `config` module) is nearly as telling as a definition; a prose word (`values`,
 * `select`) much less so.
 */
function nameWeights(signals, project) {
    const weights = new Map();
    // The project's own name (`echo.New()`, "arrow returns…") is in every issue about it: a file
    // named like the project (`echo.go`, `arrow/arrow.py`) is no likelier than the others.
    const projectStems = new Set([...project].map(stem));
    const raise = (key, weight) => {
        if (!projectStems.has(key))
            weights.set(key, Math.max(weights.get(key) ?? 0, weight));
    };
    for (const [word, weight] of signals.words)
        raise(stem(word), 0.8 + 0.4 * Math.log(weight));
    for (const mention of signals.identifiers.values()) {
        if (mention.codeLike)
            raise(stem(mention.name), mention.inTitle ? 3.5 : 2.5);
    }
    return weights;
}
function addNameEvidence(board, index, signals, project) {
    const weights = nameWeights(signals, project);
    const { paths } = index;
    for (const [fileStem, files] of index.byStem) {
        if (fileStem.length < 3)
            continue;
        const weight = weights.get(stem(fileStem));
        if (weight !== undefined) {
            // `__init__`, `utils`: names many files share tell little apart.
            const rarity = 1 / (1 + Math.log2(files.length));
            for (const file of files) {
                const shown = stemOf(fileNameOf(paths[file]));
                board.add(file, weight * rarity, `file name matches \`${shown}\``);
            }
            continue;
        }
        // Names of several words (`linted_file`, `as_string`) partly matching the issue.
        const parts = fileStem.split(/[_\-.]+/).filter(part => part.length >= 3);
        if (parts.length < 2)
            continue;
        const matched = parts.filter(part => signals.terms.has(stem(part)));
        if (matched.length === 0)
            continue;
        const score = (1.2 * matched.length) / parts.length / (1 + Math.log2(files.length));
        for (const file of files)
            board.add(file, score, `file name matches \`${matched.join('`, `')}\``);
    }
    // Directory names count by how few files they hold: the package everything lives in
    // matches every issue that names the project and tells nothing.
    const filesUnder = new Map();
    for (const path of paths) {
        const parts = path.split('/');
        for (let i = 0; i < parts.length - 1; i++) {
            const dir = parts[i].toLowerCase();
            filesUnder.set(dir, (filesUnder.get(dir) ?? 0) + 1);
        }
    }
    const logTotal = Math.log(Math.max(2, paths.length));
    const dirScores = new Map();
    for (const [dir, count] of filesUnder) {
        const weight = dir.length < 3 ? undefined : weights.get(stem(dir));
        if (weight === undefined)
            continue;
        const rarity = Math.log(paths.length / count) / logTotal;
        const score = 0.6 * Math.min(weight, 2) * rarity;
        if (score > 0.05)
            dirScores.set(dir, score);
    }
    if (dirScores.size === 0)
        return;
    paths.forEach((path, file) => {
        const parts = path.split('/');
        let best = 0;
        let matched = '';
        for (let i = 0; i < parts.length - 1; i++) {
            const score = dirScores.get(parts[i].toLowerCase()) ?? 0;
            if (score > best) {
                best = score;
                matched = parts[i];
            }
        }
        if (best > 0)
            board.add(file, best, `path matches \`${matched}\``);
    });
}
/**
 * A name of several words the issue writes whole, and the file named after it in the
 * repository's own case (`no-unused-vars.js`, `unused_import.rs`, `src/formatDuration/index.js`),
 * or after it and one more word, as families of checks and rules name theirs
 * (`NoLineWrapCheck.java`).
 */
function addCompoundNameEvidence(board, index, signals) {
    if (signals.compounds.size === 0)
        return;
    const compounds = [...signals.compounds].map(([key, name]) => ({
        key,
        name,
        weight: name.inTitle ? 4 : 3
    }));
    index.paths.forEach((path, file) => {
        const name = (0,module_name/* moduleName */.AO)(path, { entries: true });
        const folded = (0,fold_name/* foldName */.z)(name);
        for (const { key, name: compound, weight } of compounds) {
            if (folded === key)
                board.add(file, weight, `named \`${compound.written}\` like the issue`);
            else if (folded.startsWith(key) && ONE_WORD.test(restAfter(name, key)))
                board.add(file, 0.75 * weight, `named after \`${compound.written}\``);
        }
    });
}
const ONE_WORD = /^[-_]?[A-Z]?[a-z]{2,12}$/;
/** What is left of `name` once the folded `key` is read off its start (separators skipped). */
function restAfter(name, key) {
    let read = 0;
    let at = 0;
    while (at < name.length && read < key.length) {
        if (!/[-_.]/.test(name[at]))
            read++;
        at++;
    }
    return name.slice(at);
}

;// CONCATENATED MODULE: ./src/research/evidence/locate-quotes.ts
// Finds the issue's quoted code in the repository: which files hold each quoted line or message,
// and on which line. Only files that hold every word of a quote are read again, so the search
// costs a few reads whatever the size of the tree.



/** Files read per quote, at most. */
const MAX_CANDIDATES = 40;
/** A quote held by more files than this is boilerplate. */
const MAX_HOLDERS = 4;
function locate_quotes_fold(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The terms of a quote that the scan counted, so that candidate files can be picked by them. */
function quoteTerms(quote, table) {
    const ids = new Set();
    for (const part of subwords(quote.text)) {
        const id = table.lookup.get(part);
        if (id !== undefined)
            ids.add(id);
    }
    return [...ids];
}
/**
 * Files holding every one of `terms`, those holding them most often first: code files only, or
 * with `anyKind` tests and examples too.
 */
function candidatesFor(terms, scan, anyKind) {
    if (terms.length === 0)
        return [];
    const wanted = new Set(terms);
    const found = [];
    scan.fileTerms.forEach((pairs, file) => {
        if (!pairs || pairs.length < terms.length * 2)
            return;
        if (!anyKind && scan.kinds[file] !== 'code')
            return;
        let held = 0;
        let count = 0;
        for (let p = 0; p < pairs.length; p += 2) {
            if (!wanted.has(pairs[p]))
                continue;
            held++;
            count += pairs[p + 1];
        }
        if (held === terms.length)
            found.push({ file, count });
    });
    return found
        .sort((a, b) => b.count - a.count || a.file - b.file)
        .slice(0, MAX_CANDIDATES)
        .map(item => item.file);
}
/**
 * Parts of a message to look for, longest first: the whole message, then ever shorter runs of
 * words from its start and from its end. A message built with values (`f"Use {x} instead"`)
 * matches by the part before or after the value.
 */
function messageFragments(message) {
    const words = message.split(' ');
    const fragments = [message];
    for (let n = words.length - 1; n >= 3; n--) {
        fragments.push(words.slice(0, n).join(' '), words.slice(words.length - n).join(' '));
    }
    return [...new Set(fragments)].filter(fragment => fragment.length >= 15);
}
/**
 * Whether any fragment can be in `text`: every fragment starts with the shortest start fragment
 * or ends with the shortest end fragment, so two searches rule most files out.
 */
function mayHoldMessage(text, fragments) {
    const shortest = fragments.slice(-2);
    return shortest.some(fragment => text.includes(fragment)) || text.includes(fragments[0]);
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The 1-based line of `text` that holds the quote, or undefined. */
function findQuote(text, quote, fragments) {
    if (quote.kind === 'message') {
        if (!mayHoldMessage(text, fragments))
            return undefined;
        for (const fragment of fragments) {
            const at = text.indexOf(fragment);
            if (at >= 0)
                return lineOf(text, at);
        }
        return undefined;
    }
    // A code line matches a whole source line (whitespace folded), or sits inside a longer one.
    const anchor = quote.text.split(' ').sort((a, b) => b.length - a.length)[0];
    if (!text.includes(anchor))
        return undefined;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].includes(anchor))
            continue;
        const line = locate_quotes_fold(lines[i]);
        if (line === quote.text || (quote.text.length >= 24 && line.includes(quote.text)))
            return i + 1;
    }
    return undefined;
}
function locateQuotes(root, paths, scan, table, quotes, capBytes) {
    const reader = new read_file/* HeadReader */.GU(capBytes);
    const texts = new Map();
    const read = (file) => {
        if (!texts.has(file))
            texts.set(file, reader.read((0,external_node_path_.join)(root, paths[file]))?.text);
        return texts.get(file);
    };
    const hits = [];
    for (const quote of quotes) {
        const fragments = quote.kind === 'message' ? messageFragments(quote.text) : [];
        // A line of code the tests repeat (`ds = Dataset()`) is how the library is used, not where
        // it breaks: its holders are counted in every file. A message the tests check stays evidence.
        const anyKind = quote.kind === 'code';
        const found = [];
        let holders = 0;
        for (const file of candidatesFor(quoteTerms(quote, table), scan, anyKind)) {
            const text = read(file);
            const line = text === undefined ? undefined : findQuote(text, quote, fragments);
            if (line === undefined)
                continue;
            holders++;
            if (scan.kinds[file] === 'code')
                found.push({ file, line });
            if (holders > MAX_HOLDERS)
                break;
        }
        if (found.length === 0 || holders > MAX_HOLDERS)
            continue;
        for (const item of found)
            hits.push({ ...item, quote, holders: found.length });
    }
    return hits;
}

;// CONCATENATED MODULE: ./src/research/evidence/pins.ts

function collectPins(index, signals, hits) {
    const pins = [];
    const frames = [];
    for (const mention of signals.paths) {
        const { files } = resolveQuotedPath(index, mention.path, mention.link);
        if (files.length !== 1)
            continue;
        const path = index.paths[files[0]];
        if (mention.frame) {
            const pin = { path, kind: 'frame' };
            if (mention.lineNumber !== undefined)
                pin.line = mention.lineNumber;
            if (mention.functionName)
                pin.functionName = mention.functionName;
            if (mention.sourceLine)
                pin.text = mention.sourceLine;
            frames.push(pin);
        }
        else if (mention.lineNumber !== undefined) {
            pins.push({ path, kind: 'location', line: mention.lineNumber });
        }
    }
    frames.forEach((pin, i) => {
        pin.depth = frames.length === 1 ? 1 : i / (frames.length - 1);
        pins.push(pin);
    });
    for (const hit of hits) {
        pins.push({
            path: index.paths[hit.file],
            kind: 'quote',
            line: hit.line,
            text: hit.quote.text,
            quoteKind: hit.quote.kind,
            holders: hit.holders,
            ...(hit.quote.inProse ? { inProse: true } : {}),
            ...(hit.quote.script ? { script: true } : {})
        });
    }
    return pins;
}

;// CONCATENATED MODULE: ./src/research/evidence/quote-evidence.ts
function shown(text) {
    const clipped = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    return clipped.replace(/`/g, "'");
}
function addQuoteEvidence(board, hits) {
    for (const hit of hits) {
        // A message is a string someone wrote once; a line of code may recur in similar places.
        const strength = (hit.quote.kind === 'message' ? 6 : 4.5) * (hit.quote.script ? 0.5 : 1);
        const reason = hit.quote.kind === 'message'
            ? `holds the message quoted in the issue (line ${hit.line}): “${shown(hit.quote.text)}”`
            : `holds the line quoted in the issue (line ${hit.line}): \`${shown(hit.quote.text)}\``;
        board.add(hit.file, strength / hit.holders, reason);
    }
}

// EXTERNAL MODULE: ./src/research/scan/file-scan.ts
var file_scan = __webpack_require__(1235);
// EXTERNAL MODULE: ./src/research/scan/scan-threads.ts
var scan_threads = __webpack_require__(8914);
// EXTERNAL MODULE: ./src/research/scan/term-counter.ts
var term_counter = __webpack_require__(3864);
;// CONCATENATED MODULE: ./src/research/scan/scan-files.ts
// The one pass over the files: each is read once, up to a byte cap, to count the issue's
// terms, measure its length and find which of the issue's names it defines (file-scan.ts), on
// as many threads as the tree is worth (scan-threads.ts); then the statistics over the tree.




function scanJob(root, paths, table, wantedNames, options) {
    const names = [];
    for (const [name, id] of wantedNames)
        names[id] = name;
    return {
        root,
        paths,
        forms: [...table.lookup],
        termCount: table.terms.length,
        names,
        nameTerms: names.map(name => [
            ...new Set(subwords(name)
                .filter(part => part.length >= term_counter/* TermCounter */.N.minLength)
                .map(part => table.lookup.get(part))
                .filter((id) => id !== undefined))
        ]),
        options
    };
}
/** The shards' per-file records, put back at their files' places. */
function mergeShards(scan, shards) {
    const vendoredDirs = [];
    for (const shard of shards) {
        const { terms, definitions } = shard;
        for (let at = 0; at < terms.length;) {
            const file = terms[at];
            const pairs = terms.subarray(at + 2, at + 2 + 2 * terms[at + 1]);
            scan.fileTerms[file] = pairs;
            for (let p = 0; p < pairs.length; p += 2)
                scan.documentFrequency[pairs[p]]++;
            at += 2 + pairs.length;
        }
        for (let at = 0; at < definitions.length;) {
            const file = definitions[at];
            const ids = Array.from(definitions.subarray(at + 2, at + 2 + definitions[at + 1]));
            scan.definitions[file] = ids;
            for (const id of ids)
                scan.definers[id]++;
            at += 2 + ids.length;
        }
        vendoredDirs.push(...shard.vendoredDirs);
    }
    return vendoredDirs;
}
async function scanFiles(root, paths, table, wantedNames, options) {
    const job = scanJob(root, paths, table, wantedNames, options);
    const fields = (0,file_scan/* sharedFields */.f9)(paths.length);
    const { threads, asked } = (0,scan_threads/* threadCount */.Cc)(paths.length);
    const shards = await (0,scan_threads/* scanInThreads */.mu)(job, fields, threads, asked);
    const scan = {
        kinds: Array.from(fields.kinds, kind => file_scan/* fileKinds */.mv[kind]),
        alive: new Uint8Array(paths.length),
        lengths: new Float64Array(paths.length),
        averageLength: 1,
        fileTerms: new Array(paths.length),
        documentFrequency: new Uint32Array(table.terms.length),
        definitions: new Array(paths.length),
        definers: new Uint32Array(wantedNames.size),
        documentCount: 0,
        fileCount: 0,
        threads: shards.length
    };
    let totalLength = 0;
    for (let f = 0; f < paths.length; f++) {
        scan.alive[f] = fields.alive[f] === 0 ? 0 : 1;
        if (fields.alive[f] !== file_scan/* READ */.Pz)
            continue;
        scan.lengths[f] = fields.lengths[f];
        totalLength += fields.lengths[f];
        scan.documentCount++;
    }
    const vendoredDirs = mergeShards(scan, shards);
    // A library copied in whole: none of its files is the project's own code.
    if (vendoredDirs.length > 0) {
        for (let f = 0; f < paths.length; f++)
            if (vendoredDirs.some(dir => paths[f].startsWith(dir)))
                scan.alive[f] = 0;
    }
    for (let f = 0; f < paths.length; f++)
        scan.fileCount += scan.alive[f];
    scan.averageLength = scan.documentCount > 0 ? totalLength / scan.documentCount : 1;
    return scan;
}

;// CONCATENATED MODULE: ./src/research/evidence/scoreboard.ts
// Collects the evidence for each file and turns it into a ranking: scores add up, the kind of
// file scales them (tests and docs follow the code they describe), and the strongest pieces of
// evidence become the reasons a person reads.

class Scoreboard {
    evidence = new Map();
    /** Adds evidence; the same reason twice for one file keeps the stronger. */
    add(file, score, reason, named = false) {
        const list = this.evidence.get(file);
        if (!list) {
            this.evidence.set(file, [{ score, reason, named }]);
            return;
        }
        const same = list.find(item => item.reason === reason);
        if (same)
            same.score = Math.max(same.score, score);
        else
            list.push({ score, reason, named });
    }
    /**
     * The best `top` files, excluding those `keep` rejects; `priors` scale a file's inferred
     * evidence by what its path says (its role, its language).
     */
    rank(paths, kinds, keep, top, priors) {
        const ranked = [];
        for (const [file, evidence] of this.evidence) {
            if (!keep(file))
                continue;
            evidence.sort((x, y) => y.score - x.score);
            let inferred = 0;
            let named = 0;
            for (const item of evidence) {
                if (item.named)
                    named += item.score;
                else
                    inferred += item.score;
            }
            // Naming a file outright is strong whatever its kind, but a test quoted in a traceback
            // still sits below the code it exercised.
            const weight = kindWeight[kinds[file]];
            const total = inferred * weight * priors.weight(file) + named * Math.max(weight, 0.6);
            const role = priors.role(file);
            ranked.push({
                path: paths[file],
                score: Math.round(total * 1000) / 1000,
                kind: kinds[file],
                reasons: evidence.slice(0, 4).map(item => item.reason),
                ...(role !== 'project' ? { role } : {}),
                ...(named > 0 ? { named: true } : {})
            });
        }
        ranked.sort((x, y) => y.score - x.score || x.path.localeCompare(y.path));
        return ranked.slice(0, top);
    }
}

;// CONCATENATED MODULE: ./src/research/rank/rank-files.ts
// Ranks the files of a tree for an issue. Evidence, strongest first: paths and traceback
// frames quoted in the issue, dotted module references, definitions of the names the issue
// uses, file and directory names that match its words, and BM25 over identifier parts.











const defaultRankOptions = {
    capBytes: 256 * 1024,
    dataCapBytes: 16 * 1024,
    top: 10
};
async function rankFiles(manifests, paths, signals, quotes, options = defaultRankOptions) {
    const { root } = manifests;
    const table = buildTermTable(signals);
    const names = [...signals.identifiers.keys()];
    const nameIndex = new Map(names.map((name, i) => [name, i]));
    const scan = await scanFiles(root, paths, table, nameIndex, options);
    const index = buildPathIndex(paths);
    const hits = locateQuotes(root, paths, scan, table, quotes, options.capBytes);
    const board = new Scoreboard();
    addTermEvidence(board, scan, table, signals);
    const frameFiles = addQuotedPathEvidence(board, index, signals);
    addDefinitionEvidence(board, scan, names, signals, frameFiles);
    addQualifiedNameEvidence(board, scan, nameIndex, signals);
    const project = projectNames(paths, manifests);
    addDottedModuleEvidence(board, index, signals, project);
    addNameEvidence(board, index, signals, project);
    addCompoundNameEvidence(board, index, signals);
    addQuoteEvidence(board, hits);
    const priors = pathPriors(paths);
    const files = board.rank(paths, scan.kinds, file => scan.alive[file] === 1, options.top, priors);
    const pins = collectPins(index, signals, hits).filter(pin => {
        const file = index.paths.indexOf(pin.path);
        return file >= 0 && scan.alive[file] === 1;
    });
    return { files, fileCount: scan.fileCount, pins, table, scan };
}

// EXTERNAL MODULE: ./src/research/syntax/languages.ts
var languages = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/research/syntax/outline.ts + 1 modules
var outline = __webpack_require__(6369);
// EXTERNAL MODULE: ./src/research/syntax/structure.ts
var structure = __webpack_require__(808);
;// CONCATENATED MODULE: ./src/research/graph/import-resolution.ts
// Resolves what a file imports to files of the tree, the way each language's tooling would:
// Python's dotted modules (absolute and relative), JavaScript and TypeScript relative specifiers
// (extension and index files inferred), Go import paths under the module go.mod declares (a
// package is a directory), Rust's `crate::`, `super::` and `self::` paths, and Java's
// fully qualified classes and packages. Imports of other projects resolve to nothing.

function append(map, key, path) {
    const list = map.get(key);
    if (list)
        list.push(path);
    else
        map.set(key, [path]);
}
function treeFiles(paths, goModule) {
    const all = new Set(paths);
    const byDir = new Map();
    const byName = new Map();
    for (const path of paths) {
        const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
        const name = posix.basename(path);
        append(byDir, dir, path);
        append(byName, name, path);
    }
    return {
        has: path => all.has(path),
        filesIn: dir => byDir.get(dir) ?? [],
        endingWith: tail => (byName.get(posix.basename(tail)) ?? []).filter(path => path === tail || path.endsWith(`/${tail}`)),
        dirsEndingWith: tail => [...byDir.keys()].filter(dir => dir === tail || dir.endsWith(`/${tail}`)),
        goModule
    };
}
const SCRIPT_EXTENSIONS = (/* unused pure expression or super */ null && (['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.d.ts']));
function python(spec, from, tree) {
    const dots = /^\.*/.exec(spec)[0].length;
    const rest = spec.slice(dots).split('.').filter(Boolean);
    const candidates = (parts) => [
        `${parts.join('/')}.py`,
        `${parts.join('/')}/__init__.py`
    ];
    if (dots > 0) {
        let dir = posix.dirname(from);
        for (let i = 1; i < dots; i++)
            dir = posix.dirname(dir);
        const base = dir === '.' ? '' : `${dir}/`;
        for (const tail of rest.length > 0 ? candidates(rest) : ['__init__.py']) {
            if (tree.has(`${base}${tail}`))
                return [`${base}${tail}`];
        }
        return [];
    }
    // An absolute module: the file whose path ends with it (a `src/` layout or a package root).
    for (const tail of candidates(rest)) {
        const found = tree.endingWith(tail);
        if (found.length === 1)
            return [...found];
        if (found.length > 1) {
            // Several packages of that name (tests, vendored copies): the one nearest the importer.
            return [nearest(found, from)];
        }
    }
    return [];
}
function nearest(paths, from) {
    const shared = (path) => {
        const a = path.split('/');
        const b = from.split('/');
        let n = 0;
        while (n < a.length && n < b.length && a[n] === b[n])
            n++;
        return n;
    };
    return [...paths].sort((x, y) => shared(y) - shared(x) || x.length - y.length)[0];
}
function script(spec, from, tree) {
    if (!spec.startsWith('.'))
        return [];
    const target = posix.normalize(posix.join(posix.dirname(from), spec));
    // TypeScript written for ESM imports `./x.js` for `./x.ts`.
    const stem = target.replace(/\.(?:[cm]?js|jsx)$/, '');
    const tries = [
        target,
        ...SCRIPT_EXTENSIONS.map(extension => `${stem}${extension}`),
        ...SCRIPT_EXTENSIONS.map(extension => `${target}/index${extension}`)
    ];
    const found = tries.find(path => tree.has(path));
    return found ? [found] : [];
}
function go(spec, tree) {
    const module = tree.goModule;
    if (!module || (spec !== module && !spec.startsWith(`${module}/`)))
        return [];
    const dir = spec.slice(module.length + 1);
    return tree.filesIn(dir).filter(path => path.endsWith('.go') && !path.endsWith('_test.go'));
}
/** The directory holding a Rust file's child modules: `src/a/b.rs` -> `src/a/b`, `mod.rs` -> its dir. */
function rustModuleDir(file) {
    const name = posix.basename(file);
    const dir = posix.dirname(file);
    return ['mod.rs', 'lib.rs', 'main.rs'].includes(name)
        ? dir
        : `${dir}/${name.replace(/\.rs$/, '')}`;
}
function rustCrateRoot(file) {
    const parts = file.split('/');
    const src = parts.lastIndexOf('src');
    return src >= 0 ? parts.slice(0, src + 1).join('/') : posix.dirname(file);
}
function rust(spec, from, tree) {
    const parts = spec.split('::').filter(Boolean);
    let dir;
    if (parts[0] === 'crate')
        dir = rustCrateRoot(from);
    else if (parts[0] === 'self')
        dir = rustModuleDir(from);
    else if (parts[0] === 'super') {
        dir = posix.dirname(rustModuleDir(from));
        while (parts[1] === 'super') {
            parts.shift();
            dir = posix.dirname(dir);
        }
    }
    else
        return [];
    const path = parts.slice(1);
    // The longest prefix of the path that is a module file: the rest names items inside it.
    for (let used = path.length; used >= 1; used--) {
        const module = `${dir}/${path.slice(0, used).join('/')}`;
        for (const file of [`${module}.rs`, `${module}/mod.rs`])
            if (tree.has(file))
                return [file];
    }
    return [];
}
function java(spec, tree) {
    const cleaned = spec.replace(/^static\s+/, '');
    const parts = cleaned.split('.');
    if (parts[parts.length - 1] === '*') {
        const dir = tree.dirsEndingWith(parts.slice(0, -1).join('/'))[0];
        return dir === undefined ? [] : tree.filesIn(dir).filter(path => path.endsWith('.java'));
    }
    // `a.b.C` or, for a static import or a nested class, `a.b.C.member`.
    for (let used = parts.length; used >= 2; used--) {
        const found = tree.endingWith(`${parts.slice(0, used).join('/')}.java`);
        if (found.length > 0)
            return [found[0]];
    }
    return [];
}
function import_resolution_resolveImport(grammar, spec, from, tree) {
    switch (grammar) {
        case 'python':
            return python(spec, from, tree);
        case 'javascript':
        case 'typescript':
        case 'tsx':
            return script(spec, from, tree);
        case 'go':
            return go(spec, tree);
        case 'rust':
            return rust(spec, from, tree);
        case 'java':
            return java(spec, tree);
    }
}

;// CONCATENATED MODULE: ./src/research/graph/code-graph.ts
// How the code connects, for the files the research is weighing: which file imports which,
// which function calls which, which class extends which. Built from real parses (tree-sitter)
// of the candidate files and the files they import, within a budget of files and bytes, so it
// stays cheap on large trees; the graph says what it parsed and what it left out.






const defaultGraphBudget = {
    maxFiles: 24,
    maxBytes: 3 * 1024 * 1024,
    capBytes: 256 * 1024,
    parseMs: 4000
};
/** Files that see each other's names without an import: a Go package, a Java package. */
function samePackage(a, b) {
    return ((a.grammar === 'go' || a.grammar === 'java') &&
        a.grammar === b.grammar &&
        external_node_path_.posix.dirname(a.path) === external_node_path_.posix.dirname(b.path));
}
/**
 * The parsed files whose definitions a name written in `file` can mean: itself, what it imports
 * and its package; every file when imports are not known.
 */
function visibleFrom(file, files) {
    if (!file.imports)
        return [...files.values()];
    const visible = [file];
    for (const path of file.imports) {
        const imported = files.get(path);
        if (imported && imported !== file)
            visible.push(imported);
    }
    for (const other of files.values())
        if (other !== file && !visible.includes(other) && samePackage(file, other))
            visible.push(other);
    return visible;
}
function definitionsNamed(files, name, kinds) {
    const found = [];
    for (const file of files)
        for (const definition of file.outline.definitions)
            if (definition.name === name && kinds.has(definition.kind))
                found.push({ path: file.path, definition });
    return found;
}
const CALLABLE = new Set(['function', 'method', 'class']);
const CLASSLIKE = new Set(['class', 'interface', 'type']);
/** The calls between definitions of `files`, each resolved to the definitions it can mean. */
function linkCalls(list) {
    const files = new Map(list.map(file => [file.path, file]));
    const calls = [];
    for (const file of files.values()) {
        const visible = visibleFrom(file, files);
        for (const call of file.outline.calls) {
            const caller = (0,structure/* enclosingDefinition */.s)(file.outline.definitions, call.line);
            if (!caller)
                continue;
            for (const target of definitionsNamed(visible, call.name, CALLABLE)) {
                if (target.definition === caller)
                    continue;
                calls.push({ from: { path: file.path, definition: caller }, to: target, line: call.line });
            }
        }
    }
    return calls;
}
function linkBases(files) {
    const links = [];
    for (const file of files.values()) {
        const visible = visibleFrom(file, files);
        for (const definition of file.outline.definitions)
            for (const base of definition.bases ?? [])
                for (const target of definitionsNamed(visible, base, CLASSLIKE))
                    if (target.definition !== definition)
                        links.push({ from: { path: file.path, definition }, to: target });
    }
    return links;
}
/**
 * Parses `seeds` (best first), then the files they import, until the budget is spent; resolves
 * imports, calls and bases among what was parsed.
 */
async function buildGraph(root, seeds, tree, budget = defaultGraphBudget) {
    const started = performance.now();
    const reader = new HeadReader(budget.capBytes);
    const files = new Map();
    const parseable = seeds.filter(path => grammarFor(path) !== undefined);
    const queue = [...parseable];
    const skipped = [];
    let bytes = 0;
    // Read lazily: the queue grows with what each seed imports, and the budgets count what was read.
    function* texts() {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            if (files.has(next) || !grammarFor(next))
                continue;
            const text = files.size < budget.maxFiles ? reader.read(join(root, next))?.text : undefined;
            if (text === undefined || bytes + text.length > budget.maxBytes) {
                if (seeds.includes(next))
                    skipped.push(next);
                continue;
            }
            bytes += text.length;
            yield { path: next, text };
        }
    }
    for await (const { path, outline } of outlineAll(texts(), {
        parseMs: budget.parseMs,
        prepareFor: parseable,
        bases: true
    })) {
        const grammar = grammarFor(path);
        const imports = [
            ...new Set(outline.imports.flatMap(spec => resolveImport(grammar, spec, path, tree)))
        ].filter(target => target !== path);
        files.set(path, { path, grammar, outline, imports });
        // One hop: what a seed imports may hold the code its evidence points to.
        if (seeds.includes(path))
            queue.push(...imports.filter(target => !files.has(target)));
    }
    return {
        files,
        calls: linkCalls([...files.values()]),
        extends: linkBases(files),
        parsed: [...files.keys()],
        skipped,
        ms: performance.now() - started
    };
}

;// CONCATENATED MODULE: ./src/research/rank/rank-symbols.ts
// Ranks definitions, not only files: where in the best-ranked files the change goes. The top code
// files (and the files the issue pins a line in) are parsed; each definition then collects the
// evidence that points inside it: the traceback frames that run through it, the quoted line or
// message it holds, its name or `Class.member` written in the issue, and how much of the issue's
// vocabulary its body uses. Only these few files are parsed, under a time budget.








const defaultSymbolOptions = {
    files: 3,
    maxFiles: 4,
    minShare: 0.5,
    parseMs: 4000,
    capBytes: 256 * 1024,
    top: 12
};
function rank_symbols_fold(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function pinWeight(pin) {
    return pin.kind === 'frame' ? 1 + (pin.depth ?? 0) : pin.kind === 'quote' ? 1.5 : 1;
}
/** Files to parse: the best-ranked code files, then files the issue pins a line in. */
function filesToOutline(ranking, options) {
    const top = ranking.files.find(file => file.kind === 'code')?.score ?? 1;
    const chosen = new Map();
    for (const file of ranking.files) {
        if (file.kind !== 'code' || chosen.size >= options.files)
            continue;
        // A file far behind the best could not hold the change's best symbol: not worth parsing.
        if (file.score < top * options.minShare)
            break;
        chosen.set(file.path, file.score / top);
    }
    // The innermost frames and the quotes first: they pin the fault more closely than outer frames.
    const pins = [...ranking.pins].sort((a, b) => pinWeight(b) - pinWeight(a));
    for (const pin of pins) {
        if (chosen.size >= options.maxFiles)
            break;
        if (!chosen.has(pin.path)) {
            const ranked = ranking.files.find(file => file.path === pin.path);
            chosen.set(pin.path, ranked ? ranked.score / top : 0);
        }
    }
    return chosen;
}
async function outlineFiles(root, ranking, options = defaultSymbolOptions) {
    const reader = new read_file/* HeadReader */.GU(options.capBytes);
    const chosen = filesToOutline(ranking, options);
    function* texts() {
        for (const [path, prior] of chosen) {
            const text = reader.read((0,external_node_path_.join)(root, path))?.text;
            if (text !== undefined)
                yield { path, text, prior };
        }
    }
    const out = [];
    for await (const file of (0,outline/* outlineAll */.AN)(texts(), {
        parseMs: options.parseMs,
        prepareFor: [...chosen.keys()]
    })) {
        // A source file's own test code (a Rust `#[cfg(test)]` module) tests the change; it is
        // never where the change goes.
        file.outline.definitions = file.outline.definitions.filter(definition => !definition.test);
        out.push(file);
    }
    return out;
}
function lineTexts(text) {
    return text.split('\n');
}
/** The definition a frame runs through: by its function's name, its printed source, its line. */
function frameDefinition(pin, definitions, lines) {
    const named = pin.functionName
        ? definitions.filter(definition => definition.name === pin.functionName)
        : [];
    if (pin.text) {
        const wanted = rank_symbols_fold(pin.text);
        for (let i = 0; i < lines.length; i++) {
            if (rank_symbols_fold(lines[i]) !== wanted)
                continue;
            const holder = named.find(definition => definition.start <= i + 1 && i + 1 <= definition.end);
            if (holder)
                return { definition: holder, line: i + 1 };
            if (named.length === 0) {
                const inner = (0,structure/* enclosingDefinition */.s)(definitions, i + 1);
                if (inner)
                    return { definition: inner, line: i + 1 };
            }
        }
    }
    if (pin.line !== undefined) {
        const holder = named.find(d => d.start <= pin.line && pin.line <= d.end);
        if (holder)
            return { definition: holder, line: pin.line };
    }
    if (named.length > 0) {
        // Lines drift between the reporter's version and this one: the nearest of that name.
        const line = pin.line ?? 0;
        const nearest = [...named].sort((a, b) => Math.abs(a.start - line) - Math.abs(b.start - line))[0];
        return { definition: nearest };
    }
    return undefined;
}
/**
 * Adds evidence to a definition. Evidence of one kind (`key`) counts once, at its strongest: two
 * frames of one traceback in the same function are one piece of evidence.
 */
function addEvidence(candidate, score, reason, line, key = reason) {
    const same = candidate.evidence.find(item => item.key === key);
    if (!same)
        candidate.evidence.push({ score, reason, key });
    else if (score > same.score)
        Object.assign(same, { score, reason });
    if (line !== undefined && candidate.line === undefined)
        candidate.line = line;
}
function addPinEvidence(file, pins, candidateOf) {
    const lines = lineTexts(file.text);
    const { definitions } = file.outline;
    for (const pin of pins) {
        if (pin.path !== file.path)
            continue;
        if (pin.kind === 'frame') {
            const found = frameDefinition(pin, definitions, lines);
            if (!found)
                continue;
            const depth = pin.depth ?? 1;
            const at = found.line ?? pin.line;
            const reason = depth === 1
                ? `innermost project frame of the traceback${at ? ` (line ${at})` : ''}`
                : `in the traceback${at ? ` (line ${at})` : ''}`;
            // The innermost frame is where the failure surfaces; outer frames only pass through.
            addEvidence(candidateOf(found.definition), 3 + 5 * depth * depth, reason, found.line, 'frame');
            continue;
        }
        if (pin.line === undefined)
            continue;
        const holder = (0,structure/* enclosingDefinition */.s)(definitions, pin.line);
        if (!holder)
            continue;
        if (pin.kind === 'location') {
            addEvidence(candidateOf(holder), 5, `the issue points at line ${pin.line}`, pin.line, 'location');
        }
        else {
            const message = pin.quoteKind === 'message';
            // Code quoted in a sentence is what the reporter points at; code pasted in a block is context.
            const strength = (message ? 6 : 5) * (pin.inProse ? 1.4 : pin.script ? 0.5 : 1);
            addEvidence(candidateOf(holder), strength / (pin.holders ?? 1), `holds the ${message ? 'message' : 'line'} quoted in the issue (line ${pin.line})`, pin.line, `quote:${pin.text}`);
        }
    }
}
function rank_symbols_addNameEvidence(files, signals, candidates, candidateOf) {
    const definers = new Map();
    for (const file of files)
        for (const definition of file.outline.definitions)
            definers.set(definition.name, (definers.get(definition.name) ?? 0) + 1);
    const qualified = new Set();
    for (const parts of signals.dotted)
        for (let i = 0; i + 1 < parts.length; i++)
            qualified.add(`${parts[i]}.${parts[i + 1]}`);
    for (const file of files) {
        const module = stemOf(fileNameOf(file.path));
        for (const definition of file.outline.definitions) {
            const mention = signals.identifiers.get(definition.name);
            // A frame's function is named in the issue because the traceback prints its callers'
            // source: the frame is the evidence, not the name.
            const framed = candidates
                .get(definition)
                ?.evidence.some(item => /traceback/.test(item.reason));
            if (mention?.codeLike && !framed) {
                const strength = (mention.inTitle ? 1.5 : 1) *
                    (1 + Math.log(mention.count) / 2) *
                    subjectWeight(signals, definition.name);
                const rarity = 1 / (1 + Math.log2(definers.get(definition.name) ?? 1));
                const container = ['class', 'interface', 'module'].includes(definition.kind) ? 0.7 : 1;
                addEvidence(candidateOf(file.path, definition), 3 * strength * rarity * container, `named in the issue`);
            }
            const owner = definition.cls ?? module;
            const pair = `${owner}.${definition.name}`;
            if (qualified.has(pair)) {
                addEvidence(candidateOf(file.path, definition), 4 * subjectWeight(signals, pair), `\`${pair}\` named in the issue`);
            }
        }
    }
}
const rank_symbols_k1 = 1.2;
const rank_symbols_b = 0.75;
/** BM25 of function bodies over the issue's terms, with the tree's statistics; best gets 2.5. */
function rank_symbols_addTermEvidence(files, ranking, signals, candidateOf) {
    const { table, scan } = ranking;
    const counter = new term_counter/* TermCounter */.N(table.lookup);
    const counts = new Uint32Array(table.terms.length);
    const idf = table.terms.map((_, t) => {
        const df = scan.documentFrequency[t];
        return Math.log(1 + (scan.documentCount - df + 0.5) / (df + 0.5));
    });
    const bodies = [];
    for (const file of files) {
        const lines = lineTexts(file.text);
        for (const definition of file.outline.definitions) {
            if (!['function', 'method'].includes(definition.kind))
                continue;
            counts.fill(0);
            const body = lines.slice(definition.start - 1, definition.end).join('\n');
            const length = counter.count(body, counts);
            const pairs = [];
            counts.forEach((count, term) => {
                if (count > 0)
                    pairs.push(term, count);
            });
            if (pairs.length > 0)
                bodies.push({ path: file.path, definition, pairs, length });
        }
    }
    if (bodies.length === 0)
        return;
    const average = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length;
    const scored = bodies.map(body => {
        const norm = rank_symbols_k1 * (1 - rank_symbols_b + (rank_symbols_b * body.length) / average);
        let score = 0;
        let top = 0;
        let topValue = -1;
        for (let p = 0; p < body.pairs.length; p += 2) {
            const term = body.pairs[p];
            const tf = body.pairs[p + 1];
            score += table.queryWeight[term] * idf[term] * ((tf * (rank_symbols_k1 + 1)) / (tf + norm));
            const value = table.queryWeight[term] * idf[term] * Math.log(1 + tf);
            if (value > topValue) {
                topValue = value;
                top = p;
            }
        }
        return { body, score, top };
    });
    const best = Math.max(...scored.map(item => item.score));
    if (best <= 0)
        return;
    for (const { body, score, top } of scored) {
        const term = table.terms[body.pairs[top]];
        const times = body.pairs[top + 1];
        const word = signals.spelling.get(term) ?? term;
        addEvidence(candidateOf(body.path, body.definition), (2.5 * score) / best, `mentions \`${word}\` ${times} time${times === 1 ? '' : 's'}`);
    }
}
/** Special methods that do what the issue's words or operators ask (`readBehaviours`). */
function addBehaviourEvidence(files, signals, behaviours, candidates, candidateOf) {
    if (behaviours.size === 0)
        return;
    for (const file of files)
        for (const definition of file.outline.definitions) {
            const asked = definition.kind === 'method' ? behaviours.get(definition.name) : undefined;
            if (!asked)
                continue;
            // Of a class the issue names, the method is where the behaviour lives, not the class: it
            // outranks the class by what the class's name earned it.
            const owner = definition.cls && signals.identifiers.get(definition.cls);
            const ownerDefinition = owner
                ? file.outline.definitions.find(item => item.name === definition.cls && item !== definition)
                : undefined;
            const named = ownerDefinition
                ? (candidates
                    .get(ownerDefinition)
                    ?.evidence.find(item => item.reason === 'named in the issue')?.score ?? 0)
                : 0;
            addEvidence(candidateOf(file.path, definition), Math.max(3, named + 1), owner
                ? `the special method for ${asked} of \`${definition.cls}\`, which the issue names`
                : `the special method for ${asked}`);
        }
}
/**
 * Calls between the parsed files, as reasons: what a named function, a frame or a quoted line
 * points at is often done by the function it calls (a wrapper and its implementation). Weights
 * fitted on the corpus's tuning half moved the functions' ranking for no more than one instance,
 * so the flow only annotates the candidates the evidence found ("called by `walk`"), with no
 * weight; a caller needs this much evidence of its own to lend its name.
 */
const CALLER_LEAST_EVIDENCE = 3;
function addCallEvidence(files, candidates) {
    const strength = new Map([...candidates].map(([definition, candidate]) => [
        definition,
        candidate.evidence.reduce((sum, item) => sum + item.score, 0)
    ]));
    for (const { from, to } of linkCalls(files)) {
        const callee = candidates.get(to.definition);
        if ((strength.get(from.definition) ?? 0) < CALLER_LEAST_EVIDENCE || !callee)
            continue;
        addEvidence(callee, 0, `called by \`${(0,structure/* qualifiedName */.O)(from.definition)}\``, undefined, 'calls');
    }
}
function rankSymbols(files, ranking, signals, behaviours = new Map(), top = defaultSymbolOptions.top) {
    const candidates = new Map();
    const priors = new Map(files.map(file => [file.path, file.prior]));
    const candidateOf = (path, definition) => {
        let candidate = candidates.get(definition);
        if (!candidate) {
            candidate = { path, definition, prior: priors.get(path) ?? 0, evidence: [] };
            candidates.set(definition, candidate);
        }
        return candidate;
    };
    for (const file of files)
        addPinEvidence(file, ranking.pins, definition => candidateOf(file.path, definition));
    rank_symbols_addNameEvidence(files, signals, candidates, candidateOf);
    rank_symbols_addTermEvidence(files, ranking, signals, candidateOf);
    addBehaviourEvidence(files, signals, behaviours, candidates, candidateOf);
    addCallEvidence(files, candidates);
    const ranked = [];
    for (const candidate of candidates.values()) {
        const { definition } = candidate;
        candidate.evidence.sort((x, y) => y.score - x.score);
        // The file's own rank counts too: a strong function in a weak file stays behind.
        const total = 1.5 * candidate.prior + candidate.evidence.reduce((sum, e) => sum + e.score, 0);
        ranked.push({
            path: candidate.path,
            name: definition.name,
            ...(definition.cls ? { className: definition.cls } : {}),
            kind: definition.kind,
            startLine: definition.start,
            endLine: definition.end,
            ...(candidate.line !== undefined ? { line: candidate.line } : {}),
            score: Math.round(total * 1000) / 1000,
            reasons: candidate.evidence.slice(0, 4).map(item => item.reason)
        });
    }
    ranked.sort((x, y) => y.score - x.score || x.path.localeCompare(y.path) || x.startLine - y.startLine);
    return ranked.slice(0, top);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/research/tree/gitignore.ts
// A deliberately simple reading of a top-level .gitignore, for trees that are not git
// checkouts (an extracted tarball). Supports `*`, `**`, `?`, anchoring with a leading or inner
// `/`, directory-only patterns with a trailing `/`, and `!` re-inclusion.
function globToRegex(glob, anchored) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*') {
            if (glob[i + 1] === '*') {
                // `**/` matches any number of directories, a trailing `**` everything below.
                source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
                i += glob[i + 2] === '/' ? 2 : 1;
            }
            else
                source += '[^/]*';
        }
        else if (char === '?')
            source += '[^/]';
        else if (char === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0)
                source += '\\[';
            else {
                source += glob.slice(i, end + 1).replace(/^\[!/, '[^');
                i = end;
            }
        }
        else
            source += char.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`${anchored ? '^' : '(?:^|/)'}${source}$`);
}
function either(rules) {
    return rules.length > 0
        ? new RegExp(rules.map(rule => `(?:${rule.regex.source})`).join('|'))
        : undefined;
}
function parseGitignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.replace(/\s+$/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        const negated = line.startsWith('!');
        if (negated)
            line = line.slice(1);
        const directoryOnly = line.endsWith('/');
        if (directoryOnly)
            line = line.slice(0, -1);
        // A slash anywhere but at the end anchors the pattern to the .gitignore's directory.
        const anchored = line.includes('/');
        if (line.startsWith('/'))
            line = line.slice(1);
        if (line === '')
            continue;
        rules.push({ regex: globToRegex(line, anchored), negated, directoryOnly });
    }
    return {
        rules,
        anyFileRule: either(rules.filter(rule => !rule.directoryOnly)),
        anyRule: either(rules)
    };
}
/** Whether `path` (relative, POSIX) is ignored; the last matching rule wins, as in git. */
function isIgnored(rules, path, isDirectory) {
    if (!(isDirectory ? rules.anyRule : rules.anyFileRule)?.test(path))
        return false;
    let ignored = false;
    for (const rule of rules.rules) {
        if (rule.directoryOnly && !isDirectory)
            continue;
        if (rule.regex.test(path))
            ignored = !rule.negated;
    }
    return ignored;
}

;// CONCATENATED MODULE: ./src/research/tree/list-files.ts
// Lists the files of a repository tree: what git tracks (plus untracked files git would not
// ignore) in a checkout, or a directory walk honouring the top-level .gitignore elsewhere.





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Never descended into by the walk: repository metadata and dependency trees. */
const skippedWalkDirs = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__']);
async function gitListing(root) {
    try {
        const { stdout } = await run('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
        // `--cached --others` can name a path twice (e.g. during a merge); keep one of each.
        return [...new Set(stdout.split('\0').filter(path => path !== ''))];
    }
    catch {
        return undefined;
    }
}
/**
 * A `.git` in the root or above it: only then is asking git worth a process. Outside a work
 * tree (in a `.git` directory, say) `ls-files` fails, and the tree is walked.
 */
function hasGitAbove(root) {
    for (let dir = (0,external_node_path_.resolve)(root);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function readRules(root) {
    try {
        return parseGitignore((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, '.gitignore'), 'utf8'));
    }
    catch {
        return parseGitignore('');
    }
}
function walkListing(root) {
    const rules = readRules(root);
    const files = [];
    const pending = [''];
    while (pending.length > 0) {
        const dir = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
            // Symlinks are neither followed nor listed: they could lead out of the tree.
            if (entry.isDirectory()) {
                if (!skippedWalkDirs.has(entry.name) && !isIgnored(rules, rel, true))
                    pending.push(rel);
            }
            else if (entry.isFile() && !isIgnored(rules, rel, false))
                files.push(rel);
        }
    }
    return files;
}
/**
 * Every file of the tree at `root`, as sorted POSIX paths relative to it. Nothing is
 * filtered here beyond what git (or the .gitignore) ignores; see classify.ts for that.
 */
async function listRepositoryFiles(root) {
    const listed = hasGitAbove(root) ? await gitListing(root) : undefined;
    // An empty listing means the tree sits untracked (or ignored) inside another checkout.
    const files = listed && listed.length > 0 ? listed : walkListing(root);
    return files.sort();
}

;// CONCATENATED MODULE: ./src/research/tree/manifests.ts
// The repository's manifests and build files, each read at most once per research: the ranking
// takes the project's own names from them and the orientation its stack and commands.

const TEXT_CAP = 64 * 1024;
class Manifests {
    root;
    present;
    texts = new Map();
    jsons = new Map();
    constructor(root, files) {
        this.root = root;
        this.present = new Set(files);
    }
    has(path) {
        return this.present.has(path);
    }
    /** The head of a listed file as text; undefined when it is not listed or cannot be read. */
    text(path) {
        if (!this.present.has(path))
            return undefined;
        if (!this.texts.has(path))
            this.texts.set(path, readText(this.root, path, TEXT_CAP));
        return this.texts.get(path);
    }
    /** A listed JSON object (package.json); undefined when absent, unreadable or not an object. */
    json(path) {
        if (!this.present.has(path))
            return undefined;
        if (!this.jsons.has(path))
            this.jsons.set(path, readJson(this.root, path));
        return this.jsons.get(path);
    }
}

;// CONCATENATED MODULE: ./src/research/index.ts
// The research step, stage by stage: read the issue, list the tree, rank its files, then the
// definitions inside the best of them, orient (docs, stack, commands, test layout), and find the
// existing tests of the code the change goes into. Each stage has its folder beside this file.














/** How deep today's ranking goes for the history to lift a file from. */
const FUSION_DEPTH = 50;
async function research(query) {
    const started = performance.now();
    const stagesMs = {};
    const mark = (stage) => (stagesMs[stage] = Math.round(performance.now() - started));
    // The history is read by a git process of its own while this one scans the tree.
    const history = (0,read_log/* readHistory */.L)(query.root, {
        ...defaultHistoryBudget,
        commits: query.historyCommits ?? defaultHistoryBudget.commits
    });
    // The tree is listed by git while the issue is read.
    const listing = listRepositoryFiles(query.root);
    // The issue, read once for every reader of it.
    const issue = issueInput(query.title, query.body);
    const signals = readIssueSignals(issue);
    const quotes = readQuotedCode(issue);
    // The tree (without what the caller leaves out, such as the plans already written), and its
    // manifests read once: the ranking takes the project's names from them, the orientation its
    // stack and commands.
    const { skip } = query;
    const listed = await listing;
    const all = skip ? listed.filter(path => !skip(path)) : listed;
    const manifests = new Manifests(query.root, all);
    const rankable = all.filter(path => (0,classify/* exclusionFor */._b)(path) === undefined);
    mark('list');
    // Files by the issue's evidence; then, with the parser loaded only now, the definitions in the
    // few best-ranked files (and those the issue pins a line in).
    // The ranking goes deeper than the result, so the history can lift a file from further down.
    const top = query.top ?? defaultRankOptions.top;
    const today = await rankFiles(manifests, rankable, signals, quotes, {
        ...defaultRankOptions,
        top: Math.max(top, FUSION_DEPTH)
    });
    mark('rank');
    const log = await history;
    mark('history');
    const tracked = new Set(rankable);
    const inputs = log.commits.length > 0
        ? historyInputs(log, signals, `${query.title}\n${query.body}`, path => tracked.has(path), today.files)
        : undefined;
    const ranking = inputs
        ? { ...today, files: fuseFiles(inputs, historyWeights).slice(0, top) }
        : { ...today, files: today.files.slice(0, top) };
    const outlined = await outlineFiles(query.root, ranking, defaultSymbolOptions);
    const symbols = rankSymbols(outlined, ranking, signals, readBehaviours(issue));
    mark('symbols');
    // A feature that adds a member to a family (a rule, a plugin, a check) takes its siblings' shape.
    const member = findNewMember(issue, signals, ranking.files, rankable);
    const precedent = member && inputs ? precedentOf(member, log.commits, path => tracked.has(path)) : undefined;
    const newMember = member && precedent ? { ...member, precedent } : member;
    const orientation = orient(manifests, all, { contextFile: query.contextFile }, rankable);
    mark('orient');
    // The tests of the best-ranked code files: those the ranking put first, not files pinned only.
    const subjects = outlined.filter(file => file.prior >= 0.3).slice(0, 3);
    const covering = findCoveringTests(query.root, orientation.tests.files, subjects, symbols);
    if (inputs) {
        inputs.tests = covering;
        query.onFusion?.(inputs);
    }
    const tests = inputs ? fuseTests(inputs, ranking.files, historyWeights) : covering;
    mark('tests');
    return {
        files: ranking.files,
        symbols,
        tests,
        history: {
            read: log.read,
            similar: inputs
                ? citedChanges(inputs, ranking.files).map(({ sha, subject, files }) => ({
                    sha,
                    subject,
                    files
                }))
                : [],
            companions: inputs ? companionsOfLead(inputs, ranking.files) : []
        },
        parsed: outlined.map(file => ({ path: file.path, parser: file.outline.parser })),
        orientation,
        ...(newMember ? { newMember } : {}),
        fileCount: ranking.fileCount,
        elapsedMs: Math.round(performance.now() - started),
        stagesMs,
        threads: ranking.scan.threads
    };
}


/***/ }),

/***/ 3222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ grammarFor)
/* harmony export */ });
/* harmony import */ var _tree_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7430);
// Which tree-sitter grammar reads a file, from its extension. Kept apart from the parser so that
// deciding whether to parse costs nothing: the runtime loads only when a file needs it.

const byExtension = {
    py: 'python',
    pyi: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    // The JavaScript grammar reads JSX; the TypeScript one would misread `<T>` as a tag.
    jsx: 'javascript',
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'tsx',
    go: 'go',
    rs: 'rust',
    java: 'java'
};
/** The grammar for a path, or undefined when the file is left to the fallback patterns. */
function grammarFor(path) {
    return byExtension[(0,_tree_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .extensionOf */ .je)(path)];
}


/***/ }),

/***/ 6369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AN: () => (/* binding */ outlineAll)
});

// UNUSED EXPORTS: outlineSource, prepareParsing

// EXTERNAL MODULE: ./src/research/syntax/languages.ts
var languages = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/research/tree/classify.ts
var classify = __webpack_require__(7430);
// EXTERNAL MODULE: ./src/research/scan/definitions.ts
var definitions = __webpack_require__(6161);
// EXTERNAL MODULE: ./src/research/syntax/structure.ts
var structure = __webpack_require__(808);
;// CONCATENATED MODULE: ./src/research/syntax/pattern-outline.ts
// The fallback structure for languages without a grammar (and files the parser could not take):
// definitions from the same patterns the scan uses, with spans estimated from indentation
// (Python, Ruby and friends) or from braces (the C family). Estimates, not a parse: good enough
// to say which function a line sits in.



const indentedLanguages = new Set(['py', 'pyi', 'pyx', 'rb', 'nim', 'coffee']);
const CLASS_WORD = /\b(?:class|struct|interface|trait|enum|record|object|module|protocol|union)\b/;
const TYPE_WORD = /\b(?:type|typedef)\b/;
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 0-based line holding `offset`. */
function lineAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
function indentOf(line) {
    return /^[ \t]*/.exec(line)[0].replace(/\t/g, '    ').length;
}
/** Last line of an indented block opened at `start` (0-based lines in, 0-based out). */
function indentedEnd(lines, start) {
    const indent = indentOf(lines[start]);
    let end = start;
    for (let i = start + 1; i < lines.length; i++) {
        const trimmed = lines[i].trim();
        // A blank line, or the closing bracket of a signature or call split over lines, ends nothing.
        if (trimmed === '' || /^[)\]}]/.test(trimmed))
            continue;
        if (indentOf(lines[i]) <= indent)
            break;
        end = i;
    }
    return end;
}
/** Last line of a braced block whose `{` opens within two lines of `start`; naive about strings. */
function bracedEnd(lines, start) {
    let depth = 0;
    let opened = false;
    for (let i = start; i < lines.length; i++) {
        for (const char of lines[i]) {
            if (char === '{') {
                depth++;
                opened = true;
            }
            else if (char === '}') {
                depth--;
                if (opened && depth <= 0)
                    return i;
            }
            else if (char === ';' && !opened)
                return i;
        }
        if (!opened && i >= start + 2)
            return start;
    }
    return opened ? lines.length - 1 : start;
}
function kindOf(lineText, name) {
    const before = lineText.slice(0, Math.max(0, lineText.indexOf(name)));
    if (CLASS_WORD.test(before))
        return 'class';
    if (TYPE_WORD.test(before))
        return 'type';
    const after = lineText.slice(lineText.indexOf(name) + name.length);
    // `x = 1`, `x: int = 1`; but `const f = () =>` and `const f = function` are functions.
    if (/^\s*(?::[^=\n]*)?=(?![=>])/.test(after) && !/=>|\bfunction\b/.test(after))
        return 'variable';
    return 'function';
}
function patternOutline(path, text) {
    const pattern = (0,definitions/* definitionPatternFor */.fX)(path);
    const outline = { parser: 'patterns', definitions: [], imports: [], calls: [] };
    if (!pattern)
        return outline;
    const starts = lineStarts(text);
    const lines = text.split('\n');
    const indented = indentedLanguages.has((0,classify/* extensionOf */.je)(path));
    const found = [];
    (0,definitions/* forEachDefinition */.cJ)(pattern, text, (name, offset) => {
        // The match may begin on the line before (leading whitespace); the name's line is what counts.
        const at = text.indexOf(name, offset);
        const line = lineAt(starts, at < 0 ? offset : at);
        const kind = kindOf(lines[line], name);
        const end = kind === 'variable' ? line : indented ? indentedEnd(lines, line) : bracedEnd(lines, line);
        found.push({ name, kind, start: line + 1, end: end + 1 });
    });
    for (const definition of found) {
        const owner = (0,structure/* enclosingDefinition */.s)(found.filter(other => other !== definition && other.kind === 'class'), definition.start);
        if (owner && owner.end >= definition.end) {
            definition.cls = owner.name;
            if (definition.kind === 'function')
                definition.kind = 'method';
        }
    }
    outline.definitions = found.sort((a, b) => a.start - b.start || b.end - a.end);
    return outline;
}

;// CONCATENATED MODULE: ./src/research/syntax/outline.ts
// A file's structure as the ranking needs it: definitions with their line spans and enclosing
// class, imports and (on request) calls. Read with tree-sitter where a grammar exists, else, or
// when the grammar cannot load or the time is spent, with the definition patterns.


/**
 * Loads the parser for these files' languages before any budget starts (see `prepareGrammar`);
 * a language whose grammar cannot load is left to the patterns, as it would be anyway.
 */
async function prepareParsing(paths, calls = false) {
    const wanted = new Set(paths.map(languages/* grammarFor */.l).filter(grammar => grammar !== undefined));
    if (wanted.size === 0)
        return;
    try {
        const { prepareGrammar } = await __webpack_require__.e(/* import() */ 860).then(__webpack_require__.bind(__webpack_require__, 2860));
        for (const grammar of wanted)
            await prepareGrammar(grammar, calls).catch(() => undefined);
    }
    catch {
        // The parser's module itself failed to load: every file goes to the patterns.
    }
}
/** Reads the structure of one file's text (`path` picks the language). */
async function outlineSource(path, text, options) {
    const grammar = (0,languages/* grammarFor */.l)(path);
    if (grammar && performance.now() < options.deadline) {
        try {
            // The parser's module, the runtime and the grammars load only when a file needs them.
            const { treeOutline } = await __webpack_require__.e(/* import() */ 860).then(__webpack_require__.bind(__webpack_require__, 2860));
            const outline = await treeOutline(text, grammar, options);
            if (outline)
                return outline;
        }
        catch {
            // A grammar that fails to load leaves the file to the patterns, like any other language.
        }
    }
    return patternOutline(path, text);
}
/**
 * Outlines `files` one after another, calls included, under one parse budget: the parser for the
 * languages of `prepareFor` loads first, outside the budget, then `parseMs` starts running. The
 * files are taken one at a time, as each outline is asked for, so a caller may read them lazily
 * and queue more as it goes (the code graph queues what a seed imports).
 */
async function* outlineAll(files, options) {
    await prepareParsing(options.prepareFor, true);
    const deadline = performance.now() + options.parseMs;
    const asked = { deadline, calls: true, bases: options.bases };
    for (const file of files)
        yield { ...file, outline: await outlineSource(file.path, file.text, asked) };
}


/***/ }),

/***/ 808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ qualifiedName),
/* harmony export */   s: () => (/* binding */ enclosingDefinition)
/* harmony export */ });
/** The innermost definition whose span holds the 1-based `line`. */
function enclosingDefinition(definitions, line) {
    let best;
    for (const definition of definitions) {
        if (definition.start > line || line > definition.end)
            continue;
        if (!best || definition.end - definition.start <= best.end - best.start)
            best = definition;
    }
    return best;
}
/** `Cls.name`, or the bare name of a top-level definition. */
function qualifiedName(definition) {
    return definition.cls ? `${definition.cls}.${definition.name}` : definition.name;
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ sanitizeIssueText)
/* harmony export */ });
// The copy of issue text a model reads. Issue text is untrusted: hidden HTML comments and
// invisible or direction-changing characters are the usual carriers of prompt injection, so they
// are removed; the size is capped so one issue cannot exhaust the context. The plan's Metadata
// keeps the body verbatim; only the model's copy is cleaned.
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Zero-width, bidi controls and isolates (and the Arabic letter mark), BOM, soft hyphen, word joiner and invisible operators,
// Mongolian vowel separator, interlinear annotation marks.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
// C0 and C1 controls other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Unicode "tag" characters can smuggle invisible ASCII.
const TAGS = /[\u{E0000}-\u{E007F}]/gu;
function sanitizeIssueText(text, maxChars = 20_000) {
    let clean = text
        .replace(/\r\n?/g, '\n')
        // Invisible characters first: `<!\u200B--` must not survive as a visible comment opener.
        .replace(INVISIBLE, '')
        .replace(TAGS, '')
        .replace(CONTROL, '');
    // Removing one comment can join its neighbours into another (`<<!-- -->!-- x -->`): repeat.
    for (let previous = ''; previous !== clean;) {
        previous = clean;
        clean = clean.replace(HTML_COMMENT, '');
    }
    if (clean.length <= maxChars)
        return clean;
    // Never cut between the two halves of a surrogate pair: a lone half is not valid text.
    const cut = /[\uD800-\uDBFF]/.test(clean[maxChars - 1] ?? '') ? maxChars - 1 : maxChars;
    return `${clean.slice(0, cut)}\n[truncated: ${clean.length - cut} more characters]`;
}


/***/ })

};
