export const id = 914;
export const ids = [914];
export const modules = {

/***/ 6161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ forEachDefinitionOnLines),
/* harmony export */   cJ: () => (/* binding */ forEachDefinition),
/* harmony export */   fX: () => (/* binding */ definitionPatternFor)
/* harmony export */ });
/* harmony import */ var _tree_classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7430);
// Names a file defines, found by one cheap regular expression per language family (not a
// parser): enough to tell the file that defines `URLValidator` from the files that use it.

const python = /^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t]+([A-Za-z_]\w*)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]{1,80})?=(?!=)/gm;
const javascript = /^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:declare[ \t]+)?(?:abstract[ \t]+)?(?:async[ \t]+)?(?:function\*?|class|interface|type|enum|const|let|var|namespace)[ \t]+([A-Za-z_$][\w$]*)|^[ \t]+(?:(?:public|private|protected|static|readonly|async|override|get|set)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*(?:<[^>\n]{0,80}>)?\([^)\n]{0,200}\)[ \t]*(?::[^{\n]{0,120})?\{/gm;
const go = /^func[ \t]+(?:\([^)\n]*\)[ \t]*)?([A-Za-z_]\w*)|^type[ \t]+([A-Za-z_]\w*)|^[ \t]+([A-Za-z_]\w*)[ \t]+(?:struct|interface)\b/gm;
const rust = /\b(?:fn|struct|enum|trait|type|mod|const|static|union)[ \t]+([A-Za-z_]\w*)|macro_rules![ \t]*([A-Za-z_]\w*)/g;
const jvm = /\b(?:class|interface|enum|record|struct|object|trait|fun|func|def|protocol|extension)[ \t]+([A-Za-z_]\w*)|^[ \t]+(?:(?:public|private|protected|internal|static|final|abstract|synchronized|override|virtual|async|open)[ \t]+)+[\w<>[\], ?.]+[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm;
const ruby = /^[ \t]*(?:def[ \t]+(?:self\.)?|class[ \t]+|module[ \t]+)([A-Za-z_]\w*[?!]?)/gm;
const php = /\b(?:function|class|interface|trait|enum)[ \t]+&?([A-Za-z_]\w*)/g;
const cFamily = /^(?:typedef[ \t]+)?(?:struct|class|enum|union|namespace)[ \t]+([A-Za-z_]\w*)|^#[ \t]*define[ \t]+([A-Za-z_]\w*)|^[A-Za-z_][^;\n(=]{0,120}?\b([A-Za-z_]\w*)[ \t]*\([^;\n]*\)[ \t]*(?:const[ \t]*)?\{?[ \t]*$/gm;
const shell = /^[ \t]*(?:function[ \t]+)?([A-Za-z_][\w-]*)[ \t]*\(\)[ \t]*\{/gm;
const byExtension = new Map();
for (const ext of ['py', 'pyi', 'pyx'])
    byExtension.set(ext, python);
for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte'])
    byExtension.set(ext, javascript);
byExtension.set('go', go);
byExtension.set('rs', rust);
for (const ext of ['java', 'kt', 'kts', 'scala', 'cs', 'swift', 'groovy', 'dart'])
    byExtension.set(ext, jvm);
byExtension.set('rb', ruby);
byExtension.set('php', php);
for (const ext of ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'hxx', 'm', 'mm'])
    byExtension.set(ext, cFamily);
for (const ext of ['sh', 'bash', 'zsh'])
    byExtension.set(ext, shell);
/** Words the method-shaped patterns also catch (`if (x) {`) that are never definitions. */
const keywords = new Set([
    'if',
    'for',
    'while',
    'switch',
    'catch',
    'return',
    'function',
    'with',
    'elif',
    'else',
    'new',
    'typeof',
    'await',
    'sizeof'
]);
/** The definition pattern for a path, or undefined for languages without one. */
function definitionPatternFor(path) {
    return byExtension.get((0,_tree_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .extensionOf */ .je)(path));
}
/**
 * Calls `found` with each name `text` defines. `wanted` filters early, so scanning a file
 * creates no strings beyond the matches themselves.
 */
function forEachDefinition(pattern, text, found) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        for (let group = 1; group < m.length; group++) {
            const name = m[group];
            if (name !== undefined) {
                if (!keywords.has(name))
                    found(name, m.index);
                break;
            }
        }
    }
}
/**
 * `forEachDefinition` over only the lines of `bytes[0, end)` that hold one of `names`: the same
 * definitions of those names, in the same order, since no pattern reaches across a line break
 * (a line read alone yields what it yields inside the whole text). Most of a file is not decoded.
 */
