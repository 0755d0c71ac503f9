export const id = 999;
export const ids = [999];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M1: () => (/* binding */ MAX_NESTING),
/* harmony export */   cK: () => (/* binding */ nestingBeyond),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4525);


/**
 * jsonc-parser's parser is recursive and overflows the stack near 10,000
 * levels; real templates nest a few dozen. Deeper input is refused before
 * parsing, so our own recursive walks are bounded too.
 */
const MAX_NESTING = 256;
function parseJson(file, text) {
    const lines = new _line_index_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(file, text);
    const spanAt = (offset, length) => lines.span(offset, offset + length);
    const doc = {
        file,
        text,
        root: undefined,
        problems: [],
        spanOf: (node) => spanAt(node.offset, node.length),
        spanAt
    };
    const tooDeep = nestingBeyond(text, MAX_NESTING);
    if (tooDeep !== undefined) {
        doc.problems.push({ message: `JSON nested more than ${MAX_NESTING} levels deep`, span: spanAt(tooDeep, 1) });
        return doc;
    }
    const errors = [];
    doc.root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    for (const error of errors) {
        doc.problems.push({ message: describe(error.error), span: spanAt(error.offset, Math.max(error.length, 1)) });
    }
    return doc;
}
function describe(code) {
    const name = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(code);
    // 'CommaExpected' → 'comma expected'
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `invalid JSON: ${words}`;
}
/** Offset of the first bracket opened beyond `limit` levels, outside strings and comments. */
function nestingBeyond(text, limit) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            for (i++; i < text.length; i++) {
                const d = text.charCodeAt(i);
                if (d === 0x5c /* \ */)
                    i++;
                else if (d === 0x22 || d === 0x0a)
                    break;
            }
        }
        else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
            while (i < text.length && text.charCodeAt(i) !== 0x0a)
                i++;
        }
        else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        }
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > limit)
                return i;
        }
        else if (c === 0x5d || c === 0x7d) {
            if (depth > 0)
                depth--;
        }
    }
    return undefined;
}
/** The value node of an object's property, names compared case-insensitively as ARM does. */
function child(node, name) {
    if (!node || node.type !== 'object' || !node.children)
        return undefined;
    const lower = name.toLowerCase();
    let found;
    for (const property of node.children) {
        const key = property.children?.[0];
        if (key && typeof key.value === 'string' && key.value.toLowerCase() === lower)
            found = property.children?.[1];
    }
    return found;
}
/** The property's [name, value] pairs of an object node. */
function entries(node) {
    if (!node || node.type !== 'object' || !node.children)
        return [];
    const out = [];
    for (const property of node.children) {
        const [key, value] = property.children ?? [];
        if (key && value && typeof key.value === 'string')
            out.push([key.value, value]);
    }
    return out;
}
function stringValue(node) {
    return node?.type === 'string' ? node.value : undefined;
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBicep: () => (/* binding */ readBicep),
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/readers/bicep/values.ts
/**
 * Values the Bicep evaluator computes. Unknown is a value with a reason,
 * never an exception. Object entries and array items keep the span of the
 * expression that wrote them, so a declaration can point at the place in
 * the resource that states a property (declarations.ts moves spans written
 * outside the resource to the place in it that uses them).
 */

/** Values built by doubling (`'${a}${a}'`, `concat(a, a)`) in a chain stop growing here, as unknown. */
const MAX_STRING = 1 << 20;
const MAX_ITEMS = 100_000;
const str = (v, partial) => (partial ? { t: 'string', v, partial: true } : { t: 'string', v });
const values_int = (v) => ({ t: 'int', v });
const bool = (v) => ({ t: 'bool', v });
const NULL = { t: 'null' };
const unknownVal = (reason) => ({ t: 'unknown', reason });
function objectOf(entries) {
    const props = new Map();
    for (const [key, value] of entries)
        props.set(key.toLowerCase(), { key, value });
    return { t: 'object', props };
}
function arrayOf(values) {
    return { t: 'array', items: values.map((value) => ({ value })) };
}
function get(obj, key) {
    if (obj.t !== 'object')
        return undefined;
    const e = obj.props.get(key.toLowerCase());
    if (e || !obj.open)
        return e;
    // absent from what we know of an open object: unknown, not absent
    return { key, value: unknownVal(obj.open) };
}
/** A string with unknown parts when any piece is unknown; unknown when nothing is known. */
function joinPieces(pieces, reasonIfNone) {
    let out = '';
    let partial = false;
    let knownChars = 0;
    for (const p of pieces) {
        const s = toText(p);
        if (s === undefined) {
            out += model/* UNKNOWN_PART */.DQ;
            partial = true;
            continue;
        }
        if (p.t === 'string' && p.partial)
            partial = true;
        out += s;
        knownChars += s.length;
    }
    if (partial && knownChars === 0)
        return unknownVal(reasonIfNone);
    if (out.length > MAX_STRING)
        return unknownVal('a string too long to evaluate');
    return str(out, partial);
}
/** The text of a value inside a string (`'${x}'`): strings, numbers, booleans; objects as JSON. */
function toText(v) {
    switch (v.t) {
        case 'string':
            return v.v;
        case 'int':
            return String(v.v);
        case 'bool':
            return String(v.v);
        case 'null':
            return '';
        case 'array':
        case 'object': {
            const j = toJson(v);
            return j === undefined ? undefined : JSON.stringify(j);
        }
        default:
            return undefined;
    }
}
/** A plain JSON value, or undefined when any part is unknown. */
function toJson(v) {
    switch (v.t) {
        case 'string':
            return v.partial ? undefined : v.v;
        case 'int':
        case 'bool':
            return v.v;
        case 'null':
            return null;
        case 'array': {
            const out = [];
            for (const s of v.items) {
                const j = toJson(s.value);
                if (j === undefined)
                    return undefined;
                out.push(j);
            }
            return out;
        }
        case 'object': {
            if (v.open)
                return undefined;
            const out = {};
            for (const e of v.props.values()) {
                const j = toJson(e.value);
                if (j === undefined)
                    return undefined;
                out[e.key] = j;
            }
            return out;
        }
        default:
            return undefined;
    }
}
function fromJson(j) {
    if (j === null || j === undefined)
        return NULL;
    if (typeof j === 'string')
        return str(j);
    if (typeof j === 'number')
        return values_int(j);
    if (typeof j === 'boolean')
        return bool(j);
    if (Array.isArray(j))
        return arrayOf(j.map(fromJson));
    if (typeof j === 'object')
        return objectOf(Object.entries(j).map(([k, x]) => [k, fromJson(x)]));
    return unknownVal('unsupported value');
}
/** Deep equality: true/false when both sides are known, undefined otherwise. */
function equals(a, b, ignoreCase = false) {
    if (a.t === 'unknown' || b.t === 'unknown')
        return undefined;
    if (a.t === 'string' && b.t === 'string') {
        if (a.partial || b.partial)
            return undefined;
        return ignoreCase ? a.v.toLowerCase() === b.v.toLowerCase() : a.v === b.v;
    }
    const ja = toJson(a);
    const jb = toJson(b);
    if (ja === undefined || jb === undefined)
        return undefined;
    return JSON.stringify(ja) === JSON.stringify(jb);
}
function describeType(v) {
    return v.t;
}

;// CONCATENATED MODULE: ./src/readers/bicep/declarations.ts
/**
 * Evaluated Bicep resources → declarations: a managed cluster's
 * `agentPoolProfiles` entries and `agentPools` resources become pools,
 * `snapshots` resources become snapshots. Each value keeps the span of the
 * expression that states it in the resource. A value written elsewhere (a
 * parameter default, a variable, a module caller's file) points at the place
 * in the resource that uses it (SPEC §5), as in the ARM reader: see `anchor`.
 */


const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = model/* RESOURCE_TYPES */.Rx;
/** A string property; strings with unknown parts stay partial only for ids (`partial`), as the ARM reader does. */
function stringValue(slot, partial = false) {
    if (!slot)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const v = slot.value;
    const span = slot.span;
    if (v.t === 'string') {
        if (v.partial && !partial)
            return (0,model/* unknown */.L5)(`'${v.v}' has parts known only at deployment`, span);
        const k = (0,model/* known */.eO)(v.v, span);
        if (v.partial)
            k.partial = true;
        return k;
    }
    if (v.t === 'unknown')
        return (0,model/* unknown */.L5)(v.reason, span);
    if (v.t === 'null')
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg, span);
    if (v.t === 'int')
        return (0,model/* known */.eO)(String(v.v), span);
    return (0,model/* unknown */.L5)(`not a string (${v.t})`, span);
}
function boolValue(slot) {
    if (!slot)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const v = slot.value;
    if (v.t === 'bool')
        return (0,model/* known */.eO)(v.v, slot.span);
    if (v.t === 'string' && /^(true|false)$/i.test(v.v))
        return (0,model/* known */.eO)(v.v.toLowerCase() === 'true', slot.span);
    if (v.t === 'unknown')
        return (0,model/* unknown */.L5)(v.reason, slot.span);
    return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg, slot.span);
}
function idText(v) {
    return v.t === 'string' ? v.v.toLowerCase() : undefined;
}
function relocate(v, span) {
    return { ...v, span };
}
function inside(span, range) {
    if (span.file !== range.file)
        return false;
    const after = span.line > range.line || (span.line === range.line && span.column >= range.column);
    const before = span.line < range.endLine || (span.line === range.endLine && span.column <= range.endColumn);
    return after && before;
}
/**
 * A slot read from a resource, its span kept when it lies in the resource's
 * text, else the span of the place in the resource that uses it: the items of
 * `agentPoolProfiles: pools` (a parameter default or variable) point at
 * `pools`, the properties of `properties: poolProps` at `poolProps`.
 */
