export const id = 972;
export const ids = [972];
export const modules = {

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aU: () => (/* binding */ openAzure),
  fA: () => (/* binding */ openSession)
});

// UNUSED EXPORTS: readSubscription, transportOverrides

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/azure/clouds.ts

/** The clouds of SPEC §2; names as Azure/login spells them. */
const ENVIRONMENTS = ['azurecloud', 'azurechinacloud', 'azureusgovernment', 'custom'];
const KNOWN = {
    azurecloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
    azurechinacloud: { arm: 'https://management.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
    azureusgovernment: { arm: 'https://management.usgovcloudapi.net', authority: 'https://login.microsoftonline.us' }
};
function resolveCloud(inputs) {
    const environment = inputs.choice('environment', ENVIRONMENTS, 'azurecloud');
    if (environment !== 'custom') {
        for (const name of ['arm-endpoint', 'authority-host'])
            if (inputs.string(name))
                throw new errors/* UsageError */.eb(`${inputs.describe(name)} is only used with environment custom (environment is ${environment})`);
        const k = KNOWN[environment];
        return { environment, armEndpoint: k.arm, authorityHost: k.authority, scope: `${k.arm}/.default`, disableInstanceDiscovery: false };
    }
    const armEndpoint = httpsUrl(inputs, 'arm-endpoint');
    const authorityHost = httpsUrl(inputs, 'authority-host');
    // ARM tokens are for the ARM endpoint itself (its audience), as for the public clouds.
    return { environment, armEndpoint, authorityHost, scope: `${armEndpoint}/.default`, disableInstanceDiscovery: true };
}
function httpsUrl(inputs, name) {
    const value = inputs.required(name, 'environment custom needs arm-endpoint and authority-host');
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* UsageError */.eb(`${inputs.describe(name)} must be an https URL, not '${value}'`);
    }
    if (url.protocol !== 'https:')
        throw new errors/* UsageError */.eb(`${inputs.describe(name)} must be an https URL, not '${value}'`);
    return url.toString().replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/azure/credentials.ts

const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
function planCredential(inputs, cloud, env) {
    const clientId = inputs.string('client-id');
    const tenantId = inputs.string('tenant-id');
    const common = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: cloud.disableInstanceDiscovery };
    if (clientId && tenantId) {
        if (!env.ACTIONS_ID_TOKEN_REQUEST_URL && env.AZURE_CLIENT_SECRET)
            return { kind: 'client-secret', tenantId, clientId, ...common };
        return { kind: 'github-oidc', tenantId, clientId, audience: inputs.string('audience') ?? DEFAULT_AUDIENCE, ...common };
    }
    if (clientId || tenantId)
        throw new errors/* UsageError */.eb(`${inputs.describe(clientId ? 'tenant-id' : 'client-id')} is required with ${inputs.describe(clientId ? 'client-id' : 'tenant-id')}`);
    return {
        kind: 'default',
        ...(env.AZURE_TENANT_ID ? { tenantId: env.AZURE_TENANT_ID } : {}),
        ...(env.AZURE_CLIENT_ID ? { clientId: env.AZURE_CLIENT_ID } : {}),
        ...common
    };
}
/** Who signs in, for error messages: `client 1234 in tenant abcd`. */
function describePlan(plan) {
    const who = [plan.clientId && `client ${plan.clientId}`, plan.tenantId && `tenant ${plan.tenantId}`].filter(Boolean).join(' in ');
    const how = plan.kind === 'github-oidc' ? 'GitHub OIDC' : plan.kind === 'client-secret' ? 'client secret' : 'DefaultAzureCredential';
    return who ? `${who} (${how})` : how;
}
/** Thrown by the OIDC callback; its message names the missing permission. */
class GitHubTokenError extends Error {
    name = 'GitHubTokenError';
}
async function createCredential(plan, host, env, tls) {
    const identity = await Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 9907));
    const options = {
        authorityHost: plan.authorityHost,
        disableInstanceDiscovery: plan.disableInstanceDiscovery,
        ...(tls ? { tlsOptions: tls } : {})
    };
    let credential;
    switch (plan.kind) {
        case 'github-oidc':
            credential = new identity.ClientAssertionCredential(plan.tenantId, plan.clientId, () => githubIdToken(plan.audience, host), options);
            break;
        case 'client-secret': {
            const secret = env.AZURE_CLIENT_SECRET ?? '';
            host.setSecret(secret);
            credential = new identity.ClientSecretCredential(plan.tenantId, plan.clientId, secret, options);
            break;
        }
        case 'default':
            // EnvironmentCredential inside reads AZURE_CLIENT_SECRET: masked before anything can print it.
            if (env.AZURE_CLIENT_SECRET)
                host.setSecret(env.AZURE_CLIENT_SECRET);
            credential = new identity.DefaultAzureCredential(options);
            break;
    }
    return maskingTokens(credential, host);
}
async function githubIdToken(audience, host) {
    const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4116));
    try {
        const token = await core.getIDToken(audience);
        host.setSecret(token);
        return token;
    }
    catch (err) {
        throw new GitHubTokenError(`could not get a GitHub OIDC token for audience ${audience}: ${err.message}. ` +
            'Give the workflow or job `permissions: id-token: write`, or sign in another way (Azure/login, or no client-id/tenant-id for DefaultAzureCredential)');
    }
}
/** Access tokens are masked the moment they exist. */
function maskingTokens(credential, host) {
    return {
        async getToken(scopes, options) {
            const token = await credential.getToken(scopes, options);
            if (token?.token)
                host.setSecret(token.token);
            return token;
        }
    };
}