function forEachDefinitionOnLines(pattern, bytes, end, names, found) {
    const text = bytes.subarray(0, end);
    const lineStarts = new Set();
    for (const name of names) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
            lineStarts.add(text.lastIndexOf(10, at) + 1);
    }
    for (const start of [...lineStarts].sort((a, b) => a - b)) {
        const newline = text.indexOf(10, start);
        forEachDefinition(pattern, text.toString('utf8', start, newline < 0 ? end : newline), found);
    }
}


/***/ }),

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ READ),
/* harmony export */   TY: () => (/* binding */ FileScanner),
/* harmony export */   f9: () => (/* binding */ sharedFields),
/* harmony export */   mv: () => (/* binding */ fileKinds)
/* harmony export */ });
/* unused harmony exports DEAD, UNREAD */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tree_classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _tree_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2951);
/* harmony import */ var _tree_vendored_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5819);
/* harmony import */ var _definitions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6161);
/* harmony import */ var _term_counter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3864);
// One file's part of the scan, the same on every thread: read its head once, undecoded, count
// the terms in its bytes, measure its length and find which of the names it
// defines. Only the few files that may define a name are decoded whole.






const fileKinds = ['code', 'test', 'doc', 'config', 'other'];
/** `alive` values. */
const DEAD = 0;
/** Alive, not read: its name counts, its content is not worth reading. */
const UNREAD = 1;
const READ = 2;
function sharedFields(fileCount) {
    return {
        kinds: new Uint8Array(new SharedArrayBuffer(fileCount)),
        alive: new Uint8Array(new SharedArrayBuffer(fileCount)),
        lengths: new Uint32Array(new SharedArrayBuffer(4 * fileCount))
    };
}
/**
 * The checks on a file's top (a generated marker, minified lines, a library's banner) read the
 * first 16 KB: at least 5,461 characters, more than any of them looks at, so they see what they
 * would in the whole text. A package's `__init__.py` is read for its first 8,000 characters.
 */
const TOP_BYTES = 16 * 1024;
const INIT_BYTES = 32 * 1024;
/** UTF-8 takes at most three bytes for one UTF-16 unit. */
const MAX_BYTES_PER_UNIT = 3;
/**
 * Whether a file's content is worth scanning. Data files and test fixtures (an `.sql` or
 * `.yml` input under `tests/`) are inputs to the code, not the code a change goes into: their
 * names still count, their words would only add noise and time.
 */