function declarations_anchor(slot, a) {
    if (!slot || (slot.span && inside(slot.span, a.range)))
        return slot;
    return { ...slot, span: a.use };
}
/** The anchor for values read inside an (anchored) slot. */
function below(slot, a) {
    return slot?.span ? { range: a.range, use: slot.span } : a;
}
function declarationsOf(ev, prefix) {
    const deployed = ev.resources().filter((r) => !(r.condition?.t === 'bool' && !r.condition.v));
    const instanceName = (r) => [prefix, r.label].filter(Boolean).join(' ') || undefined;
    const header = (r) => ev.span({ start: r.decl.keyword.start, end: r.decl.type.end });
    const anchorOf = (r) => ({ range: ev.span(r.decl), use: header(r) });
    const clusters = [];
    for (const r of deployed) {
        if (r.type.toLowerCase() !== CLUSTER)
            continue;
        const body = ev.bodyOf(r);
        const a = anchorOf(r);
        const propertiesSlot = declarations_anchor(get(body, 'properties'), a);
        const properties = propertiesSlot?.value;
        clusters.push({
            inst: r,
            name: stringValue(declarations_anchor(get(body, 'name'), a)),
            location: r.existing ? (0,model/* unknown */.L5)(`the region of existing cluster '${r.symbol}'`) : stringValue(declarations_anchor(get(body, 'location'), a)),
            version: r.existing
                ? (0,model/* unknown */.L5)(`the version of existing cluster '${r.symbol}'`)
                : properties
                    ? stringValue(declarations_anchor(get(properties, 'kubernetesVersion'), below(propertiesSlot, a)))
                    : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg),
            id: r.ref.id()
        });
    }
    const clusterOf = (ref) => clusters.find((c) => c.inst.ref === ref);
    const pools = [];
    const makePool = (props, cluster, clusterName, span, resourceName, instance, id, poolLocationSpan, a) => {
        const prop = (key) => declarations_anchor(get(props, key), a);
        const name = stringValue(prop('name'));
        const mode = stringValue(prop('mode'));
        const location = cluster ? cluster.location : (0,model/* unknown */.L5)('the cluster is not declared in this file');
        const decl = {
            kind: 'pool',
            source: 'bicep',
            span,
            resource: resourceName,
            name,
            cluster: clusterName,
            mode,
            vmSize: stringValue(prop('vmSize')),
            location: location.span ? location : relocate(location, poolLocationSpan),
            kubernetesVersion: stringValue(prop('orchestratorVersion')),
            controlPlaneVersion: cluster ? cluster.version : (0,model/* unknown */.L5)('the cluster is not declared in this file'),
            osType: stringValue(prop('osType')),
            osSku: stringValue(prop('osSKU')),
            enableFips: boolValue(prop('enableFIPS')),
            system: mode.known && mode.value.toLowerCase() === 'system'
        };
        if (instance)
            decl.instance = instance;
        const creationData = prop('creationData');
        const snapshot = snapshotRef(creationData, below(creationData, a));
        if (snapshot)
            decl.snapshot = snapshot;
        pools.push({ decl, id });
    };
    for (const c of clusters) {
        if (c.inst.existing)
            continue;
        const a = anchorOf(c.inst);
        const propertiesSlot = declarations_anchor(get(ev.bodyOf(c.inst), 'properties'), a);
        const profilesSlot = propertiesSlot ? declarations_anchor(get(propertiesSlot.value, 'agentPoolProfiles'), below(propertiesSlot, a)) : undefined;
        const profiles = profilesSlot?.value;
        if (profiles?.t !== 'array')
            continue;
        for (const raw of profiles.items) {
            const item = declarations_anchor(raw, below(profilesSlot, a));
            if (item.value.t !== 'object')
                continue;
            const itemAnchor = below(item, a);
            const nameSlot = declarations_anchor(get(item.value, 'name'), itemAnchor);
            const poolName = nameSlot?.value.t === 'string' ? nameSlot.value.v : undefined;
            const span = nameSlot?.span ?? item.span ?? header(c.inst);
            const id = poolName && c.id.t === 'string' ? { t: 'string', v: `${c.id.v}/agentPools/${poolName}`, partial: c.id.partial } : c.id;
            const locationSpan = c.location.span ?? span;
            makePool(item.value, c, c.name, span, `agentPools/${poolName ?? c.inst.symbol}`, instanceName(c.inst), id, locationSpan, itemAnchor);
        }
    }
    for (const r of deployed) {
        if (r.type.toLowerCase() !== AGENT_POOL || r.existing)
            continue;
        const body = ev.bodyOf(r);
        const a = anchorOf(r);
        const parentVal = get(body, 'parent')?.value;
        const parentRef = r.parent?.ref ?? (parentVal?.t === 'resource' ? parentVal.ref : undefined);
        let cluster = clusterOf(parentRef);
        let clusterName = cluster ? cluster.name : (0,model/* unknown */.L5)('the cluster is not declared in this file');
        let poolName = stringValue(declarations_anchor(get(body, 'name'), a));
        const rawName = declarations_anchor(get(body, 'name'), a);
        if (!parentRef && rawName?.value.t === 'string' && rawName.value.v.includes('/')) {
            // `name: '${cluster.name}/pool'`: the cluster part may be known only at deployment
            const slash = rawName.value.v.lastIndexOf('/');
            const part = (v) => ({ value: { t: 'string', v, partial: v.includes('{?}') }, span: rawName.span });
            const c = rawName.value.v.slice(0, slash);
            clusterName = stringValue(part(c));
            poolName = stringValue(part(rawName.value.v.slice(slash + 1)));
            cluster = clusters.find((x) => x.name.known && x.name.value.toLowerCase() === c.toLowerCase());
        }
        else if (parentRef && !cluster) {
            const v = ev.member({ t: 'resource', ref: parentRef }, 'name', false);
            clusterName = v.t === 'string' ? (0,model/* known */.eO)(v.v) : (0,model/* unknown */.L5)(v.t === 'unknown' ? v.reason : 'the cluster name');
        }
        const propertiesSlot = declarations_anchor(get(body, 'properties'), a);
        const properties = propertiesSlot?.value ?? { t: 'object', props: new Map() };
        // the pool's own name/span: name lives on the resource, the rest under `properties`
        const props = { t: 'object', props: new Map(properties.t === 'object' ? properties.props : []) };
        if (properties.t === 'object' && properties.open)
            props.open = properties.open;
        const nameEntry = rawName;
        if (props.t === 'object' && nameEntry)
            props.props.set('name', { ...nameEntry, value: poolName.known ? { t: 'string', v: poolName.value } : nameEntry.value });
        const resourceName = `agentPools/${poolName.known && !poolName.partial ? poolName.value : r.symbol}`;
        if (properties.t !== 'object') {
            // properties we cannot read (a parameter without default): the pool exists, its settings are unknown
            const span = header(r);
            const reason = properties.t === 'unknown' ? properties.reason : 'properties';
            const decl = {
                kind: 'pool',
                source: 'bicep',
                span,
                resource: resourceName,
                name: poolName,
                cluster: clusterName,
                mode: (0,model/* unknown */.L5)(reason),
                vmSize: (0,model/* unknown */.L5)(reason),
                location: cluster ? relocate(cluster.location, span) : (0,model/* unknown */.L5)('the cluster is not declared in this file'),
                kubernetesVersion: (0,model/* unknown */.L5)(reason),
                controlPlaneVersion: cluster ? cluster.version : (0,model/* unknown */.L5)('the cluster is not declared in this file'),
                osType: (0,model/* unknown */.L5)(reason),
                osSku: (0,model/* unknown */.L5)(reason),
                enableFips: (0,model/* unknown */.L5)(reason),
                snapshot: { id: (0,model/* unknown */.L5)(reason) },
                system: false
            };
            const inst = instanceName(r);
            if (inst)
                decl.instance = inst;
            pools.push({ decl, id: r.ref.id() });
            continue;
        }
        makePool(props, cluster, clusterName, header(r), resourceName, instanceName(r), r.ref.id(), header(r), below(propertiesSlot, a));
    }
    const snapshots = [];
    for (const r of deployed) {
        if (r.type.toLowerCase() !== SNAPSHOT || r.existing)
            continue;
        const body = ev.bodyOf(r);
        const a = anchorOf(r);
        const propertiesSlot = declarations_anchor(get(body, 'properties'), a);
        const creationSlot = propertiesSlot ? declarations_anchor(get(propertiesSlot.value, 'creationData'), below(propertiesSlot, a)) : undefined;
        const sourceSlot = creationSlot ? declarations_anchor(get(creationSlot.value, 'sourceResourceId'), below(creationSlot, a)) : undefined;
        const sourceResourceId = stringValue(sourceSlot, true);
        const id = r.ref.id();
        const name = stringValue(declarations_anchor(get(body, 'name'), a));
        const decl = {
            kind: 'snapshot',
            source: 'bicep',
            span: header(r),
            resource: `snapshots/${name.known && !name.partial ? name.value : r.symbol}`,
            name,
            id: id.t === 'string'
                ? Object.assign((0,model/* known */.eO)(id.v), id.partial ? { partial: true } : {})
                : (0,model/* unknown */.L5)(id.t === 'unknown' ? id.reason : 'id'),
            location: stringValue(declarations_anchor(get(body, 'location'), a)),
            sourceResourceId,
            sourceLocation: (0,model/* unknown */.L5)('the source pool is not declared in this file')
        };
        const inst = instanceName(r);
        if (inst)
            decl.instance = inst;
        const source = sourceSlot ? idText(sourceSlot.value) : undefined;
        const pool = source ? pools.find((p) => idText(p.id) === source) : undefined;
        if (pool) {
            const p = pool.decl;
            decl.sourceLocation = p.location.known ? (0,model/* known */.eO)(p.location.value, p.location.span) : p.location;
            const info = {};
            if (id.t === 'string' && !id.partial)
                info.id = id.v;
            const k = p.kubernetesVersion.known ? p.kubernetesVersion : p.controlPlaneVersion;
            if (k.known && !k.partial)
                info.kubernetesVersion = k.value;
            // AKS defaults for what the source pool does not state, as the ARM reader does
            if (p.osType.known && !p.osType.partial)
                info.osType = p.osType.value;
            else if (notStated(p.osType))
                info.osType = 'Linux';
            if (p.osSku.known && !p.osSku.partial)
                info.osSku = p.osSku.value;
            if (p.vmSize.known && !p.vmSize.partial)
                info.vmSize = p.vmSize.value;
            if (p.enableFips.known)
                info.enableFips = p.enableFips.value;
            else if (notStated(p.enableFips))
                info.enableFips = false;
            if (decl.location.known && !decl.location.partial)
                info.location = decl.location.value;
            else if (p.location.known && !p.location.partial)
                info.location = p.location.value;
            if (sourceResourceId.known && !sourceResourceId.partial)
                info.sourceResourceId = sourceResourceId.value;
            if (name.known && !name.partial)
                info.name = name.value;
            decl.properties = info;
        }
        snapshots.push({ decl, id });
    }
    // A pool pinned to a snapshot of this file gets that snapshot's properties.
    for (const p of pools) {
        const ref = p.decl.snapshot;
        if (!ref || !ref.id.known || typeof ref.id.value !== 'string')
            continue;
        const target = ref.id.value.toLowerCase();
        const snap = snapshots.find((s) => idText(s.id) === target);
        if (snap?.decl.properties)
            ref.resolved = snap.decl.properties;
    }
    return [...pools.map((p) => p.decl), ...snapshots.map((s) => s.decl)];
}
function snapshotRef(slot, a) {
    if (!slot)
        return undefined;
    const v = slot.value;
    if (v.t === 'null')
        return { id: (0,model/* known */.eO)(null, slot.span) };
    if (v.t === 'unknown')
        return { id: (0,model/* unknown */.L5)(v.reason, slot.span) };
    if (v.t !== 'object')
        return { id: (0,model/* unknown */.L5)('creationData is not an object', slot.span) };
    const source = declarations_anchor(get(v, 'sourceResourceId'), a);
    if (!source)
        return { id: (0,model/* known */.eO)(null, slot.span) };
    const s = source.value;
    if (s.t === 'null')
        return { id: (0,model/* known */.eO)(null, source.span) };
    if (s.t === 'string') {
        const k = (0,model/* known */.eO)(s.v, source.span);
        if (s.partial)
            k.partial = true;
        return { id: k };
    }
    if (s.t === 'unknown')
        return { id: (0,model/* unknown */.L5)(s.reason, source.span) };
    return { id: (0,model/* unknown */.L5)('not a string', source.span) };
}
function notStated(value) {
    return !value.known && value.reason === model/* NOT_STATED */.qg;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/readers/bicep/functions.ts
/**
 * The Bicep functions the evaluator knows (`concat`, `format`, `union`,
 * `resourceId`, `resourceGroup`, lambdas' `map`/`filter`...). Any other
 * function is an unknown value naming it; none of these throws.
 */




const LOCATION_REASON = "the resource group's region (known at deployment)";
const SUBSCRIPTION_REASON = 'the subscription id (known at deployment)';
const RESOURCE_GROUP_REASON = 'the resource group name (known at deployment)';
function builtin(host, name, node, scope) {
    const args = () => node.args.map((a) => host.eval(a, scope));
    const firstUnknown = (vs) => vs.find((v) => v.t === 'unknown');
    switch (name) {
        case 'concat': {
            const vs = args();
            if (vs.length && vs.every((v) => v.t === 'array')) {
                const items = vs.flatMap((v) => (v.t === 'array' ? v.items : []));
                return items.length > MAX_ITEMS ? unknownVal('a list too long to evaluate') : { t: 'array', items };
            }
            if (vs.some((v) => v.t === 'array' || v.t === 'object'))
                return firstUnknown(vs) ?? unknownVal('concat of mixed values');
            return joinPieces(vs, 'a concatenation of unknown values');
        }
        case 'format': {
            const [f, ...rest] = args();
            if (!f || f.t !== 'string' || f.partial)
                return unknownVal('format() with an unknown format string');
            const pieces = [];
            let last = 0;
            const re = /\{(\d+)(:[^}]*)?\}/g;
            let m;
            while ((m = re.exec(f.v))) {
                pieces.push(str(f.v.slice(last, m.index)));
                pieces.push(rest[Number(m[1])] ?? unknownVal('missing format argument'));
                last = m.index + m[0].length;
            }
            pieces.push(str(f.v.slice(last)));
            return joinPieces(pieces, 'a format of unknown values');
        }
        case 'toLower':
        case 'toUpper': {
            const [v] = args();
            if (!v || v.t !== 'string')
                return v?.t === 'unknown' ? v : unknownVal(`${name}() of a non-string`);
            const parts = v.v.split(model/* UNKNOWN_PART */.DQ).map((p) => (name === 'toLower' ? p.toLowerCase() : p.toUpperCase()));
            return str(parts.join(model/* UNKNOWN_PART */.DQ), v.partial);
        }
        case 'trim': {
            const [v] = args();
            return v?.t === 'string' && !v.partial ? str(v.v.trim()) : (firstUnknown([v ?? NULL]) ?? unknownVal('trim() of an unknown value'));
        }
        case 'string': {
            const [v] = args();
            if (!v)
                return unknownVal('string()');
            if (v.t === 'string')
                return v;
            const t = toText(v);
            return t === undefined ? unknownVal('string() of an unknown value') : str(t);
        }
        case 'int': {
            const [v] = args();
            if (v?.t === 'int')
                return v;
            if (v?.t === 'string' && /^-?\d+$/.test(v.v))
                return values_int(Number(v.v));
            return unknownVal('int() of an unknown value');
        }
        case 'bool': {
            const [v] = args();
            if (v?.t === 'bool')
                return v;
            if (v?.t === 'string' && /^(true|false)$/i.test(v.v))
                return bool(v.v.toLowerCase() === 'true');
            return unknownVal('bool() of an unknown value');
        }
        case 'json': {
            const [v] = args();
            if (v?.t !== 'string' || v.partial)
                return unknownVal('json() of an unknown string');
            try {
                return fromJson(JSON.parse(v.v));
            }
            catch {
                return unknownVal('json() of text that is not JSON');
            }
        }
        case 'array': {
            const [v] = args();
            if (!v)
                return unknownVal('array()');
            if (v.t === 'array' || v.t === 'unknown')
                return v;
            return { t: 'array', items: [{ value: v }] };
        }
        case 'any':
            return args()[0] ?? NULL;
        case 'empty': {
            const [v] = args();
            if (!v)
                return unknownVal('empty()');
            if (v.t === 'null')
                return bool(true);
            if (v.t === 'string')
                return v.partial ? bool(false) : bool(v.v.length === 0);
            if (v.t === 'array')
                return bool(v.items.length === 0);
            if (v.t === 'object')
                return v.props.size > 0 ? bool(false) : v.open ? unknownVal(`empty() of ${v.open}`) : bool(true);
            if (v.t === 'unknown')
                return unknownVal(`empty() of ${v.reason}`);
            return bool(false);
        }
        case 'length': {
            const [v] = args();
            if (v?.t === 'string' && !v.partial)
                return values_int(v.v.length);
            if (v?.t === 'array')
                return values_int(v.items.length);
            if (v?.t === 'object' && !v.open)
                return values_int(v.props.size);
            return unknownVal('length() of an unknown value');
        }
        case 'contains': {
            const [c, x] = args();
            if (!c || !x)
                return unknownVal('contains()');
            if (c.t === 'object' && x.t === 'string' && !x.partial)
                return c.props.has(x.v.toLowerCase()) ? bool(true) : c.open ? unknownVal(`contains() of ${c.open}`) : bool(false);
            if (c.t === 'array') {
                let unsure = false;
                for (const s of c.items) {
                    const eq = equals(s.value, x);
                    if (eq)
                        return bool(true);
                    if (eq === undefined)
                        unsure = true;
                }
                return unsure ? unknownVal('contains() of unknown items') : bool(false);
            }
            if (c.t === 'string' && !c.partial && x.t !== 'unknown') {
                const t = toText(x);
                if (t !== undefined)
                    return bool(c.v.toLowerCase().includes(t.toLowerCase()));
            }
            return unknownVal('contains() of unknown values');
        }
        case 'startsWith':
        case 'endsWith': {
            const [a, b] = args();
            if (a?.t === 'string' && b?.t === 'string' && !a.partial && !b.partial)
                return bool(name === 'startsWith' ? a.v.toLowerCase().startsWith(b.v.toLowerCase()) : a.v.toLowerCase().endsWith(b.v.toLowerCase()));
            return unknownVal(`${name}() of unknown values`);
        }
        case 'replace': {
            const [a, b, c] = args();
            if (a?.t === 'string' && b?.t === 'string' && c?.t === 'string' && !a.partial && !b.partial && !c.partial)
                return str(a.v.split(b.v).join(c.v));
            return unknownVal('replace() of unknown values');
        }
        case 'split': {
            const [a, b] = args();
            if (a?.t === 'string' && !a.partial && b?.t === 'string')
                return arrayOf(a.v.split(b.v).map((s) => str(s)));
            return unknownVal('split() of unknown values');
        }
        case 'join': {
            const [a, b] = args();
            if (a?.t === 'array' && b?.t === 'string') {
                const pieces = [];
                a.items.forEach((s, k) => {
                    if (k)
                        pieces.push(b);
                    pieces.push(s.value);
                });
                return joinPieces(pieces, 'a join of unknown values');
            }
            return unknownVal('join() of unknown values');
        }
        case 'substring': {
            const [a, b, c] = args();
            if (a?.t === 'string' && !a.partial && b?.t === 'int')
                return str(a.v.substring(b.v, c?.t === 'int' ? b.v + c.v : undefined));
            return unknownVal('substring() of unknown values');
        }
        case 'take':
        case 'skip': {
            const [a, b] = args();
            if (b?.t !== 'int')
                return unknownVal(`${name}() of unknown values`);
            if (a?.t === 'array')
                return { t: 'array', items: name === 'take' ? a.items.slice(0, Math.max(0, b.v)) : a.items.slice(Math.max(0, b.v)) };
            if (a?.t === 'string' && !a.partial)
                return str(name === 'take' ? a.v.slice(0, Math.max(0, b.v)) : a.v.slice(Math.max(0, b.v)));
            return unknownVal(`${name}() of unknown values`);
        }
        case 'first':
        case 'last': {
            const [a] = args();
            if (a?.t === 'array')
                return (name === 'first' ? a.items[0] : a.items[a.items.length - 1])?.value ?? NULL;
            if (a?.t === 'string' && !a.partial)
                return str(name === 'first' ? a.v.slice(0, 1) : a.v.slice(-1));
            return unknownVal(`${name}() of an unknown value`);
        }
        case 'range': {
            const [a, b] = args();
            if (a?.t === 'int' && b?.t === 'int' && b.v >= 0 && b.v <= 10000)
                return arrayOf(Array.from({ length: b.v }, (_, k) => values_int(a.v + k)));
            return unknownVal('range() of unknown values');
        }
        case 'min':
        case 'max': {
            const vs = args();
            const nums = vs.length === 1 && vs[0].t === 'array' ? vs[0].items.map((s) => s.value) : vs;
            if (nums.length && nums.every((v) => v.t === 'int')) {
                const ns = nums.map((v) => v.v);
                return values_int(name === 'min' ? Math.min(...ns) : Math.max(...ns));
            }
            return unknownVal(`${name}() of unknown values`);
        }
        case 'coalesce': {
            for (const v of args()) {
                if (v.t === 'null')
                    continue;
                return v;
            }
            return NULL;
        }
        case 'union':
            return union(args());
        case 'intersection': {
            const vs = args();
            return firstUnknown(vs) ?? unknownVal('intersection() is not evaluated');
        }
        case 'items': {
            const [o] = args();
            if (o?.t !== 'object' || o.open)
                return o?.t === 'unknown' ? o : unknownVal('items() of an object not fully known');
            return {
                t: 'array',
                items: [...o.props.values()]
                    .sort((x, y) => (x.key.toLowerCase() < y.key.toLowerCase() ? -1 : 1))
                    .map((e) => ({
                    value: {
                        t: 'object',
                        props: new Map([
                            ['key', { key: 'key', value: str(e.key) }],
                            ['value', { key: 'value', value: e.value, span: e.span }]
                        ])
                    }
                }))
            };
        }
        case 'objectKeys': {
            const [o] = args();
            return o?.t === 'object' && !o.open
                ? arrayOf([...o.props.values()].map((e) => str(e.key)))
                : unknownVal('objectKeys() of an unknown value');
        }
        case 'map':
        case 'filter': {
            const [a, f] = args();
            if (a?.t !== 'array' || !f)
                return a?.t === 'unknown' ? a : unknownVal(`${name}() of an unknown list`);
            const items = [];
            for (let k = 0; k < a.items.length; k++) {
                const item = a.items[k];
                const r = host.callLambda(f, [item.value, values_int(k)]);
                if (name === 'map')
                    items.push({ value: r, span: f.t === 'lambda' ? host.span(f.node.body) : item.span });
                else if (r.t === 'bool') {
                    if (r.v)
                        items.push(item);
                }
                else
                    return unknownVal('filter() with a condition that cannot be evaluated');
            }
            return { t: 'array', items };
        }
        case 'reduce': {
            const [a, init, f] = args();
            if (a?.t !== 'array' || !init || !f)
                return unknownVal('reduce() of an unknown list');
            let acc = init;
            a.items.forEach((s, k) => (acc = host.callLambda(f, [acc, s.value, values_int(k)])));
            return acc;
        }
        case 'toObject': {
            const [a, kf, vf] = args();
            if (a?.t !== 'array' || !kf)
                return unknownVal('toObject() of an unknown list');
            const props = new Map();
            for (const s of a.items) {
                const k = host.callLambda(kf, [s.value]);
                if (k.t !== 'string' || k.partial)
                    return unknownVal('toObject() with unknown keys');
                props.set(k.v.toLowerCase(), { key: k.v, value: vf ? host.callLambda(vf, [s.value]) : s.value, span: s.span });
            }
            return { t: 'object', props };
        }
        case 'tryGet': {
            const [o, ...keys] = args();
            let v = o ?? NULL;
            for (const k of keys) {
                if (v.t === 'null')
                    return NULL;
                if (k.t === 'string' && !k.partial)
                    v = host.member(v, k.v, true);
                else if (k.t === 'int' && v.t === 'array')
                    v = v.items[k.v]?.value ?? NULL;
                else
                    return unknownVal('tryGet() with unknown keys');
            }
            return v;
        }
        case 'resourceGroup': {
            const vs = args();
            const rgName = vs.length ? vs[vs.length - 1] : unknownVal(RESOURCE_GROUP_REASON);
            const sub = vs.length === 2 ? vs[0] : unknownVal(SUBSCRIPTION_REASON);
            return objectOf([
                ['name', rgName],
                ['location', unknownVal(LOCATION_REASON)],
                ['id', joinPieces([str('/subscriptions/'), sub, str('/resourceGroups/'), rgName], 'a resource group id')]
            ]);
        }
        case 'subscription': {
            const [sub] = args();
            const id = sub ?? unknownVal(SUBSCRIPTION_REASON);
            return objectOf([
                ['subscriptionId', id],
                ['id', joinPieces([str('/subscriptions/'), id], 'a subscription id')],
                ['tenantId', unknownVal('the tenant id (known at deployment)')],
                ['displayName', unknownVal('the subscription name (known at deployment)')]
            ]);
        }
        case 'resourceId':
        case 'subscriptionResourceId':
        case 'tenantResourceId':
        case 'extensionResourceId':
            return resourceIdFunction(name, args());
        case 'loadTextContent':
        case 'loadJsonContent':
        case 'loadYamlContent':
            return loadContent(host, name, args());
        case 'deployment':
            return objectOf([
                ['name', unknownVal('the deployment name (known at deployment)')],
                ['properties', unknownVal('deployment properties')]
            ]);
        default:
            return unknownVal(`${name}() is not evaluated`);
    }
}
/**
 * `loadTextContent(path)`, `loadJsonContent(path, [jsonPath])`,
 * `loadYamlContent(path, [pathFilter])`: Bicep inlines the file when it
 * compiles, so its values are as known as a literal in the template.
 */