;// CONCATENATED MODULE: ./src/azure/errors.ts

async function armCall(step, resourceId, fn, options = {}) {
    try {
        return await fn();
    }
    catch (err) {
        throw toAzureError(step, resourceId, err, options.state, options.context);
    }
}
/** A GET that answers `undefined` for 404 instead of failing. */
async function armGetOptional(step, resourceId, fn, context) {
    try {
        return await fn();
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw toAzureError(step, resourceId, err, undefined, context);
    }
}
function statusOf(err) {
    const e = err;
    return typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.status === 'number' ? e.status : undefined;
}
const NOTHING_CHANGED = 'Nothing was changed in Azure.';
function toAzureError(step, resourceId, err, state, context = {}) {
    if (err instanceof errors/* AzureOperationError */.XP)
        return err;
    const e = (err ?? {});
    const name = typeof e.name === 'string' ? e.name : '';
    const message = err instanceof Error ? err.message : String(err);
    const whatExists = state ?? NOTHING_CHANGED;
    if (name === 'AbortError' || (/aborted/i.test(message) && name !== 'RestError')) {
        return new errors/* AzureOperationError */.XP({
            step,
            resourceId,
            code: 'Timeout',
            armMessage: `stopped after timeout-minutes (${context.timeoutMinutes ?? '?'} minutes)`,
            state: state ?? 'An operation may still be running in Azure: check the resource.'
        });
    }
    const auth = signInFailure(err);
    if (auth) {
        return new errors/* AzureOperationError */.XP({
            step: `sign in to Azure (for ${step})`,
            resourceId: context.signIn ?? resourceId,
            ...(auth.status ? { status: auth.status } : {}),
            ...(auth.code ? { code: auth.code } : {}),
            armMessage: auth.message,
            state: whatExists
        });
    }
    const status = statusOf(err);
    const details = (e.details ?? {});
    const code = details.error?.code ??
        (typeof e.code === 'string' && !/^(ECONN|ETIMEDOUT|ENOTFOUND|REQUEST_SEND_ERROR)/.test(e.code) ? e.code : undefined);
    const armMessage = firstLine(details.error?.message ?? message);
    if (status === undefined) {
        // No answer at all: a network failure after the SDK's retries.
        return new errors/* AzureOperationError */.XP({
            step,
            resourceId,
            code: typeof e.code === 'string' ? e.code : 'NetworkError',
            armMessage,
            state: state ?? 'The request may not have reached Azure.'
        });
    }
    return new errors/* AzureOperationError */.XP({ step, resourceId, status, ...(code ? { code } : {}), armMessage, state: whatExists });
}
/** Errors of @azure/identity and MSAL, reduced to the Entra error code and its first sentence (no trace ids). */
function signInFailure(err) {
    const e = (err ?? {});
    const name = typeof e.name === 'string' ? e.name : '';
    if (name === 'GitHubTokenError')
        return { message: err.message };
    if (name === 'AggregateAuthenticationError') {
        const errors = e.errors ?? [];
        // The one credential that really tried (not "unavailable") says what went wrong.
        const real = errors.find((x) => x?.name === 'AuthenticationError');
        if (real)
            return signInFailure(real);
        return {
            code: 'NoCredential',
            message: 'no Azure credential was found: give client-id and tenant-id (GitHub OIDC, with permissions id-token: write), run Azure/login before this step, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET'
        };
    }
    if (name === 'CredentialUnavailableError')
        return { code: 'NoCredential', message: firstLine(err.message) };
    if (name !== 'AuthenticationError' && name !== 'AuthenticationRequiredError')
        return undefined;
    const response = (e.errorResponse ?? {});
    const text = response.errorDescription ?? err.message;
    // MSAL's errors read `invalid_client: Error(s): 7000215 - Timestamp: … - Description: AADSTS7000215: …`.
    // EnvironmentCredential wraps the real error in a generic one (status 400, a sentence as `error`).
    const direct = response.error !== undefined && /^[a-z_]+$/.test(response.error);
    const code = direct ? response.error : (/^\s*([a-z_]+):/.exec(text)?.[1] ?? /^([a-z_]+):/.exec(err.message)?.[1]);
    return {
        ...(direct && typeof e.statusCode === 'number' ? { status: e.statusCode } : {}),
        ...(code ? { code } : {}),
        message: cleanAadMessage(text)
    };
}
/** `… AADSTS7000215: Invalid client secret provided. Ensure … Trace ID: … Timestamp: …` → the AADSTS sentence(s), without trace ids. */
function cleanAadMessage(text) {
    const aadsts = /AADSTS\d+:[\s\S]*?(?=\s+(?:Trace ID|Correlation ID|Timestamp):|$)/.exec(text);
    return firstLine((aadsts ? aadsts[0] : text.replace(/\s*(Trace ID|Correlation ID|Timestamp):[\s\S]*$/, '')).trim());
}
function firstLine(text) {
    return (text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)[0]
        ?.replace(/[.\s]+$/, '') ?? '');
}

