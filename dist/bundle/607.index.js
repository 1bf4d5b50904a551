export const id = 607;
export const ids = [607,988];
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


/***/ })

};