function loadContent(host, name, vs) {
    const [file, filter] = vs;
    if (file?.t !== 'string' || file.partial)
        return unknownVal(`${name}() of an unknown path`);
    const text = host.fileText(file.v);
    if (text === undefined)
        return unknownVal(`${name}('${file.v}'): the file cannot be read`);
    if (name === 'loadTextContent')
        return str(text);
    let data;
    if (name === 'loadJsonContent') {
        const errors = [];
        data = (0,main.parse)(text, errors, { allowTrailingComma: true });
        if (errors.length)
            return unknownVal(`${name}('${file.v}'): the file is not JSON`);
    }
    else {
        try {
            data = (0,dist/* parse */.qg)(text);
        }
        catch {
            return unknownVal(`${name}('${file.v}'): the file is not YAML`);
        }
    }
    if (filter === undefined)
        return fromJson(data);
    if (filter.t !== 'string' || filter.partial)
        return unknownVal(`${name}() with an unknown path filter`);
    const steps = jsonPathSteps(filter.v);
    if (!steps)
        return unknownVal(`${name}() with the path filter '${filter.v}', which is not evaluated`);
    for (const step of steps) {
        if (typeof step === 'number' && Array.isArray(data))
            data = data[step];
        else if (typeof step === 'string' && data && typeof data === 'object' && !Array.isArray(data))
            data = data[step];
        else
            data = undefined;
        if (data === undefined)
            return unknownVal(`${name}(): '${filter.v}' selects nothing in '${file.v}'`);
    }
    return fromJson(data);
}
/** The steps of a simple JSONPath (`$.a.b`, `.a[0]`, `$['a-b']`); undefined for wildcards, filters and the like. */
function jsonPathSteps(p) {
    const steps = [];
    let rest = p.trim().replace(/^\$/, '');
    while (rest) {
        const m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest) ??
            /^\[(\d+)\]/.exec(rest) ??
            /^\[\s*'([^']*)'\s*\]/.exec(rest) ??
            /^\[\s*"([^"]*)"\s*\]/.exec(rest);
        if (!m)
            return undefined;
        steps.push(/^\[\d/.test(m[0]) ? Number(m[1]) : m[1]);
        rest = rest.slice(m[0].length);
    }
    return steps;
}
/**
 * Deep merge of objects, last wins; arrays: the union of their items. An
 * unknown object may override anything merged before it: those properties
 * are dropped and the result is open; what is merged after it stays known.
 */
function union(vs) {
    if (vs.some((v) => v.t === 'object') && vs.every((v) => v.t === 'object' || v.t === 'unknown' || v.t === 'null')) {
        const merge = (a, b, open) => {
            const out = new Map(a);
            for (const [k, e] of b) {
                const prev = out.get(k);
                if (prev && prev.value.t === 'object' && e.value.t === 'object')
                    out.set(k, {
                        ...e,
                        value: {
                            t: 'object',
                            props: merge(prev.value.props, e.value.props, open),
                            ...(prev.value.open ? { open: prev.value.open } : {})
                        }
                    });
                else if (open && e.value.t === 'object')
                    out.set(k, { ...e, value: { ...e.value, open: e.value.open ?? open } });
                else
                    out.set(k, e);
            }
            return out;
        };
        let props = new Map();
        let open;
        for (const v of vs) {
            if (v.t === 'unknown' || (v.t === 'object' && v.open)) {
                props = new Map();
                open = v.t === 'unknown' ? `union() with ${v.reason}` : v.open;
            }
            if (v.t === 'object')
                props = merge(props, v.props, open);
        }
        return open ? { t: 'object', props, open } : { t: 'object', props };
    }
    const u = vs.find((v) => v.t === 'unknown');
    if (u)
        return u;
    if (vs.every((v) => v.t === 'array')) {
        const items = [];
        const seen = new Set();
        for (const v of vs)
            if (v.t === 'array')
                for (const s of v.items) {
                    const j = toJson(s.value);
                    const key = j === undefined ? undefined : JSON.stringify(j);
                    if (key !== undefined && seen.has(key))
                        continue;
                    if (key !== undefined)
                        seen.add(key);
                    items.push(s);
                }
        return items.length > MAX_ITEMS ? unknownVal('a list too long to evaluate') : { t: 'array', items };
    }
    return unknownVal('union() of mixed values');
}
function resourceIdFunction(name, vs) {
    // resourceId([subscriptionId], [resourceGroupName], type, name1, name2...)
    const typeIndex = vs.findIndex((v) => v.t === 'string' && !v.partial && /^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(v.v) && v.v.includes('.'));
    if (typeIndex < 0)
        return unknownVal(`${name}() with an unknown resource type`);
    const type = vs[typeIndex].v;
    const before = vs.slice(0, typeIndex);
    const names = vs.slice(typeIndex + 1);
    const segments = type.split('/');
    let prefix;
    if (name === 'tenantResourceId')
        prefix = [];
    else if (name === 'extensionResourceId')
        prefix = [before[0] ?? unknownVal('scope')];
    else if (name === 'subscriptionResourceId')
        prefix = [str('/subscriptions/'), before[0] ?? unknownVal(SUBSCRIPTION_REASON)];
    else {
        const sub = before.length >= 2 ? before[0] : unknownVal(SUBSCRIPTION_REASON);
        const rg = before.length >= 1 ? before[before.length - 1] : unknownVal(RESOURCE_GROUP_REASON);
        prefix = [str('/subscriptions/'), sub, str('/resourceGroups/'), rg];
    }
    const pieces = [...prefix, str(`/providers/${segments[0]}`)];
    for (let k = 1; k < segments.length; k++)
        pieces.push(str(`/${segments[k]}/`), names[k - 1] ?? unknownVal('name'));
    return joinPieces(pieces, 'a resource id');
}

// EXTERNAL MODULE: ./src/readers/line-index.ts
var line_index = __webpack_require__(4525);
;// CONCATENATED MODULE: ./src/readers/bicep/scanner.ts
/**
 * Bicep scanner: text → tokens with offsets. Never throws; a bad character or
 * an unterminated string becomes an error token plus a `ScanError`.
 *
 * Strings with `${...}` are split the way the Bicep lexer splits them
 * (left / middle / right pieces), with a stack so that interpolations nest:
 * `'a${'b${c}'}'` is StringLeft, StringLeft, Identifier, StringRight, StringRight.
 */

/** Punctuation by first character; longer forms first. */
const PUNCTUATION = {};
for (const p of [
    '...',
    '::',
    '??',
    '==',
    '!=',
    '=~',
    '!~',
    '<=',
    '>=',
    '&&',
    '||',
    '=>',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    ',',
    '.',
    ':',
    '?',
    '=',
    '<',
    '>',
    '+',
    '-',
    '*',
    '/',
    '%',
    '!',
    '@',
    '|',
    '^'
])
    (PUNCTUATION[p[0]] ??= []).push([p, p]);
const ESCAPES = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };
function isIdentStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isIdentPart(c) {
    return isIdentStart(c) || isDigit(c);
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isNewLine(c) {
    return c === 10 || c === 13;
}
function scan(text) {
    const tokens = [];
    const errors = [];
    const templates = [];
    const n = text.length;
    let pos = 0;
    const push = (kind, start, end, value = '', multiline = false) => {
        tokens.push({ kind, start, end, value, multiline });
    };
    /** Scans the body of a single-quoted string from `pos` (just after `'` or `}`); emits one piece. */
    const scanStringPiece = (start, first) => {
        let value = '';
        while (pos < n) {
            const c = text.charCodeAt(pos);
            if (c === 39 /* ' */) {
                pos++;
                push(first ? 'String' : 'StringRight', start, pos, value);
                return;
            }
            if (c === 36 /* $ */ && text.charCodeAt(pos + 1) === 123 /* { */) {
                pos += 2;
                push(first ? 'StringLeft' : 'StringMiddle', start, pos, value);
                templates.push({ braces: 0, multiline: false, dollars: 1 });
                return;
            }
            if (isNewLine(c))
                break;
            if (c === 92 /* \ */) {
                const e = text[pos + 1];
                if (e !== undefined && e in ESCAPES) {
                    value += ESCAPES[e];
                    pos += 2;
                    continue;
                }
                if (e === 'u' && text[pos + 2] === '{') {
                    const close = text.indexOf('}', pos + 3);
                    const hex = close > 0 ? text.slice(pos + 3, close) : '';
                    if (/^[0-9a-fA-F]{1,6}$/.test(hex) && parseInt(hex, 16) <= 0x10ffff) {
                        value += String.fromCodePoint(parseInt(hex, 16));
                        pos = close + 1;
                        continue;
                    }
                }
                errors.push({ message: `The escape sequence '\\${e ?? ''}' is not recognized.`, start: pos, end: Math.min(n, pos + 2) });
                value += e ?? '';
                pos += 2;
                continue;
            }
            // copy a run of ordinary characters at once
            let run = pos + 1;
            while (run < n) {
                const d = text.charCodeAt(run);
                if (d === 39 || d === 36 || d === 92 || d === 10 || d === 13)
                    break;
                run++;
            }
            value += text.slice(pos, run);
            pos = run;
        }
        errors.push({ message: 'The string is not terminated (missing closing quote).', start, end: pos });
        push('Error', start, pos, value);
    };
    /** Scans the body of a `'''` string from `pos`; `dollars` > 0 when the string is interpolated (`$'''`). */
    const scanMultilinePiece = (start, first, dollars) => {
        let value = '';
        // A newline right after the opening quotes is not part of the value.
        if (first) {
            if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10)
                pos += 2;
            else if (isNewLine(text.charCodeAt(pos)))
                pos++;
        }
        while (pos < n) {
            if (text.startsWith("'''", pos)) {
                // `''''` ends at the last run of three quotes: the extra quote belongs to the value.
                let q = pos + 3;
                while (text.charCodeAt(q) === 39)
                    q++;
                value += text.slice(pos, q - 3);
                pos = q;
                push(first ? 'String' : 'StringRight', start, pos, value, true);
                return;
            }
            if (dollars > 0 && text.startsWith('$'.repeat(dollars) + '{', pos)) {
                pos += dollars + 1;
                push(first ? 'StringLeft' : 'StringMiddle', start, pos, value, true);
                templates.push({ braces: 0, multiline: true, dollars });
                return;
            }
            let run = pos + 1;
            while (run < n) {
                const d = text.charCodeAt(run);
                if (d === 39 || d === 36)
                    break;
                run++;
            }
            value += text.slice(pos, run);
            pos = run;
        }
        errors.push({ message: "The multi-line string is not terminated (missing closing ''').", start, end: pos });
        push('Error', start, pos, value);
    };
    while (pos < n) {
        const c = text.charCodeAt(pos);
        const start = pos;
        if (c === 32 || c === 9 || c === 0xfeff || c === 11 || c === 12 || c === 0xa0) {
            pos++;
            continue;
        }
        if (isNewLine(c)) {
            while (pos < n) {
                const d = text.charCodeAt(pos);
                if (isNewLine(d) || d === 32 || d === 9)
                    pos++;
                else if (d === 47 && text.charCodeAt(pos + 1) === 47) {
                    // a comment line between newlines does not break the run
                    while (pos < n && !isNewLine(text.charCodeAt(pos)))
                        pos++;
                }
                else
                    break;
            }
            push('NewLine', start, pos);
            continue;
        }
        if (c === 47 /* / */ && text.charCodeAt(pos + 1) === 47) {
            while (pos < n && !isNewLine(text.charCodeAt(pos)))
                pos++;
            continue;
        }
        if (c === 47 && text.charCodeAt(pos + 1) === 42 /* * */) {
            const close = text.indexOf('*/', pos + 2);
            if (close < 0) {
                errors.push({ message: 'The multi-line comment is not terminated (missing */).', start, end: n });
                pos = n;
            }
            else
                pos = close + 2;
            continue;
        }
        if (c === 35 /* # */ && /^#(disable-next-line|disable-diagnostics|restore-diagnostics)\b/.test(text.slice(pos, pos + 30))) {
            // Compiler directives (`#disable-next-line BCP081`) read like comments for us.
            while (pos < n && !isNewLine(text.charCodeAt(pos)))
                pos++;
            continue;
        }
        if (isIdentStart(c)) {
            pos++;
            while (pos < n && isIdentPart(text.charCodeAt(pos)))
                pos++;
            push('Identifier', start, pos, text.slice(start, pos));
            continue;
        }
        if (isDigit(c)) {
            pos++;
            while (pos < n && isDigit(text.charCodeAt(pos)))
                pos++;
            push('Integer', start, pos, text.slice(start, pos));
            continue;
        }
        if (c === 39 /* ' */) {
            if (text.startsWith("'''", pos)) {
                pos += 3;
                scanMultilinePiece(start, true, 0);
            }
            else {
                pos++;
                scanStringPiece(start, true);
            }
            continue;
        }
        if (c === 36 /* $ */) {
            let d = pos;
            while (text.charCodeAt(d) === 36)
                d++;
            if (text.startsWith("'''", d)) {
                const dollars = d - pos;
                pos = d + 3;
                scanMultilinePiece(start, true, dollars);
                continue;
            }
        }
        const top = templates[templates.length - 1];
        if (c === 123 /* { */ && top)
            top.braces++;
        if (c === 125 /* } */ && top) {
            if (top.braces === 0) {
                templates.pop();
                pos++;
                if (top.multiline)
                    scanMultilinePiece(start, false, top.dollars);
                else
                    scanStringPiece(start, false);
                continue;
            }
            top.braces--;
        }
        const candidates = PUNCTUATION[text[pos]];
        let matched = false;
        if (candidates)
            for (const [p, kind] of candidates) {
                if (p.length === 1 || text.startsWith(p, pos)) {
                    pos += p.length;
                    push(kind, start, pos, p);
                    matched = true;
                    break;
                }
            }
        if (matched)
            continue;
        // Any other character: one error token per run of unknown characters.
        const cp = text.codePointAt(pos) ?? c;
        pos += cp > 0xffff ? 2 : 1;
        errors.push({ message: `Unexpected character '${String.fromCodePoint(cp)}'.`, start, end: pos });
        push('Error', start, pos, String.fromCodePoint(cp));
    }
    push('EOF', n, n);
    return { tokens, errors };
}
/** Offsets → 1-based line and column (the readers' shared LineIndex; the file name comes with spans elsewhere). */
class LineMap extends line_index/* LineIndex */.r {
    constructor(text) {
        super('', text);
    }
}