;// CONCATENATED MODULE: ./src/azure/context.ts




/**
 * Process-wide transport settings for a process that cannot be started with
 * NODE_EXTRA_CA_CERTS (tests that run the emulator in the same process).
 * The action and the CLI never set them.
 */
const transportOverrides = {};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `subscription-id`, else the subscription of an id the mode was given (nodepool-id), else AZURE_SUBSCRIPTION_ID. */
function readSubscription(inputs, env, fromId) {
    const id = inputs.string('subscription-id') ?? fromId ?? env.AZURE_SUBSCRIPTION_ID?.trim();
    if (!id)
        throw new errors/* UsageError */.eb(`${inputs.describe('subscription-id')} is required (or set AZURE_SUBSCRIPTION_ID)`);
    if (!GUID.test(id))
        throw new errors/* UsageError */.eb(`${inputs.describe('subscription-id')} must be a subscription id (a GUID), not '${id}'`);
    return id;
}
async function openAzure(inputs, host, env = process.env, subscriptionFromId) {
    const subscriptionId = readSubscription(inputs, env, subscriptionFromId);
    const session = await openSession(inputs, host, env);
    host.debug(`Azure subscription ${subscriptionId}`);
    return { ...session, subscriptionId, client: session.clientFor(subscriptionId) };
}
/** Azure access without a fixed subscription (lint's resolve-live reads snapshots wherever their ids point). */
async function openSession(inputs, host, env = process.env) {
    const cloud = resolveCloud(inputs);
    const plan = planCredential(inputs, cloud, env);
    const timeoutMinutes = inputs.integer('timeout-minutes', 30, { min: 1 });
    const tls = transportOverrides.ca ? { ca: transportOverrides.ca } : undefined;
    const credential = await createCredential(plan, host, env, tls);
    const { ContainerServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 7961));
    const clients = new Map();
    const clientFor = (subscriptionId) => {
        const key = subscriptionId.toLowerCase();
        let client = clients.get(key);
        if (!client) {
            client = new ContainerServiceClient(credential, subscriptionId, {
                endpoint: cloud.armEndpoint,
                credentials: { scopes: [cloud.scope] },
                userAgentOptions: { userAgentPrefix: 'aks-snapshot' },
                ...(tls ? { tlsOptions: tls } : {})
            });
            clients.set(key, client);
        }
        return client;
    };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMinutes * 60_000);
    timer.unref();
    const context = { signIn: describePlan(plan), timeoutMinutes };
    host.debug(`Azure: ${cloud.environment} ${cloud.armEndpoint}, sign-in ${describePlan(plan)}`);
    return {
        cloud,
        credential: plan,
        signal: controller.signal,
        timeoutMinutes,
        options: {
            abortSignal: controller.signal,
            ...(transportOverrides.updateIntervalInMs !== undefined ? { updateIntervalInMs: transportOverrides.updateIntervalInMs } : {})
        },
        clientFor,
        call: (step, resourceId, fn, state) => armCall(step, resourceId, fn, { ...(state ? { state } : {}), context }),
        getOptional: (step, resourceId, fn) => armGetOptional(step, resourceId, fn, context),
        close: () => clearTimeout(timer)
    };
}


