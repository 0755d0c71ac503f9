export const id = 841;
export const ids = [841];
export const modules = {

/***/ 5705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ minorOf),
/* harmony export */   KU: () => (/* binding */ compareKubernetes),
/* harmony export */   Kk: () => (/* binding */ parseKubernetes),
/* harmony export */   kE: () => (/* binding */ compareNodeImages)
/* harmony export */ });
/* unused harmony export parseNodeImage */
/**
 * Kubernetes and AKS node image versions, compared the way AKS orders them.
 * Comparisons return a negative number, zero or a positive number, or
 * `undefined` when the two cannot be compared (unparsable, or node images of
 * different OS and SKU).
 */
const KUBERNETES = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/i;
function parseKubernetes(version) {
    const m = KUBERNETES.exec(version.trim());
    if (!m)
        return undefined;
    const [, major, minor, patch] = m;
    return { major: Number(major), minor: Number(minor), ...(patch !== undefined ? { patch: Number(patch) } : {}) };
}
/** `1.30.4` → `1.30`; `undefined` when the version is not one. */
function minorOf(version) {
    const v = parseKubernetes(version);
    return v ? `${v.major}.${v.minor}` : undefined;
}
/** Numeric order; when either side has no patch (`1.30`), only major.minor are compared. */
function compareKubernetes(a, b) {
    const va = parseKubernetes(a);
    const vb = parseKubernetes(b);
    if (!va || !vb)
        return undefined;
    const d = va.major - vb.major || va.minor - vb.minor;
    if (d !== 0 || va.patch === undefined || vb.patch === undefined)
        return Math.sign(d);
    return Math.sign(va.patch - vb.patch);
}
// Linux images: `...-202409.23.0` (YYYYMM.DD.patch), and the older `...-2021.09.28` (YYYY.MM.DD).
const LINUX_NEW = /^(.+)-(\d{4})(\d{2})\.(\d{2})\.(\d+)$/;
const LINUX_OLD = /^(.+)-(\d{4})\.(\d{2})\.(\d{2})$/;
// Windows images: `AKSWindows-2019-containerd-17763.2213.210922` (build.revision.YYMMDD).
const WINDOWS = /^(.+)-(\d{5,})\.(\d+)\.(\d{6})$/;
function parseNodeImage(version) {
    const v = version.trim();
    let m = WINDOWS.exec(v);
    if (m)
        return { prefix: m[1], format: 'windows', parts: [Number(m[2]), Number(m[3]), Number(m[4])] };
    m = LINUX_NEW.exec(v);
    if (m && validDate(m[2], m[3], m[4]))
        return { prefix: m[1], format: 'linux', parts: [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])] };
    m = LINUX_OLD.exec(v);
    if (m && validDate(m[2], m[3], m[4]))
        return { prefix: m[1], format: 'linux', parts: [Number(m[2]), Number(m[3]), Number(m[4]), 0] };
    return undefined;
}
function validDate(year, month, day) {
    const y = Number(year);
    const mo = Number(month);
    const d = Number(day);
    return y >= 2000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}
/**
 * Orders two node images of the same OS and SKU prefix (compared
 * case-insensitively). Images of different prefixes are different images,
 * not older or newer ones: `undefined`.
 */
function compareNodeImages(a, b) {
    const va = parseNodeImage(a);
    const vb = parseNodeImage(b);
    if (!va || !vb)
        return undefined;
    if (va.prefix.toLowerCase() !== vb.prefix.toLowerCase() || va.format !== vb.format)
        return undefined;
    for (let i = 0; i < va.parts.length; i++) {
        const d = va.parts[i] - vb.parts[i];
        if (d !== 0)
            return Math.sign(d);
    }
    return 0;
}


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ familyLabel),
/* harmony export */   Lb: () => (/* binding */ compareVmSizes),
/* harmony export */   gZ: () => (/* binding */ parseVmSize)
/* harmony export */ });
/**
 * Azure VM size names, as Azure's size documentation names them:
 * `Standard_` + family + vCPUs + optional constrained vCPUs + additive
 * features + optional accelerator (`_A100`) or variant (`_cc` for
 * confidential child-capable sizes, `_8` / `_3` for M-series memory
 * variants) + `_v<N>` (none = v1). AKS snapshots can
 * only be used with a size of the same family and CPU architecture, because
 * the node images are structurally different.
 */
