export const id = 462;
export const ids = [462];
export const modules = {

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScanWorker: () => (/* binding */ runScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _scan_threads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8914);
// The scan's worker thread: the same file scanner as the main thread, on the chunks it claims.


function runScanWorker() {
    const result = (0,_scan_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .workerScan */ .CT)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, () => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(_scan_threads_js__WEBPACK_IMPORTED_MODULE_1__/* .STARTED */ .su));
    const transfer = result
        ? [result.terms.buffer, result.definitions.buffer]
        : [];
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(result, transfer);
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


/***/ })

};
