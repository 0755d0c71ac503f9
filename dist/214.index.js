export const id = 214;
export const ids = [214];
export const modules = {

/***/ 8336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ listSnapshots),
/* harmony export */   Lj: () => (/* binding */ inResourceGroup),
/* harmony export */   YB: () => (/* binding */ listPools)
/* harmony export */ });
/* unused harmony export poolsOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _pinning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6041);


/**
 * What list and prune read: the snapshots in scope (a resource group or the
 * subscription, every page) and every node pool of every cluster in the
 * subscription, with the snapshot its creationData points at.
 */
const scopeId = (azure, resourceGroup) => `/subscriptions/${azure.subscriptionId}${resourceGroup ? `/resourceGroups/${resourceGroup}` : ''}`;
/**
 * The SDK's pager replaces ARM's message with `Pagination failed with
 * unexpected statusCode 403` (keeping the code): drop that sentence, and say
 * plainly when the resource group does not exist.
 */
async function listing(azure, step, id, resourceGroup, fn) {
    try {
        return await azure.call(step, id, fn, _pinning_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_CHANGED */ .Dh);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureOperationError */ .XP))
            throw err;
        if (err.details.code === 'ResourceGroupNotFound' && resourceGroup)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`resource group ${resourceGroup} not found in subscription ${azure.subscriptionId}. ${_pinning_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTHING_CHANGED */ .Dh}`);
        if (err.details.armMessage && /^Pagination failed with unexpected statusCode/.test(err.details.armMessage)) {
            const { armMessage: _generic, ...rest } = err.details;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureOperationError */ .XP(rest);
        }
        throw err;
    }
}
async function listSnapshots(azure, resourceGroup) {
    const id = `${scopeId(azure, resourceGroup)}/providers/Microsoft.ContainerService/snapshots`;
    return listing(azure, 'list snapshots', id, resourceGroup, async () => {
        const out = [];
        const pages = resourceGroup
            ? azure.client.snapshots.listByResourceGroup(resourceGroup, azure.options)
            : azure.client.snapshots.list(azure.options);
        for await (const s of pages)
            if (!s.snapshotType || s.snapshotType === 'NodePool')
                out.push((0,_pinning_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotInfo */ .bX)(s));
        return out;
    });
}
/** Pools of every cluster in the subscription, from the clusters' agentPoolProfiles (one paged list, no call per cluster). */
async function listPools(azure) {
    return listing(azure, 'list clusters', `${scopeId(azure)}/providers/Microsoft.ContainerService/managedClusters`, undefined, async () => {
        const out = [];
        for await (const c of azure.client.managedClusters.list(azure.options))
            out.push(...poolsOf(c));
        return out;
    });
}
function poolsOf(cluster) {
    const clusterId = cluster.id ?? '';
    return (cluster.agentPoolProfiles ?? []).map((p) => ({
        id: `${clusterId}/agentPools/${p.name}`,
        name: p.name,
        clusterId,
        ...(cluster.location ? { location: cluster.location } : {}),
        ...(p.vmSize ? { vmSize: p.vmSize } : {}),
        ...((p.currentOrchestratorVersion ?? p.orchestratorVersion)
            ? { kubernetesVersion: p.currentOrchestratorVersion ?? p.orchestratorVersion }
            : {}),
        ...(p.nodeImageVersion ? { nodeImageVersion: p.nodeImageVersion } : {}),
        ...(p.creationData?.sourceResourceId ? { snapshotId: p.creationData.sourceResourceId } : {}),
        ...(p.provisioningState ? { provisioningState: p.provisioningState } : {})
    }));
}
/** Whether a resource id lies in a resource group (ids compare case-insensitively). */
function inResourceGroup(id, resourceGroup) {
    if (!resourceGroup)
        return true;
    return new RegExp(`^/subscriptions/[^/]+/resourceGroups/${resourceGroup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, 'i').test(id);
}


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listSummary: () => (/* binding */ listSummary),
/* harmony export */   listText: () => (/* binding */ listText),
/* harmony export */   poolLabel: () => (/* binding */ poolLabel),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _azure_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4661);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6333);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8336);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3199);




/**
 * `list` (SPEC §4): the snapshots of a resource group (or the subscription),
 * each with its source pool, versions, VM size, age, the pools built from it
 * anywhere in the subscription, and drift; and the pools in scope that no
 * snapshot pins. Outputs `snapshots` (JSON) and `unpinned-pools` (JSON).
 */
async function run(inputs, host) {
    const resourceGroup = inputs.string('resource-group');
    const json = inputs.boolean('json', false);
    const azure = await (0,_azure_context_js__WEBPACK_IMPORTED_MODULE_0__/* .openAzure */ .aU)(inputs, host);
    try {
        const where = resourceGroup ? `resource group ${resourceGroup}` : `subscription ${azure.subscriptionId}`;
        host.info(`Listing node pool snapshots in ${where}`);
        const snapshots = await (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .listSnapshots */ .Cb)(azure, resourceGroup);
        const pools = await (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .listPools */ .YB)(azure);
        const report = scoped((0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .usageReport */ .yf)(snapshots, pools, new Date()), pools, resourceGroup);
        host.setOutput('snapshots', JSON.stringify(report.snapshots));
        host.setOutput('unpinned-pools', JSON.stringify(report.unpinned));
        if (host.isAction)
            await host.addSummary(listSummary(report, where));
        host.print(json && !host.isAction ? JSON.stringify(report, null, 2) : listText(report, where));
        return 0;
    }
    finally {
        azure.close();
    }
}
/** Users come from the whole subscription; pools without a snapshot and dangling references only from the scope. */
function scoped(report, pools, resourceGroup) {
    if (!resourceGroup)
        return report;
    const inScope = (poolId) => (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .inResourceGroup */ .Lj)(pools.find((p) => (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .sameId */ .s)(p.id, poolId))?.clusterId ?? poolId, resourceGroup);
    return {
        snapshots: report.snapshots,
        unpinned: report.unpinned.filter(inScope),
        // A snapshot in another resource group is out of scope, not missing.
        danglingReferences: report.danglingReferences.filter((d) => inScope(d.poolId) && (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .inResourceGroup */ .Lj)(d.snapshotId, resourceGroup))
    };
}
/** `aks1/user1` from a pool id. */
function poolLabel(poolId) {
    const m = /managedClusters\/([^/]+)\/agentPools\/([^/]+)$/i.exec(poolId);
    return m ? `${m[1]}/${m[2]}` : (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .lastSegment */ .mp)(poolId);
}
const age = (days) => (days === undefined ? '' : `${days}d`);
function rows(report) {
    return report.snapshots.map((s) => [
        s.name,
        s.sourceResourceId ? poolLabel(s.sourceResourceId) : '',
        s.kubernetesVersion ?? '',
        s.nodeImageVersion ?? '',
        s.vmSize ?? '',
        age(s.ageDays),
        s.usedBy.length ? s.usedBy.map(poolLabel).join(', ') : 'none',
        s.drift.map((d) => `${poolLabel(d.poolId)} runs ${d.nodeImageVersion ?? '?'}`).join('; ')
    ]);
}
const HEADERS = ['snapshot', 'source pool', 'Kubernetes', 'node image', 'VM size', 'age', 'used by', 'drift'];
const cell = (v) => v.replace(/\|/g, '\\|');
function listSummary(report, where) {
    const out = [`### Node pool snapshots in ${where}`, ''];
    if (report.snapshots.length) {
        out.push(`| ${HEADERS.join(' | ')} |`, `| ${HEADERS.map(() => '---').join(' | ')} |`, ...rows(report).map((r) => `| ${r.map(cell).join(' | ')} |`));
    }
    else
        out.push('No node pool snapshots.');
    if (report.unpinned.length)
        out.push('', `**Pools with no snapshot** (${report.unpinned.length}): ${report.unpinned.map(poolLabel).join(', ')}`);
    if (report.danglingReferences.length)
        out.push('', `**Pools pointing at a snapshot that no longer exists**: ${report.danglingReferences.map((d) => `${poolLabel(d.poolId)} → ${(0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .lastSegment */ .mp)(d.snapshotId)}`).join(', ')}`);
    return out.join('\n') + '\n';
}
function listText(report, where) {
    const out = [`Node pool snapshots in ${where}: ${report.snapshots.length}`];
    if (report.snapshots.length) {
        const table = [HEADERS, ...rows(report)];
        const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
        for (const r of table)
            out.push(r
                .map((c, i) => c.padEnd(widths[i]))
                .join('  ')
                .trimEnd());
    }
    if (report.unpinned.length)
        out.push(`Pools with no snapshot: ${report.unpinned.map(poolLabel).join(', ')}`);
    if (report.danglingReferences.length)
        out.push(`Pools pointing at a missing snapshot: ${report.danglingReferences.map((d) => `${poolLabel(d.poolId)} → ${d.snapshotId}`).join(', ')}`);
    return out.join('\n');
}


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mp: () => (/* binding */ lastSegment),
/* harmony export */   wM: () => (/* binding */ planPrune),
/* harmony export */   yf: () => (/* binding */ usageReport)
/* harmony export */ });
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6333);