function worthReading(path, kind) {
    if (kind === 'code' || kind === 'doc' || kind === 'config')
        return true;
    if (kind === 'test')
        return _tree_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .codeExtensions */ .ST.has((0,_tree_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .extensionOf */ .je)(path)) && !/\.(?:sql|sh)$/.test(path);
    return false;
}
class FileScanner {
    job;
    out;
    counter;
    reader;
    counts;
    nameBytes;
    nameIndex;
    terms = [];
    definitions = [];
    vendoredDirs = [];
    listed;
    constructor(job, out) {
        this.job = job;
        this.out = out;
        this.counter = new _term_counter_js__WEBPACK_IMPORTED_MODULE_4__/* .TermCounter */ .N(job.forms);
        this.reader = new _tree_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .HeadReader */ .GU(Math.max(job.options.capBytes, job.options.dataCapBytes));
        this.counts = new Uint32Array(job.termCount);
        this.nameBytes = job.names.map(name => Buffer.from(name, 'utf8'));
        this.nameIndex = new Map(job.names.map((name, i) => [name, i]));
    }
    scan(f) {
        const { job, out } = this;
        const path = job.paths[f];
        const kind = (0,_tree_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(path);
        out.kinds[f] = fileKinds.indexOf(kind);
        if (!worthReading(path, kind)) {
            out.alive[f] = UNREAD;
            return;
        }
        // A data file counts for its first characters only (below): no more of it is read.
        const cap = job.options.dataCapBytes;
        const limit = kind === 'config' ? cap * MAX_BYTES_PER_UNIT : job.options.capBytes;
        const head = this.reader.readBytes((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(job.root, path), limit);
        if (!head)
            return;
        const init = path.endsWith('/__init__.py');
        const top = head.buffer.toString('utf8', 0, Math.min(head.bytes, init ? INIT_BYTES : TOP_BYTES));
        if ((0,_tree_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .looksGenerated */ .At)(top) || (kind === 'code' && (0,_tree_vendored_js__WEBPACK_IMPORTED_MODULE_5__/* .looksVendored */ .kV)(top)))
            return;
        const copied = (0,_tree_vendored_js__WEBPACK_IMPORTED_MODULE_5__/* .vendoredPackageDir */ .Nc)(path, top, other => this.isListed(other));
        if (copied)
            this.vendoredDirs.push(`${copied}/`);
        out.alive[f] = READ;
        let bytes = head.buffer;
        let end = head.bytes;
        if (kind === 'config' && end > cap) {
            const text = bytes.toString('utf8', 0, end);
            bytes = Buffer.from(text.length > cap ? text.slice(0, cap) : text, 'utf8');
            end = bytes.length;
        }
        const counts = this.counts;
        counts.fill(0);
        out.lengths[f] = this.counter.countBytes(bytes, end, counts);
        let hits = 0;
        for (let t = 0; t < counts.length; t++)
            if (counts[t] > 0)
                hits++;
        if (hits > 0) {
            this.terms.push(f, hits);
            for (let t = 0; t < counts.length; t++)
                if (counts[t] > 0)
                    this.terms.push(t, counts[t]);
        }
        const pattern = job.names.length > 0 ? (0,_definitions_js__WEBPACK_IMPORTED_MODULE_3__/* .definitionPatternFor */ .fX)(path) : undefined;
        if (!pattern)
            return;
        // A file can define a name only if it holds each of the name's parts the scan counts, and
        // the name itself on the line of the definition: most files are ruled out by the counts, and
        // the pattern reads only the lines that hold a name.
        const held = this.nameBytes.filter((_, id) => job.nameTerms[id].every(t => counts[t] > 0));
        if (held.length === 0)
            return;
        const defined = [];
        (0,_definitions_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachDefinitionOnLines */ .K)(pattern, bytes, end, held, name => {
            const id = this.nameIndex.get(name);
            if (id !== undefined && !defined.includes(id))
                defined.push(id);
        });
        if (defined.length > 0)
            this.definitions.push(f, defined.length, ...defined);
    }
    isListed(path) {
        this.listed ??= new Set(this.job.paths);
        return this.listed.has(path);
    }
    result() {
        return {
            terms: Uint32Array.from(this.terms),
            definitions: Uint32Array.from(this.definitions),
            vendoredDirs: this.vendoredDirs
        };
    }
}


/***/ }),

/***/ 8914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ workerScan),
/* harmony export */   Cc: () => (/* binding */ threadCount),
/* harmony export */   mu: () => (/* binding */ scanInThreads),
/* harmony export */   su: () => (/* binding */ STARTED)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _file_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1235);
// Spreads the scan over the machine's cores. The files are cut into chunks that each thread
// claims in turn from a shared counter (the main thread too, so a small tree is done before any
// worker is up); each file's results land at its own index, so what the scan finds does not
// depend on which thread read what, nor on how many there were. A worker that is still starting
// when the work runs out is cancelled; one that fails has its chunks read again here.






/** Files claimed at a time: enough to make claiming cheap, few enough to share the tail. */
const CHUNK = 64;
/** Files a thread is worth starting for. */
const FILES_PER_THREAD = 2000;
const MAX_THREADS = 8;
/**
 * The worker's starter, beside the bundle's chunks (`dist/bundle/research-worker.js`). Run from
 * the sources there is none, and the scan runs on the main thread alone.
 */
const WORKER_FILE = 'research-worker.js';
/** `control` slots: the next chunk to claim, then one state per worker. */
const NEXT = 0;
const BOOTING = 0;
const WORKING = 1;
const CANCELLED = 2;
const DONE = 3;
/**
 * Threads for a scan of `files` files: ADW_RESEARCH_THREADS when set (`asked`), else one per core
 * the process may use, as many as the files are worth.
 */