;// CONCATENATED MODULE: ./src/readers/bicep/evaluate.ts
/**
 * Bicep evaluator: parameters (defaults or values passed in), variables,
 * interpolation, loops, conditions, the functions that build AKS values,
 * and symbolic resource references (`cluster.id`, `pool.name`). Whatever
 * cannot be known before deployment is an `unknown` value with a reason;
 * nothing here throws on user input.
 */





/** Deeper evaluation (variables of variables, lambdas calling lambdas) is cut off as unknown. */
const MAX_EVAL_DEPTH = 400;
/** Work per evaluation (one template with its values), so nested loops over large ranges end. */
const MAX_EVAL_STEPS = 2_000_000;
class Evaluation {
    unit;
    overrides;
    imports;
    importCache;
    lines;
    globals = new Map();
    cache = new Map();
    evaluating = new Set();
    depth = 0;
    steps = 0;
    root = { locals: new Map() };
    resourceCache;
    constructor(unit, 
    /** Values passed in (module `params`, a `.bicepparam` file), by parameter name. */
    overrides = new Map(), 
    /** Files this one imports from (`import {...} from './x.bicep'`), read beforehand, by path. */
    imports = new Map(), 
    /** Evaluations of imported files, shared along an import chain (and guarding cycles). */
    importCache = new Map()) {
        this.unit = unit;
        this.overrides = overrides;
        this.imports = imports;
        this.importCache = importCache;
        this.lines = new LineMap(unit.text);
        for (const s of unit.ast.statements) {
            switch (s.kind) {
                case 'Param':
                    this.globals.set(s.name.name, { kind: 'param', decl: s });
                    break;
                case 'Var':
                    this.globals.set(s.name.name, { kind: 'var', decl: s });
                    break;
                case 'Resource':
                    this.globals.set(s.name.name, { kind: 'resource', decl: s });
                    break;
                case 'Module':
                    this.globals.set(s.name.name, { kind: 'module', decl: s });
                    break;
                case 'Func':
                    this.globals.set(s.name.name, { kind: 'func', decl: s });
                    break;
                case 'Import': {
                    const from = s.from?.kind === 'String' && !s.from.exprs.length ? resolveRelative(unit.path, s.from.parts[0]) : undefined;
                    if (s.wildcardAlias)
                        this.globals.set(s.wildcardAlias.name, { kind: 'import', name: s.wildcardAlias.name, from: s.specification ? undefined : from });
                    for (const sym of s.symbols ?? []) {
                        const original = sym.name.kind === 'Identifier' ? sym.name.name : (sym.name.parts[0] ?? '');
                        const name = sym.alias?.name ?? original;
                        if (name)
                            this.globals.set(name, { kind: 'import', name, from, original });
                    }
                    break;
                }
            }
        }
    }
    span(node) {
        const a = this.lines.position(node.start);
        const b = this.lines.position(Math.max(node.start, node.end));
        return { file: this.unit.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** The text of a file read by `load*Content(path)`, relative to this file; undefined when unread or unreadable. */
    fileText(target) {
        return this.unit.contents?.get(resolveRelative(this.unit.path, target));
    }
    /** The value of a parameter as the template sees it (override, else default). */
    param(name) {
        const sym = this.globals.get(name);
        return sym?.kind === 'param' ? this.global(name, sym) : unknownVal(`'${name}' is not a parameter`);
    }
    // ── resources and modules ─────────────────────────────────────────────
    resources() {
        if (this.resourceCache)
            return this.resourceCache;
        const out = [];
        this.resourceCache = out;
        for (const s of this.unit.ast.statements)
            if (s.kind === 'Resource')
                this.instancesOf(s, this.root, undefined, out);
        return out;
    }
    /** Instances of one resource declaration (one per loop item), with their nested resources after them. */
    instancesOf(decl, scope, parent, out) {
        const mine = [];
        const typeText = decl.type.kind === 'String' ? (toText(this.stringValue(decl.type, scope)) ?? '') : '';
        let type = typeText.split('@')[0] ?? '';
        if (parent && !type.includes('/'))
            type = `${parent.type}/${type}`;
        const make = (body, s, condition, label) => {
            const inst = {
                decl,
                symbol: decl.name.name,
                type,
                existing: decl.existing,
                body,
                scope: s,
                condition: both(parent?.condition, condition),
                label: [parent?.label, label].filter(Boolean).join(' ') || undefined,
                parent,
                ref: undefined
            };
            inst.ref = this.makeRef(inst);
            mine.push(inst);
            out.push(inst);
            // nested child resources
            if (body?.kind === 'Object')
                for (const p of body.properties)
                    if (p.kind === 'Resource')
                        this.instancesOf(p, s, inst, out);
        };
        this.expandBody(decl.value, scope, decl.name.name, make);
        return mine;
    }
    /** Calls `make` once per instance of a resource/module body: object, `if (...) {}`, or `[for ...]`. */
    expandBody(value, scope, symbol, make) {
        if (value.kind === 'If') {
            make(value.body, scope, this.eval(value.condition, scope));
            return;
        }
        if (value.kind === 'For') {
            const items = this.loopItems(value, scope);
            for (const { scope: s, label } of items) {
                if (value.body.kind === 'If')
                    make(value.body.body, s, this.eval(value.body.condition, s), `${symbol}${label}`);
                else
                    make(value.body, s, undefined, `${symbol}${label}`);
            }
            return;
        }
        make(value, scope);
    }
    loopItems(loop, scope) {
        const source = this.eval(loop.source, scope);
        const bind = (item, index) => {
            const locals = new Map();
            if (loop.item)
                locals.set(loop.item.name, item);
            if (loop.index)
                locals.set(loop.index.name, index);
            return { locals, parent: scope };
        };
        if (source.t === 'array')
            return source.items.map((s, k) => ({ scope: bind(s.value, values_int(k)), label: `[${k}]`, item: s.value }));
        if (source.t === 'int')
            // `for i in 3` is not Bicep, but a bad source should not stop evaluation
            return [];
        // Unknown collection: one instance with unknown item, so what does not depend on it is still linted.
        const reason = source.t === 'unknown' ? source.reason : 'not a list';
        return [{ scope: bind(unknownVal(`loop item (${reason})`), unknownVal('loop index')), label: '[?]', item: unknownVal(reason) }];
    }
    modules() {
        const out = [];
        for (const s of this.unit.ast.statements) {
            if (s.kind !== 'Module')
                continue;
            const p = s.path.kind === 'String' ? this.stringValue(s.path, this.root) : unknownVal('no module path');
            this.expandBody(s.value, this.root, s.name.name, (body, scope, condition, label) => {
                const params = new Map();
                if (body) {
                    const v = this.eval(body, scope);
                    const ps = get(v, 'params');
                    if (ps?.value.t === 'object')
                        for (const e of ps.value.props.values())
                            params.set(e.key, { value: e.value, span: e.span });
                }
                out.push({ decl: s, symbol: s.name.name, path: p, condition, label, params });
            });
        }
        return out;
    }
    /** The evaluated body of a resource instance (cached). */
    bodyOf(inst) {
        return inst.ref.body();
    }
    makeRef(inst) {
        let body;
        let busy = false;
        let id;
        const self = {
            symbol: inst.symbol,
            type: inst.type,
            existing: inst.existing,
            body: () => {
                if (body)
                    return body;
                if (busy)
                    return unknownVal(`resource '${inst.symbol}' refers to itself`);
                busy = true;
                body = inst.body ? this.eval(inst.body, inst.scope) : unknownVal('no body');
                busy = false;
                return body;
            },
            id: () => {
                if (id)
                    return id;
                id = this.resourceId(inst, self);
                return id;
            }
        };
        return self;
    }
    /** `/subscriptions/{?}/resourceGroups/{?}/providers/<ns>/<type>/<name>[/<child type>/<child name>]`. */
    resourceId(inst, ref) {
        const body = ref.body();
        const name = get(body, 'name')?.value ?? unknownVal(`the name of '${inst.symbol}'`);
        const parentEntry = get(body, 'parent')?.value;
        const parentRef = inst.parent?.ref ?? (parentEntry?.t === 'resource' ? parentEntry.ref : undefined);
        const segments = inst.type.split('/');
        if (parentRef) {
            return joinPieces([parentRef.id(), str(`/${segments[segments.length - 1]}/`), name], 'resource id');
        }
        const scopeVal = get(body, 'scope')?.value;
        let prefix = str(`/subscriptions/${model/* UNKNOWN_PART */.DQ}/resourceGroups/${model/* UNKNOWN_PART */.DQ}`, true);
        const scopeId = scopeVal ? (scopeVal.t === 'resource' ? scopeVal.ref.id() : get(scopeVal, 'id')?.value) : undefined;
        if (scopeId && (scopeId.t === 'string' || scopeId.t === 'unknown'))
            prefix = scopeId.t === 'string' ? scopeId : str(model/* UNKNOWN_PART */.DQ, true);
        // `name: '${cluster.name}/pool'` (the pre-`parent` way) gives one name per type segment.
        const names = name.t === 'string' && !name.partial ? name.v.split('/') : [name];
        const pieces = [prefix, str(`/providers/${segments[0]}`)];
        for (let k = 1; k < segments.length; k++) {
            const n = names[k - 1];
            pieces.push(str(`/${segments[k]}/`));
            pieces.push(n === undefined ? unknownVal('name') : typeof n === 'string' ? str(n) : n);
        }
        return joinPieces(pieces, 'resource id');
    }
    // ── expressions ───────────────────────────────────────────────────────
    global(name, sym) {
        const key = `${sym.kind}:${name}`;
        const cached = this.cache.get(key);
        if (cached)
            return cached;
        if (this.evaluating.has(key))
            return unknownVal(`'${name}' refers to itself`);
        this.evaluating.add(key);
        let v;
        switch (sym.kind) {
            case 'param': {
                const o = this.overrides.get(name);
                if (o)
                    v = o.value;
                else if (sym.decl.value)
                    v = this.eval(sym.decl.value, this.root);
                // a nullable parameter (`string?`) given no value is null, as its compiled ARM (`"nullable": true`) is
                else if (sym.decl.type?.kind === 'NullableType')
                    v = NULL;
                else
                    v = unknownVal(`parameter '${name}' has no default value`);
                break;
            }
            case 'var':
                v = this.eval(sym.decl.value, this.root);
                break;
            case 'resource': {
                const inst = this.resources().filter((r) => r.decl === sym.decl);
                v =
                    sym.decl.value.kind === 'For'
                        ? arrayOf(inst.map((r) => ({ t: 'resource', ref: r.ref })))
                        : inst[0]
                            ? { t: 'resource', ref: inst[0].ref }
                            : unknownVal(name);
                break;
            }
            case 'module':
                v = { t: 'module', name };
                break;
            case 'func':
                v =
                    sym.decl.lambda.kind === 'Lambda'
                        ? { t: 'lambda', node: sym.decl.lambda, scope: this.root, evaluation: this }
                        : unknownVal(`function '${name}'`);
                break;
            case 'import':
                v = this.imported(sym);
                break;
        }
        this.evaluating.delete(key);
        this.cache.set(key, v);
        return v;
    }
    /** An exported variable of a local file (its value does not depend on parameters); anything else imported is unknown. */
    imported(sym) {
        const unit = sym.from ? this.imports.get(sym.from) : undefined;
        if (!unit || !sym.from)
            return unknownVal(`'${sym.name}' is imported from another file`);
        let other = this.importCache.get(sym.from);
        if (!other) {
            other = new Evaluation(unit, new Map(), this.imports, this.importCache);
            this.importCache.set(sym.from, other);
        }
        if (sym.original !== undefined)
            return other.exportedVariable(sym.original);
        const props = new Map();
        for (const s of unit.ast.statements)
            if (s.kind === 'Var' || s.kind === 'Func')
                props.set(s.name.name.toLowerCase(), { key: s.name.name, value: other.exportedVariable(s.name.name) });
        return { t: 'object', props, open: `'${sym.name}' has members that are not variables` };
    }
    exportedVariable(name) {
        const sym = this.globals.get(name);
        if (sym?.kind === 'var' || sym?.kind === 'func' || sym?.kind === 'import')
            return this.global(name, sym);
        return unknownVal(`'${name}' is not a variable of ${this.unit.path}`);
    }
    lookup(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const v = s.locals.get(name);
            if (v)
                return v;
        }
        const sym = this.globals.get(name);
        if (sym)
            return this.global(name, sym);
        // nested resources are reachable by name inside their parent
        for (const r of this.resources())
            if (r.symbol === name)
                return { t: 'resource', ref: r.ref };
        return unknownVal(`'${name}' is not declared`);
    }
    stringValue(node, scope) {
        if (node.exprs.length === 0)
            return str(node.parts[0] ?? '');
        const pieces = [];
        node.parts.forEach((part, k) => {
            pieces.push(str(part));
            const e = node.exprs[k];
            if (e)
                pieces.push(this.eval(e, scope));
        });
        return joinPieces(pieces, 'an interpolated string of unknown values');
    }
    /** Evaluates an expression in the file's top-level scope. */
    evaluate(node) {
        return this.eval(node, this.root);
    }
    eval(node, scope) {
        if (this.depth > MAX_EVAL_DEPTH)
            return unknownVal('evaluation too deep');
        if (++this.steps > MAX_EVAL_STEPS)
            return unknownVal('too much to evaluate (nested loops over large lists)');
        this.depth++;
        try {
            return this.evalNode(node, scope);
        }
        finally {
            this.depth--;
        }
    }
    evalNode(node, scope) {
        switch (node.kind) {
            case 'String':
                return this.stringValue(node, scope);
            case 'Integer':
                return values_int(node.value);
            case 'Boolean':
                return bool(node.value);
            case 'Null':
                return NULL;
            case 'Identifier':
                return this.lookup(node.name, scope);
            case 'Parenthesized':
                return this.eval(node.expression, scope);
            case 'NonNull':
                return this.eval(node.expression, scope);
            case 'Missing':
                return unknownVal('syntax error');
            case 'Array': {
                const items = [];
                for (const item of node.items) {
                    if (item.kind === 'Spread') {
                        const v = this.eval(item.expression, scope);
                        if (v.t !== 'array')
                            return unknownVal('spread of an unknown list');
                        if (items.length + v.items.length > MAX_ITEMS)
                            return unknownVal('a list too long to evaluate');
                        for (const s of v.items)
                            items.push(s);
                    }
                    else
                        items.push({ value: this.eval(item, scope), span: this.span(item) });
                }
                return { t: 'array', items };
            }
            case 'Object': {
                const props = new Map();
                let open;
                for (const p of node.properties) {
                    if (p.kind === 'Resource')
                        continue;
                    if (p.kind === 'Spread') {
                        const v = this.eval(p.expression, scope);
                        if (v.t === 'null')
                            continue;
                        if (v.t !== 'object' || v.open) {
                            // what comes before may be overridden by keys we cannot know; what comes after stays
                            props.clear();
                            open = v.t === 'object' ? v.open : `a spread of ${v.t === 'unknown' ? v.reason : 'a non-object'}`;
                        }
                        if (v.t === 'object')
                            for (const [k, e] of v.props)
                                props.set(k, e);
                        continue;
                    }
                    const key = p.key.kind === 'Identifier' ? str(p.key.name) : this.stringValue(p.key, scope);
                    if (key.t !== 'string' || key.partial) {
                        // a key we cannot name: the other properties stay readable
                        open ??= 'a property whose name is known only at deployment';
                        continue;
                    }
                    props.set(key.v.toLowerCase(), { key: key.v, value: this.eval(p.value, scope), span: this.span(p.value) });
                }
                return open ? { t: 'object', props, open } : { t: 'object', props };
            }
            case 'Unary': {
                const v = this.eval(node.operand, scope);
                if (v.t === 'unknown')
                    return v;
                if (node.operator === '!')
                    return v.t === 'bool' ? bool(!v.v) : unknownVal('! of a non-boolean');
                if (v.t !== 'int')
                    return unknownVal(`${node.operator} of a non-number`);
                return values_int(node.operator === '-' ? -v.v : v.v);
            }
            case 'Binary':
                return this.binary(node, scope);
            case 'Ternary': {
                const c = this.eval(node.condition, scope);
                if (c.t === 'bool')
                    return this.eval(c.v ? node.whenTrue : node.whenFalse, scope);
                return unknownVal(c.t === 'unknown' ? `a condition on ${c.reason}` : 'a condition that is not a boolean');
            }
            case 'PropertyAccess':
                return this.member(this.eval(node.object, scope), node.name.name, node.safe);
            case 'IndexAccess': {
                const o = this.eval(node.object, scope);
                const k = this.eval(node.index, scope);
                if (o.t === 'null' && node.safe)
                    return NULL;
                if (o.t === 'array' && k.t === 'int') {
                    const idx = node.fromEnd ? o.items.length - k.v : k.v;
                    const item = o.items[idx];
                    return item ? item.value : node.safe ? NULL : unknownVal(`index ${k.v} is out of range`);
                }
                if (k.t === 'string' && !k.partial)
                    return this.member(o, k.v, node.safe);
                if (o.t === 'unknown')
                    return o;
                return unknownVal(k.t === 'unknown' ? k.reason : 'an index that cannot be evaluated');
            }
            case 'ResourceAccess': {
                const parent = this.eval(node.object, scope);
                if (parent.t !== 'resource')
                    return unknownVal(`'${node.name.name}' of an unknown resource`);
                const child = this.resources().find((r) => r.symbol === node.name.name && r.parent?.ref === parent.ref);
                return child ? { t: 'resource', ref: child.ref } : unknownVal(`nested resource '${node.name.name}'`);
            }
            case 'Call':
                return this.call(node, scope);
            case 'Lambda':
                return { t: 'lambda', node, scope };
            case 'For': {
                const items = [];
                const known = this.eval(node.source, scope);
                if (known.t !== 'array')
                    return unknownVal(known.t === 'unknown' ? known.reason : 'a loop over a non-list');
                for (const { scope: s } of this.loopItems(node, scope)) {
                    if (node.body.kind === 'If') {
                        const c = this.eval(node.body.condition, s);
                        if (c.t === 'bool' && !c.v)
                            continue;
                        if (c.t !== 'bool')
                            return unknownVal('a loop filter that cannot be evaluated');
                        items.push({ value: this.eval(node.body.body, s), span: this.span(node.body.body) });
                    }
                    else
                        items.push({ value: this.eval(node.body, s), span: this.span(node.body) });
                }
                return { t: 'array', items };
            }
        }
    }
    binary(node, scope) {
        const op = node.operator;
        const l = this.eval(node.left, scope);
        if (op === '&&' || op === '||') {
            if (l.t === 'bool' && l.v === (op === '||'))
                return l;
            const r = this.eval(node.right, scope);
            if (l.t === 'bool' && r.t === 'bool')
                return bool(op === '&&' ? l.v && r.v : l.v || r.v);
            if (r.t === 'bool' && r.v === (op === '||'))
                return r;
            return unknownVal(`a condition on ${l.t === 'unknown' ? l.reason : r.t === 'unknown' ? r.reason : 'non-booleans'}`);
        }
        if (op === '??') {
            if (l.t === 'null')
                return this.eval(node.right, scope);
            if (l.t === 'unknown')
                return l;
            return l;
        }
        const r = this.eval(node.right, scope);
        if (op === '==' || op === '!=' || op === '=~' || op === '!~') {
            const eq = equals(l, r, op === '=~' || op === '!~');
            if (eq === undefined)
                return unknownVal(`a comparison with ${l.t === 'unknown' ? l.reason : r.t === 'unknown' ? r.reason : 'an unknown value'}`);
            return bool(op === '==' || op === '=~' ? eq : !eq);
        }
        if (l.t === 'int' && r.t === 'int') {
            switch (op) {
                case '+':
                    return values_int(l.v + r.v);
                case '-':
                    return values_int(l.v - r.v);
                case '*':
                    return values_int(l.v * r.v);
                case '/':
                    return r.v === 0 ? unknownVal('division by zero') : values_int(Math.trunc(l.v / r.v));
                case '%':
                    return r.v === 0 ? unknownVal('division by zero') : values_int(l.v % r.v);
                case '<':
                    return bool(l.v < r.v);
                case '<=':
                    return bool(l.v <= r.v);
                case '>':
                    return bool(l.v > r.v);
                case '>=':
                    return bool(l.v >= r.v);
            }
        }
        if (l.t === 'string' && r.t === 'string' && !l.partial && !r.partial && ['<', '<=', '>', '>='].includes(op)) {
            const c = l.v < r.v ? -1 : l.v > r.v ? 1 : 0;
            return bool(op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
        }
        return unknownVal(`'${op}' of values that are not known numbers`);
    }
    /** `x.name`: objects (case-insensitive keys), resources, modules. */
    member(o, name, safe) {
        switch (o.t) {
            case 'object': {
                const e = get(o, name);
                if (e)
                    return e.value;
                return safe ? NULL : unknownVal(`property '${name}' is not set`);
            }
            case 'null':
                return safe ? NULL : unknownVal(`'${name}' of null`);
            case 'resource':
                return this.resourceMember(o.ref, name);
            case 'module':
                return name.toLowerCase() === 'name'
                    ? unknownVal(`the deployment name of module '${o.name}'`)
                    : unknownVal(`an output of module '${o.name}'`);
            case 'unknown':
                return o;
            default:
                return unknownVal(`'${name}' of a ${o.t}`);
        }
    }
    resourceMember(ref, name) {
        const key = name.toLowerCase();
        if (key === 'id')
            return ref.id();
        if (key === 'type')
            return str(ref.type);
        const body = ref.body();
        if (key === 'name')
            return get(body, 'name')?.value ?? unknownVal(`the name of '${ref.symbol}'`);
        if (ref.existing)
            return unknownVal(`'${name}' of existing resource '${ref.symbol}' (read at deployment)`);
        const e = get(body, name);
        return e ? e.value : unknownVal(`'${name}' of '${ref.symbol}' (set at deployment)`);
    }
    callLambda(fn, args) {
        if (fn.t !== 'lambda')
            return unknownVal('not a function');
        const locals = new Map();
        fn.node.parameters.forEach((p, k) => locals.set(p.name.name, args[k] ?? NULL));
        const owner = fn.evaluation instanceof Evaluation ? fn.evaluation : this;
        return owner.eval(fn.node.body, { locals, parent: fn.scope });
    }
    call(node, scope) {
        if (node.object) {
            // `az.resourceId(...)`, `sys.concat(...)`: namespaces; `res.listKeys()`: runtime
            if (node.object.kind === 'Identifier' &&
                (node.object.name === 'az' || node.object.name === 'sys') &&
                !scope.locals.has(node.object.name))
                return builtin(this, node.name.name, node, scope);
            const target = this.eval(node.object, scope);
            if (target.t === 'unknown')
                return target;
            if (node.object.kind === 'Identifier' && this.globals.get(node.object.name)?.kind === 'import') {
                // `ns.fn(...)` with `import * as ns from './x.bicep'`
                const fn = this.member(target, node.name.name, false);
                if (fn.t === 'lambda')
                    return this.callLambda(fn, node.args.map((a) => this.eval(a, scope)));
            }
            return unknownVal(`${node.name.name}() is evaluated at deployment`);
        }
        const local = this.lookupLocal(node.name.name, scope);
        if (local)
            return this.callLambda(local, node.args.map((a) => this.eval(a, scope)));
        const sym = this.globals.get(node.name.name);
        if (sym?.kind === 'func' || sym?.kind === 'import')
            return this.callLambda(this.global(node.name.name, sym), node.args.map((a) => this.eval(a, scope)));
        return builtin(this, node.name.name, node, scope);
    }
    lookupLocal(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const v = s.locals.get(name);
            if (v)
                return v;
        }
        return undefined;
    }
}
/** A nested resource is deployed when its parent is and its own condition holds. */
function both(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    if ((a.t === 'bool' && !a.v) || (b.t === 'bool' && !b.v))
        return bool(false);
    if (a.t === 'bool' && b.t === 'bool')
        return bool(true);
    return a.t === 'bool' ? b : a;
}
/** Resolves a module or `using` path against the file that names it (POSIX, relative to the working directory). */
function resolveRelative(fromFile, target) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(fromFile), target));
}


