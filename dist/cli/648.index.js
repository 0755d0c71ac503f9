export const id = 648;
export const ids = [648];
export const modules = {

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_MARKER */
/** Finds our comment among the others; invisible in the rendered comment. */
const COMMENT_MARKER = '<!-- aks-snapshot -->';
/**
 * Keeps one comment per pull request: updates ours in place when it exists
 * (found by the marker), otherwise creates it. With `createIfMissing: false`
 * a clean run does not add a comment, but still clears an old failing one.
 */
async function upsertStickyComment(client, pr, markdown, { createIfMissing = true } = {}) {
    const body = `${COMMENT_MARKER}\n${markdown}`;
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100
    });
    const ours = comments.find((c) => c.body?.includes(COMMENT_MARKER));
    if (ours) {
        if (ours.body === body)
            return { action: 'unchanged', id: ours.id, url: ours.html_url };
        const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: ours.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (!createIfMissing)
        return { action: 'skipped' };
    const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { action: 'created', id: data.id, url: data.html_url };
}


/***/ })

};
