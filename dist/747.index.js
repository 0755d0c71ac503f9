export const id = 747;
export const ids = [747];
export const modules = {

/***/ 3747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   upgradeKind: () => (/* binding */ upgradeKind)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _policy_versions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5705);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6333);
/* harmony import */ var _azure_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9761);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9263);
/* harmony import */ var _pinning_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6041);








/** Which upgrade a snapshot means for a pool; `none` when the pool already runs the snapshot's versions. */
function upgradeKind(pool, snapshot) {
    const current = pool.currentOrchestratorVersion ?? pool.orchestratorVersion;
    const target = snapshot.kubernetesVersion;
    const cmp = current && target ? (0,_policy_versions_js__WEBPACK_IMPORTED_MODULE_7__/* .compareKubernetes */ .KU)(target, current) : undefined;
    if (cmp !== undefined && cmp > 0)
        return 'kubernetes';
    const sameImage = !!pool.nodeImageVersion &&
        !!snapshot.nodeImageVersion &&
        pool.nodeImageVersion.toLowerCase() === snapshot.nodeImageVersion.toLowerCase();
    const linked = !!pool.creationData?.sourceResourceId && (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .sameId */ .s)(pool.creationData.sourceResourceId, snapshot.id);
    return sameImage && linked ? 'none' : 'node-image';
}
/** States in which AKS accepts an upgrade: a finished operation, or a failed one (an upgrade may repair it). */
const UPGRADABLE = new Set(['succeeded', 'failed', 'canceled']);
async function run(inputs, host) {
    const resourceGroup = inputs.required('resource-group');
    const clusterName = inputs.required('cluster-name');
    const poolName = inputs.required('nodepool-name');
    const json = inputs.boolean('json', false);
    const policy = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .loadPolicy */ .tb)(inputs);
    const choice = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseSnapshot */ .Ip)(inputs, policy);
    const azure = await (0,_azure_context_js__WEBPACK_IMPORTED_MODULE_3__/* .openAzure */ .aU)(inputs, host, process.env, (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .snapshotSubscription */ .Gg)(choice.id));
    try {
        const cluster = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .readCluster */ .D$)(azure, resourceGroup, clusterName);
        const clusterId = cluster.id ?? (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterId */ .kL)({ subscriptionId: azure.subscriptionId, resourceGroup, cluster: clusterName });
        const poolId = `${clusterId}/agentPools/${poolName}`;
        const pool = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .readPool */ .Xu)(azure, resourceGroup, clusterName, poolName);
        if (!pool)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`node pool ${poolName} not found in cluster ${clusterName} (resource group ${resourceGroup}). ${_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .NOTHING_CHANGED */ .Dh}`);
        const snapshot = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .readSnapshot */ .RA)(azure, choice);
        const kind = upgradeKind(pool, snapshot);
        const current = pool.currentOrchestratorVersion ?? pool.orchestratorVersion;
        host.info(`Node pool ${poolName}: Kubernetes ${current ?? '?'}, ${pool.nodeImageVersion ?? '?'}; snapshot ${snapshot.name ?? snapshot.id} (${choice.via}): Kubernetes ${snapshot.kubernetesVersion ?? '?'}, ${snapshot.nodeImageVersion ?? '?'}`);
        const upgrade = {
            kind: 'upgrade',
            span: _preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .LIVE_SPAN */ .m_,
            source: 'live',
            resource: `agentPools/${poolName}`,
            scope: 'pool',
            name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(poolName),
            cluster: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(clusterName),
            nodeImageOnly: kind !== 'kubernetes',
            controlPlaneOnly: false,
            // The mode states no target version: the pool takes the snapshot's (version-conflict compares that with the control plane).
            kubernetesVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(undefined),
            snapshot: { id: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(snapshot.id) },
            currentKubernetesVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(current),
            currentNodeImageVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.nodeImageVersion),
            location: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(cluster.location),
            controlPlaneVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(cluster.currentKubernetesVersion ?? cluster.kubernetesVersion)
        };
        // The pool as it will be: its own VM size and OS against the snapshot's, its version against the control plane.
        const after = {
            kind: 'pool',
            span: _preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .LIVE_SPAN */ .m_,
            source: 'live',
            resource: `agentPools/${poolName}`,
            name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(poolName),
            cluster: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(clusterName),
            mode: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.mode),
            vmSize: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.vmSize),
            location: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(cluster.location),
            kubernetesVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(undefined),
            controlPlaneVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(cluster.currentKubernetesVersion ?? cluster.kubernetesVersion),
            osType: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.osType),
            osSku: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.osSKU),
            enableFips: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stated */ .l3)(pool.enableFips),
            snapshot: { id: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(snapshot.id) },
            system: pool.mode === 'System'
        };
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .pinningPreflight */ .Dr)([upgrade, after], snapshot, azure, host, policy);
        let result;
        let operation;
        if (kind === 'none') {
            host.info(`Node pool ${poolName} already runs snapshot ${snapshot.name ?? snapshot.id} (node image ${pool.nodeImageVersion}): nothing to do`);
            result = pool;
            operation = 'none (already on the snapshot)';
        }
        else {
            const state = pool.provisioningState ?? 'unknown';
            if (!UPGRADABLE.has(state.toLowerCase()))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`node pool ${poolName} of cluster ${clusterName} is in state ${state}: wait for its operation to finish, then run the upgrade again. ${_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .NOTHING_CHANGED */ .Dh}`);
            result =
                kind === 'node-image'
                    ? await upgradeNodeImage(azure, host, { resourceGroup, clusterName, poolName, poolId }, snapshot)
                    : await upgradeKubernetes(azure, host, { resourceGroup, clusterName, poolName, poolId }, pool, snapshot);
            operation = kind === 'node-image' ? 'node image upgrade' : `Kubernetes upgrade ${current ?? '?'} → ${snapshot.kubernetesVersion}`;
        }
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .report */ .z8)({
            title: kind === 'none'
                ? `Node pool ${poolName} of cluster ${clusterName} already runs snapshot ${snapshot.name ?? snapshot.id}`
                : `Upgraded node pool ${poolName} of cluster ${clusterName} to snapshot ${snapshot.name ?? snapshot.id}`,
            outputs: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .poolOutputs */ .hT)(result, poolId),
            details: [
                ['snapshot-id', snapshot.id],
                ['upgrade', operation]
            ]
        }, host, json);
        return 0;
    }
    finally {
        azure.close();
    }
}
async function upgradeNodeImage(azure, host, t, snapshot) {
    const what = `upgrading the node image of node pool ${t.poolName} to snapshot ${snapshot.name ?? snapshot.id}`;
    const options = { ...azure.options, requestOptions: { headers: { AKSSnapshotId: snapshot.id } } };
    await guarded(azure, t, 'upgrade node image', () => (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .waitFor */ .fm)(host, azure.client.agentPools.upgradeNodeImageVersion(t.resourceGroup, t.clusterName, t.poolName, options), {
        what,
        step: 'upgrade node image',
        resourceId: t.poolId
    }));
    return azure.call('read node pool', t.poolId, () => azure.client.agentPools.get(t.resourceGroup, t.clusterName, t.poolName, azure.options), `The node image upgrade of ${t.poolName} finished, but the pool could not be read back.`);
}
async function upgradeKubernetes(azure, host, t, pool, snapshot) {
    const what = `upgrading node pool ${t.poolName} to Kubernetes ${snapshot.kubernetesVersion} from snapshot ${snapshot.name ?? snapshot.id}`;
    // As az does: the pool as read, with the snapshot's version and the snapshot as creationData.
    // The old node image is left out: the snapshot decides the new one.
    const body = {
        ...pool,
        orchestratorVersion: snapshot.kubernetesVersion,
        nodeImageVersion: undefined,
        creationData: { sourceResourceId: snapshot.id }
    };
    return guarded(azure, t, 'upgrade node pool', () => (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .waitFor */ .fm)(host, azure.client.agentPools.createOrUpdate(t.resourceGroup, t.clusterName, t.poolName, body, azure.options), {
        what,
        step: 'upgrade node pool',
        resourceId: t.poolId
    }));
}
/** Runs the write; a failure says what state the pool is in now. */
async function guarded(azure, t, step, fn) {
    try {
        return await azure.call(step, t.poolId, fn, `The upgrade of node pool ${t.poolName} may have started: check it with az aks nodepool show --cluster-name ${t.clusterName} -g ${t.resourceGroup} -n ${t.poolName}.`);
    }
    catch (err) {
        throw await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .stateAfterFailure */ .Eo)(err, azure, async () => {
            const now = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_6__/* .readPool */ .Xu)(azure, t.resourceGroup, t.clusterName, t.poolName);
            return now
                ? `Node pool ${t.poolName} is now in state ${now.provisioningState ?? 'unknown'} (Kubernetes ${now.currentOrchestratorVersion ?? now.orchestratorVersion ?? '?'}, node image ${now.nodeImageVersion ?? '?'}).`
                : undefined;
        });
    }
}


/***/ })

};
