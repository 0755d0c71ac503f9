export const id = 641;
export const ids = [641];
export const modules = {

/***/ 8641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POOL_MODES: () => (/* binding */ POOL_MODES),
/* harmony export */   poolBody: () => (/* binding */ poolBody),
/* harmony export */   readCreatePoolInputs: () => (/* binding */ readCreatePoolInputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _azure_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4661);
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9761);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9263);
/* harmony import */ var _pinning_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6041);






/**
 * `create-nodepool` (SPEC §4): adds a pool to a cluster from a snapshot, as
 * `az aks nodepool add --snapshot-id` does: Kubernetes version, VM size, OS
 * type and SKU come from the snapshot unless given; the pool's
 * `creationData.sourceResourceId` is the snapshot.
 */
const POOL_MODES = ['User', 'System'];
function readCreatePoolInputs(inputs) {
    const properties = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .poolPropertiesFromArm */ .If)(inputs.json('nodepool-properties') ?? {});
    if ('creationData' in properties)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('nodepool-properties')} must not set creationData: the snapshot comes from snapshot-id or pin`);
    const pool = inputs.required('nodepool-name');
    (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPoolName */ .wM)(inputs, pool, typeof properties.osType === 'string' ? properties.osType : undefined);
    return {
        resourceGroup: inputs.required('resource-group'),
        cluster: inputs.required('cluster-name'),
        pool,
        ...(inputs.string('node-count') ? { count: inputs.integer('node-count', 1, { min: 0 }) } : {}),
        ...(inputs.string('vm-size') ? { vmSize: inputs.string('vm-size') } : {}),
        ...(inputs.string('kubernetes-version') ? { kubernetesVersion: inputs.string('kubernetes-version') } : {}),
        ...(inputs.string('os-sku') ? { osSku: inputs.string('os-sku') } : {}),
        mode: inputs.choice('nodepool-mode', POOL_MODES, 'User'),
        properties,
        json: inputs.boolean('json', false)
    };
}
/**
 * The agent pool to PUT: the snapshot's values, then `nodepool-properties`,
 * then the explicit inputs; the snapshot reference always ours.
 */
function poolBody(req, snapshot) {
    const body = {
        count: 1,
        ...(snapshot.vmSize ? { vmSize: snapshot.vmSize } : {}),
        ...(snapshot.osType ? { osType: snapshot.osType } : {}),
        ...(snapshot.osSku ? { osSKU: snapshot.osSku } : {}),
        ...(snapshot.kubernetesVersion ? { orchestratorVersion: snapshot.kubernetesVersion } : {}),
        ...(snapshot.enableFips ? { enableFips: true } : {}),
        mode: req.mode,
        ...req.properties,
        ...(req.count !== undefined ? { count: req.count } : {}),
        ...(req.vmSize ? { vmSize: req.vmSize } : {}),
        ...(req.kubernetesVersion ? { orchestratorVersion: req.kubernetesVersion } : {}),
        ...(req.osSku ? { osSKU: req.osSku } : {}),
        creationData: { sourceResourceId: snapshot.id }
    };
    return body;
}
async function run(inputs, host) {
    const req = readCreatePoolInputs(inputs);
    const policy = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(inputs);
    const choice = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseSnapshot */ .Ip)(inputs, policy);
    const azure = await (0,_azure_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openAzure */ .aU)(inputs, host, process.env, (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotSubscription */ .Gg)(choice.id));
    try {
        const cluster = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readCluster */ .D$)(azure, req.resourceGroup, req.cluster);
        const clusterId = cluster.id ?? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterId */ .kL)({ subscriptionId: azure.subscriptionId, resourceGroup: req.resourceGroup, cluster: req.cluster });
        const poolId = `${clusterId}/agentPools/${req.pool}`;
        const existing = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readPool */ .Xu)(azure, req.resourceGroup, req.cluster, req.pool);
        if (existing)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`node pool ${req.pool} already exists in cluster ${req.cluster} (state ${existing.provisioningState ?? 'unknown'}): create-nodepool only adds new pools; use upgrade-nodepool to move it to a snapshot. ${_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTHING_CHANGED */ .Dh}`);
        const snapshot = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readSnapshot */ .RA)(azure, choice);
        host.info(`Snapshot ${snapshot.id} (${choice.via}): Kubernetes ${snapshot.kubernetesVersion ?? '?'}, ${snapshot.vmSize ?? '?'}, ${snapshot.nodeImageVersion ?? '?'}`);
        const body = poolBody(req, snapshot);
        const controlPlane = cluster.currentKubernetesVersion ?? cluster.kubernetesVersion;
        const declaration = {
            kind: 'pool',
            span: _preflight_js__WEBPACK_IMPORTED_MODULE_4__/* .LIVE_SPAN */ .m_,
            source: 'live',
            resource: `agentPools/${req.pool}`,
            name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.pool),
            cluster: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.cluster),
            mode: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.mode),
            vmSize: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(body.vmSize),
            location: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(cluster.location),
            // Only a version the user states is compared with the snapshot's (az takes the snapshot's otherwise).
            kubernetesVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(req.kubernetesVersion ?? req.properties.orchestratorVersion),
            controlPlaneVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(controlPlane),
            osType: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(req.properties.osType),
            osSku: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(req.osSku ?? req.properties.osSKU),
            enableFips: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(req.properties.enableFips),
            snapshot: { id: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(snapshot.id) },
            system: req.mode === 'System'
        };
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .pinningPreflight */ .Dr)([declaration], snapshot, azure, host, policy);
        const pool = await createPool(azure, host, req, body, poolId);
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)({
            title: `Created node pool ${req.pool} in cluster ${req.cluster} from snapshot ${snapshot.name ?? snapshot.id}`,
            outputs: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .poolOutputs */ .hT)(pool, poolId),
            details: [
                ['snapshot-id', snapshot.id],
                ['vm-size', pool.vmSize ?? ''],
                ['node-count', String(pool.count ?? body.count)]
            ]
        }, host, req.json);
        return 0;
    }
    finally {
        azure.close();
    }
}
async function createPool(azure, host, req, body, poolId) {
    const what = `creating node pool ${req.pool} in cluster ${req.cluster}`;
    try {
        return await azure.call('create node pool', poolId, () => (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .waitFor */ .fm)(host, azure.client.agentPools.createOrUpdate(req.resourceGroup, req.cluster, req.pool, body, azure.options), {
            what,
            step: 'create node pool',
            resourceId: poolId
        }), `The creation of node pool ${req.pool} may have started: check it with az aks nodepool show --cluster-name ${req.cluster} -g ${req.resourceGroup} -n ${req.pool}.`);
    }
    catch (err) {
        throw await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stateAfterFailure */ .Eo)(err, azure, async () => {
            const now = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readPool */ .Xu)(azure, req.resourceGroup, req.cluster, req.pool);
            return now
                ? `Node pool ${req.pool} now exists in state ${now.provisioningState ?? 'unknown'}: delete it (az aks nodepool delete) or fix the cause and run again with another name.`
                : `Node pool ${req.pool} was not created. ${_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTHING_CHANGED */ .Dh}`;
        });
    }
}


/***/ })

};