;// CONCATENATED MODULE: ./src/readers/bicep/parser.ts

const MAX_DEPTH = 200;
const OPENERS = { '{': true, '[': true, '(': true, StringLeft: true };
const BINARY_PRECEDENCE = {
    '??': 1,
    '||': 2,
    '&&': 3,
    '==': 4,
    '!=': 4,
    '=~': 4,
    '!~': 4,
    '<': 5,
    '<=': 5,
    '>': 5,
    '>=': 5,
    '+': 6,
    '-': 6,
    '*': 7,
    '/': 7,
    '%': 7
};
/** Operators that may start a continuation line: none of them can start an expression. */
const CONTINUATION = {
    '??': true,
    '||': true,
    '&&': true,
    '==': true,
    '!=': true,
    '=~': true,
    '!~': true,
    '<': true,
    '<=': true,
    '>': true,
    '>=': true,
    '*': true,
    '/': true,
    '%': true,
    '?': true
};
const DECLARATION_KEYWORDS = new Set([
    'param',
    'var',
    'resource',
    'module',
    'output',
    'type',
    'func',
    'import',
    'metadata',
    'targetScope',
    'extension',
    'provider',
    'using',
    'extends',
    'assert',
    'test',
    'extensionConfig'
]);
function parse(text) {
    const { tokens, errors: scanErrors } = scan(text);
    const errors = scanErrors.map((e) => ({ ...e }));
    // Index of the matching closer for every opener (one pass), so look-ahead and skipping stay linear.
    const match = new Int32Array(tokens.length).fill(-1);
    {
        const stack = [];
        for (let k = 0; k < tokens.length; k++) {
            const kind = tokens[k].kind;
            if (kind === '{' || kind === '[' || kind === '(' || kind === 'StringLeft')
                stack.push(k);
            else if ((kind === '}' || kind === ']' || kind === ')' || kind === 'StringRight') && stack.length)
                match[stack.pop()] = k;
        }
    }
    // Declarations that start a line at column 1 (`param x`, `resource r '...'`): an unclosed
    // bracket stops there, so the declarations after it are still read.
    const isDeclarationStart = (k) => {
        const t = tokens[k];
        if (t.kind !== 'Identifier')
            return false;
        // column 1 only: the first character of the text or of a line
        if (t.start > 0) {
            const before = text.charCodeAt(t.start - 1);
            if (before !== 10 && before !== 13)
                return false;
        }
        if (!DECLARATION_KEYWORDS.has(t.value))
            return false;
        const next = tokens[k + 1];
        return next.kind === 'Identifier' || next.kind === 'String' || (t.value === 'targetScope' && next.kind === '=');
    };
    let nextDeclaration;
    /** Where skipping an opener ends: after its closer, else (unclosed) at the next declaration. */
    const skipTarget = (k) => {
        const close = match[k];
        if (close >= 0)
            return close + 1;
        if (!nextDeclaration) {
            nextDeclaration = new Int32Array(tokens.length);
            for (let j = tokens.length - 1, after = tokens.length - 1; j >= 0; j--) {
                if (isDeclarationStart(j))
                    after = j;
                nextDeclaration[j] = after;
            }
        }
        return nextDeclaration[k + 1];
    };
    let i = 0;
    let skipNewLines = false;
    let depth = 0;
    const raw = () => tokens[i];
    const cur = () => {
        if (skipNewLines)
            while (tokens[i].kind === 'NewLine')
                i++;
        return tokens[i];
    };
    const advance = () => {
        const t = cur();
        if (t.kind !== 'EOF')
            i++;
        return t;
    };
    const isKeyword = (t, word) => t.kind === 'Identifier' && t.value === word;
    const skipLines = () => {
        while (tokens[i].kind === 'NewLine')
            i++;
    };
    /** The next token after any newlines, without moving. */
    const peekPastLines = () => {
        let k = i;
        while (tokens[k].kind === 'NewLine')
            k++;
        return tokens[k];
    };
    const describe = (t) => {
        if (t.kind === 'EOF')
            return 'the end of the file';
        if (t.kind === 'NewLine')
            return 'a new line';
        const s = text.slice(t.start, t.end);
        return `'${s.length > 40 ? s.slice(0, 40) + '…' : s}'`;
    };
    const error = (message, start, end) => {
        errors.push({ message, start, end });
    };
    const missing = () => {
        const t = cur();
        return { kind: 'Missing', start: t.start, end: t.start };
    };
    /**
     * Reports `message` at the current token, then skips tokens, brackets
     * balanced, until one of `sync` at the same nesting level (not consumed)
     * or the end. A stray closer is skipped.
     */
    const recover = (message, sync) => {
        const t = cur();
        if (t.kind !== 'Error')
            error(message.replace('{found}', describe(t)), t.start, t.end);
        while (true) {
            const r = raw();
            if (r.kind === 'EOF')
                return;
            if (sync.includes(r.kind))
                return;
            if (OPENERS[r.kind]) {
                i = skipTarget(i);
                continue;
            }
            if (i > 0 && isDeclarationStart(i))
                return;
            i++;
        }
    };
    const expect = (kind, what) => {
        const t = cur();
        if (t.kind === kind) {
            i++;
            return t;
        }
        if (t.kind !== 'Error')
            error(`Expected ${what} but found ${describe(t)}.`, t.start, t.end);
        return undefined;
    };
    const expectKeyword = (word) => {
        const t = cur();
        if (isKeyword(t, word)) {
            i++;
            return true;
        }
        if (t.kind !== 'Error')
            error(`Expected '${word}' but found ${describe(t)}.`, t.start, t.end);
        return false;
    };
    const identifier = (what) => {
        const t = cur();
        if (t.kind === 'Identifier') {
            i++;
            return { kind: 'Identifier', name: t.value, start: t.start, end: t.end };
        }
        if (t.kind !== 'Error')
            error(`Expected ${what} but found ${describe(t)}.`, t.start, t.end);
        return { kind: 'Identifier', name: '', start: t.start, end: t.start };
    };
    /** Guards recursion; on overflow skips the nested construct at the cursor and returns false. */
    const enter = () => {
        if (depth < MAX_DEPTH) {
            depth++;
            return true;
        }
        const t = cur();
        error(`The expression is nested more than ${MAX_DEPTH} levels deep.`, t.start, t.end);
        if (OPENERS[t.kind])
            i = skipTarget(i);
        else if (t.kind !== 'EOF')
            i++;
        return false;
    };
    const withNewLines = (skip, fn) => {
        // nothing in the parser throws, so no try/finally
        const saved = skipNewLines;
        skipNewLines = skip;
        const result = fn();
        skipNewLines = saved;
        return result;
    };
    // ── strings ───────────────────────────────────────────────────────────
    const parseString = () => {
        const t = cur();
        if (t.kind === 'String') {
            i++;
            return { kind: 'String', parts: [t.value], exprs: [], multiline: !!t.multiline, start: t.start, end: t.end };
        }
        if (t.kind !== 'StringLeft') {
            if (t.kind === 'Error')
                i++;
            else
                error(`Expected a string but found ${describe(t)}.`, t.start, t.end);
            return { kind: 'Missing', start: t.start, end: t.start };
        }
        i++;
        const parts = [t.value];
        const exprs = [];
        let end = t.end;
        withNewLines(true, () => {
            while (true) {
                exprs.push(parseExpression());
                const p = cur();
                if (p.kind === 'StringMiddle') {
                    i++;
                    parts.push(p.value);
                    continue;
                }
                if (p.kind === 'StringRight') {
                    i++;
                    parts.push(p.value);
                    end = p.end;
                    return;
                }
                recover("Expected '}' to end the interpolation but found {found}.", ['StringMiddle', 'StringRight', 'NewLine']);
                const q = raw();
                if (q.kind === 'StringMiddle') {
                    i++;
                    parts.push(q.value);
                    continue;
                }
                if (q.kind === 'StringRight') {
                    i++;
                    parts.push(q.value);
                    end = q.end;
                    return;
                }
                parts.push('');
                end = q.start;
                return;
            }
        });
        return { kind: 'String', parts, exprs, multiline: !!t.multiline, start: t.start, end };
    };
    // ── expressions ───────────────────────────────────────────────────────
    const parseExpression = () => {
        if (!enter())
            return missing();
        try {
            const condition = parseBinary(1);
            if (continues('?')) {
                i++;
                skipLines();
                const whenTrue = parseExpression();
                if (!continues(':')) {
                    const t = cur();
                    error(`Expected ':' but found ${describe(t)}.`, t.start, t.end);
                    return { kind: 'Ternary', condition, whenTrue, whenFalse: missing(), start: condition.start, end: whenTrue.end };
                }
                i++;
                skipLines();
                const whenFalse = parseExpression();
                return { kind: 'Ternary', condition, whenTrue, whenFalse, start: condition.start, end: whenFalse.end };
            }
            return condition;
        }
        finally {
            depth--;
        }
    };
    /** True when the next token is `kind`, on this line or (for operators that cannot start an expression) the next. */
    const continues = (kind) => {
        const t = cur();
        if (t.kind === kind)
            return true;
        if (t.kind === 'NewLine' && (CONTINUATION[kind] || kind === ':')) {
            const next = peekPastLines();
            if (next.kind === kind) {
                skipLines();
                return true;
            }
        }
        return false;
    };
    const parseBinary = (minPrecedence) => {
        let left = parseUnary();
        while (true) {
            let t = cur();
            if (t.kind === 'NewLine') {
                const next = peekPastLines();
                if (CONTINUATION[next.kind] && next.kind !== '?' && BINARY_PRECEDENCE[next.kind])
                    t = next;
            }
            const precedence = BINARY_PRECEDENCE[t.kind];
            if (precedence === undefined || precedence < minPrecedence)
                return left;
            skipLines();
            i++;
            skipLines();
            if (!enter())
                return left;
            const right = parseBinary(precedence + 1);
            depth--;
            left = { kind: 'Binary', operator: t.kind, left, right, start: left.start, end: right.end };
        }
    };
    const parseUnary = () => {
        const t = cur();
        if (t.kind === '!' || t.kind === '-' || t.kind === '+') {
            if (!enter())
                return missing();
            i++;
            const operand = parseUnary();
            depth--;
            return { kind: 'Unary', operator: t.kind, operand, start: t.start, end: operand.end };
        }
        return parsePostfix(parsePrimary());
    };
    const parsePostfix = (expr) => {
        while (true) {
            const t = cur();
            if (t.kind === '.') {
                i++;
                let safe = false;
                if (cur().kind === '?') {
                    safe = true;
                    i++;
                }
                const name = identifier('a property name');
                if (cur().kind === '(' && !safe) {
                    const { args, end } = parseArguments();
                    expr = { kind: 'Call', name, args, object: expr, start: expr.start, end };
                }
                else
                    expr = { kind: 'PropertyAccess', object: expr, name, safe, start: expr.start, end: name.end };
                continue;
            }
            if (t.kind === '[') {
                i++;
                let safe = false;
                let fromEnd = false;
                const index = withNewLines(true, () => {
                    if (cur().kind === '?') {
                        safe = true;
                        i++;
                    }
                    if (cur().kind === '^') {
                        fromEnd = true;
                        i++;
                    }
                    return parseExpression();
                });
                const close = withNewLines(true, () => expect(']', "']'"));
                expr = { kind: 'IndexAccess', object: expr, index, safe, fromEnd, start: expr.start, end: close ? close.end : index.end };
                continue;
            }
            if (t.kind === '::') {
                i++;
                const name = identifier('a nested resource name');
                expr = { kind: 'ResourceAccess', object: expr, name, start: expr.start, end: name.end };
                continue;
            }
            if (t.kind === '!') {
                i++;
                expr = { kind: 'NonNull', expression: expr, start: expr.start, end: t.end };
                continue;
            }
            return expr;
        }
    };
    const parseArguments = () => {
        const open = cur();
        i++; // (
        const args = [];
        return withNewLines(true, () => {
            if (cur().kind === ')')
                return { args, end: advance().end };
            while (true) {
                args.push(parseExpression());
                const t = cur();
                if (t.kind === ',') {
                    i++;
                    continue;
                }
                if (t.kind === ')')
                    return { args, end: advance().end };
                recover("Expected ',' or ')' but found {found}.", [',', ')']);
                const r = cur();
                if (r.kind === ',') {
                    i++;
                    continue;
                }
                if (r.kind === ')')
                    return { args, end: advance().end };
                return { args, end: r.start > open.end ? r.start : open.end };
            }
        });
    };
    const lambdaAhead = () => {
        const close = match[i];
        if (close < 0)
            return false;
        let k = close + 1;
        while (tokens[k].kind === 'NewLine')
            k++;
        return tokens[k].kind === '=>';
    };
    const parsePrimary = () => {
        const t = cur();
        if (isDeclarationStart(i)) {
            // an unclosed construct ran into the next declaration: leave it to the statement loop
            error(`Expected an expression but found ${describe(t)}.`, t.start, t.end);
            return missing();
        }
        switch (t.kind) {
            case 'Identifier': {
                if (t.value === 'true' || t.value === 'false') {
                    i++;
                    return { kind: 'Boolean', value: t.value === 'true', start: t.start, end: t.end };
                }
                if (t.value === 'null') {
                    i++;
                    return { kind: 'Null', start: t.start, end: t.end };
                }
                const next = tokens[i + 1];
                if (next.kind === '=>') {
                    i++;
                    const name = { kind: 'Identifier', name: t.value, start: t.start, end: t.end };
                    return parseLambdaBody([{ name, start: t.start, end: t.end }], t.start);
                }
                const name = { kind: 'Identifier', name: t.value, start: t.start, end: t.end };
                i++;
                if (next.kind === '(') {
                    const { args, end } = parseArguments();
                    return { kind: 'Call', name, args, start: t.start, end };
                }
                return name;
            }
            case 'Integer':
                i++;
                return { kind: 'Integer', value: Number(t.value), start: t.start, end: t.end };
            case 'String':
            case 'StringLeft':
                return parseString();
            case '[': {
                const k = peekAfter(i + 1);
                if (isKeyword(k, 'for'))
                    return parseFor();
                return parseArray();
            }
            case '{':
                return parseObject();
            case '(': {
                if (lambdaAhead())
                    return parseLambda();
                i++;
                const expression = withNewLines(true, () => parseExpression());
                const close = withNewLines(true, () => expect(')', "')'"));
                return { kind: 'Parenthesized', expression, start: t.start, end: close ? close.end : expression.end };
            }
            case 'Error':
                i++;
                return { kind: 'Missing', start: t.start, end: t.end };
            default:
                error(`Expected an expression but found ${describe(t)}.`, t.start, t.end);
                return missing();
        }
    };
    const peekAfter = (k) => {
        while (tokens[k].kind === 'NewLine')
            k++;
        return tokens[k];
    };
    const parseLambdaParameters = () => {
        const params = [];
        i++; // (
        withNewLines(true, () => {
            while (cur().kind !== ')' && cur().kind !== 'EOF') {
                const name = identifier('a parameter name');
                let type;
                if (cur().kind !== ',' && cur().kind !== ')')
                    type = parseType();
                params.push({ name, type, start: name.start, end: type ? type.end : name.end });
                if (cur().kind === ',')
                    i++;
                else if (cur().kind !== ')')
                    recover("Expected ',' or ')' but found {found}.", [',', ')']);
                if (name.start === name.end && cur().kind !== ')' && cur().kind !== ',')
                    break;
            }
            expect(')', "')'");
        });
        return params;
    };
    const parseLambda = () => {
        const start = cur().start;
        const params = parseLambdaParameters();
        return parseLambdaBody(params, start);
    };
    const parseLambdaBody = (parameters, start, returnType) => {
        skipLines();
        expect('=>', "'=>'");
        skipLines();
        const body = parseExpression();
        return { kind: 'Lambda', parameters, returnType, body, start, end: body.end };
    };
    const parseArray = () => {
        const open = cur();
        i++;
        const items = [];
        const end = withNewLines(false, () => {
            while (true) {
                skipLines();
                const t = cur();
                if (t.kind === ']')
                    return advance().end;
                if (t.kind === 'EOF' || isDeclarationStart(i)) {
                    error(`Expected ']' but found ${describe(t)}.`, t.start, t.end);
                    return t.start;
                }
                if (t.kind === '...') {
                    i++;
                    const expression = parseExpression();
                    items.push({ kind: 'Spread', expression, start: t.start, end: expression.end });
                }
                else
                    items.push(parseExpression());
                const s = cur();
                if (s.kind === ',' || s.kind === 'NewLine')
                    i++;
                else if (s.kind !== ']')
                    recover("Expected ',', a new line or ']' but found {found}.", ['NewLine', ',', ']']);
                if (cur().kind === ',')
                    i++;
            }
        });
        return { kind: 'Array', items, start: open.start, end };
    };
    const parseObject = () => {
        const open = cur();
        i++;
        const properties = [];
        const end = withNewLines(false, () => {
            while (true) {
                skipLines();
                const t = cur();
                if (t.kind === '}')
                    return advance().end;
                if (t.kind === 'EOF' || isDeclarationStart(i)) {
                    error(`Expected '}' but found ${describe(t)}.`, t.start, t.end);
                    return t.start;
                }
                if (t.kind === '...') {
                    i++;
                    const expression = parseExpression();
                    properties.push({ kind: 'Spread', expression, start: t.start, end: expression.end });
                }
                else {
                    const decorators = parseDecorators();
                    const k = cur();
                    let key;
                    let nested = false;
                    if (isKeyword(k, 'resource') && tokens[i + 1].kind === 'Identifier') {
                        // a nested child resource
                        nested = true;
                        const declaration = parseDeclaration(decorators);
                        if (declaration)
                            properties.push(declaration);
                    }
                    else if (k.kind === 'Identifier') {
                        i++;
                        key = { kind: 'Identifier', name: k.value, start: k.start, end: k.end };
                    }
                    else if (k.kind === 'String' || k.kind === 'StringLeft') {
                        const s = parseString();
                        if (s.kind === 'String')
                            key = s;
                    }
                    if (nested) {
                        // read above
                    }
                    else if (!key) {
                        recover('Expected a property name but found {found}.', ['NewLine', ',', '}']);
                    }
                    else if (cur().kind !== ':') {
                        recover("Expected ':' but found {found}.", ['NewLine', ',', '}']);
                    }
                    else {
                        i++;
                        const value = parseExpression();
                        properties.push({ kind: 'Property', key, value, decorators, start: decorators[0]?.start ?? key.start, end: value.end });
                    }
                }
                const s = cur();
                if (s.kind === ',' || s.kind === 'NewLine')
                    i++;
                else if (s.kind !== '}')
                    recover("Expected ',', a new line or '}' but found {found}.", ['NewLine', ',', '}']);
                if (cur().kind === ',')
                    i++;
            }
        });
        return { kind: 'Object', properties, start: open.start, end };
    };
    const parseFor = () => {
        const open = cur();
        i++;
        const result = withNewLines(true, () => {
            advance(); // for
            let item;
            let index;
            if (cur().kind === '(') {
                i++;
                item = identifier('the loop item name');
                if (expect(',', "','"))
                    index = identifier('the loop index name');
                expect(')', "')'");
            }
            else
                item = identifier('the loop item name');
            expectKeyword('in');
            const source = parseExpression();
            expect(':', "':'");
            const body = isKeyword(cur(), 'if') ? parseIf() : withNewLines(false, () => parseExpression());
            let end = body.end;
            const close = cur();
            if (close.kind === ']') {
                i++;
                end = close.end;
            }
            else
                recover("Expected ']' to end the loop but found {found}.", [']', 'NewLine']);
            return { kind: 'For', item, index, source, body, start: open.start, end };
        });
        return result;
    };
    const parseIf = () => {
        const keyword = cur();
        i++; // if
        const open = cur();
        let condition;
        if (open.kind === '(') {
            i++;
            condition = withNewLines(true, () => parseExpression());
            withNewLines(true, () => expect(')', "')'"));
        }
        else {
            error(`Expected '(' but found ${describe(open)}.`, open.start, open.end);
            condition = missing();
        }
        const body = withNewLines(false, () => parseExpression());
        return { kind: 'If', condition, body, start: keyword.start, end: body.end };
    };
    // ── types ─────────────────────────────────────────────────────────────
    const parseType = () => {
        if (!enter())
            return missing();
        try {
            // a union may start on the next line with a leading `|`
            if (cur().kind === 'NewLine' && peekPastLines().kind === '|')
                skipLines();
            const start = cur().start;
            if (cur().kind === '|')
                i++;
            const first = parseSingularType();
            const members = [first];
            while (true) {
                const t = cur();
                const next = t.kind === 'NewLine' ? peekPastLines() : t;
                if (next.kind !== '|')
                    break;
                skipLines();
                i++;
                skipLines();
                members.push(parseSingularType());
            }
            if (members.length === 1 && start === first.start)
                return first;
            return { kind: 'UnionType', members, start, end: members[members.length - 1].end };
        }
        finally {
            depth--;
        }
    };
    const parseSingularType = () => {
        let type = parsePrimaryType();
        while (true) {
            const t = cur();
            if (t.kind === '[') {
                const next = tokens[i + 1];
                if (next.kind === ']') {
                    i += 2;
                    type = { kind: 'ArrayType', item: type, start: type.start, end: next.end };
                    continue;
                }
                if (type.kind === 'TypeReference' && (next.kind === 'Integer' || next.kind === '*') && tokens[i + 2].kind === ']') {
                    type.path.push(`[${next.value}]`);
                    type.end = tokens[i + 2].end;
                    i += 3;
                    continue;
                }
                return type;
            }
            if (t.kind === '?') {
                i++;
                type = { kind: 'NullableType', type, start: type.start, end: t.end };
                continue;
            }
            if (t.kind === '!') {
                // `nullable!`: the non-null form of a nullable type
                i++;
                type = { ...type, end: t.end };
                continue;
            }
            if (t.kind === '.' && type.kind === 'TypeReference') {
                i++;
                const p = cur();
                if (p.kind === '*' || p.kind === 'Identifier') {
                    i++;
                    type.path.push(p.value);
                    type.end = p.end;
                }
                else
                    error(`Expected a property name but found ${describe(p)}.`, p.start, p.end);
                continue;
            }
            return type;
        }
    };
    const parsePrimaryType = () => {
        const t = cur();
        switch (t.kind) {
            case 'Identifier': {
                if (t.value === 'true' || t.value === 'false' || t.value === 'null') {
                    const value = parsePrimary();
                    return { kind: 'TypeLiteral', value, start: t.start, end: t.end };
                }
                i++;
                if ((t.value === 'sys' || t.value === 'az') && cur().kind === '.' && /^resource(In|Out)put$/.test(tokens[i + 1].value)) {
                    i++;
                    return parsePrimaryType();
                }
                if ((t.value === 'resourceInput' || t.value === 'resourceOutput' || t.value === 'resource') && cur().kind === '<') {
                    i++;
                    skipLines();
                    const s = parseString();
                    skipLines();
                    const close = expect('>', "'>'");
                    return {
                        kind: 'TypeReference',
                        name: t.value,
                        resourceType: s.kind === 'String' ? s : undefined,
                        path: [],
                        start: t.start,
                        end: close ? close.end : s.end
                    };
                }
                if (t.value === 'resource' && (cur().kind === 'String' || cur().kind === 'StringLeft')) {
                    const s = parseString();
                    return s.kind === 'String' ? { kind: 'ResourceType', type: s, start: t.start, end: s.end } : s;
                }
                return { kind: 'TypeReference', name: t.value, path: [], start: t.start, end: t.end };
            }
            case 'String':
            case 'StringLeft': {
                const s = parseString();
                return s.kind === 'String' ? { kind: 'TypeLiteral', value: s, start: s.start, end: s.end } : s;
            }
            case 'Integer': {
                i++;
                return {
                    kind: 'TypeLiteral',
                    value: { kind: 'Integer', value: Number(t.value), start: t.start, end: t.end },
                    start: t.start,
                    end: t.end
                };
            }
            case '-':
            case '!': {
                const value = parseUnary();
                return { kind: 'TypeLiteral', value: value, start: t.start, end: value.end };
            }
            case '{':
                return parseObjectType();
            case '[':
                return parseTupleType();
            case '(': {
                i++;
                const type = withNewLines(true, () => parseType());
                const close = withNewLines(true, () => expect(')', "')'"));
                return { kind: 'ParenthesizedType', type, start: t.start, end: close ? close.end : type.end };
            }
            default:
                if (t.kind === 'Error') {
                    i++;
                    return { kind: 'Missing', start: t.start, end: t.end };
                }
                error(`Expected a type but found ${describe(t)}.`, t.start, t.end);
                return missing();
        }
    };
    const parseObjectType = () => {
        const open = cur();
        i++;
        const properties = [];
        const end = withNewLines(false, () => {
            while (true) {
                skipLines();
                const t = cur();
                if (t.kind === '}')
                    return advance().end;
                if (t.kind === 'EOF' || isDeclarationStart(i)) {
                    error(`Expected '}' but found ${describe(t)}.`, t.start, t.end);
                    return t.start;
                }
                const decorators = parseDecorators();
                const k = cur();
                let key;
                if (k.kind === 'Identifier') {
                    i++;
                    key = { kind: 'Identifier', name: k.value, start: k.start, end: k.end };
                }
                else if (k.kind === '*') {
                    i++;
                    key = '*';
                }
                else if (k.kind === 'String' || k.kind === 'StringLeft') {
                    const s = parseString();
                    if (s.kind === 'String')
                        key = s;
                }
                if (!key)
                    recover('Expected a property name but found {found}.', ['NewLine', ',', '}']);
                else if (cur().kind !== ':')
                    recover("Expected ':' but found {found}.", ['NewLine', ',', '}']);
                else {
                    i++;
                    const type = parseType();
                    properties.push({ decorators, key, type, start: decorators[0]?.start ?? k.start, end: type.end });
                }
                const s = cur();
                if (s.kind === ',' || s.kind === 'NewLine')
                    i++;
                else if (s.kind !== '}')
                    recover("Expected ',', a new line or '}' but found {found}.", ['NewLine', ',', '}']);
                if (cur().kind === ',')
                    i++;
            }
        });
        return { kind: 'ObjectType', properties, start: open.start, end };
    };
    const parseTupleType = () => {
        const open = cur();
        i++;
        const items = [];
        const end = withNewLines(false, () => {
            while (true) {
                skipLines();
                const t = cur();
                if (t.kind === ']')
                    return advance().end;
                if (t.kind === 'EOF' || isDeclarationStart(i)) {
                    error(`Expected ']' but found ${describe(t)}.`, t.start, t.end);
                    return t.start;
                }
                const decorators = parseDecorators();
                items.push({ decorators, type: parseType() });
                const s = cur();
                if (s.kind === ',' || s.kind === 'NewLine')
                    i++;
                else if (s.kind !== ']')
                    recover("Expected ',', a new line or ']' but found {found}.", ['NewLine', ',', ']']);
                if (cur().kind === ',')
                    i++;
            }
        });
        return { kind: 'TupleType', items, start: open.start, end };
    };
    // ── statements ────────────────────────────────────────────────────────
    const parseDecorators = () => {
        const decorators = [];
        while (cur().kind === '@') {
            const at = advance();
            const expression = withNewLines(false, () => parsePostfix(parsePrimary()));
            decorators.push({ kind: 'Decorator', expression, start: at.start, end: expression.end });
            skipLines();
        }
        return decorators;
    };
    const parseBody = () => (isKeyword(cur(), 'if') ? parseIf() : parseExpression());
    const parseStatement = () => parseDeclaration(parseDecorators());
    const parseDeclaration = (decorators) => {
        const k = cur();
        if (k.kind !== 'Identifier' || !DECLARATION_KEYWORDS.has(k.value)) {
            recover('Expected a declaration (param, var, resource, module, output, type, func, import...) but found {found}.', ['NewLine']);
            return undefined;
        }
        i++;
        const keyword = { start: k.start, end: k.end };
        const start = decorators[0]?.start ?? k.start;
        const base = { decorators, keyword, start };
        const done = (s, end) => {
            const statement = s;
            statement.end = end;
            return statement;
        };
        switch (k.value) {
            case 'param': {
                const name = identifier('a parameter name');
                let type;
                if (cur().kind !== '=')
                    type = parseType();
                let value;
                if (cur().kind === '=') {
                    i++;
                    value = parseExpression();
                }
                return done({ kind: 'Param', ...base, name, type, value }, (value ?? type ?? name).end);
            }
            case 'var': {
                const name = identifier('a variable name');
                let type;
                if (cur().kind !== '=')
                    type = parseType();
                expect('=', "'='");
                const value = parseExpression();
                return done({ kind: 'Var', ...base, name, type, value }, value.end);
            }
            case 'resource':
            case 'module':
            case 'test': {
                const name = identifier(`a ${k.value} name`);
                const type = parseString();
                let existing = false;
                if (k.value === 'resource' && isKeyword(cur(), 'existing')) {
                    existing = true;
                    i++;
                }
                expect('=', "'='");
                skipLines();
                const value = parseBody();
                if (k.value === 'resource')
                    return done({ kind: 'Resource', ...base, name, type, existing, value }, value.end);
                if (k.value === 'module')
                    return done({ kind: 'Module', ...base, name, path: type, value }, value.end);
                return done({ kind: 'Test', ...base, name, path: type, value: value }, value.end);
            }
            case 'output': {
                const name = identifier('an output name');
                const type = parseType();
                expect('=', "'='");
                const value = parseExpression();
                return done({ kind: 'Output', ...base, name, type, value }, value.end);
            }
            case 'type': {
                const name = identifier('a type name');
                expect('=', "'='");
                if (peekPastLines().kind === '|')
                    skipLines();
                const type = parseType();
                return done({ kind: 'Type', ...base, name, type }, type.end);
            }
            case 'func': {
                const name = identifier('a function name');
                let lambda;
                if (cur().kind === '(') {
                    const lstart = cur().start;
                    const params = parseLambdaParameters();
                    const returnType = cur().kind === '=>' ? undefined : parseType();
                    lambda = parseLambdaBody(params, lstart, returnType);
                }
                else {
                    const t = cur();
                    error(`Expected '(' but found ${describe(t)}.`, t.start, t.end);
                    lambda = missing();
                }
                return done({ kind: 'Func', ...base, name, lambda }, lambda.end);
            }
            case 'import': {
                const t = cur();
                if (t.kind === 'String' || t.kind === 'StringLeft') {
                    // Legacy provider import: `import 'az@1.0.0' with {...} as alias`.
                    const specification = parseString();
                    let config;
                    let alias;
                    if (isKeyword(cur(), 'with')) {
                        i++;
                        config = parseExpression();
                    }
                    if (isKeyword(cur(), 'as')) {
                        i++;
                        alias = identifier('an alias');
                    }
                    const end = (alias ?? config ?? specification).end;
                    return done({ kind: 'Import', ...base, specification: specification.kind === 'String' ? specification : undefined, wildcardAlias: alias }, end);
                }
                let symbols;
                let wildcardAlias;
                if (t.kind === '*') {
                    i++;
                    expectKeyword('as');
                    wildcardAlias = identifier('an alias');
                }
                else if (t.kind === '{') {
                    i++;
                    symbols = [];
                    const list = symbols;
                    withNewLines(true, () => {
                        while (cur().kind !== '}' && cur().kind !== 'EOF') {
                            const s = cur();
                            let name;
                            if (s.kind === 'Identifier')
                                name = identifier('a symbol name');
                            else if (s.kind === 'String')
                                name = parseString();
                            else {
                                recover('Expected a symbol name but found {found}.', [',', '}']);
                                if (cur().kind === ',')
                                    i++;
                                continue;
                            }
                            let alias;
                            if (isKeyword(cur(), 'as')) {
                                i++;
                                alias = identifier('an alias');
                            }
                            list.push({ name, alias });
                            if (cur().kind === ',')
                                i++;
                        }
                        expect('}', "'}'");
                    });
                }
                else {
                    error(`Expected '{', '*' or a string but found ${describe(t)}.`, t.start, t.end);
                }
                let from;
                if (expectKeyword('from'))
                    from = parseString();
                return done({ kind: 'Import', ...base, symbols, wildcardAlias, from }, from ? from.end : cur().start);
            }
            case 'metadata': {
                const name = identifier('a metadata name');
                expect('=', "'='");
                const value = parseExpression();
                return done({ kind: 'Metadata', ...base, name, value }, value.end);
            }
            case 'targetScope': {
                expect('=', "'='");
                const value = parseExpression();
                return done({ kind: 'TargetScope', ...base, value }, value.end);
            }
            case 'extension':
            case 'extensionConfig':
            case 'provider': {
                const s = cur();
                const specification = s.kind === 'Identifier' ? identifier('an extension name') : parseString();
                let config;
                let alias;
                if (isKeyword(cur(), 'with')) {
                    i++;
                    config = parseExpression();
                }
                if (isKeyword(cur(), 'as')) {
                    i++;
                    alias = identifier('an alias');
                }
                return done({ kind: 'Extension', ...base, specification, config, alias }, (alias ?? config ?? specification).end);
            }
            case 'using': {
                let path;
                let end;
                if (isKeyword(cur(), 'none'))
                    end = advance().end;
                else {
                    path = parseString();
                    end = path.end;
                }
                let config;
                if (isKeyword(cur(), 'with')) {
                    i++;
                    config = parseExpression();
                    end = config.end;
                }
                return done({ kind: 'Using', ...base, path, config }, end);
            }
            case 'extends': {
                const path = parseString();
                return done({ kind: 'Extends', ...base, path }, path.end);
            }
            default: {
                // assert
                const name = identifier('an assertion name');
                expect('=', "'='");
                const value = parseExpression();
                return done({ kind: 'Assert', ...base, name, value }, value.end);
            }
        }
    };
    const statements = [];
    while (true) {
        skipNewLines = false;
        skipLines();
        if (raw().kind === 'EOF')
            break;
        const before = i;
        const statement = parseStatement();
        if (statement)
            statements.push(statement);
        const t = raw();
        if (t.kind !== 'NewLine' && t.kind !== 'EOF')
            recover('Expected a new line after the declaration but found {found}.', ['NewLine']);
        if (i === before)
            i++; // always make progress
    }
    errors.sort((a, b) => a.start - b.start || a.end - b.end);
    return { ast: { kind: 'Program', statements, start: 0, end: text.length }, errors };
}

