export const id = 41;
export const ids = [41];
export const modules = {

/***/ 6041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ readCluster),
/* harmony export */   Dh: () => (/* binding */ NOTHING_CHANGED),
/* harmony export */   Dr: () => (/* binding */ pinningPreflight),
/* harmony export */   Eo: () => (/* binding */ stateAfterFailure),
/* harmony export */   Gg: () => (/* binding */ snapshotSubscription),
/* harmony export */   If: () => (/* binding */ poolPropertiesFromArm),
/* harmony export */   Ip: () => (/* binding */ chooseSnapshot),
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   Xu: () => (/* binding */ readPool),
/* harmony export */   bX: () => (/* reexport safe */ _azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__.bX),
/* harmony export */   fm: () => (/* binding */ waitFor),
/* harmony export */   gc: () => (/* binding */ clusterPropertiesFromArm),
/* harmony export */   hT: () => (/* binding */ poolOutputs),
/* harmony export */   l3: () => (/* binding */ stated),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   wM: () => (/* binding */ checkPoolName),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* unused harmony exports supportedVersions, formatDuration, isObject */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(182);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6333);
/* harmony import */ var _policy_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2714);
/* harmony import */ var _azure_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9761);
/* harmony import */ var _azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7226);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9263);








/**
 * What create-nodepool, upgrade-nodepool and create-cluster share: which
 * snapshot (snapshot-id, or a pin of the catalog), reading it and the
 * cluster live, preflight, waiting for a long-running operation, and the
 * shape of outputs, summaries and CLI text.
 */