/***/ }),

/***/ 9761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ poolId),
/* harmony export */   Xs: () => (/* binding */ parsePoolId),
/* harmony export */   iy: () => (/* binding */ snapshotId),
/* harmony export */   jH: () => (/* binding */ parseSnapshotId),
/* harmony export */   kL: () => (/* binding */ clusterId),
/* harmony export */   s: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_0__.s),
/* harmony export */   wh: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_0__.wh)
/* harmony export */ });
/* unused harmony export parseClusterId */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);

/**
 * Azure resource ids of the resources aks-snapshot touches. Ids compare
 * case-insensitively (`resourceGroups` = `resourcegroups`): AKS itself
 * returns pool ids with `resourcegroups` in lower case.
 */

const SEG = '([^/]+)';
const POOL = new RegExp(`^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/managedClusters/${SEG}/agentPools/${SEG}/?$`, 'i');
const CLUSTER = new RegExp(`^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/managedClusters/${SEG}/?$`, 'i');
const SNAPSHOT = new RegExp(`^/subscriptions/${SEG}/resourceGroups/${SEG}/providers/Microsoft\\.ContainerService/snapshots/${SEG}/?$`, 'i');
function parsePoolId(id) {
    const m = POOL.exec(id.trim());
    return m ? { subscriptionId: m[1], resourceGroup: m[2], cluster: m[3], pool: m[4] } : undefined;
}
function parseClusterId(id) {
    const m = CLUSTER.exec(id.trim());
    return m ? { subscriptionId: m[1], resourceGroup: m[2], cluster: m[3] } : undefined;
}
function parseSnapshotId(id) {
    const m = SNAPSHOT.exec(id.trim());
    return m ? { subscriptionId: m[1], resourceGroup: m[2], name: m[3] } : undefined;
}
const clusterId = (c) => `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${c.cluster}`;
const poolId = (p) => `${clusterId(p)}/agentPools/${p.pool}`;
const snapshotId = (s) => `/subscriptions/${s.subscriptionId}/resourceGroups/${s.resourceGroup}/providers/Microsoft.ContainerService/snapshots/${s.name}`;



