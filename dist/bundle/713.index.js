export const id = 713;
export const ids = [713];
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


/***/ })

};
