export const id = 241;
export const ids = [241];
export const modules = {

/***/ 3241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createLanguageModel: () => (/* binding */ createLanguageModel)
/* harmony export */ });
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3745);

/**
 * The AI SDK model for a resolved provider. With an OpenAI base URL the endpoint is a
 * gateway or a self-hosted server (LiteLLM, vLLM, Ollama, Azure): those speak Chat
 * Completions, not OpenAI's Responses API, so the OpenAI-compatible client is used.
 */
async function createLanguageModel(resolved, seams = {}) {
    switch (resolved.kind) {
        case 'anthropic': {
            const { createAnthropic } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(372), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 6644));
            return createAnthropic({ apiKey: resolved.apiKey, baseURL: resolved.baseUrl })(resolved.model);
        }
        case 'openai': {
            if (resolved.baseUrl) {
                const { createOpenAICompatible } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(703)]).then(__webpack_require__.bind(__webpack_require__, 7703));
                return createOpenAICompatible({
                    name: 'openai',
                    baseURL: resolved.baseUrl,
                    apiKey: resolved.apiKey,
                    includeUsage: true
                }).chatModel(resolved.model);
            }
            const { createOpenAI } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(372), __webpack_require__.e(436)]).then(__webpack_require__.bind(__webpack_require__, 3436));
            return createOpenAI({ apiKey: resolved.apiKey })(resolved.model);
        }
        case 'google': {
            const { createGoogle } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(372), __webpack_require__.e(785)]).then(__webpack_require__.bind(__webpack_require__, 785));
            return createGoogle({ apiKey: resolved.apiKey, baseURL: resolved.baseUrl })(resolved.model);
        }
        case 'bedrock': {
            const { createAmazonBedrock } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(446), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 6633));
            // The session token goes with the keys: the SDK reads AWS_SESSION_TOKEN only when it also
            // reads the keys from the environment.
            return createAmazonBedrock({
                region: resolved.region,
                baseURL: resolved.baseUrl,
                ...('bearerToken' in resolved.credentials
                    ? { apiKey: resolved.credentials.bearerToken }
                    : resolved.credentials)
            })(resolved.model);
        }
        case 'vertex':
            return vertexModel(resolved, seams);
    }
}
async function vertexModel(resolved, seams) {
    const { project, location } = resolved;
    const root = resolved.baseUrl?.replace(/\/+$/, '');
    // The project is given to the credentials too: without it, Application Default Credentials
    // go looking for one (gcloud, the metadata server, the Resource Manager API).
    const googleAuthOptions = {
        projectId: project,
        ...(seams.googleAuthFetch
            ? { clientOptions: { transporterOptions: { fetchImplementation: seams.googleAuthFetch } } }
            : {})
    };
    if ((0,_providers_js__WEBPACK_IMPORTED_MODULE_0__/* .isVertexClaude */ .pi)(resolved.model)) {
        const { createGoogleVertexAnthropic } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(492), __webpack_require__.e(446), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 8421));
        return createGoogleVertexAnthropic({
            project,
            location,
            googleAuthOptions,
            baseURL: root && `${root}/v1/projects/${project}/locations/${location}/publishers/anthropic/models`
        })(resolved.model);
    }
    const { createGoogleVertex } = await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(492), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 1114));
    return createGoogleVertex({
        project,
        location,
        googleAuthOptions,
        baseURL: root && `${root}/v1beta1/projects/${project}/locations/${location}/publishers/google`
    })(resolved.model);
}


/***/ })

};