// EXTERNAL MODULE: ./src/readers/arm/json.ts
var json = __webpack_require__(3211);
;// CONCATENATED MODULE: ./src/readers/bicep/index.ts
/**
 * The Bicep reader: parses `.bicep`/`.bicepparam`, evaluates templates and
 * their local modules, and returns pool and snapshot declarations.
 *
 * Parameter files: a `.bicepparam` in the template's folder whose `using`
 * names that template supplies its values (over those of the file it
 * `extends`; parameters it does not set keep their defaults). The template
 * is evaluated once per such file, the declarations naming the file as their
 * instance (`with prod.bicepparam`), and with its defaults alone only when no
 * parameter file uses it. A `.bicepparam` read on its own yields only its
 * parse problems, so nothing is reported twice. JSON parameters files named
 * after the template in its folder (`main.parameters.json`,
 * `main.parameters.prod.json`, `main.prod.parameters.json`), as
 * `az deployment group create -f main.bicep -p ...` and azd use them, count
 * the same way.
 */







/** Modules within modules deeper than this are not followed (a cycle or a generated chain). */
const MAX_MODULE_DEPTH = 8;
/** Evaluations (the template and its modules) per file read: module loops over module loops stop here. */
const MAX_MODULE_EVALUATIONS = 500;
/** Files reached through imports, per file evaluated. */
const MAX_IMPORTED_FILES = 50;
const reader = {
    kind: 'bicep',
    accepts: (file) => /\.bicep(param)?$/i.test(file.path),
    read: readBicep
};
async function readBicep(file, context) {
    const parsed = parse(file.text);
    const problems = problemsOf(file.path, file.text, parsed.errors);
    if (/\.bicepparam$/i.test(file.path))
        return { declarations: [], problems };
    // Nothing to evaluate in a file that declares no AKS resource and calls no module.
    if (!/containerservice/i.test(file.text) && !/^[ \t]*module\s/m.test(file.text))
        return { declarations: [], problems };
    const unit = { path: file.path, text: file.text, ast: parsed.ast };
    const declarations = [];
    try {
        const sets = await parameterSets(file.path, context);
        const cache = Object.assign(new Map([[file.path, unit]]), { evaluations: 0 });
        if (sets.length === 0)
            await collect(unit, new Map(), undefined, context, [file.path], cache, declarations);
        for (const set of sets)
            await collect(unit, set.values, set.label, context, [file.path], cache, declarations);
    }
    catch (e) {
        // A bug in evaluation must not stop the lint run: report it on the file.
        const message = e instanceof Error ? e.message : String(e);
        problems.push({
            message: `Could not evaluate the file: ${message}`,
            span: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }
        });
    }
    return { declarations, problems };
}
function problemsOf(file, text, errors) {
    if (!errors.length)
        return [];
    const lines = new LineMap(text);
    return errors.map((e) => {
        const a = lines.position(e.start);
        const b = lines.position(Math.max(e.start, e.end));
        const span = { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
        return { message: e.message, span };
    });
}
/** Evaluates a template with parameter values, then the local modules it calls with the values passed to them. */
async function collect(unit, values, label, context, chain, cache, out) {
    if (++cache.evaluations > MAX_MODULE_EVALUATIONS)
        return;
    const ev = new Evaluation(await withContents(unit, context), values, await loadImports(unit, context, cache));
    out.push(...declarationsOf(ev, label));
    if (chain.length > MAX_MODULE_DEPTH)
        return;
    for (const m of ev.modules()) {
        if (m.condition?.t === 'bool' && !m.condition.v)
            continue;
        if (m.path.t !== 'string' || m.path.partial)
            continue;
        const target = m.path.v;
        // registry (br:, br/alias:) and template spec (ts:) modules cannot be read: their pools are unknown
        if (/^(br|ts)[:/]/i.test(target) || !/\.bicep$/i.test(target))
            continue;
        const modulePath = resolveRelative(unit.path, target);
        if (chain.includes(modulePath))
            continue;
        const moduleUnit = await load(modulePath, context, cache);
        if (!moduleUnit)
            continue;
        const where = `module ${m.symbol}${m.label ? m.label.slice(m.symbol.length) : ''} in ${unit.path}`;
        await collect(moduleUnit, m.params, label ? `${label} > ${where}` : where, context, [...chain, modulePath], cache, out);
    }
}
/** Modules parsed in earlier reads, by path, reused while their text is unchanged (many templates share a module). */
const parsedModules = new Map();
const PARSED_MODULES_KEPT = 256;
/** Local files reached through compile-time imports (`import {...} from './shared.bicep'`), read before evaluating. */
async function loadImports(unit, context, cache) {
    const found = new Map();
    const queue = [unit];
    while (queue.length && found.size < MAX_IMPORTED_FILES) {
        const u = queue.shift();
        for (const s of u.ast.statements) {
            if (s.kind !== 'Import' || s.from?.kind !== 'String' || s.from.exprs.length)
                continue;
            const target = s.from.parts[0];
            if (/^(br|ts)[:/]/i.test(target) || !/\.bicep$/i.test(target))
                continue;
            const file = resolveRelative(u.path, target);
            if (found.has(file) || file === unit.path)
                continue;
            const loaded = await load(file, context, cache);
            if (!loaded)
                continue;
            found.set(file, await withContents(loaded, context));
            queue.push(loaded);
        }
    }
    return found;
}
/** Files read by `load*Content()` calls, per file evaluated. */
const MAX_LOADED_FILES = 20;
/** Larger files read by `load*Content()` are left unknown (Bicep itself refuses files over about 1 MB). */
const MAX_LOADED_CHARS = 2_000_000;
const LOAD_CALL = /\bload(?:Json|Yaml|Text)Content\s*\(\s*'([^'\\\r\n]+)'/g;
/**
 * The unit with the files its `loadJsonContent('x.json')`-style calls read
 * (literal paths only), read now: the evaluator is synchronous. A fresh copy
 * each time, since the unit may be a cached parse and the files may change.
 */