const DAY = 24 * 60 * 60 * 1000;
function lastSegment(id) {
    return id.split('/').filter(Boolean).pop() ?? id;
}
/** Who uses which snapshot, and where pools drifted from theirs. */
function usageReport(snapshots, pools, now) {
    const report = { snapshots: [], unpinned: [], danglingReferences: [] };
    for (const s of [...snapshots].sort((a, b) => (a.created ?? '').localeCompare(b.created ?? '') || a.id.localeCompare(b.id))) {
        const users = pools.filter((p) => p.snapshotId && (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .sameId */ .s)(p.snapshotId, s.id));
        report.snapshots.push({
            id: s.id,
            name: s.name ?? lastSegment(s.id),
            location: s.location,
            sourceResourceId: s.sourceResourceId,
            kubernetesVersion: s.kubernetesVersion,
            nodeImageVersion: s.nodeImageVersion,
            vmSize: s.vmSize,
            created: s.created,
            ...(s.created ? { ageDays: Math.floor((now.getTime() - Date.parse(s.created)) / DAY) } : {}),
            usedBy: users.map((p) => p.id),
            drift: users
                .filter((p) => s.nodeImageVersion && p.nodeImageVersion && p.nodeImageVersion.toLowerCase() !== s.nodeImageVersion.toLowerCase())
                .map((p) => ({ poolId: p.id, nodeImageVersion: p.nodeImageVersion }))
        });
    }
    for (const p of pools) {
        if (!p.snapshotId)
            report.unpinned.push(p.id);
        else if (!snapshots.some((s) => (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .sameId */ .s)(s.id, p.snapshotId)))
            report.danglingReferences.push({ poolId: p.id, snapshotId: p.snapshotId });
    }
    return report;
}
/**
 * Which snapshots prune deletes. Never one that a pool anywhere in the
 * subscription references, nor one a catalog pin names; only those carrying
 * `matchTags`, beyond the newest `keep` of their source pool, and older than
 * `olderThanDays` when given.
 */