/***/ }),

/***/ 7226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ snapshotInfo),
/* harmony export */   xN: () => (/* binding */ supportedVersionList)
/* harmony export */ });
/* unused harmony export isoSeconds */
/**
 * ARM's snapshot resource and version list in the shapes the rules, the
 * catalog and the outputs use; one conversion for every mode and for lint's
 * resolve-live. Type-only SDK imports: nothing here loads the SDK.
 */
/** A snapshot resource flattened into what rules compare and the catalog stores. */
function snapshotInfo(s) {
    const created = s.systemData?.createdAt;
    return {
        id: s.id ?? '',
        ...(s.name ? { name: s.name } : {}),
        ...(s.location ? { location: s.location } : {}),
        ...(s.kubernetesVersion ? { kubernetesVersion: s.kubernetesVersion } : {}),
        ...(s.nodeImageVersion ? { nodeImageVersion: s.nodeImageVersion } : {}),
        ...(s.osType ? { osType: s.osType } : {}),
        ...(s.osSku ? { osSku: s.osSku } : {}),
        ...(s.vmSize ? { vmSize: s.vmSize } : {}),
        ...(s.enableFips !== undefined ? { enableFips: s.enableFips } : {}),
        ...(s.creationData?.sourceResourceId ? { sourceResourceId: s.creationData.sourceResourceId } : {}),
        ...(created ? { created: isoSeconds(created) } : {}),
        ...(s.tags && Object.keys(s.tags).length ? { tags: s.tags } : {})
    };
}
/** ISO 8601 in whole seconds, as the `created` output and the catalog show it. */
const isoSeconds = (d) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The Kubernetes versions a region supports: preview versions are not supported versions. */
function supportedVersionList(result) {
    return (result.values ?? []).filter((v) => !v.isPreview && v.version).map((v) => v.version);
}


/***/ }),

/***/ 544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ buildRuleContext)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6333);