/** Family prefixes of Azure's size documentation. */
const FAMILIES = ['A', 'B', 'D', 'DC', 'E', 'EB', 'EC', 'F', 'FX', 'G', 'H', 'HB', 'HC', 'HX', 'L', 'M', 'NC', 'ND', 'NG', 'NV', 'NP'];
/** Legacy premium-storage prefixes that belong to a family above. */
const LEGACY = { DS: 'D', GS: 'G', FS: 'F', LS: 'L' };
const SIZE = /^(standard|basic)_([a-z]+)(\d+)(?:-(\d+))?([a-z]*)(?:_(?:([a-z]+\d+[a-z]*|[a-z]\d*)|(cc|\d+)))??(?:_v(\d+))?(?:_promo)?$/i;
/** Parses a VM size name; `undefined` when it is not a size name Azure would use. */
function parseVmSize(name) {
    const m = SIZE.exec(name.trim());
    if (!m)
        return undefined;
    const [, tier, letters, vcpus, constrained, features, accelerator, variant, version] = m;
    const family = familyOf(letters.toUpperCase());
    if (!family)
        return undefined;
    const feats = features.toLowerCase();
    return {
        name,
        tier: tier.toLowerCase() === 'basic' ? 'Basic' : 'Standard',
        family,
        vcpus: Number(vcpus),
        ...(constrained ? { constrainedVcpus: Number(constrained) } : {}),
        features: feats,
        ...(accelerator ? { accelerator: accelerator.toUpperCase() } : {}),
        ...(variant ? { variant: variant.toLowerCase() } : {}),
        version: version ? Number(version) : 1,
        architecture: feats.includes('p') ? 'Arm64' : 'x64'
    };
}
function familyOf(letters) {
    if (LEGACY[letters])
        return LEGACY[letters];
    if (FAMILIES.includes(letters))
        return letters;
    // Sub-families that extend a documented prefix (NCC for confidential NC) keep the longest known prefix.
    for (let n = letters.length - 1; n > 0; n--) {
        const prefix = letters.slice(0, n);
        if (FAMILIES.includes(prefix))
            return prefix;
    }
    return undefined;
}
/** The family label shown to users and set as the `vm-family` output: `D`, or `D (Arm64)` for Arm sizes. */
function familyLabel(size) {
    return size.architecture === 'Arm64' ? `${size.family} (Arm64)` : size.family;
}
/** Same family and same architecture is compatible, whatever the vCPUs, features or version. */
function compareVmSizes(a, b) {
    const pa = parseVmSize(a);
    if (!pa)
        return { compatible: undefined, unparsable: a };
    const pb = parseVmSize(b);
    if (!pb)
        return { compatible: undefined, unparsable: b };
    if (pa.family !== pb.family)
        return { compatible: false, reason: 'family', a: pa, b: pb };
    if (pa.architecture !== pb.architecture)
        return { compatible: false, reason: 'architecture', a: pa, b: pb };
    return { compatible: true, a: pa, b: pb };
}


/***/ }),

/***/ 4841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RULES: () => (/* binding */ RULES),
  isRuleId: () => (/* binding */ isRuleId),
  ruleById: () => (/* binding */ ruleById)
});

// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/rules/helpers.ts


/** A value a rule may use whole: known and without unknown parts. */
function isKnown(v) {
    return v !== undefined && v.known && !v.partial;
}
/** Known to be empty: `''` or `null` (never the same as unknown). */
function isKnownEmpty(v) {
    return v !== undefined && v.known && (v.value === null || v.value === '');
}
/** True when the source states the value, even if we cannot evaluate it (a parameter without default). */
function isStated(v) {
    return v !== undefined && (v.known || v.reason !== model/* NOT_STATED */.qg);
}
function ifKnown(...args) {
    const fn = args.pop();
    const values = args;
    if (!values.every((v) => isKnown(v)))
        return [];
    return fn(...values.map((v) => v.value));
}
/** Wraps a plain optional property (of a snapshot) as a value. */
function fromOptional(v, span) {
    if (v === undefined)
        return { known: false, reason: 'not known for this snapshot', ...(span ? { span } : {}) };
    return span ? { known: true, value: v, span } : { known: true, value: v };
}
/** A property of what is known of a snapshot, as a value for `ifKnown`. */
function snapshotField(info, key) {
    return fromOptional(info?.[key] ?? undefined);
}
/** `{ span }` for a report when the source has a place for it; none makes the engine use the declaration's. */
function at(span) {
    return span ? { span } : {};
}
/**
 * What we know of the snapshot a pool or upgrade refers to: the properties the
 * reader resolved itself, over those the context knows (catalog, snapshots
 * declared in this run, live ARM) when the id is fully known.
 */