function planPrune(snapshots, referencedBy, pinnedBy, options) {
    const decisions = new Map();
    const candidates = [];
    for (const s of snapshots) {
        const missing = Object.entries(options.matchTags).filter(([k, v]) => !hasTag(s.tags, k, v));
        if (missing.length) {
            decisions.set(s.id, { id: s.id, action: 'keep', reason: `not tagged ${missing.map(([k, v]) => `${k}=${v}`).join(', ')}` });
        }
        else
            candidates.push(s);
    }
    const bySource = new Map();
    for (const s of candidates) {
        const key = (s.sourceResourceId ?? '(unknown source)').toLowerCase();
        bySource.set(key, [...(bySource.get(key) ?? []), s]);
    }
    for (const group of bySource.values()) {
        group.sort((a, b) => (b.created ?? '').localeCompare(a.created ?? '') || b.id.localeCompare(a.id));
        group.forEach((s, index) => {
            const refs = referencedBy(s.id);
            const pins = pinnedBy(s.id);
            const age = s.created ? (options.now.getTime() - Date.parse(s.created)) / DAY : undefined;
            let reason;
            if (refs.length)
                reason = `used by ${refs.map(lastSegment).join(', ')} (${refs.length} pool${refs.length > 1 ? 's' : ''})`;
            else if (pins.length)
                reason = `pinned by ${pins.join(', ')} in the catalog`;
            else if (index < options.keep)
                reason = `one of the ${options.keep} newest of its source pool`;
            else if (options.olderThanDays !== undefined && (age === undefined || age < options.olderThanDays))
                reason = age === undefined ? 'creation time unknown' : `only ${Math.floor(age)} days old (older-than-days ${options.olderThanDays})`;
            decisions.set(s.id, reason
                ? { id: s.id, action: 'keep', reason }
                : { id: s.id, action: 'delete', reason: `unused, beyond the ${options.keep} newest of its source pool` });
        });
    }
    return snapshots.map((s) => decisions.get(s.id));
}
function hasTag(tags, key, value) {
    if (!tags)
        return false;
    const entry = Object.entries(tags).find(([k]) => k.toLowerCase() === key.toLowerCase());
    return entry !== undefined && entry[1] === value;
}


/***/ })

};