function threadCount(files, env = process.env) {
    const asked = env.ADW_RESEARCH_THREADS;
    if (asked !== undefined && asked !== '') {
        const count = Number(asked);
        if (!Number.isInteger(count) || count < 1 || count > 64)
            throw new Error(`ADW_RESEARCH_THREADS must be a whole number from 1 to 64, got "${asked}"`);
        return { threads: count, asked: true };
    }
    const threads = Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), MAX_THREADS, Math.floor(files / FILES_PER_THREAD)));
    return { threads, asked: false };
}
function workerFile() {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), WORKER_FILE);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : undefined;
}
function chunkOf(chunk, fileCount) {
    return [chunk * CHUNK, Math.min(fileCount, (chunk + 1) * CHUNK)];
}
/** Claims the next chunk for `input.thread` and scans it; false when none was left. */
function claimChunk(input, scanner, fileCount) {
    const chunk = Atomics.add(input.control, NEXT, 1);
    if (chunk >= Math.ceil(fileCount / CHUNK))
        return false;
    Atomics.store(input.owner, chunk, input.thread + 1);
    const [start, end] = chunkOf(chunk, fileCount);
    for (let f = start; f < end; f++)
        scanner.scan(f);
    return true;
}
/**
 * A worker's side: claim and scan, unless cancelled before it started (`started` is told when it
 * does); hand the results over.
 */
function workerScan(input, started = () => { }) {
    if (Atomics.compareExchange(input.control, input.thread, BOOTING, WORKING) !== BOOTING)
        return undefined;
    started();
    const scanner = new _file_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .FileScanner */ .TY(input.job, input.fields);
    while (claimChunk(input, scanner, input.job.paths.length))
        ;
    // Read by the main thread before it reads the shared fields: what was written before is seen.
    Atomics.store(input.control, input.thread, DONE);
    return scanner.result();
}
/** What a worker posts when it starts claiming; then it posts its results. */
const STARTED = 'started';
function start(file, input) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(file, { workerData: input });
    let began = () => { };
    const started = new Promise(resolve => (began = resolve));
    const result = new Promise(resolve => {
        worker.on('message', (message) => {
            if (message === STARTED)
                began();
            else
                resolve(message);
        });
        worker.once('error', () => resolve(undefined));
        worker.once('exit', () => resolve(undefined));
    });
    void result.then(began);
    return { worker, started, result };
}
/** How long the main thread waits for asked-for workers to start before it reads alone. */
const START_WAIT_MS = 10_000;
/**
 * Scans every file of `job` on `threads` threads; the shards' results, in no particular order.
 * With `together`, the main thread starts reading once the workers have started, so that each
 * takes its share even of a small tree (a number of threads asked for, not picked).
 */
async function scanInThreads(job, fields, threads, together = false) {
    const fileCount = job.paths.length;
    const file = threads > 1 ? workerFile() : undefined;
    const workers = file ? threads - 1 : 0;
    const control = new Int32Array(new SharedArrayBuffer(4 * (1 + workers)));
    const owner = new Int32Array(new SharedArrayBuffer(4 * Math.ceil(fileCount / CHUNK)));
    const running = Array.from({ length: workers }, (_, w) => start(file, { job, fields, control, owner, thread: w + 1 }));
    if (together && running.length > 0) {
        let timer;
        await Promise.race([
            Promise.all(running.map(worker => worker.started)),
            new Promise(resolve => (timer = setTimeout(resolve, START_WAIT_MS)))
        ]);
        clearTimeout(timer);
    }
    const main = new _file_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .FileScanner */ .TY(job, fields);
    // Between chunks the event loop runs: what the process reads meanwhile (a git process's output)
    // is taken in as it comes, not once the scan is over.
    while (claimChunk({ control, owner, thread: 0 }, main, fileCount))
        await new Promise(resolve => setImmediate(resolve));
    const shards = [];
    for (let w = 0; w < workers; w++) {
        const thread = w + 1;
        // Not started yet: it never will, the work is done.
        if (Atomics.compareExchange(control, thread, BOOTING, CANCELLED) === BOOTING) {
            void running[w].worker.terminate();
            continue;
        }
        const result = await running[w].result;
        if (result && Atomics.load(control, thread) === DONE) {
            shards.push(result);
            continue;
        }
        // It failed: what it claimed is read again here, its partial results overwritten.
        for (let chunk = 0; chunk < owner.length; chunk++) {
            if (Atomics.load(owner, chunk) !== thread + 1)
                continue;
            const [from, to] = chunkOf(chunk, fileCount);
            for (let f = from; f < to; f++)
                main.scan(f);
        }
    }
    shards.push(main.result());
    return shards;
}


