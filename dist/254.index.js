export const id = 254;
export const ids = [254];
export const modules = {

/***/ 5254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF_EXISTS: () => (/* binding */ IF_EXISTS),
/* harmony export */   defaultSnapshotName: () => (/* binding */ defaultSnapshotName),
/* harmony export */   defaultTags: () => (/* binding */ defaultTags),
/* harmony export */   readSnapshotInputs: () => (/* binding */ readSnapshotInputs),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   snapshotJson: () => (/* binding */ snapshotJson),
/* harmony export */   snapshotOutputs: () => (/* binding */ snapshotOutputs),
/* harmony export */   snapshotSummary: () => (/* binding */ snapshotSummary),
/* harmony export */   snapshotText: () => (/* binding */ snapshotText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6333);
/* harmony import */ var _policy_vm_family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _azure_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9761);
/* harmony import */ var _azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7226);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9263);








/**
 * `snapshot` mode (SPEC §3): read the pool and its cluster, preflight
 * (region, pool state, an existing snapshot of that name), PUT the snapshot,
 * read it back, then outputs, job summary, CLI text or JSON, and catalog.
 */
const IF_EXISTS = ['fail', 'reuse'];
/** AKS snapshot names: letters, digits, `-` and `_`, 1 to 63 characters, starting and ending with a letter or digit. */
const NAME = /^[a-zA-Z0-9](?:[-_a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;
/** `<cluster>-<pool>-<UTC yyyyMMddHHmm>`; a long cluster name is shortened so that the name stays within 63 characters. */
function defaultSnapshotName(cluster, pool, now) {
    const p = (n) => String(n).padStart(2, '0');
    const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}`;
    const room = 63 - pool.length - stamp.length - 2;
    const c = cluster.slice(0, Math.max(1, room)).replace(/[-_]+$/, '');
    return `${c}-${pool}-${stamp}`;
}
/**
 * The tags every snapshot gets: who made it, and in Actions (the action, or the CLI in a workflow step)
 * which run and commit. Given tags win.
 */
function defaultTags(env, isAction) {
    const tags = { 'created-by': 'aks-snapshot' };
    if (isAction || env.GITHUB_ACTIONS === 'true') {
        if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
            tags['github-run'] = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
        if (env.GITHUB_SHA)
            tags['github-sha'] = env.GITHUB_SHA;
    }
    return tags;
}
/** Reads and checks the inputs; the subscription is the pool id's when nodepool-id is given. */
function readSnapshotInputs(inputs, env, isAction, now) {
    const nodepoolId = inputs.string('nodepool-id');
    let pool;
    if (nodepoolId) {
        for (const name of ['resource-group', 'cluster-name', 'nodepool-name'])
            if (inputs.string(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`give either ${inputs.describe('nodepool-id')} or ${inputs.describe(name)} with the cluster and pool names, not both`);
        const parsed = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePoolId */ .Xs)(nodepoolId);
        if (!parsed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('nodepool-id')} must be a node pool id (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…/agentPools/…), not '${nodepoolId}'`);
        pool = parsed;
    }
    else {
        const hint = `or give ${inputs.describe('nodepool-id')}`;
        pool = {
            resourceGroup: inputs.required('resource-group', hint),
            cluster: inputs.required('cluster-name', hint),
            pool: inputs.required('nodepool-name', hint)
        };
    }
    const name = inputs.string('snapshot-name') ?? defaultSnapshotName(pool.cluster, pool.pool, now);
    if (!NAME.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('snapshot-name')} '${name}' is not a valid snapshot name: 1 to 63 letters, digits, '-' or '_', starting and ending with a letter or digit`);
    const pin = inputs.string('pin');
    const catalog = inputs.string('catalog') ?? (pin ? _policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CATALOG */ .se : undefined);
    return {
        pool: { ...pool, subscriptionId: pool.subscriptionId ?? '' },
        ...(pool.subscriptionId ? { subscriptionFromPool: pool.subscriptionId } : {}),
        name,
        snapshotResourceGroup: inputs.string('snapshot-resource-group') ?? pool.resourceGroup,
        ...(inputs.string('location') ? { location: inputs.string('location') } : {}),
        tags: { ...defaultTags(env, isAction), ...inputs.keyValues('tags') },
        ifExists: inputs.choice('if-exists', IF_EXISTS, 'fail'),
        ...(catalog ? { catalog } : {}),
        ...(pin ? { pin } : {}),
        json: inputs.boolean('json', false)
    };
}
async function run(inputs, host) {
    const env = process.env;
    const request = readSnapshotInputs(inputs, env, host.isAction, new Date());
    const subscriptionInput = inputs.string('subscription-id');
    if (request.subscriptionFromPool && subscriptionInput && !(0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .sameId */ .s)(subscriptionInput, request.subscriptionFromPool))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('nodepool-id')} is in subscription ${request.subscriptionFromPool}, but ${inputs.describe('subscription-id')} is ${subscriptionInput}`);
    const azure = await (0,_azure_context_js__WEBPACK_IMPORTED_MODULE_4__/* .openAzure */ .aU)(inputs, host, env, request.subscriptionFromPool);
    try {
        const result = await takeSnapshot(azure, { ...request, pool: { ...request.pool, subscriptionId: azure.subscriptionId } }, host);
        await report(result, request, host);
        return 0;
    }
    finally {
        azure.close();
    }
}
async function takeSnapshot(azure, req, host) {
    const { pool } = req;
    const { client, options } = azure;
    const clusterId = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterId */ .kL)(pool);
    const poolId = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .poolId */ .C9)(pool);
    const snapshotId = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotId */ .iy)({ subscriptionId: pool.subscriptionId, resourceGroup: req.snapshotResourceGroup, name: req.name });
    host.info(`Reading node pool ${pool.pool} of cluster ${pool.cluster} (resource group ${pool.resourceGroup})`);
    const cluster = await readOrExplain(azure, 'read cluster', clusterId, () => client.managedClusters.get(pool.resourceGroup, pool.cluster, options), {
        resourceGroup: `resource group ${pool.resourceGroup} not found in subscription ${pool.subscriptionId}`,
        resource: `cluster ${pool.cluster} not found in resource group ${pool.resourceGroup} (subscription ${pool.subscriptionId})`
    });
    const source = await readOrExplain(azure, 'read node pool', poolId, () => client.agentPools.get(pool.resourceGroup, pool.cluster, pool.pool, options), {
        resource: `node pool ${pool.pool} not found in cluster ${pool.cluster} (resource group ${pool.resourceGroup})`
    });
    const clusterRegion = cluster.location;
    const sourceId = source.id ?? poolId;
    // Preflight: nothing below writes until the region, the pool's state and the name are fine.
    const requested = req.location ?? clusterRegion;
    const declaration = {
        kind: 'snapshot',
        span: _preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .LIVE_SPAN */ .m_,
        source: 'live',
        resource: `snapshots/${req.name}`,
        name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.name),
        id: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(snapshotId),
        location: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(requested),
        sourceResourceId: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(sourceId),
        sourceLocation: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(clusterRegion),
        properties: poolProperties(source, clusterRegion)
    };
    await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .preflight */ .Mz)([declaration], host);
    const state = source.provisioningState;
    if (state !== 'Succeeded')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`node pool ${pool.pool} of cluster ${pool.cluster} is in state ${state ?? 'unknown'}, not Succeeded: wait for its operation to finish, or repair it, then take the snapshot. Nothing was changed in Azure.`);
    const existing = await readOrExplain(azure, 'read snapshot', snapshotId, () => client.snapshots.get(req.snapshotResourceGroup, req.name, options), {
        resourceGroup: `resource group ${req.snapshotResourceGroup} (snapshot-resource-group) not found in subscription ${pool.subscriptionId}`
    }, true);
    if (existing) {
        const from = existing.creationData?.sourceResourceId ?? 'an unknown source';
        if (req.ifExists === 'reuse' && (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .sameId */ .s)(from, sourceId)) {
            host.info(`Snapshot ${req.name} already exists and was taken from the same node pool: reusing it (if-exists: reuse)`);
            return { info: toInfo(existing, sourceId), reused: true };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(req.ifExists === 'reuse'
            ? `snapshot ${req.name} already exists in resource group ${req.snapshotResourceGroup} but was taken from ${from}, not from ${sourceId}: choose another snapshot-name. Nothing was changed in Azure.`
            : `snapshot ${req.name} already exists in resource group ${req.snapshotResourceGroup} (taken from ${from}): choose another snapshot-name, or set if-exists to reuse. Nothing was changed in Azure.`);
    }
    host.info(`Creating snapshot ${req.name} of ${sourceId} in ${clusterRegion}`);
    await azure.call('create snapshot', snapshotId, () => client.snapshots.createOrUpdate(req.snapshotResourceGroup, req.name, { location: clusterRegion, tags: req.tags, creationData: { sourceResourceId: sourceId }, snapshotType: 'NodePool' }, options), `The snapshot ${snapshotId} may or may not have been created: check it with az aks nodepool snapshot show before trying again.`);
    const created = await azure.call('read snapshot', snapshotId, () => client.snapshots.get(req.snapshotResourceGroup, req.name, options), `The snapshot ${snapshotId} was created, but could not be read back.`);
    host.info(`Snapshot ${snapshotId} created`);
    return { info: toInfo(created, sourceId), reused: false };
}
async function readOrExplain(azure, step, id, fn, missing, optional = false) {
    try {
        return await azure.call(step, id, fn);
    }
    catch (err) {
        const d = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureOperationError */ .XP ? err.details : undefined;
        if (d && d.status === 404) {
            if (d.code === 'ResourceGroupNotFound' && missing.resourceGroup)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`${missing.resourceGroup}. Nothing was changed in Azure.`);
            if (optional)
                return undefined;
            if (missing.resource)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`${missing.resource}. Nothing was changed in Azure.`);
        }
        throw err;
    }
}
function poolProperties(pool, region) {
    return {
        location: region,
        ...((pool.currentOrchestratorVersion ?? pool.orchestratorVersion)
            ? { kubernetesVersion: pool.currentOrchestratorVersion ?? pool.orchestratorVersion }
            : {}),
        ...(pool.nodeImageVersion ? { nodeImageVersion: pool.nodeImageVersion } : {}),
        ...(pool.osType ? { osType: pool.osType } : {}),
        ...(pool.osSKU ? { osSku: pool.osSKU } : {}),
        ...(pool.vmSize ? { vmSize: pool.vmSize } : {}),
        ...(pool.enableFips !== undefined ? { enableFips: pool.enableFips } : {}),
        ...(pool.id ? { sourceResourceId: pool.id } : {})
    };
}
function toInfo(s, sourceId) {
    const info = (0,_azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotInfo */ .bX)(s);
    return {
        ...info,
        name: s.name ?? '',
        location: s.location,
        enableFips: s.enableFips ?? false,
        sourceResourceId: info.sourceResourceId ?? sourceId
    };
}
/** The outputs of SPEC §3, in order. */
function snapshotOutputs(info) {
    const size = info.vmSize ? (0,_policy_vm_family_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVmSize */ .gZ)(info.vmSize) : undefined;
    return [
        ['snapshot-id', info.id],
        ['snapshot-name', info.name],
        ['location', info.location],
        ['kubernetes-version', info.kubernetesVersion ?? ''],
        ['node-image-version', info.nodeImageVersion ?? ''],
        ['os-type', info.osType ?? ''],
        ['os-sku', info.osSku ?? ''],
        ['vm-size', info.vmSize ?? ''],
        ['vm-family', size ? (0,_policy_vm_family_js__WEBPACK_IMPORTED_MODULE_3__/* .familyLabel */ .B8)(size) : ''],
        ['enable-fips', String(info.enableFips ?? false)],
        ['source-nodepool-id', info.sourceResourceId ?? ''],
        ['created', info.created ?? '']
    ];
}
const cell = (v) => (v ? `\`${v.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '');
function snapshotSummary(result) {
    const rows = snapshotOutputs(result.info).map(([k, v]) => `| ${k} | ${cell(v)} |`);
    const title = `### Node pool snapshot ${result.info.name}${result.reused ? ' (reused)' : ''}`;
    return [title, '', '| output | value |', '| --- | --- |', ...rows, ''].join('\n');
}
function snapshotText(result) {
    const outputs = snapshotOutputs(result.info);
    const width = Math.max(...outputs.map(([k]) => k.length));
    const head = result.reused ? `Reused snapshot ${result.info.name}` : `Created snapshot ${result.info.name}`;
    return [head, ...outputs.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}
function snapshotJson(result) {
    const out = Object.fromEntries(snapshotOutputs(result.info));
    out['enable-fips'] = result.info.enableFips ?? false;
    out.reused = result.reused;
    return JSON.stringify(out, null, 2);
}
async function report(result, req, host) {
    for (const [name, value] of snapshotOutputs(result.info))
        host.setOutput(name, value);
    if (host.isAction)
        await host.addSummary(snapshotSummary(result));
    host.print(req.json && !host.isAction ? snapshotJson(result) : snapshotText(result));
    if (req.catalog) {
        try {
            await (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .addToCatalog */ .uk)(req.catalog, result.info, req.pin);
        }
        catch (err) {
            const why = err instanceof _policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .CatalogError */ .G$ ? err.message : err.message;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureOperationError */ .XP({
                step: 'update the catalog',
                resourceId: result.info.id,
                armMessage: why,
                state: `The snapshot ${result.info.id} exists in Azure; the catalog ${req.catalog} was not updated`
            });
        }
        host.info(`Added ${result.info.id} to ${req.catalog}${req.pin ? ` and pinned ${req.pin} to it` : ''}`);
    }
}


/***/ })

};
