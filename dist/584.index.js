export const id = 584;
export const ids = [584,556];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   describeRequestError: () => (/* binding */ describeRequestError)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9556);

/** Octokit from @actions/github, loaded only when a GitHub feature is used, pointed at `GITHUB_API_URL`. */
async function createGitHubClient(token, env) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .apiUrl */ .y)(env) });
}
/** "HTTP 403: Resource not accessible by integration" from an Octokit RequestError, or the message. */
function describeRequestError(err) {
    const e = err;
    const message = e.response?.data?.message ?? e.message ?? String(err);
    return typeof e.status === 'number' ? `HTTP ${e.status}: ${message}` : message;
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestFromEnv: () => (/* binding */ pullRequestFromEnv),
/* harmony export */   runUrl: () => (/* binding */ runUrl),
/* harmony export */   y: () => (/* binding */ apiUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Events whose payload carries `pull_request` and whose run is about that pull request. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Reads the pull request from the runner's environment (`GITHUB_EVENT_NAME`,
 * `GITHUB_EVENT_PATH`, `GITHUB_REPOSITORY`) at call time, as
 * @actions/github's `context` does at import time. Undefined when the run is
 * not about a pull request.
 */
async function pullRequestFromEnv(env) {
    if (!env.GITHUB_EVENT_NAME || !PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME) || !env.GITHUB_EVENT_PATH)
        return undefined;
    let payload;
    try {
        payload = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number')
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (owner && repo)
        return { owner, repo, number };
    const login = payload.repository?.owner?.login;
    const name = payload.repository?.name;
    return login && name ? { owner: login, repo: name, number } : undefined;
}
/** The API root: GitHub Enterprise Server and tests set `GITHUB_API_URL`. */
const apiUrl = (env) => env.GITHUB_API_URL || 'https://api.github.com';
/** A link to the current workflow run, when running in Actions. */
function runUrl(env) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}


/***/ })

};
