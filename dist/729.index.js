export const id = 729;
export const ids = [729];
export const modules = {

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterBody: () => (/* binding */ clusterBody),
/* harmony export */   defaultDnsPrefix: () => (/* binding */ defaultDnsPrefix),
/* harmony export */   readCreateClusterInputs: () => (/* binding */ readCreateClusterInputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _azure_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4661);
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9761);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9263);
/* harmony import */ var _pinning_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6041);






function readCreateClusterInputs(inputs) {
    const properties = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterPropertiesFromArm */ .gc)(inputs.json('cluster-properties') ?? {});
    const pool = inputs.string('nodepool-name') ?? 'nodepool1';
    (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPoolName */ .wM)(inputs, pool, 'Linux');
    const cluster = inputs.required('cluster-name');
    const dnsPrefix = inputs.string('dns-prefix');
    if (dnsPrefix && !/^[a-zA-Z0-9][a-zA-Z0-9-]{0,52}[a-zA-Z0-9]$/.test(dnsPrefix))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('dns-prefix')} '${dnsPrefix}' must be 2 to 54 letters, digits or '-', starting and ending with a letter or digit`);
    return {
        resourceGroup: inputs.required('resource-group'),
        cluster,
        ...(inputs.string('location') ? { location: inputs.string('location') } : {}),
        pool,
        count: inputs.integer('node-count', 3, { min: 1 }),
        ...(inputs.string('vm-size') ? { vmSize: inputs.string('vm-size') } : {}),
        ...(dnsPrefix ? { dnsPrefix } : {}),
        properties,
        tags: inputs.keyValues('tags'),
        json: inputs.boolean('json', false)
    };
}
/** az's default DNS prefix: `<name[:10]>-<resource group[:16]>-<subscription[:6]>`, non-alphanumerics dropped. */
function defaultDnsPrefix(cluster, resourceGroup, subscriptionId) {
    const clean = (s) => s.replace(/[^a-zA-Z0-9-]/g, '');
    let name = clean(cluster).slice(0, 10);
    if (!/^[a-zA-Z]/.test(name))
        name = `a${name}`.slice(0, 10);
    return `${name}-${clean(resourceGroup).slice(0, 16)}-${subscriptionId.slice(0, 6)}`.replace(/-+/g, '-');
}
function clusterBody(req, snapshot, location, dnsPrefix) {
    const systemPool = {
        name: req.pool,
        mode: 'System',
        count: req.count,
        ...((req.vmSize ?? snapshot.vmSize) ? { vmSize: req.vmSize ?? snapshot.vmSize } : {}),
        ...(snapshot.osType ? { osType: snapshot.osType } : {}),
        ...(snapshot.osSku ? { osSKU: snapshot.osSku } : {}),
        ...(snapshot.kubernetesVersion ? { orchestratorVersion: snapshot.kubernetesVersion } : {}),
        ...(snapshot.enableFips ? { enableFips: true } : {}),
        type: 'VirtualMachineScaleSets',
        creationData: { sourceResourceId: snapshot.id }
    };
    const { agentPoolProfiles: extraPools, ...rest } = req.properties;
    return {
        location,
        ...(Object.keys(req.tags).length ? { tags: req.tags } : {}),
        // az aks create's default identity.
        identity: { type: 'SystemAssigned' },
        ...(snapshot.kubernetesVersion ? { kubernetesVersion: snapshot.kubernetesVersion } : {}),
        dnsPrefix,
        ...rest,
        agentPoolProfiles: [systemPool, ...(extraPools ?? [])]
    };
}
async function run(inputs, host) {
    const req = readCreateClusterInputs(inputs);
    const policy = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(inputs);
    const choice = (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseSnapshot */ .Ip)(inputs, policy);
    const azure = await (0,_azure_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openAzure */ .aU)(inputs, host, process.env, (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotSubscription */ .Gg)(choice.id));
    try {
        const clusterId = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterId */ .kL)({ subscriptionId: azure.subscriptionId, resourceGroup: req.resourceGroup, cluster: req.cluster });
        const existing = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readCluster */ .D$)(azure, req.resourceGroup, req.cluster, true);
        if (existing)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`cluster ${req.cluster} already exists in resource group ${req.resourceGroup} (state ${existing.provisioningState ?? 'unknown'}): create-cluster only creates new clusters; use create-nodepool or upgrade-nodepool for its pools. ${_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTHING_CHANGED */ .Dh}`);
        const snapshot = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readSnapshot */ .RA)(azure, choice);
        // A snapshot can be used in any region; without `location` the cluster goes where the snapshot is.
        const location = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRegion */ .wh)(req.location ?? snapshot.location ?? '');
        if (!location)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${inputs.describe('location')} is required: the snapshot does not say its region`);
        if (!req.location)
            host.info(`No location given: creating the cluster in the snapshot's region, ${location}`);
        const body = clusterBody(req, snapshot, location, req.dnsPrefix ?? defaultDnsPrefix(req.cluster, req.resourceGroup, azure.subscriptionId));
        const system = body.agentPoolProfiles[0];
        const declaration = {
            kind: 'pool',
            span: _preflight_js__WEBPACK_IMPORTED_MODULE_4__/* .LIVE_SPAN */ .m_,
            source: 'live',
            resource: `agentPoolProfiles/${req.pool}`,
            name: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.pool),
            cluster: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(req.cluster),
            mode: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)('System'),
            vmSize: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(system.vmSize),
            location: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(location),
            kubernetesVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(undefined),
            controlPlaneVersion: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(body.kubernetesVersion),
            osType: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(undefined),
            osSku: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(undefined),
            enableFips: (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stated */ .l3)(undefined),
            snapshot: { id: (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(snapshot.id) },
            system: true
        };
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .pinningPreflight */ .Dr)([declaration], snapshot, azure, host, policy);
        const created = await createCluster(azure, host, req, body, clusterId);
        const pool = created.agentPoolProfiles?.find((p) => p.name.toLowerCase() === req.pool.toLowerCase());
        await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .report */ .z8)({
            title: `Created cluster ${req.cluster} in ${location} from snapshot ${snapshot.name ?? snapshot.id}`,
            outputs: [
                ['cluster-id', created.id ?? clusterId],
                ['kubernetes-version', created.currentKubernetesVersion ?? created.kubernetesVersion ?? ''],
                ['node-image-version', pool?.nodeImageVersion ?? '']
            ],
            details: [
                ['snapshot-id', snapshot.id],
                ['system-pool', req.pool],
                ['vm-size', pool?.vmSize ?? system.vmSize ?? ''],
                ['provisioning-state', created.provisioningState ?? '']
            ]
        }, host, req.json);
        return 0;
    }
    finally {
        azure.close();
    }
}
async function createCluster(azure, host, req, body, clusterId) {
    const what = `creating cluster ${req.cluster}`;
    try {
        return await azure.call('create cluster', clusterId, () => (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .waitFor */ .fm)(host, azure.client.managedClusters.createOrUpdate(req.resourceGroup, req.cluster, body, azure.options), {
            what,
            step: 'create cluster',
            resourceId: clusterId
        }), `The creation of cluster ${req.cluster} may have started: check it with az aks show -g ${req.resourceGroup} -n ${req.cluster}.`);
    }
    catch (err) {
        throw await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .stateAfterFailure */ .Eo)(err, azure, async () => {
            const now = await (0,_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .readCluster */ .D$)(azure, req.resourceGroup, req.cluster, true);
            return now
                ? `Cluster ${req.cluster} now exists in state ${now.provisioningState ?? 'unknown'}: delete it (az aks delete) or fix the cause and run again.`
                : `Cluster ${req.cluster} was not created. ${_pinning_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTHING_CHANGED */ .Dh}`;
        });
    }
}


/***/ })

};
