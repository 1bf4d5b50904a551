export const id = 421;
export const ids = [421];
export const modules = {

/***/ 8421:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGoogleVertexAnthropic: () => (/* binding */ createGoogleVertexAnthropic)
/* harmony export */ });
/* unused harmony exports createVertexAnthropic, googleVertexAnthropic, vertexAnthropic */
/* harmony import */ var _ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9415);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var _ai_sdk_provider__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(583);
/* harmony import */ var _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8446);
/* harmony import */ var zod_v4__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(737);





//#region src/google-vertex-auth-google-auth-library.ts
function createAuthTokenGenerator(options) {
	const auth = new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.GoogleAuth({
		scopes: ["https://www.googleapis.com/auth/cloud-platform"],
		...options
	});
	return async function generateAuthToken() {
		return (await (await auth.getClient()).getAccessToken())?.token ?? null;
	};
}
//#endregion
//#region src/anthropic/google-vertex-anthropic-options.ts
const googleVertexAnthropicProviderOptions = (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .zodSchema */ .C_)(zod_v4__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ labels: zod_v4__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod_v4__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_v4__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional() })));
//#endregion
//#region src/anthropic/google-vertex-anthropic-provider.ts
/**
* Tools supported by Google Vertex Anthropic.
* This is a subset of the full Anthropic tools - only these are recognized by the Vertex API.
*/
const googleVertexAnthropicTools = {
	/**
	* The bash tool enables Claude to execute shell commands in a persistent bash session,
	* allowing system operations, script execution, and command-line automation.
	*
	* Image results are supported.
	*/
	bash_20241022: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.bash_20241022,
	/**
	* The bash tool enables Claude to execute shell commands in a persistent bash session,
	* allowing system operations, script execution, and command-line automation.
	*
	* Image results are supported.
	*/
	bash_20250124: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.bash_20250124,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents.
	*
	* Supported models: Claude Sonnet 3.5
	*/
	textEditor_20241022: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.textEditor_20241022,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents.
	*
	* Supported models: Claude Sonnet 3.7
	*/
	textEditor_20250124: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.textEditor_20250124,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files.
	* Note: This version does not support the "undo_edit" command.
	* @deprecated Use textEditor_20250728 instead
	*/
	textEditor_20250429: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.textEditor_20250429,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files.
	* Note: This version does not support the "undo_edit" command and adds optional max_characters parameter.
	* Supported models: Claude Sonnet 4, Opus 4, and Opus 4.1
	*/
	textEditor_20250728: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.textEditor_20250728,
	/**
	* Claude can interact with computer environments through the computer use tool, which
	* provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
	*
	* Image results are supported.
	*/
	computer_20241022: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.computer_20241022,
	/**
	* Creates a web search tool that gives Claude direct access to real-time web content.
	*/
	webSearch_20250305: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.webSearch_20250305,
	/**
	* Creates a tool search tool that uses regex patterns to find tools.
	*
	* The tool search tool enables Claude to work with hundreds or thousands of tools
	* by dynamically discovering and loading them on-demand.
	*
	* Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
	* to mark them for deferred loading.
	*/
	toolSearchRegex_20251119: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.toolSearchRegex_20251119,
	/**
	* Creates a tool search tool that uses BM25 (natural language) to find tools.
	*
	* The tool search tool enables Claude to work with hundreds or thousands of tools
	* by dynamically discovering and loading them on-demand.
	*
	* Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
	* to mark them for deferred loading.
	*/
	toolSearchBm25_20251119: _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .anthropicTools */ .yb.toolSearchBm25_20251119
};
/**
* Create a Google Vertex Anthropic provider instance.
*/
function createGoogleVertexAnthropic$1(options = {}) {
	const getBaseURL = () => {
		const baseURL = (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .withoutTrailingSlash */ .ae)(options.baseURL);
		if (baseURL != null) return baseURL;
		const location = (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .loadOptionalSetting */ .x3)({
			settingValue: options.location,
			environmentVariableName: "GOOGLE_VERTEX_LOCATION"
		});
		if (location != null && !(0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .isValidHostnamePart */ .Jk)(location)) throw new _ai_sdk_provider__WEBPACK_IMPORTED_MODULE_4__/* .InvalidArgumentError */ .Di({
			argument: "location",
			message: "Invalid Google Vertex location. Expected a single DNS label (letters, digits, and hyphens). Use `baseURL` for custom endpoints."
		});
		const project = (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .loadOptionalSetting */ .x3)({
			settingValue: options.project,
			environmentVariableName: "GOOGLE_VERTEX_PROJECT"
		});
		const getHost = () => {
			if (location === "global") return "aiplatform.googleapis.com";
			else if (location === "eu" || location === "us") return `aiplatform.${location}.rep.googleapis.com`;
			else return `${location}-aiplatform.googleapis.com`;
		};
		return `https://${getHost()}/v1/projects/${project}/locations/${location}/publishers/anthropic/models`;
	};
	const createChatModel = (modelId) => new _ai_sdk_anthropic_internal__WEBPACK_IMPORTED_MODULE_3__/* .AnthropicLanguageModel */ .cA(modelId, {
		provider: "googleVertex.anthropic.messages",
		baseURL: getBaseURL(),
		headers: options.headers ?? {},
		fetch: options.fetch,
		buildRequestUrl: (baseURL, isStreaming) => `${baseURL}/${modelId}:${isStreaming ? "streamRawPredict" : "rawPredict"}`,
		transformRequestBody: (args) => {
			const { model: _model, ...rest } = args;
			return {
				...rest,
				anthropic_version: "vertex-2023-10-16"
			};
		},
		transformRequestHeaders: async (headers, providerOptions) => {
			const vertexOptions = await (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .parseProviderOptions */ .xI)({
				provider: "vertex",
				providerOptions,
				schema: googleVertexAnthropicProviderOptions
			});
			if (vertexOptions?.labels == null || Object.keys(headers).some((name) => name.toLowerCase() === "x-vertex-ai-labels" && headers[name] != null)) return headers;
			return {
				...headers,
				"x-vertex-ai-labels": (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .convertUint8ArrayToBase64 */ .n_)(new TextEncoder().encode(JSON.stringify(vertexOptions.labels)))
			};
		},
		supportedUrls: () => ({}),
		supportsNativeStructuredOutput: options.supportsNativeStructuredOutput === true && supportsNativeStructuredOutput(modelId),
		supportsStrictTools: false
	});
	const provider = function(modelId) {
		if (new.target) throw new Error("The Anthropic model function cannot be called with the new keyword.");
		return createChatModel(modelId);
	};
	provider.specificationVersion = "v4";
	provider.languageModel = createChatModel;
	provider.chat = createChatModel;
	provider.messages = createChatModel;
	provider.embeddingModel = (modelId) => {
		throw new _ai_sdk_provider__WEBPACK_IMPORTED_MODULE_4__/* .NoSuchModelError */ .eM({
			modelId,
			modelType: "embeddingModel"
		});
	};
	provider.textEmbeddingModel = provider.embeddingModel;
	provider.imageModel = (modelId) => {
		throw new _ai_sdk_provider__WEBPACK_IMPORTED_MODULE_4__/* .NoSuchModelError */ .eM({
			modelId,
			modelType: "imageModel"
		});
	};
	provider.tools = googleVertexAnthropicTools;
	return provider;
}
function supportsNativeStructuredOutput(modelId) {
	const version = /^claude-[a-z]+-(\d+)(?:-(\d+))?(?:@|$)/.exec(modelId);
	return version != null && (Number(version[1]) > 4 || Number(version[1]) === 4 && Number(version[2]) >= 5);
}
//#endregion
//#region src/anthropic/google-vertex-anthropic-provider-node.ts
function createGoogleVertexAnthropic(options = {}) {
	const generateAuthToken = options.generateAuthToken ?? createAuthTokenGenerator(options.googleAuthOptions);
	return createGoogleVertexAnthropic$1({
		...options,
		headers: async () => ({
			Authorization: `Bearer ${await generateAuthToken()}`,
			...await (0,_ai_sdk_provider_utils__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(options.headers)
		})
	});
}
/**
* Default Google Vertex Anthropic provider instance.
*/
const googleVertexAnthropic = createGoogleVertexAnthropic();
//#endregion


//# sourceMappingURL=index.js.map

/***/ })

};