const NOTHING_CHANGED = 'Nothing was changed in Azure.';
/** `.aks-snapshot.yml` (or `config`) for the region policy; the catalog of `catalog`, else the configured one, else `.aks-snapshots.json` when present. */
async function loadPolicy(inputs, cwd = process.cwd()) {
    const config = await (0,_policy_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z9)(cwd, inputs.string('config'));
    const given = inputs.string('catalog');
    const catalogFile = given ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, given) : config.catalog;
    let catalog;
    if (catalogFile) {
        try {
            catalog = await (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCatalog */ .ak)(catalogFile);
        }
        catch (err) {
            if (err instanceof _policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(err.message.replace(catalogFile, node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, catalogFile) || catalogFile));
            throw err;
        }
    }
    return { policy: { snapshotRegion: config.snapshotRegion }, ...(catalog ? { catalog } : {}), ...(catalogFile ? { catalogFile } : {}) };
}
/** `snapshot-id` or `pin` (exactly one); a pin is resolved through the catalog. */
function chooseSnapshot(inputs, policy, cwd = process.cwd()) {
    const given = inputs.string('snapshot-id');
    const pin = inputs.string('pin');
    if (given && pin)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`give either ${inputs.describe('snapshot-id')} or ${inputs.describe('pin')}, not both`);
    if (!given && !pin)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${inputs.describe('snapshot-id')} or ${inputs.describe('pin')} (with a catalog) is required`);
    let id = given;
    let via = 'snapshot-id';
    if (pin) {
        if (!policy.catalog || !policy.catalogFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${inputs.describe('pin')} needs a catalog: give ${inputs.describe('catalog')}, or put .aks-snapshots.json in the working directory`);
        try {
            id = (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePin */ .Qw)(policy.catalog, pin, node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, policy.catalogFile) || policy.catalogFile);
        }
        catch (err) {
            if (err instanceof _policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .CatalogError */ .G$)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(err.message);
            throw err;
        }
        via = `pin ${pin}`;
    }
    if (!(0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSnapshotId */ .jH)(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${via === 'snapshot-id' ? inputs.describe('snapshot-id') : `${via} in the catalog`} must be a node pool snapshot id (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/snapshots/…), not '${id}'`);
    return { id: id, via };
}
/** The subscription of the snapshot, when subscription-id does not say otherwise (openAzure's fallback). */
const snapshotSubscription = (id) => (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSnapshotId */ .jH)(id)?.subscriptionId;

/** The major.minor versions AKS offers in a region (preview ones excluded), or undefined when ARM does not know the region. */
async function supportedVersions(azure, region) {
    const id = `/subscriptions/${azure.subscriptionId}/providers/Microsoft.ContainerService/locations/${region}/kubernetesVersions`;
    try {
        const result = await azure.call('list Kubernetes versions', id, () => azure.client.managedClusters.listKubernetesVersions(region, azure.options));
        const versions = (0,_azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__/* .supportedVersionList */ .xN)(result);
        return versions.length ? versions : undefined;
    }
    catch (err) {
        // An unknown region: no list, so no unsupported-version finding (SPEC §5).
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP && (err.details.status === 404 || err.details.status === 400))
            return undefined;
        throw err;
    }
}
/** Reads the snapshot; a missing one stops the mode before any write. */
async function readSnapshot(azure, choice) {
    const ref = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSnapshotId */ .jH)(choice.id);
    if (!(0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .sameId */ .s)(ref.subscriptionId, azure.subscriptionId))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`snapshot ${choice.id} is in subscription ${ref.subscriptionId}, but subscription-id is ${azure.subscriptionId}`);
    let found;
    try {
        found = await azure.getOptional('read snapshot', choice.id, () => azure.client.snapshots.get(ref.resourceGroup, ref.name, azure.options));
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP && err.details.code === 'ResourceGroupNotFound')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`snapshot ${choice.id} (${choice.via}) not found: resource group ${ref.resourceGroup} does not exist. Nothing was changed in Azure.`);
        throw err;
    }
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`snapshot ${choice.id} (${choice.via}) not found. Nothing was changed in Azure.`);
    return (0,_azure_snapshots_js__WEBPACK_IMPORTED_MODULE_7__/* .snapshotInfo */ .bX)(found);
}
/** Reads a cluster; `optional` answers undefined when it does not exist (create-cluster), otherwise a missing one is a clear preflight error. */
async function readCluster(azure, resourceGroup, name, optional = false) {
    const id = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterId */ .kL)({ subscriptionId: azure.subscriptionId, resourceGroup, cluster: name });
    try {
        return await azure.call('read cluster', id, () => azure.client.managedClusters.get(resourceGroup, name, azure.options), NOTHING_CHANGED);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP) || err.details.status !== 404)
            throw err;
        if (err.details.code === 'ResourceGroupNotFound')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`resource group ${resourceGroup} not found in subscription ${azure.subscriptionId}. ${NOTHING_CHANGED}`);
        if (optional)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PreflightError */ .wG(`cluster ${name} not found in resource group ${resourceGroup} (subscription ${azure.subscriptionId}). ${NOTHING_CHANGED}`);
    }
}
async function readPool(azure, resourceGroup, cluster, pool) {
    const id = `${(0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterId */ .kL)({ subscriptionId: azure.subscriptionId, resourceGroup, cluster })}/agentPools/${pool}`;
    return azure.getOptional('read node pool', id, () => azure.client.agentPools.get(resourceGroup, cluster, pool, azure.options));
}
/** `known(v)` for a value that is there, else unknown 'not stated' (rules stay silent). */
function stated(v) {
    return v === undefined || v === null || v === '' ? (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5)(_model_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_STATED */ .qg) : (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .known */ .eO)(v);
}
/**
 * Preflight for the pinning modes: the rules over the declarations, with the
 * snapshot's live properties (which win over a catalog entry of the same id)
 * and the region's supported versions read live. Findings that two
 * declarations of one operation both raise are reported once.
 */
async function pinningPreflight(declarations, snapshot, azure, host, policy) {
    const catalog = policy.catalog
        ? { ...policy.catalog, snapshots: policy.catalog.snapshots.map((s) => ((0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .sameId */ .s)(s.id, snapshot.id) ? { ...s, ...snapshot } : s)) }
        : undefined;
    for (const d of declarations)
        if ((d.kind === 'pool' || d.kind === 'upgrade') && d.snapshot)
            d.snapshot.resolved = snapshot;
    const versions = new Map();
    await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .preflight */ .Mz)(declarations, host, {
        policy: policy.policy,
        ...(catalog ? { catalog } : {}),
        // The snapshot was read already (resolved above); only the region's versions are asked for.
        supportedVersionsLive: (region) => {
            const key = (0,_azure_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRegion */ .wh)(region);
            if (!versions.has(key))
                versions.set(key, supportedVersions(azure, key));
            return versions.get(key);
        }
    });
}
/**
 * Waits for a long-running operation with progress lines: one when it starts,
 * one at each change of status, a heartbeat while it runs, and one at the end
 * with the time it took. An operation that ends Failed becomes an
 * AzureOperationError with the operation's own code and message.
 */
async function waitFor(host, operation, options) {
    const started = Date.now();
    const elapsed = () => formatDuration(Date.now() - started);
    let last = '';
    host.info(`Started ${options.what}; waiting for Azure to finish`);
    operation.onProgress((state) => {
        if (state.status !== last) {
            last = state.status;
            host.info(`${capitalize(options.what)}: ${state.status} (${elapsed()})`);
        }
    });
    const timer = setInterval(() => host.info(`Still ${options.what} (${last || 'running'}, ${elapsed()} so far)`), options.heartbeatMs ?? 30_000);
    timer.unref();
    try {
        const result = await operation;
        host.info(`Finished ${options.what} in ${elapsed()}`);
        return result;
    }
    catch (err) {
        throw operationFailure(err, options) ?? err;
    }
    finally {
        clearInterval(timer);
    }
}
/** core-lro reports a failed operation as a plain Error: `The long-running operation has failed. <code>. <message>`. */
function operationFailure(err, options) {
    const text = err instanceof Error ? err.message : '';
    const m = /^The long-running operation has (failed|been canceled)(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(text);
    if (!m)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP({
        step: options.step,
        resourceId: options.resourceId,
        code: m[2] ?? (m[1] === 'failed' ? 'OperationFailed' : 'OperationCanceled'),
        armMessage: (m[3] ?? `the operation ${m[1] === 'failed' ? 'failed' : 'was canceled'} in Azure`).trim().replace(/\.$/, ''),
        state: 'Azure ran the operation and it did not succeed: check the resource.'
    });
}
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
 * After a write failed: what now exists, read back so the message says it
 * (`the node pool np2 now exists in state Failed`). A read that fails too (or
 * a timeout, whose signal is spent) leaves the cautious default.
 */
async function stateAfterFailure(err, azure, read) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP) || azure.signal.aborted)
        return err;
    try {
        const now = await read();
        if (now)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AzureOperationError */ .XP({ ...err.details, state: now });
    }
    catch {
        // Keep the original error and its cautious state.
    }
    return err;
}
/** The outputs every pool mode sets (SPEC §4). */
function poolOutputs(pool, fallbackId) {
    return [
        ['nodepool-id', pool.id ?? fallbackId],
        ['kubernetes-version', pool.currentOrchestratorVersion ?? pool.orchestratorVersion ?? ''],
        ['node-image-version', pool.nodeImageVersion ?? ''],
        ['provisioning-state', pool.provisioningState ?? '']
    ];
}
const cell = (v) => (v ? `\`${v.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '');
/** Outputs, job summary (action), and the CLI's text or `--json`. */
async function report(outcome, host, json) {
    for (const [name, value] of outcome.outputs)
        host.setOutput(name, value);
    const rows = [...outcome.outputs, ...outcome.details];
    if (host.isAction)
        await host.addSummary([`### ${outcome.title}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''].join('\n'));
    if (json && !host.isAction)
        host.print(JSON.stringify(Object.fromEntries(rows), null, 2));
    else {
        const width = Math.max(...rows.map(([k]) => k.length));
        host.print([outcome.title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n'));
    }
}
/**
 * `nodepool-properties` / `cluster-properties` are written as in an ARM
 * template's `properties`; the SDK model names a few of them differently.
 */
const POOL_RENAMES = { type: 'typePropertiesType', enableFIPS: 'enableFips' };
const CLUSTER_RENAMES = { enableRBAC: 'enableRbac' };
function poolPropertiesFromArm(props) {
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [POOL_RENAMES[k] ?? k, v]));
}
function clusterPropertiesFromArm(props) {
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [
        CLUSTER_RENAMES[k] ?? k,
        // A cluster's pool profiles keep `type`; only enableFIPS is renamed there.
        k === 'agentPoolProfiles' && Array.isArray(v)
            ? v.map((p) => isObject(p) ? Object.fromEntries(Object.entries(p).map(([pk, pv]) => [pk === 'enableFIPS' ? 'enableFips' : pk, pv])) : p)
            : v
    ]));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** AKS pool names: lower-case letters and digits, starting with a letter, at most 12 (Linux) or 6 (Windows) characters. */
