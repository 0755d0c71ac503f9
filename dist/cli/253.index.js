export const id = 253;
export const ids = [253];
export const modules = {

/***/ 8253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_FILES_LIMIT: () => (/* binding */ PULL_REQUEST_FILES_LIMIT),
/* harmony export */   listChangedFiles: () => (/* binding */ listChangedFiles)
/* harmony export */ });
/** GitHub lists at most 3000 files of a pull request; past that the list is incomplete. */
const PULL_REQUEST_FILES_LIMIT = 3000;
async function listChangedFiles(client, pr) {
    const all = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
    return {
        files: all.filter((f) => f.status !== 'removed').map((f) => f.filename),
        complete: all.length < PULL_REQUEST_FILES_LIMIT
    };
}


/***/ })

};