async function withContents(unit, context) {
    const targets = new Set();
    for (const m of unit.text.matchAll(LOAD_CALL)) {
        if (targets.size >= MAX_LOADED_FILES)
            break;
        targets.add(m[1]);
    }
    if (!targets.size)
        return unit;
    const contents = new Map();
    for (const target of targets) {
        const file = resolveRelative(unit.path, target);
        if (contents.has(file))
            continue;
        const raw = await readSafely(context, file);
        contents.set(file, raw === undefined || raw.length > MAX_LOADED_CHARS ? undefined : raw.replace(/^\uFEFF/, ''));
    }
    return { ...unit, contents };
}
async function load(file, context, cache) {
    if (cache.has(file))
        return cache.get(file);
    const raw = await readSafely(context, file);
    let unit = null;
    if (raw !== undefined) {
        const text = raw.replace(/^\uFEFF/, '');
        const kept = parsedModules.get(file);
        unit = kept && kept.text === text ? kept : { path: file, text, ast: parse(text).ast };
        if (parsedModules.size >= PARSED_MODULES_KEPT)
            parsedModules.delete(parsedModules.keys().next().value);
        parsedModules.set(file, unit);
    }
    cache.set(file, unit);
    return unit;
}
/**
 * The `.bicepparam` files whose `using` names the template, with their values.
 * They are looked for where repositories keep them: next to the template, in
 * folders below it (`parameters/prod.bicepparam` with `using '../main.bicep'`),
 * and in folders beside its own (`env/prod.bicepparam` with
 * `using '../infra/main.bicep'`), two levels deep at most.
 */