/***/ }),

/***/ 3864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ TermCounter)
/* harmony export */ });
// Counts the terms in a file without allocating per token: a hand-written scanner
// splits identifiers into parts (as `subwordPattern` does), hashes each part lower-cased as it
// reads it and compares against the wanted forms only on a hash hit. It reads the file's UTF-8
// bytes as they come from the disk, not a decoded string: identifier parts are ASCII letters,
// every other character (whatever its encoding) only separates them, so the parts of the bytes
// are the parts of the text, and term statistics over a whole tree cost little more than
// reading it.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
/** Byte -> OTHER, LOWER or UPPER. */
const classes = new Uint8Array(256);
for (let c = 97; c <= 122; c++)
    classes[c] = LOWER;
for (let c = 65; c <= 90; c++)
    classes[c] = UPPER;
/** 65,536 bits: a few hundred forms set under 1% of them. */
const HASH_MASK = 2047;
const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
function hashStep(hash, code) {
    return Math.imul(hash ^ code, fnvPrime);
}
class TermCounter {
    forms = [];
    termOf = [];
    next = [];
    heads = new Map();
    maxLength;
    /** One bit per hash value (folded) that some form has: most parts stop at this test. */
    hashes = new Int32Array(HASH_MASK + 1);
    /** Parts shorter than this are neither counted nor measured. */
    static minLength = 3;
    /** `forms`: lower-case surface form -> term index. */
    constructor(forms) {
        let max = 0;
        for (const [form, term] of forms) {
            let hash = fnvOffset;
            for (let i = 0; i < form.length; i++)
                hash = hashStep(hash, form.charCodeAt(i));
            const index = this.forms.length;
            this.forms.push(form);
            this.termOf.push(term);
            this.next.push(this.heads.get(hash) ?? -1);
            this.heads.set(hash, index);
            this.hashes[(hash >>> 5) & HASH_MASK] |= 1 << (hash & 31);
            if (form.length > max)
                max = form.length;
        }
        this.maxLength = max;
    }
    /** `countBytes` over a string: the same parts, since they are the parts of its UTF-8 bytes. */
    count(text, counts) {
        const bytes = Buffer.from(text, 'utf8');
        return this.countBytes(bytes, bytes.length, counts);
    }
    /**
     * Adds the occurrences of each term in `bytes[0, end)` to `counts` (indexed by term) and
     * returns the number of identifier parts of `minLength` letters or more: the document length.
     */
    countBytes(bytes, end, counts) {
        let parts = 0;
        let i = 0;
        const maxLength = this.maxLength;
        const hashes = this.hashes;
        while (i < end) {
            let code = bytes[i];
            const kind = classes[code];
            if (kind === OTHER) {
                i++;
                continue;
            }
            // One identifier part: `[A-Z]+(?![a-z])` or `[A-Z]?[a-z]+`, hashed lower-cased as it is read.
            const start = i;
            let stop = i + 1;
            let hash = hashStep(fnvOffset, code | 0x20);
            if (kind === UPPER) {
                let before = fnvOffset;
                while (stop < end && classes[(code = bytes[stop])] === UPPER) {
                    before = hash;
                    hash = hashStep(hash, code | 0x20);
                    stop++;
                }
                if (stop < end && classes[code] === LOWER) {
                    // `JSONEncoder`: the last capital starts the next part, unless the run is one letter.
                    if (stop - start > 1) {
                        stop--;
                        hash = before;
                    }
                    else {
                        while (stop < end && classes[(code = bytes[stop])] === LOWER) {
                            hash = hashStep(hash, code);
                            stop++;
                        }
                    }
                }
            }
            else {
                while (stop < end && classes[(code = bytes[stop])] === LOWER) {
                    hash = hashStep(hash, code);
                    stop++;
                }
            }
            const length = stop - start;
            if (length >= TermCounter.minLength) {
                parts++;
                if (length <= maxLength && (hashes[(hash >>> 5) & HASH_MASK] & (1 << (hash & 31))) !== 0)
                    this.lookup(hash, bytes, start, stop, counts);
            }
            i = stop;
        }
        return parts;
    }
    lookup(hash, bytes, start, stop, counts) {
        let entry = this.heads.get(hash);
        while (entry !== undefined && entry >= 0) {
            const form = this.forms[entry];
            if (form.length === stop - start) {
                let same = true;
                for (let k = 0; k < form.length; k++) {
                    if ((bytes[start + k] | 0x20) !== form.charCodeAt(k)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    counts[this.termOf[entry]]++;
                    return;
                }
            }
            entry = this.next[entry];
        }
    }
}


/***/ }),