/** Drops undefined fields so that spreading never hides a value a weaker source had. */
function defined(info) {
    const out = {};
    for (const [k, v] of Object.entries(info ?? {}))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/**
 * Builds what rules know of snapshots (SPEC §5, "where snapshot properties
 * come from", in order): the catalog; snapshots declared in this run with
 * known properties (and what a reader resolved itself); live ARM with
 * resolve-live, asked once for all ids still unknown. Fills each reference's
 * `resolved` and returns the RuleContext.
 */
async function buildRuleContext(declarations, sources) {
    const { catalog } = sources;
    const declared = new Map();
    for (const d of declarations) {
        if (d.kind !== 'snapshot' || !d.properties)
            continue;
        if (!d.id.known || d.id.partial || !d.id.value || d.id.value.includes(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_PART */ .DQ))
            continue;
        const key = d.id.value.toLowerCase();
        declared.set(key, { ...defined(d.properties), ...defined(declared.get(key)), id: d.id.value });
    }
    const refs = declarations.flatMap((d) => ((d.kind === 'pool' || d.kind === 'upgrade') && d.snapshot ? [d.snapshot] : []));
    const live = new Map();
    if (sources.resolveLive) {
        const wanted = new Set();
        for (const ref of refs) {
            const id = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .fullyKnownId */ .Jz)(ref);
            if (id && !/\/providers\/microsoft\.containerservice\/snapshots\/[^/]+$/i.test(id))
                continue;
            if (id && !(catalog && (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .findSnapshot */ .Cb)(catalog, id)) && !declared.has(id.toLowerCase()))
                wanted.add(id.toLowerCase());
        }
        if (wanted.size) {
            const answer = await sources.resolveLive([...wanted].sort());
            for (const [id, info] of answer)
                live.set(id.toLowerCase(), info);
        }
    }
    const merged = new Map();
    const lookup = (id, readerResolved) => {
        const key = id.toLowerCase();
        const fromCatalog = catalog ? (0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .findSnapshot */ .Cb)(catalog, id) : undefined;
        const parts = [live.get(key), declared.get(key), readerResolved, fromCatalog];
        if (parts.every((p) => p === undefined))
            return undefined;
        return Object.assign({}, ...parts.map(defined));
    };
    for (const ref of refs) {
        const id = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .fullyKnownId */ .Jz)(ref);
        if (!id)
            continue;
        const info = lookup(id, ref.resolved);
        if (info)
            ref.resolved = info;
        merged.set(id.toLowerCase(), info);
    }
    const supported = new Map();
    const catalogLists = new Map();
    for (const [region, list] of Object.entries(catalog?.supportedKubernetesVersions ?? {}))
        catalogLists.set((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegion */ .wh)(region), list);
    if (sources.supportedVersionsLive && !catalogLists.has('*')) {
        // RuleContext is synchronous, so the regions rules may ask about are fetched now.
        const regions = new Set();
        for (const d of declarations) {
            const loc = d.kind === 'command' ? undefined : d.location;
            if (loc?.known && typeof loc.value === 'string' && !loc.value.includes(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_PART */ .DQ))
                regions.add((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegion */ .wh)(loc.value));
            if (d.kind === 'pool' || d.kind === 'upgrade') {
                const id = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .fullyKnownId */ .Jz)(d.snapshot);
                const region = id ? (merged.get(id.toLowerCase())?.location ?? undefined) : undefined;
                if (region)
                    regions.add((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegion */ .wh)(region));
            }
        }
        for (const region of [...regions].sort())
            if (!catalogLists.has(region))
                supported.set(region, await sources.supportedVersionsLive(region));
    }
    return {
        policy: sources.policy,
        hasCatalog: catalog !== undefined,
        inCatalog: (id) => !!catalog && !!(0,_policy_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .findSnapshot */ .Cb)(catalog, id),
        snapshot: (id) => {
            const key = id.toLowerCase();
            if (!merged.has(key))
                merged.set(key, lookup(id));
            return merged.get(key);
        },
        supportedVersions: (region) => {
            const key = region ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegion */ .wh)(region) : undefined;
            if (key && catalogLists.has(key))
                return catalogLists.get(key);
            if (catalogLists.has('*'))
                return catalogLists.get('*');
            return key ? supported.get(key) : undefined;
        }
    };
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ UNKNOWN_PART),
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   Jz: () => (/* binding */ fullyKnownId),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   Rx: () => (/* binding */ RESOURCE_TYPES),
/* harmony export */   Zz: () => (/* binding */ sameRegion),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   qg: () => (/* binding */ NOT_STATED),
/* harmony export */   s: () => (/* binding */ sameId),
/* harmony export */   wh: () => (/* binding */ normalizeRegion)
/* harmony export */ });
/**
 * The one shape every source (Bicep, ARM, Terraform, az CLI, live Azure) is
 * turned into. Rules read declarations and nothing else.
 */
/**
 * The reason readers give a value the source does not state at all (no
 * `orchestratorVersion`, no `--kubernetes-version`): rules tell it apart from a
 * value that is stated but cannot be evaluated (a parameter without default).
 */