async function parameterSets(template, context) {
    const dir = external_node_path_.posix.dirname(template);
    const sets = [];
    for (const file of await parameterFilesNear(dir, context)) {
        const parsed = await parameterFile(file, context);
        if (!parsed || parsed.using !== external_node_path_.posix.normalize(template).toLowerCase())
            continue;
        const where = external_node_path_.posix.relative(dir === '.' ? '' : dir, file);
        sets.push({ label: `with ${where}`, values: await parameterValues(file, parsed.text, parsed.ast, context, 0) });
    }
    return [...sets, ...(await jsonParameterSets(template, context))];
}
/**
 * JSON parameters files of a Bicep template, in its folder: `<name>.parameters.json`
 * and the per-environment `<name>.parameters.<env>.json` / `<name>.<env>.parameters.json`
 * (`.jsonc` too). Names are matched to the template's parameters case-insensitively,
 * as ARM does at deployment.
 */
async function jsonParameterSets(template, context) {
    const dir = external_node_path_.posix.dirname(template);
    const base = external_node_path_.posix.basename(template).replace(/\.bicep$/i, '');
    const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escaped}\\.(parameters|parameters\\.[^/]+|[^/.]+\\.parameters)\\.jsonc?$`, 'i');
    let entriesOfDir;
    try {
        entriesOfDir = await context.listDir(dir);
    }
    catch {
        return [];
    }
    const names = entriesOfDir.map((e) => external_node_path_.posix.basename(e)).filter((name) => pattern.test(name));
    // `main.aks.parameters.json` belongs to a template `main.aks.bicep` (or `main.aks.json`) when there is one
    const siblings = new Set(entriesOfDir.map((e) => external_node_path_.posix.basename(e).toLowerCase()));
    const ownTemplate = (name) => /^(.*)\.parameters\.jsonc?$/i.exec(name)?.[1]?.toLowerCase();
    const sets = [];
    for (const name of names.sort()) {
        const own = ownTemplate(name);
        if (own && own !== base.toLowerCase() && ['.bicep', '.json', '.jsonc'].some((x) => siblings.has(`${own}${x}`)))
            continue;
        const file = dir === '.' ? name : `${dir}/${name}`;
        const text = await readSafely(context, file);
        if (text === undefined)
            continue;
        const doc = (0,json/* parseJson */.qF)(file, text.replace(/^\uFEFF/, ''));
        // a broken parameters file is reported when it is linted itself
        if (!doc.root || doc.problems.length || doc.root.type !== 'object')
            continue;
        const parameters = (0,json/* child */.jf)(doc.root, 'parameters');
        if (parameters?.type !== 'object')
            continue;
        const values = new Map();
        for (const [key, node] of (0,json/* entries */.jO)(parameters)) {
            const valueNode = (0,json/* child */.jf)(node, 'value');
            if (valueNode)
                values.set(key.toLowerCase(), { value: jsonValue(valueNode) });
            else if ((0,json/* child */.jf)(node, 'reference'))
                values.set(key.toLowerCase(), { value: unknownVal(`parameter '${key}' is a Key Vault reference`) });
        }
        sets.push({ label: `with ${name}`, values: new CaseInsensitive(values) });
    }
    return sets;
}
/** Parameter values looked up by the template's spelling of the name, whatever the file's. */
class CaseInsensitive extends Map {
    get(key) {
        return super.get(key.toLowerCase());
    }
    has(key) {
        return super.has(key.toLowerCase());
    }
}
/** A JSON value as a Bicep value; azd's `${VAR}` substitutions are unknown until deployment. */
function jsonValue(node) {
    switch (node.type) {
        case 'object':
            return objectOf((0,json/* entries */.jO)(node).map(([k, v]) => [k, jsonValue(v)]));
        case 'array':
            return arrayOf((node.children ?? []).map(jsonValue));
        case 'string': {
            const text = node.value;
            return /\$\{[A-Za-z_][A-Za-z0-9_]*(=[^}]*)?\}/.test(text) ? unknownVal(`'${text}' is substituted at deployment`) : str(text);
        }
        case 'number':
            return values_int(node.value);
        case 'boolean':
            return bool(node.value);
        default:
            return NULL;
    }
}
/** Parameter files and where to look for them, per run: a folder of templates reads each file once. */
const parameterCaches = new WeakMap();
function cachesOf(context) {
    let caches = parameterCaches.get(context);
    if (!caches)
        parameterCaches.set(context, (caches = { near: new Map(), files: new Map() }));
    return caches;
}
function parameterFile(file, context) {
    const { files } = cachesOf(context);
    let parsed = files.get(file);
    if (!parsed)
        files.set(file, (parsed = readParameterFile(file, context)));
    return parsed;
}
async function readParameterFile(file, context) {
    const raw = await readSafely(context, file);
    if (raw === undefined)
        return undefined;
    const text = raw.replace(/^\uFEFF/, '');
    const ast = parse(text).ast;
    const using = ast.statements.find((s) => s.kind === 'Using');
    if (using?.kind !== 'Using' || using.path?.kind !== 'String' || using.path.exprs.length)
        return undefined;
    return { text, ast, using: resolveRelative(file, using.path.parts[0]).toLowerCase() };
}
/** Folders listed when looking for the parameter files of one template folder. */
const MAX_PARAMETER_FOLDERS = 64;
/** `.bicepparam` files near a template folder (see parameterSets), found once per folder and run. */
function parameterFilesNear(dir, context) {
    const { near } = cachesOf(context);
    let found = near.get(dir);
    if (!found)
        near.set(dir, (found = findParameterFiles(dir, context)));
    return found;
}
async function findParameterFiles(dir, context) {
    const files = new Set();
    let listed = 0;
    const full = (entry, folder) => (entry.includes('/') || folder === '.' ? entry : external_node_path_.posix.join(folder, entry));
    const visit = async (folder, depth, skip) => {
        if (listed++ >= MAX_PARAMETER_FOLDERS)
            return;
        if (folder !== dir && (await context.excluded?.(folder, true)))
            return;
        let entries;
        try {
            entries = (await context.listDir(folder)).map((e) => full(e, folder));
        }
        catch {
            return;
        }
        for (const e of entries)
            if (/\.bicepparam$/i.test(e))
                files.add(e);
        if (depth === 0)
            return;
        for (const e of entries) {
            const name = external_node_path_.posix.basename(e);
            // folders only (names without an extension), not dependencies, hidden folders or the template's own folder
            if (e === skip || name.startsWith('.') || name === 'node_modules' || /\.[a-z0-9]+$/i.test(name))
                continue;
            await visit(e, depth - 1);
        }
    };
    await visit(dir, 2);
    if (dir !== '.' && !dir.startsWith('..'))
        await visit(external_node_path_.posix.dirname(dir), 2, dir);
    return [...files].sort();
}
/** The values a `.bicepparam` sets, over those of the file it `extends`. */
async function parameterValues(file, text, ast, context, depth) {
    let values = new Map();
    const base = ast.statements.find((s) => s.kind === 'Extends');
    if (base?.kind === 'Extends' && base.path.kind === 'String' && !base.path.exprs.length && depth < 4) {
        const basePath = resolveRelative(file, base.path.parts[0]);
        const baseText = await readSafely(context, basePath);
        if (baseText !== undefined) {
            const clean = baseText.replace(/^\uFEFF/, '');
            values = await parameterValues(basePath, clean, parse(clean).ast, context, depth + 1);
        }
    }
    const unit = await withContents({ path: file, text, ast }, context);
    const ev = new Evaluation(unit, new Map(), await loadImports(unit, context, Object.assign(new Map(), { evaluations: 0 })));
    for (const s of ast.statements)
        if (s.kind === 'Param' && s.value)
            values.set(s.name.name, { value: ev.param(s.name.name) });
    return values;
}
/** A module or parameter file that cannot be read is one we do not know, not a failure of this file. */
async function readSafely(context, file) {
    try {
        return await context.readFile(file);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/**
 * Offsets of a file's text → 1-based line and column (UTF-16 units), for
 * every reader. CRLF is one line break; a lone CR or LF is one too.
 */
class LineIndex {
    file;
    text;
    starts = [0];
    constructor(file, text) {
        this.file = file;
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
            else if (c === 10)
                this.starts.push(i + 1);
        }
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** The span from `start` to `end` (an end before the start is the start). */
    span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** The offset where a 1-based line starts (the text's length past the last line). */
    lineStart(line) {
        return this.starts[line - 1] ?? this.text.length;
    }
}


/***/ })

};