function checkPoolName(inputs, name, osType) {
    const max = osType?.toLowerCase() === 'windows' ? 6 : 12;
    if (!new RegExp(`^[a-z][a-z0-9]{0,${max - 1}}$`).test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${inputs.describe('nodepool-name')} '${name}' is not a valid ${osType === 'Windows' ? 'Windows ' : ''}node pool name: lower-case letters and digits, starting with a letter, at most ${max} characters`);
}


/***/ }),

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports CONFIG_FILES, parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(182);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6333);






const CONFIG_FILES = ['.aks-snapshot.yml', '.aks-snapshot.yaml'];
const KEYS = ['rules', 'include', 'exclude', 'catalog', 'baseline', 'snapshotRegion'];
const SEVERITIES = ['error', 'warning', 'note', 'off'];
const REGION_POLICIES = ['any', 'same'];
/**
 * Finds and reads the config: `explicitPath` (relative to cwd) when given,
 * else `.aks-snapshot.yml` in cwd. Paths in it (catalog, baseline) are
 * relative to the config file's folder; include/exclude globs match paths
 * relative to cwd.
 */
async function loadConfig(cwd, explicitPath) {
    let file;
    let text;
    if (explicitPath) {
        file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, explicitPath);
        text = await readText(file);
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`config file ${explicitPath} not found`);
    }
    else {
        for (const name of CONFIG_FILES) {
            const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cwd, name);
            text = await readText(candidate);
            if (text !== undefined) {
                file = candidate;
                break;
            }
        }
    }
    const config = text === undefined || file === undefined ? defaults() : parseConfig(text, file, node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, file) || file);
    if (config.catalog === undefined) {
        const fallback = node_path__WEBPACK_IMPORTED_MODULE_1__.join(cwd, _catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CATALOG */ .se);
        if ((await readText(fallback)) !== undefined)
            config.catalog = fallback;
    }
    return config;
}
function defaults() {
    return { rules: {}, include: [], exclude: [], snapshotRegion: 'any' };
}
async function readText(file) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${file} is a folder, not a config file`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot read ${file}: ${err.message}`);
    }
}
/**
 * Parses and validates config text. `file` is the absolute path (for
 * resolving catalog/baseline); `shown` is how errors name it.
 */
function parseConfig(text, file, shown = file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text.replace(/^\uFEFF/, ''), { lineCounter, version: '1.2', prettyErrors: false });
    const where = (node) => {
        const range = node && 'range' in node ? node.range : node && 'key' in node ? node.key?.range : undefined;
        if (!range)
            return shown;
        const { line, col } = lineCounter.linePos(range[0]);
        return `${shown}:${line}:${col}`;
    };
    const fail = (node, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${where(node)}: ${message}`);
    };
    if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${shown}:${pos.line}:${pos.col}: not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const config = defaults();
    config.file = file;
    const root = doc.contents;
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(root) && (root.value === null || root.value === '')))
        return config;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        return fail(root, `the config must be a mapping with the keys ${KEYS.join(', ')}`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : '';
        const value = pair.value;
        switch (key) {
            case 'rules': {
                if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) && value.value === null))
                    break;
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(value))
                    fail(value ?? keyNode, `key 'rules' must map rule ids to ${SEVERITIES.join(' | ')}`);
                for (const rulePair of value.items) {
                    const ruleKey = rulePair.key;
                    const rule = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(ruleKey) ? String(ruleKey.value) : '';
                    if (!_model_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.includes(rule))
                        fail(ruleKey, `key 'rules.${rule}' is not a rule id; rules are: ${_model_js__WEBPACK_IMPORTED_MODULE_4__/* .RULE_IDS */ .Iu.join(', ')}`);
                    const sevNode = rulePair.value;
                    const sev = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(sevNode) ? String(sevNode.value) : undefined;
                    if (!sev || !SEVERITIES.includes(sev))
                        fail(sevNode ?? ruleKey, `key 'rules.${rule}' must be one of ${SEVERITIES.join(', ')}${sev ? `, not '${sev}'` : ''}`);
                    config.rules[rule] = sev;
                }
                break;
            }
            case 'include':
            case 'exclude':
                config[key] = stringList(value, key, keyNode, fail);
                break;
            case 'catalog':
            case 'baseline': {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) ? value.value : undefined;
                if (typeof v !== 'string' || !v.trim())
                    fail(value ?? keyNode, `key '${key}' must be a file path`);
                config[key] = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, v.trim());
                break;
            }
            case 'snapshotRegion': {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) ? String(value.value) : undefined;
                if (!v || !REGION_POLICIES.includes(v))
                    fail(value ?? keyNode, `key 'snapshotRegion' must be one of any, same${v ? `, not '${v}'` : ''}`);
                config.snapshotRegion = v;
                break;
            }
            default:
                fail(keyNode, `unknown key '${key}'; the keys are ${KEYS.join(', ')}`);
        }
    }
    return config;
}
function stringList(value, key, keyNode, fail) {
    if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) && value.value === null))
        return [];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(value) && typeof value.value === 'string')
        return [value.value];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(value))
        return fail(value, `key '${key}' must be a glob or a list of globs`);
    return value.items.map((item, i) => {
        const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item) ? item.value : undefined;
        if (typeof v !== 'string' || !v)
            return fail(item ?? keyNode, `key '${key}[${i}]' must be a glob string`);
        return v;
    });
}


/***/ })

};