const NOT_STATED = 'not stated';
/** Stands for an unknown part inside a partially known string. */
const UNKNOWN_PART = '{?}';
function known(value, span) {
    return span ? { known: true, value, span } : { known: true, value };
}
function unknown(reason, span) {
    return span ? { known: false, reason, span } : { known: false, reason };
}
const RULE_IDS = [
    'missing-snapshot-id',
    'invalid-snapshot-id',
    'unpinned-upgrade',
    'vm-family-mismatch',
    'snapshot-region',
    'version-conflict',
    'version-downgrade',
    'node-image-only-required',
    'os-mismatch',
    'unsupported-version',
    'unknown-snapshot',
    'deprecated-command',
    'invalid-suppression',
    'parse-error'
];
/** Resource ids and names compare case-insensitively in Azure (`resourceGroups` = `resourcegroups`). */
const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Regions compare case-insensitively and ignoring spaces: `East US` = `eastus`. */
const normalizeRegion = (region) => region.replace(/\s+/g, '').toLowerCase();
const sameRegion = (a, b) => normalizeRegion(a) === normalizeRegion(b);
/** A snapshot reference's id when it is a whole known, non-empty string (no unknown part). */
function fullyKnownId(ref) {
    const id = ref?.id;
    if (!id?.known || id.partial || typeof id.value !== 'string')
        return undefined;
    const value = id.value.trim();
    return value && !value.includes(UNKNOWN_PART) ? value : undefined;
}
/** The ARM resource types a declaration comes from, lower case (ARM compares types case-insensitively). */
const RESOURCE_TYPES = {
    cluster: 'microsoft.containerservice/managedclusters',
    agentPool: 'microsoft.containerservice/managedclusters/agentpools',
    snapshot: 'microsoft.containerservice/snapshots'
};


/***/ }),

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   m_: () => (/* binding */ LIVE_SPAN)
/* harmony export */ });
/* unused harmony export checkRules */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _lint_snapshots_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(544);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4841);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3182);




/**
 * Preflight: the lint rules run on the declarations an Azure mode is about
 * to make real, before any write. An error stops the mode with nothing
 * changed; warnings and notes are logged and the mode goes on.
 */
/** Declarations built from live state have no file: this span stands for "the operation itself". */
const LIVE_SPAN = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };
/** Runs the rules; returns every finding. */
async function checkRules(declarations, options = {}) {
    const context = await (0,_lint_snapshots_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRuleContext */ .a)(declarations, {
        policy: options.policy ?? { snapshotRegion: 'any' },
        ...(options.catalog ? { catalog: options.catalog } : {}),
        ...(options.resolveLive ? { resolveLive: options.resolveLive } : {}),
        ...(options.supportedVersionsLive ? { supportedVersionsLive: options.supportedVersionsLive } : {})
    });
    const findings = [];
    for (const rule of options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_2__.RULES) {
        for (const declaration of declarations) {
            for (const report of rule.check(declaration, context)) {
                const template = rule.meta.messages[report.messageId] ?? report.messageId;
                findings.push({
                    ruleId: rule.meta.id,
                    severity: report.severity ?? rule.meta.severity,
                    message: (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMessage */ .h)(template, report.data)
                });
            }
        }
    }
    return findings;
}
/**
 * Runs the rules, logs warnings and notes, and throws a PreflightError naming
 * every error. A finding that several declarations of one operation give (an
 * upgrade and the pool it leaves behind) is reported once.
 */