function snapshotOf(decl, ctx) {
    if (decl.kind !== 'pool' && decl.kind !== 'upgrade')
        return undefined;
    const ref = decl.snapshot;
    if (!ref)
        return undefined;
    const id = (0,model/* fullyKnownId */.Jz)(ref);
    const fromContext = id ? ctx.snapshot(id) : undefined;
    if (!fromContext && !ref.resolved)
        return undefined;
    const merged = { ...fromContext };
    for (const [key, value] of Object.entries(ref.resolved ?? {})) {
        if (value !== undefined)
            merged[key] = value;
    }
    if (id && merged.id === undefined)
        merged.id = id;
    return merged;
}
/** Strings that Azure compares case-insensitively (OS type, OS SKU, names). */
function sameText(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/**
 * How a name is shown in messages: its value when known, else the text the
 * source wrote for it (`"$pool"`, `$ClusterName`), else `fallback`.
 */
function nameLabel(v, fallback) {
    if (isKnown(v) && v.value)
        return v.value;
    if (v && !v.known && v.text)
        return v.text;
    return fallback;
}
/** How a pool or upgrade is named in messages: its name when known, else as written, else the declaration's resource name. */
function poolLabel(decl) {
    return nameLabel(decl.name, decl.resource);
}
/** How a snapshot is named in messages: its name, else the last segment of its id, else the id. */
function snapshotLabel(info, ref) {
    if (info?.name)
        return info.name;
    const id = info?.id ?? (ref && isKnown(ref.id) ? (ref.id.value ?? undefined) : undefined);
    if (!id)
        return 'the snapshot';
    const last = id.split('/').filter(Boolean).pop();
    return last ?? id;
}
/** The span of the snapshot reference (the flag or property), when the source has one. */
function refSpan(ref) {
    return ref?.id.span;
}
/** `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.ContainerService/snapshots/{name}`, lower case. */
const SNAPSHOT_ID = [
    '/subscriptions/',
    null,
    '/resourcegroups/',
    null,
    '/providers/microsoft.containerservice/snapshots/',
    null
];
/**
 * Judges a snapshot reference by its shape. Unknown parts (`{?}`) may stand
 * for any text, slashes included: an id is a valid snapshot id when some
 * filling of its unknown parts makes it one.
 */
function snapshotIdShape(id) {
    // Most ids are whole: a regular expression answers; the NFA is for ids with unknown parts.
    if (id.includes(model/* UNKNOWN_PART */.DQ) ? couldBeSnapshotId(id) : WHOLE_SNAPSHOT_ID.test(id))
        return { kind: 'snapshot' };
    const lower = id.toLowerCase();
    if (/\/providers\/microsoft\.containerservice\/managedclustersnapshots\//.test(lower))
        return { kind: 'clusterSnapshot' };
    if (/\/providers\/microsoft\.containerservice\/managedclusters\/[^/]+\/agentpools\/[^/]+\/?$/.test(lower))
        return { kind: 'nodePool' };
    // A trailing slash or an odd segment makes an id malformed, not another resource's.
    const other = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+(?:\/[^/]+\/[^/]+)*$/i.exec(id);
    if (other) {
        const segments = id.split('/');
        const providers = 5; // '', subscriptions, <s>, resourceGroups, <rg>, providers
        // Type of a nested resource: namespace/type/child..., read from the id's alternating segments.
        const types = [segments[providers + 1]];
        for (let i = providers + 2; i < segments.length; i += 2)
            types.push(segments[i]);
        const type = types.join('/');
        if (type.toLowerCase() !== model/* RESOURCE_TYPES */.Rx.snapshot)
            return { kind: 'otherResource', type };
    }
    if (!id.includes('/') && id.trim() !== '')
        return { kind: 'bareName' };
    return { kind: 'malformed' };
}
/**
 * A tiny NFA walk: the pattern's known characters must follow the id grammar
 * (literals and non-empty segments without `/`), and an unknown part may
 * skip to any later point of it.
 */
const WHOLE_SNAPSHOT_ID = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerservice\/snapshots\/[^/]+$/i;
function couldBeSnapshotId(pattern) {
    // Flatten the grammar into items: one literal character or one segment.
    const items = [];
    for (const part of SNAPSHOT_ID) {
        if (part === null)
            items.push(null);
        else
            items.push(...part);
    }
    const end = items.length;
    // States: `i` = before item i; `-(i+1)` = inside segment i with at least one character read.
    const closure = (states) => {
        const out = new Set(states);
        for (const s of states)
            if (s < 0)
                out.add(-s); // a segment may end after one character: -(i+1) -> i+1
        return out;
    };
    let states = closure(new Set([0]));
    const pieces = pattern.split(model/* UNKNOWN_PART */.DQ);
    for (let p = 0; p < pieces.length; p++) {
        if (p > 0) {
            // An unknown part: any state at or after the current ones is reachable.
            const min = Math.min(...[...states].map((s) => (s < 0 ? -s - 1 : s)));
            if (!Number.isFinite(min))
                return false;
            const all = new Set();
            for (let i = min; i <= end; i++) {
                all.add(i);
                if (i < end && items[i] === null)
                    all.add(-(i + 1));
            }
            states = closure(all);
        }
        for (const ch of pieces[p].toLowerCase()) {
            const next = new Set();
            for (const s of states) {
                if (s >= 0) {
                    if (s === end)
                        continue;
                    const item = items[s];
                    if (item === null) {
                        if (ch !== '/')
                            next.add(-(s + 1));
                    }
                    else if (item === ch)
                        next.add(s + 1);
                }
                else if (ch !== '/')
                    next.add(s);
            }
            states = closure(next);
            if (states.size === 0)
                return false;
        }
    }
    return states.has(end);
}

;// CONCATENATED MODULE: ./src/rules/missing-snapshot-id.ts


/** A pool created without a snapshot gets whatever image AKS has that day: nothing pins it. */
/* harmony default export */ const missing_snapshot_id = ((0,types/* defineRule */.K)({
    id: 'missing-snapshot-id',
    severity: 'error',
    description: 'A node pool is created without a snapshot reference, or with an empty one.',
    fullDescription: 'A node pool created without a node pool snapshot gets the Kubernetes version and node image that AKS offers on the day it is created, so two pools built from the same template can differ. Creating every pool from a snapshot (creationData.sourceResourceId, --snapshot-id, snapshot_id) makes pools reproducible.',
    messages: {
        missing: 'Node pool {{pool}} is created without a snapshot reference.',
        empty: 'Node pool {{pool}} has an empty snapshot reference ({{value}}).'
    }
}, (decl) => {
    if (decl.kind !== 'pool')
        return [];
    // An unknown reference counts as present (SPEC §5).
    if (!decl.snapshot)
        return [{ messageId: 'missing', data: { pool: poolLabel(decl) } }];
    const id = decl.snapshot.id;
    if (!isKnownEmpty(id))
        return [];
    const value = id.known && id.value === null ? 'null' : "''";
    return [{ messageId: 'empty', data: { pool: poolLabel(decl), value }, ...at(id.span) }];
}));

;// CONCATENATED MODULE: ./src/rules/invalid-snapshot-id.ts


/**
 * AKS accepts only the id of a `Microsoft.ContainerService/snapshots` resource
 * as a pool's source. Ids with unknown parts are judged by their shape: a
 * `resourceId()` with a parameter resource group is still a snapshot id.
 */
/* harmony default export */ const invalid_snapshot_id = ((0,types/* defineRule */.K)({
    id: 'invalid-snapshot-id',
    severity: 'error',
    description: 'A snapshot reference is not the id of a Microsoft.ContainerService/snapshots resource.',
    fullDescription: 'A pool can only be created or upgraded from a node pool snapshot, whose id has the form /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerService/snapshots/<name>. A node pool id, a managed cluster snapshot id, a bare snapshot name or a malformed id is rejected by Azure when the deployment runs.',
    messages: {
        nodePool: '{{id}} is the id of a node pool, not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
        clusterSnapshot: '{{id}} is the id of a managed cluster snapshot (managedclustersnapshots), not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
        otherResource: '{{id}} is the id of a {{type}} resource, not of a node pool snapshot (Microsoft.ContainerService/snapshots).',
        bareName: '{{id}} is a name, not the id of a node pool snapshot: use the full id (/subscriptions/.../providers/Microsoft.ContainerService/snapshots/{{id}}).',
        malformed: '{{id}} is not a valid node pool snapshot id (/subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.ContainerService/snapshots/<name>).'
    }
}, (decl) => {
    if (decl.kind !== 'pool' && decl.kind !== 'upgrade')
        return [];
    const ref = decl.snapshot;
    if (!ref || !ref.id.known || ref.id.value === null || ref.id.value === '')
        return [];
    const id = ref.id.value;
    const shape = snapshotIdShape(id);
    if (shape.kind === 'snapshot')
        return [];
    const span = at(ref.id.span);
    if (shape.kind === 'otherResource')
        return [{ messageId: 'otherResource', data: { id, type: shape.type }, ...span }];
    return [{ messageId: shape.kind, data: { id }, ...span }];
}));

;// CONCATENATED MODULE: ./src/rules/unpinned-upgrade.ts


/**
 * An upgrade without a snapshot takes whatever AKS offers that day; a cluster
 * upgrade also rewrites every pool and drops the pools' snapshot links.
 */
/* harmony default export */ const unpinned_upgrade = ((0,types/* defineRule */.K)({
    id: 'unpinned-upgrade',
    severity: 'warning',
    description: 'A node pool or cluster upgrade is not pinned to a snapshot.',
    fullDescription: 'az aks nodepool upgrade without --snapshot-id (with or without --node-image-only) moves the pool to the newest Kubernetes version or node image AKS offers that day, so the result depends on when it runs. az aks upgrade upgrades every node pool of the cluster the same way and the pools lose their link to the snapshot they were created from. Upgrading each pool with --snapshot-id keeps it reproducible.',
    messages: {
        pool: "Node pool {{pool}} is upgraded without --snapshot-id, so its Kubernetes version and node image are whatever AKS offers when it runs, not a snapshot's.",
        nodeImage: "Node pool {{pool}} is upgraded with --node-image-only but without --snapshot-id, so it gets the newest node image, not a snapshot's.",
        cluster: 'Cluster {{cluster}} is upgraded with az aks upgrade, which upgrades every node pool without a snapshot and drops their snapshot links.'
    }
}, (decl) => {
    if (decl.kind !== 'upgrade')
        return [];
    if (decl.scope === 'cluster') {
        // --control-plane-only touches no pool.
        if (decl.controlPlaneOnly)
            return [];
        const cluster = nameLabel(decl.cluster, decl.resource);
        return [{ messageId: 'cluster', data: { cluster } }];
    }
    // An unknown reference counts as present; a known empty one pins nothing.
    if (decl.snapshot && !isKnownEmpty(decl.snapshot.id))
        return [];
    return [{ messageId: decl.nodeImageOnly ? 'nodeImage' : 'pool', data: { pool: poolLabel(decl) } }];
}));

// EXTERNAL MODULE: ./src/policy/vm-family.ts
var vm_family = __webpack_require__(5118);
;// CONCATENATED MODULE: ./src/rules/vm-family-mismatch.ts



/** A snapshot's node image is built for one VM family and CPU architecture. */
/* harmony default export */ const vm_family_mismatch = ((0,types/* defineRule */.K)({
    id: 'vm-family-mismatch',
    severity: 'error',
    description: "The pool's VM size is of another family or CPU architecture than the snapshot's.",
    fullDescription: 'A node pool created from a snapshot must use a VM size of the same family and CPU architecture as the pool the snapshot was taken from, because node images differ structurally between them: Standard_D2s_v3 and Standard_DS2_v2 are compatible, Standard_D4s_v5 and Standard_E4s_v5 are not, nor are Standard_D4s_v5 (x64) and Standard_D4ps_v5 (Arm64). Azure rejects the pool when it is created.',
    messages: {
        family: "{{size}} (family {{family}}) and the snapshot's {{snapshotSize}} (family {{snapshotFamily}}) differ.",
        architecture: "{{size}} ({{architecture}}) and the snapshot's {{snapshotSize}} ({{snapshotArchitecture}}) differ in CPU architecture.",
        unparsable: "{{size}} is not a VM size name aks-snapshot can parse, so its family was not compared with the snapshot's {{snapshotSize}}.",
        unparsableSnapshot: "The snapshot's VM size {{snapshotSize}} is not a size name aks-snapshot can parse, so its family was not compared with {{size}}."
    }
}, (decl, ctx) => {
    if (decl.kind !== 'pool')
        return [];
    const span = at(decl.vmSize.span);
    return ifKnown(decl.vmSize, snapshotField(snapshotOf(decl, ctx), 'vmSize'), (size, snapshotSize) => {
        // A known empty size (a parameter default of '') leaves the size to AKS: nothing to compare.
        if (!size)
            return [];
        const result = (0,vm_family/* compareVmSizes */.Lb)(size, snapshotSize);
        if (result.compatible === true)
            return [];
        if (result.compatible === undefined)
            // Not a finding about the pool, but the user should know the check did not run.
            return [
                {
                    messageId: result.unparsable === size ? 'unparsable' : 'unparsableSnapshot',
                    data: { size, snapshotSize },
                    severity: 'note',
                    ...span
                }
            ];
        if (result.reason === 'family')
            return [{ messageId: 'family', data: { size, family: result.a.family, snapshotSize, snapshotFamily: result.b.family }, ...span }];
        return [
            {
                messageId: 'architecture',
                data: { size, architecture: result.a.architecture, snapshotSize, snapshotArchitecture: result.b.architecture },
                ...span
            }
        ];
    });
}));

;// CONCATENATED MODULE: ./src/rules/snapshot-region.ts


/**
 * AKS creates a snapshot in its source pool's region, so asking for another
 * one fails. Since GA a snapshot may be used in any region; the preview-era
 * rule (same region only) is the `snapshotRegion: same` policy.
 */
/* harmony default export */ const snapshot_region = ((0,types/* defineRule */.K)({
    id: 'snapshot-region',
    severity: 'error',
    description: "A snapshot is taken in a region other than its source pool's (or, with snapshotRegion: same, used in another region).",
    fullDescription: "AKS creates a node pool snapshot in the region of the pool it is taken from; a snapshot requested in another region fails. Note that az aks nodepool snapshot create without --location uses the resource group's region, which may not be the cluster's. With the policy snapshotRegion: same (the rule of the preview), a pool must also be in the same region as the snapshot it is created from.",
    messages: {
        snapshot: "Snapshot {{snapshot}} is taken in {{location}}, but its source node pool is in {{sourceLocation}}: AKS creates a snapshot in its source pool's region.",
        resourceGroupRegion: "Snapshot {{snapshot}} is taken without --location, so in its resource group's region {{location}}, but its source node pool is in {{sourceLocation}}: AKS creates a snapshot in its source pool's region.",
        pool: 'Node pool {{pool}} is in {{location}} and its snapshot {{snapshot}} in {{snapshotLocation}}, and the policy snapshotRegion: same asks for the same region.'
    }
}, (decl, ctx) => {
    if (decl.kind === 'snapshot') {
        const snapshot = nameLabel(decl.name, decl.resource);
        const messageId = decl.locationFromResourceGroup ? 'resourceGroupRegion' : 'snapshot';
        return ifKnown(decl.location, decl.sourceLocation, (location, sourceLocation) => location && sourceLocation && !(0,model/* sameRegion */.Zz)(location, sourceLocation)
            ? [{ messageId, data: { snapshot, location, sourceLocation }, ...at(decl.location.span) }]
            : []);
    }
    if ((decl.kind !== 'pool' && decl.kind !== 'upgrade') || ctx.policy.snapshotRegion !== 'same')
        return [];
    const info = snapshotOf(decl, ctx);
    return ifKnown(decl.location, snapshotField(info, 'location'), (location, snapshotLocation) => location && !(0,model/* sameRegion */.Zz)(location, snapshotLocation)
        ? [
            {
                messageId: 'pool',
                data: { pool: poolLabel(decl), location, snapshot: snapshotLabel(info, decl.snapshot), snapshotLocation },
                ...at(decl.location.span ?? refSpan(decl.snapshot))
            }
        ]
        : []);
}));

// EXTERNAL MODULE: ./src/policy/versions.ts
var versions = __webpack_require__(5705);
;// CONCATENATED MODULE: ./src/rules/version-conflict.ts



/**
 * A pool from a snapshot runs the snapshot's minor version, and no pool may
 * run a newer version than its control plane, whether it is created or
 * upgraded (`az aks nodepool upgrade --snapshot-id`, upgrade-nodepool mode).
 * One finding per declaration: the first conflict explains the pool, the
 * second would only repeat it.
 */
/* harmony default export */ const version_conflict = ((0,types/* defineRule */.K)({
    id: 'version-conflict',
    severity: 'error',
    description: "A pool's Kubernetes version differs from its snapshot's minor version, or is newer than its control plane.",
    fullDescription: "A node pool created or upgraded from a snapshot runs the snapshot's Kubernetes version: a stated version of another major.minor is rejected. And a node pool may not run a newer Kubernetes version than its cluster's control plane, whether the version is stated on the pool (or as the upgrade's target) or comes from its snapshot. Azure rejects both when the pool is created or upgraded.",
    messages: {
        snapshotMinor: "Kubernetes version {{version}} and the snapshot's {{snapshotVersion}} differ in major.minor ({{minor}} and {{snapshotMinor}}).",
        newerThanControlPlane: "Node pool {{pool}} states Kubernetes version {{version}}, newer than its cluster's control plane {{controlPlane}}.",
        upgradeNewerThanControlPlane: "Node pool {{pool}} is upgraded to Kubernetes version {{version}}, newer than its cluster's control plane {{controlPlane}}.",
        snapshotNewerThanControlPlane: "Node pool {{pool}} gets Kubernetes version {{version}} from snapshot {{snapshot}}, newer than its cluster's control plane {{controlPlane}}."
    }
}, (decl, ctx) => {
    if (decl.kind !== 'pool' && (decl.kind !== 'upgrade' || decl.scope !== 'pool'))
        return [];
    const info = snapshotOf(decl, ctx);
    const snapshotVersion = info?.kubernetesVersion;
    const stated = decl.kubernetesVersion;
    if (isKnown(stated) && stated.value && snapshotVersion) {
        const minor = (0,versions/* minorOf */.Hs)(stated.value);
        const snapshotMinor = (0,versions/* minorOf */.Hs)(snapshotVersion);
        if (minor && snapshotMinor && minor !== snapshotMinor)
            return [
                {
                    messageId: 'snapshotMinor',
                    data: { version: stated.value, snapshotVersion, minor, snapshotMinor },
                    ...at(stated.span)
                }
            ];
    }
    const controlPlaneVersion = decl.controlPlaneVersion;
    if (!isKnown(controlPlaneVersion) || !controlPlaneVersion.value)
        return [];
    const controlPlane = controlPlaneVersion.value;
    // A stated version wins over the snapshot's; a stated but unknown one (a parameter) leaves nothing to compare.
    // A known empty one (`orchestratorVersion: ''`) is AKS's "not set": the snapshot's applies.
    if (isStated(stated) && !isKnownEmpty(stated)) {
        if (!isKnown(stated))
            return [];
        if (((0,versions/* compareKubernetes */.KU)(stated.value, controlPlane) ?? 0) <= 0)
            return [];
        return [
            {
                messageId: decl.kind === 'upgrade' ? 'upgradeNewerThanControlPlane' : 'newerThanControlPlane',
                data: { pool: poolLabel(decl), version: stated.value, controlPlane },
                ...at(stated.span)
            }
        ];
    }
    if (!snapshotVersion || ((0,versions/* compareKubernetes */.KU)(snapshotVersion, controlPlane) ?? 0) <= 0)
        return [];
    return [
        {
            messageId: 'snapshotNewerThanControlPlane',
            data: { pool: poolLabel(decl), version: snapshotVersion, snapshot: snapshotLabel(info, decl.snapshot), controlPlane },
            ...at(refSpan(decl.snapshot))
        }
    ];
}));

;// CONCATENATED MODULE: ./src/rules/version-downgrade.ts



/** AKS never downgrades a pool: an upgrade to an older snapshot fails. */
/* harmony default export */ const version_downgrade = ((0,types/* defineRule */.K)({
    id: 'version-downgrade',
    severity: 'error',
    description: "An upgrade to a snapshot whose Kubernetes or node image version is older than the pool's current one.",
    fullDescription: "Upgrading a node pool to a snapshot moves it to the snapshot's Kubernetes version and node image. AKS does not downgrade either, so the snapshot's Kubernetes version and node image version must both be at least the pool's current ones; the upgrade fails otherwise. Node images are compared only between images of the same OS and SKU.",
    messages: {
        kubernetes: "Snapshot {{snapshot}} has Kubernetes version {{snapshotVersion}}, older than node pool {{pool}}'s current {{current}}.",
        nodeImage: "Snapshot {{snapshot}} has node image {{snapshotVersion}}, older than node pool {{pool}}'s current {{current}}."
    }
}, (decl, ctx) => {
    if (decl.kind !== 'upgrade' || decl.scope !== 'pool' || !decl.snapshot)
        return [];
    const info = snapshotOf(decl, ctx);
    const base = { pool: poolLabel(decl), snapshot: snapshotLabel(info, decl.snapshot) };
    const span = at(refSpan(decl.snapshot));
    // Unparsable versions and images of another OS or SKU do not compare (undefined): no finding.
    const older = (c) => c !== undefined && c < 0;
    return [
        ...ifKnown(snapshotField(info, 'kubernetesVersion'), decl.currentKubernetesVersion, (snapshotVersion, current) => older((0,versions/* compareKubernetes */.KU)(snapshotVersion, current))
            ? [{ messageId: 'kubernetes', data: { ...base, snapshotVersion, current }, ...span }]
            : []),
        ...ifKnown(snapshotField(info, 'nodeImageVersion'), decl.currentNodeImageVersion, (snapshotVersion, current) => older((0,versions/* compareNodeImages */.kE)(snapshotVersion, current))
            ? [{ messageId: 'nodeImage', data: { ...base, snapshotVersion, current }, ...span }]
            : [])
    ];
}));

;// CONCATENATED MODULE: ./src/rules/node-image-only-required.ts



/** With the pool's own Kubernetes version, only the node image can change: AKS wants that said. */
/* harmony default export */ const node_image_only_required = ((0,types/* defineRule */.K)({
    id: 'node-image-only-required',
    severity: 'warning',
    description: "An upgrade to a snapshot with the pool's own Kubernetes version, without --node-image-only.",
    fullDescription: 'When the snapshot has the same Kubernetes version as the pool, upgrading to it only changes the node image, and AKS documents --node-image-only as required for that upgrade: without it, az aks nodepool upgrade asks for a Kubernetes upgrade to the version the pool already runs instead of the node image upgrade that was meant.',
    messages: {
        required: "Snapshot {{snapshot}} has node pool {{pool}}'s own Kubernetes version {{version}}, so the upgrade only changes the node image and needs --node-image-only."
    }
}, (decl, ctx) => {
    if (decl.kind !== 'upgrade' || decl.scope !== 'pool' || decl.nodeImageOnly || !decl.snapshot)
        return [];
    const info = snapshotOf(decl, ctx);
    return ifKnown(snapshotField(info, 'kubernetesVersion'), decl.currentKubernetesVersion, (version, current) => {
        // `1.30` is any patch: only two full versions prove the upgrade changes no Kubernetes version.
        if ((0,versions/* parseKubernetes */.Kk)(version)?.patch === undefined || (0,versions/* parseKubernetes */.Kk)(current)?.patch === undefined)
            return [];
        if ((0,versions/* compareKubernetes */.KU)(version, current) !== 0)
            return [];
        return [{ messageId: 'required', data: { snapshot: snapshotLabel(info, decl.snapshot), pool: poolLabel(decl), version } }];
    });
}));

;// CONCATENATED MODULE: ./src/rules/os-mismatch.ts


/**
 * `Ubuntu` and `AzureLinux` are AKS's generic SKUs (they resolve to a release
 * by Kubernetes version), so they match `Ubuntu2204` and `AzureLinux3`;
 * `CBLMariner` and `Mariner` are the old names of Azure Linux 2.
 */
function sameOsSku(a, b) {
    const norm = (s) => {
        const l = s.toLowerCase();
        return l === 'cblmariner' || l === 'mariner' ? 'azurelinux2' : l;
    };
    const x = norm(a);
    const y = norm(b);
    if (x === y)
        return true;
    const release = (generic, specific) => (generic === 'ubuntu' || generic === 'azurelinux') && new RegExp(`^${generic}\\d+$`).test(specific);
    return release(x, y) || release(y, x);
}
const fips = (v) => (v ? 'enabled' : 'disabled');
/** A snapshot freezes the OS; a pool cannot change it, and a system pool must run Linux. */
/* harmony default export */ const os_mismatch = ((0,types/* defineRule */.K)({
    id: 'os-mismatch',
    severity: 'error',
    description: "The pool's OS type, OS SKU or FIPS setting differs from the snapshot's, or a system pool uses a Windows snapshot.",
    fullDescription: "A node pool created from a snapshot runs the snapshot's node image, so its OS type, OS SKU and FIPS setting are the snapshot's: a pool that states different ones is rejected. System node pools must run Linux, so a Windows snapshot cannot be used for a system pool or for a cluster's first pool.",
    messages: {
        osType: "OS type {{value}} and the snapshot's {{snapshotValue}} differ.",
        osSku: "OS SKU {{value}} and the snapshot's {{snapshotValue}} differ.",
        fips: "FIPS {{value}} and the snapshot's FIPS {{snapshotValue}} differ.",
        windowsSystemPool: 'Snapshot {{snapshot}} is a Windows snapshot and node pool {{pool}} is a system pool, which must run Linux.'
    }
}, (decl, ctx) => {
    if (decl.kind !== 'pool')
        return [];
    const info = snapshotOf(decl, ctx);
    if (!info)
        return [];
    const differ = (messageId, v, same) => ifKnown(v, snapshotField(info, messageId), (value, snapshotValue) => value && !same(value, snapshotValue) ? [{ messageId, data: { value, snapshotValue }, ...at(v.span) }] : []);
    return [
        ...differ('osType', decl.osType, sameText),
        ...differ('osSku', decl.osSku, sameOsSku),
        ...ifKnown(decl.enableFips, snapshotField(info, 'enableFips'), (value, snapshotValue) => value !== snapshotValue
            ? [{ messageId: 'fips', data: { value: fips(value), snapshotValue: fips(snapshotValue) }, ...at(decl.enableFips.span) }]
            : []),
        ...(decl.system && info.osType && sameText(info.osType, 'Windows')
            ? [
                {
                    messageId: 'windowsSystemPool',
                    data: { snapshot: snapshotLabel(info, decl.snapshot), pool: poolLabel(decl) },
                    ...at(refSpan(decl.snapshot))
                }
            ]
            : [])
    ];
}));

;// CONCATENATED MODULE: ./src/rules/unsupported-version.ts



/**
 * AKS supports a few minor versions per region at a time; a snapshot of an
 * older one cannot create or upgrade pools there. The context picks the list
 * (the pool's region, else the snapshot's, else "*"; none, no finding).
 */
/* harmony default export */ const unsupported_version = ((0,types/* defineRule */.K)({
    id: 'unsupported-version',
    severity: 'warning',
    description: "The snapshot's Kubernetes version is not supported in the pool's region.",
    fullDescription: 'AKS supports a handful of Kubernetes minor versions in each region and retires older ones. A node pool cannot be created from, or upgraded to, a snapshot whose Kubernetes version is no longer supported where the pool is. The supported versions come from the catalog\'s supportedKubernetesVersions (by region, with "*" for every other region), or from Azure with resolve-live.',
    messages: {
        unsupported: 'Snapshot {{snapshot}} has Kubernetes version {{version}}, and {{minor}} is not supported in {{region}} (supported: {{supported}}).',
        unsupportedNoRegion: 'Snapshot {{snapshot}} has Kubernetes version {{version}}, and {{minor}} is not supported (supported: {{supported}}).'
    }
}, (decl, ctx) => {
    if (decl.kind !== 'pool' && decl.kind !== 'upgrade')
        return [];
    const info = snapshotOf(decl, ctx);
    const version = info?.kubernetesVersion;
    const minor = version ? (0,versions/* minorOf */.Hs)(version) : undefined;
    if (!version || !minor)
        return [];
    const region = isKnown(decl.location) && decl.location.value ? decl.location.value : info?.location;
    const supported = ctx.supportedVersions(region);
    if (!supported)
        return [];
    if (supported.some((v) => ((0,versions/* minorOf */.Hs)(v) ?? v) === minor))
        return [];
    const span = at(refSpan(decl.snapshot));
    const data = {
        snapshot: snapshotLabel(info, decl.snapshot),
        version,
        minor,
        supported: supported.length ? supported.join(', ') : 'none'
    };
    // With neither region known the context answered with the "*" list.
    if (!region)
        return [{ messageId: 'unsupportedNoRegion', data, ...span }];
    return [{ messageId: 'unsupported', data: { ...data, region }, ...span }];
}));

;// CONCATENATED MODULE: ./src/rules/unknown-snapshot.ts


/** With a catalog, every snapshot in use should be one the team recorded (and whose properties rules can check). */
/* harmony default export */ const unknown_snapshot = ((0,types/* defineRule */.K)({
    id: 'unknown-snapshot',
    severity: 'warning',
    description: 'A snapshot id is not in the snapshot catalog.',
    fullDescription: 'When a snapshot catalog (.aks-snapshots.json) is in use, every snapshot a pool is created from or upgraded to should be recorded in it: the catalog is how the team knows which snapshots exist, what they contain, and which ones prune must keep. A snapshot that is not in it may be a typo, a snapshot from another team, or one taken by hand, and the other rules cannot check its properties.',
    messages: {
        notInCatalog: 'Snapshot {{id}} is not in the snapshot catalog.'
    }
}, (decl, ctx) => {
    if ((decl.kind !== 'pool' && decl.kind !== 'upgrade') || !ctx.hasCatalog)
        return [];
    const id = (0,model/* fullyKnownId */.Jz)(decl.snapshot);
    // Ids with unknown parts cannot be looked up; malformed ids are invalid-snapshot-id's.
    if (!id || snapshotIdShape(id).kind !== 'snapshot' || ctx.inCatalog(id))
        return [];
    return [{ messageId: 'notInCatalog', data: { id }, ...at(decl.snapshot?.id.span) }];
}));

;// CONCATENATED MODULE: ./src/rules/deprecated-command.ts

/** The preview's commands and feature flag are gone or mean something else today (az aks snapshot is for cluster snapshots). */
/* harmony default export */ const deprecated_command = ((0,types/* defineRule */.K)({
    id: 'deprecated-command',
    severity: 'warning',
    description: 'A preview-era or non-existent snapshot command, feature registration or header.',
    fullDescription: 'During the preview, node pool snapshots were managed with az aks snapshot create/show/list/delete, the SnapshotPreview feature had to be registered and the SnapshotPreview custom header sent. Since GA the commands are az aks nodepool snapshot ..., no feature or header is needed, and current aks-preview uses az aks snapshot for managed cluster snapshots. Some old pages also show az aks cluster create, which does not exist (az aks create does).',
    messages: {
        deprecated: '{{command}} is {{what}}: use {{replacement}}.'
    }
}, (decl) => {
    if (decl.kind !== 'command')
        return [];
    return [
        {
            messageId: 'deprecated',
            data: { command: decl.command, what: decl.deprecation.what, replacement: decl.deprecation.replacement }
        }
    ];
}));

;// CONCATENATED MODULE: ./src/rules/invalid-suppression.ts

/**
 * Found by the lint engine while reading suppression comments, not from
 * declarations: the rule exists for its metadata (docs, SARIF, config) and
 * its messages.
 */
/* harmony default export */ const invalid_suppression = ((0,types/* defineRule */.K)({
    id: 'invalid-suppression',
    severity: 'warning',
    description: 'A suppression comment has no reason, or names a rule that does not exist.',
    fullDescription: 'Every suppression must say why (aks-snapshot-ignore <rule> -- <reason>), so that a reviewer can judge it and it shows in SARIF as the justification. A suppression that names an unknown rule suppresses nothing for that name, usually because of a typo. A suppression without a reason still suppresses what it names.',
    // The engine (policy/suppressions.ts directiveProblems) writes these messages; the templates give their shape for SARIF and docs.
    messages: {
        noRule: '{{directive}} names no rule: write {{syntax}}.',
        unknownRule: "'{{rule}}' in {{directive}} is not a rule id of aks-snapshot.",
        missingReason: "{{directive}} {{rules}} gives no reason: add '-- <reason>'.",
        missingReasonMetadata: '{{directive}} for {{rules}} gives no reason: give the reason as the value.'
    }
}, () => []));

;// CONCATENATED MODULE: ./src/rules/parse-error.ts

/**
 * Produced by the lint engine from a reader's first parse problem, not from
 * declarations: the rule exists for its metadata (docs, SARIF, config).
 */
/* harmony default export */ const parse_error = ((0,types/* defineRule */.K)({
    id: 'parse-error',
    severity: 'error',
    description: 'A file cannot be read.',
    fullDescription: 'A file of a kind aks-snapshot reads (ARM JSON, Bicep, Terraform, a script, YAML, Markdown) could not be parsed or decoded, so the pools it declares were not checked. The finding points at the first error; the rest of the run goes on.',
    messages: {
        parseError: '{{message}}'
    }
}, () => []));

;// CONCATENATED MODULE: ./src/rules/index.ts














const RULES = [
    missing_snapshot_id,
    invalid_snapshot_id,
    unpinned_upgrade,
    vm_family_mismatch,
    snapshot_region,
    version_conflict,
    version_downgrade,
    node_image_only_required,
    os_mismatch,
    unsupported_version,
    unknown_snapshot,
    deprecated_command,
    invalid_suppression,
    parse_error
];
const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
function ruleById(id) {
    return BY_ID.get(id);
}
/** Narrows a string to a rule id (config keys, suppression comments). */
function isRuleId(id) {
    return BY_ID.has(id);
}


/***/ })

};