/***/ 2951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ looksGenerated),
/* harmony export */   GU: () => (/* binding */ HeadReader),
/* harmony export */   uW: () => (/* binding */ readFlags)
/* harmony export */ });
/* unused harmony export looksBinary */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Reads the head of a file into one reused buffer, so ranking thousands of files allocates
// one string per file and no buffers. Also spots binaries and generated files by content.

/**
 * Symlinks are not followed: a tracked link could point outside the repository, and nothing
 * outside it may leak into a plan. (Where O_NOFOLLOW does not exist it is 0: plain reads.)
 */
const readFlags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
class HeadReader {
    capBytes;
    buffer;
    constructor(capBytes) {
        this.capBytes = capBytes;
        this.buffer = Buffer.allocUnsafe(capBytes + 1);
    }
    /** The first `capBytes` of the file as text, or undefined when unreadable or binary. */
    read(absolutePath) {
        const head = this.readBytes(absolutePath);
        if (!head)
            return undefined;
        return {
            text: head.buffer.toString('utf8', 0, head.bytes),
            bytes: head.bytes,
            truncated: head.truncated
        };
    }
    /**
     * The first `limit` bytes of the file (at most the cap), undecoded, or undefined when
     * unreadable or binary: for readers that need the text of only a few of the files they read.
     */
    readBytes(absolutePath, limit = this.capBytes) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, readFlags);
        }
        catch {
            return undefined;
        }
        const cap = Math.min(limit, this.capBytes);
        let bytes = 0;
        try {
            while (bytes < cap + 1) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, this.buffer, bytes, cap + 1 - bytes, null);
                if (n === 0)
                    break;
                bytes += n;
            }
        }
        catch {
            return undefined;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        const truncated = bytes > cap;
        if (truncated)
            bytes = cap;
        if (looksBinary(this.buffer, bytes))
            return undefined;
        return { buffer: this.buffer, bytes, truncated };
    }
}
/** A NUL byte in the first kilobyte is how git itself tells binary from text. */
function looksBinary(buffer, length) {
    const end = Math.min(length, 1024);
    for (let i = 0; i < end; i++)
        if (buffer[i] === 0)
            return true;
    return false;
}
// Phrases tools write at the top of their output. A word like "generated" alone is not
// enough: hand-written modules talk about generating things all the time.
const generatedMarker = /@generated\b|\bdo not edit\b|\bcode generated by\b|\b(?:auto-?|automatically )generated (?:by|from|with|using|file|code|module)\b|\b(?:file|code|module) (?:is |was )?(?:auto-?|automatically )generated\b|\bgenerated by (?:the )?(?:protoc|swagger|openapi|django|alembic|cython)\b/i;
/**
 * Generated or minified text: a marker near the top ("@generated", "DO NOT EDIT"), or a
 * first line so long that no person wrote it.
 */
function looksGenerated(text) {
    const head = text.length > 1024 ? text.slice(0, 1024) : text;
    if (generatedMarker.test(head))
        return true;
    const firstNewline = text.indexOf('\n');
    return text.length >= 4096 && (firstNewline < 0 || firstNewline > 2000);
}


/***/ })

};