async function preflight(declarations, host, options = {}) {
    const seen = new Set();
    const findings = (await checkRules(declarations, options)).filter((f) => {
        const key = `${f.ruleId}\u0000${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    for (const f of findings) {
        if (f.severity === 'warning')
            host.warning(`preflight ${f.ruleId}: ${f.message}`);
        else if (f.severity === 'note')
            host.notice(`preflight ${f.ruleId}: ${f.message}`);
    }
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PreflightError */ .wG(`preflight failed, nothing was changed in Azure: ${errors.map((f) => `${f.ruleId}: ${f.message}`).join(' ')}`);
    return findings;
}


/***/ }),

/***/ 6333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ findSnapshot),
/* harmony export */   G$: () => (/* binding */ CatalogError),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   ak: () => (/* binding */ loadCatalog),
/* harmony export */   s: () => (/* reexport safe */ _model_js__WEBPACK_IMPORTED_MODULE_2__.s),
/* harmony export */   se: () => (/* binding */ DEFAULT_CATALOG),
/* harmony export */   uk: () => (/* binding */ addToCatalog)
/* harmony export */ });
/* unused harmony export parseCatalog */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(182);



const DEFAULT_CATALOG = '.aks-snapshots.json';
class CatalogError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = 'CatalogError';
    }
}

/** Reads and checks a catalog file. A missing file is an empty catalog when `optional`. */
async function loadCatalog(file, { optional = false } = {}) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (err) {
        if (optional && err.code === 'ENOENT')
            return { snapshots: [], pins: {} };
        throw new CatalogError(file, `cannot read the catalog: ${err.message}`);
    }
    return parseCatalog(file, text);
}
function parseCatalog(file, text) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new CatalogError(file, `not valid JSON: ${err.message}`);
    }
    if (!isObject(raw))
        throw new CatalogError(file, 'the catalog must be a JSON object with "snapshots" and "pins"');
    const snapshots = raw.snapshots ?? [];
    if (!Array.isArray(snapshots))
        throw new CatalogError(file, '"snapshots" must be an array');
    snapshots.forEach((s, i) => {
        if (!isObject(s) || typeof s.id !== 'string' || !s.id)
            throw new CatalogError(file, `"snapshots[${i}]" must be an object with a string "id"`);
    });
    const pins = raw.pins ?? {};
    if (!isObject(pins) || Object.values(pins).some((v) => typeof v !== 'string'))
        throw new CatalogError(file, '"pins" must map environment names to snapshot ids');
    const supported = raw.supportedKubernetesVersions;
    if (supported !== undefined &&
        (!isObject(supported) || Object.values(supported).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string'))))
        throw new CatalogError(file, '"supportedKubernetesVersions" must map regions to arrays of versions like "1.30"');
    return { ...raw, snapshots: snapshots, pins: pins };
}
function findSnapshot(catalog, id) {
    return catalog.snapshots.find((s) => (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .sameId */ .s)(s.id, id));
}
/** The snapshot id an environment is pinned to. */
function resolvePin(catalog, pin, file) {
    const entry = Object.entries(catalog.pins).find(([name]) => name.toLowerCase() === pin.toLowerCase());
    if (!entry) {
        const known = Object.keys(catalog.pins);
        throw new CatalogError(file, `no pin named "${pin}"${known.length ? ` (pins: ${known.join(', ')})` : ' (the catalog has no pins)'}`);
    }
    return entry[1];
}
/**
 * Adds (or replaces) a snapshot and optionally points a pin at it. Keeps the
 * file's other content, sorts snapshots by id, and writes atomically (a
 * temporary file in the same folder, then rename).
 */
async function addToCatalog(file, snapshot, pin) {
    const catalog = await loadCatalog(file, { optional: true });
    const snapshots = catalog.snapshots.filter((s) => !(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .sameId */ .s)(s.id, snapshot.id));
    snapshots.push(snapshot);
    snapshots.sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0));
    const pins = { ...catalog.pins };
    if (pin)
        pins[pin] = snapshot.id;
    const next = { ...catalog, snapshots, pins };
    await writeAtomic(file, JSON.stringify(next, null, 2) + '\n');
    return next;
}
async function writeAtomic(file, text) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, text, 'utf8');
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true });
        throw new CatalogError(file, `cannot write the catalog: ${err.message}`);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ defineRule),
/* harmony export */   h: () => (/* binding */ formatMessage)
/* harmony export */ });
/** Declares a rule; the docs path is derived from the id and message ids are typed. */
function defineRule(meta, check) {
    return { meta: { ...meta, docsPath: `docs/rules/${meta.id}.md` }, check };
}
/** Fills `{{name}}` placeholders. */
function formatMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => (name in data ? String(data[name]) : `{{${name}}}`));
}


/***/ })

};
