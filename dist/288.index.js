export const id = 288;
export const ids = [288];
export const modules = {

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


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/readers/index.ts
var readers = __webpack_require__(6300);
;// CONCATENATED MODULE: ./src/readers/terraform/ast.ts
function attribute(body, name) {
    return body.attributes.find((a) => a.name === name);
}
function blocksOf(body, type) {
    return body.blocks.filter((b) => b.type === type);
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/readers/terraform/values.ts
/**
 * Terraform values as the evaluator sees them: JSON-like values, plus
 * `Unknown` (with the reason) and `PartialString` (a string with unknown
 * parts written as UNKNOWN_PART, such as an id whose subscription is not in
 * the configuration). `Lazy` is a namespace (`var`, `local`, a resource type)
 * whose members are computed on access.
 */

class Unknown {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
class PartialString {
    text;
    constructor(text) {
        this.text = text;
    }
}
class Lazy {
    what;
    member;
    constructor(what, member) {
        this.what = what;
        this.member = member;
    }
}
/** An evaluation error (a missing attribute, a bad index, a wrong type): `try()` catches it; elsewhere the value becomes unknown. */
class EvalError extends Error {
}
function isObj(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof Unknown) &&
        !(v instanceof PartialString) &&
        !(v instanceof Lazy));
}
function isUnknown(v) {
    return v instanceof Unknown;
}
function obj(entries) {
    const o = {};
    for (const [k, v] of entries)
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
}
function has(o, key) {
    return Object.prototype.hasOwnProperty.call(o, key);
}
/** The first unknown inside a value (deeply), if any. */
function firstUnknown(v, depth = 0) {
    if (v instanceof Unknown)
        return v;
    if (depth > 50)
        return undefined;
    if (Array.isArray(v)) {
        for (const x of v) {
            const u = firstUnknown(x, depth + 1);
            if (u)
                return u;
        }
    }
    else if (isObj(v)) {
        for (const x of Object.values(v)) {
            const u = firstUnknown(x, depth + 1);
            if (u)
                return u;
        }
    }
    return undefined;
}
/** A value as a string for templates: unknown parts become UNKNOWN_PART; undefined for values that are not strings in HCL. */
function templateText(v) {
    if (typeof v === 'string')
        return { text: v, partial: false };
    if (typeof v === 'number' || typeof v === 'boolean')
        return { text: String(v), partial: false };
    if (v instanceof PartialString)
        return { text: v.text, partial: true };
    if (v instanceof Unknown)
        return { text: model/* UNKNOWN_PART */.DQ, partial: true };
    return undefined;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (v instanceof Unknown)
        return 'unknown';
    if (v instanceof PartialString)
        return 'string';
    if (v instanceof Lazy)
        return v.what;
    if (typeof v === 'object')
        return 'object';
    return typeof v;
}
/** Deep equality of known values; undefined when either side has unknown parts. */
function equal(a, b) {
    if (a instanceof Unknown || b instanceof Unknown || a instanceof PartialString || b instanceof PartialString)
        return undefined;
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length)
            return false;
        let result = true;
        for (let i = 0; i < a.length; i++) {
            const e = equal(a[i], b[i]);
            if (e === false)
                return false;
            if (e === undefined)
                result = undefined;
        }
        return result;
    }
    if (isObj(a) && isObj(b)) {
        const ka = Object.keys(a).sort();
        const kb = Object.keys(b).sort();
        if (ka.join('\u0000') !== kb.join('\u0000'))
            return false;
        let result = true;
        for (const k of ka) {
            const e = equal(a[k], b[k]);
            if (e === false)
                return false;
            if (e === undefined)
                result = undefined;
        }
        return result;
    }
    if (typeof a === 'number' && typeof b === 'string')
        return String(a) === b;
    if (typeof a === 'string' && typeof b === 'number')
        return a === String(b);
    return a === b;
}
/** A known value to plain JSON (for jsonencode); undefined when it has unknown parts. */
function toJson(v) {
    if (v instanceof Unknown || v instanceof PartialString || v instanceof Lazy)
        return undefined;
    if (Array.isArray(v)) {
        const out = [];
        for (const x of v) {
            const j = toJson(x);
            if (j === undefined)
                return undefined;
            out.push(j);
        }
        return out;
    }
    if (isObj(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const j = toJson(x);
            if (j === undefined)
                return undefined;
            Object.defineProperty(out, k, { value: j, enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    return v;
}
/** Plain JSON (jsondecode, plan JSON, tfvars.json) to a value. */
function fromJson(j, depth = 0) {
    if (depth > 100)
        return new Unknown('value nested too deeply');
    if (j === null || typeof j === 'string' || typeof j === 'number' || typeof j === 'boolean')
        return j;
    if (Array.isArray(j))
        return j.map((x) => fromJson(x, depth + 1));
    if (typeof j === 'object')
        return obj(Object.entries(j).map(([k, x]) => [k, fromJson(x, depth + 1)]));
    return null;
}

;// CONCATENATED MODULE: ./src/readers/terraform/functions.ts
/**
 * The Terraform functions that appear around pool settings. Each takes
 * evaluated arguments; an unknown argument makes the result unknown unless the
 * function can do without it (`coalesce` stops at the first known non-empty
 * value, `lookup` of a known key). `try` and `can` are in the evaluator, as
 * they need their arguments unevaluated.
 */

const need = (name, args, n) => {
    if (args.length < n)
        throw new EvalError(`${name}() needs ${n} argument${n > 1 ? 's' : ''}`);
};
function str(name, v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new EvalError(`${name}() expects a string, not ${typeName(v)}`);
}
function list(name, v) {
    if (Array.isArray(v))
        return v;
    if (isObj(v))
        return Object.values(v);
    throw new EvalError(`${name}() expects a list, not ${typeName(v)}`);
}
function num(name, v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
        return Number(v);
    throw new EvalError(`${name}() expects a number, not ${typeName(v)}`);
}
/** Unknown when any argument is unknown at the top level (strings with unknown parts too, for functions that need the whole text). */
function strict(name, fn, allowPartial = false) {
    return (args) => {
        for (const a of args) {
            if (a instanceof Unknown)
                return a;
            if (a instanceof PartialString && !allowPartial)
                return new Unknown(`${name}() of a partly unknown value`);
        }
        return fn(args);
    };
}
/** Applies a text function to a string whose unknown parts stay unknown parts. */
function textFn(name, f) {
    return strict(name, (args) => {
        need(name, args, 1);
        const a = args[0];
        if (a instanceof PartialString)
            return new PartialString(f(a.text));
        return f(str(name, a));
    }, true);
}
function format(args) {
    need('format', args, 1);
    const spec = args[0];
    if (spec instanceof Unknown)
        return spec;
    if (typeof spec !== 'string')
        return new Unknown('format() with a computed format');
    let i = 1;
    let partial = false;
    const text = spec.replace(/%(%|([-+# 0]*)(\d*)(?:\.\d+)?([vsdqtfbeEgGxXo]))/g, (m, all, flags = '', width = '', verb = '') => {
        if (all === '%')
            return '%';
        const v = args[i++];
        if (v === undefined)
            throw new EvalError('format() has too few arguments');
        let out;
        if (verb === 'd' && typeof v === 'number')
            out = String(Math.trunc(v));
        else if (verb === 'q' && typeof v === 'string')
            out = JSON.stringify(v);
        else {
            const t = templateText(v);
            if (!t)
                return JSON.stringify(toJson(v)) ?? m;
            partial ||= t.partial;
            out = t.text;
        }
        const w = Number(width || 0);
        if (out.length >= w)
            return out;
        if (flags.includes('-'))
            return out.padEnd(w);
        return flags.includes('0') && verb === 'd'
            ? out.startsWith('-')
                ? '-' + out.slice(1).padStart(w - 1, '0')
                : out.padStart(w, '0')
            : out.padStart(w);
    });
    return partial ? new PartialString(text) : text;
}
function merge(args) {
    const out = [];
    for (const a of args) {
        if (a === null)
            continue;
        if (a instanceof Unknown)
            return a;
        if (!isObj(a))
            throw new EvalError(`merge() expects maps or objects, not ${typeName(a)}`);
        for (const [k, v] of Object.entries(a)) {
            const at = out.findIndex(([key]) => key === k);
            if (at >= 0)
                out.splice(at, 1);
            out.push([k, v]);
        }
    }
    return obj(out);
}
function lookup(args) {
    need('lookup', args, 2);
    const [map, key, fallback] = args;
    if (map instanceof Unknown)
        return map;
    if (key instanceof Unknown)
        return key;
    if (!isObj(map))
        throw new EvalError(`lookup() expects a map, not ${typeName(map)}`);
    const k = str('lookup', key);
    if (has(map, k))
        return map[k];
    if (args.length > 2)
        return fallback;
    throw new EvalError(`lookup() found no key "${k}"`);
}
function coalesce(args) {
    for (const a of args) {
        if (a instanceof Unknown || a instanceof PartialString)
            return a;
        if (a === null || a === '')
            continue;
        return a;
    }
    throw new EvalError('coalesce() found no non-null, non-empty argument');
}
function coalescelist(args) {
    for (const a of args) {
        if (a instanceof Unknown)
            return a;
        if (Array.isArray(a) && a.length > 0)
            return a;
    }
    return [];
}
function functions_element(args) {
    need('element', args, 2);
    const l = list('element', args[0]);
    if (l.length === 0)
        throw new EvalError('element() of an empty list');
    const i = num('element', args[1]);
    return l[((i % l.length) + l.length) % l.length];
}
function contains(args) {
    need('contains', args, 2);
    const l = list('contains', args[0]);
    let result = false;
    for (const x of l) {
        const e = equal(x, args[1]);
        if (e === true)
            return true;
        if (e === undefined)
            result = new Unknown('contains() with unknown elements');
    }
    return result;
}
function functions_length(args) {
    need('length', args, 1);
    const v = args[0];
    if (typeof v === 'string')
        return [...v].length;
    if (Array.isArray(v))
        return v.length;
    if (isObj(v))
        return Object.keys(v).length;
    throw new EvalError(`length() of ${typeName(v)}`);
}
function flatten(v, depth = 0) {
    const out = [];
    for (const x of v) {
        if (Array.isArray(x) && depth < 50)
            out.push(...flatten(x, depth + 1));
        else
            out.push(x);
    }
    return out;
}
function distinct(v) {
    const out = [];
    for (const x of v)
        if (!out.some((y) => equal(x, y) === true))
            out.push(x);
    return out;
}
function tostring(args) {
    need('tostring', args, 1);
    const v = args[0];
    if (v === null || typeof v === 'string' || v instanceof PartialString)
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new EvalError(`tostring() of ${typeName(v)}`);
}
function jsonencode(args) {
    need('jsonencode', args, 1);
    const u = firstUnknown(args[0]);
    if (u)
        return u;
    const j = toJson(args[0]);
    return j === undefined ? new Unknown('jsonencode() of a partly unknown value') : JSON.stringify(j);
}
function jsondecode(args) {
    need('jsondecode', args, 1);
    try {
        return fromJson(JSON.parse(str('jsondecode', args[0])));
    }
    catch (e) {
        if (e instanceof EvalError)
            throw e;
        throw new EvalError('jsondecode() of text that is not JSON');
    }
}
function keysOf(args) {
    need('keys', args, 1);
    const m = args[0];
    if (!isObj(m))
        throw new EvalError(`keys() of ${typeName(m)}`);
    return Object.keys(m).sort();
}
function valuesOf(args) {
    need('values', args, 1);
    const m = args[0];
    if (!isObj(m))
        throw new EvalError(`values() of ${typeName(m)}`);
    return Object.keys(m)
        .sort()
        .map((k) => m[k]);
}
function zipmap(args) {
    need('zipmap', args, 2);
    const k = list('zipmap', args[0]);
    const v = list('zipmap', args[1]);
    return obj(k.map((key, i) => [str('zipmap', key), v[i] ?? null]));
}
function one(args) {
    need('one', args, 1);
    const l = list('one', args[0]);
    if (l.length > 1)
        throw new EvalError('one() of a list with more than one element');
    return l.length ? l[0] : null;
}
function toMap(args) {
    need('tomap', args, 1);
    if (!isObj(args[0]) && args[0] !== null)
        throw new EvalError(`tomap() of ${typeName(args[0])}`);
    return args[0];
}
/** RE2 patterns as JavaScript ones: named groups `(?P<n>`, leading inline flags `(?i)`. */
function re2(pattern, global) {
    let flags = global ? 'g' : '';
    const m = /^\(\?([ims]+)\)/.exec(pattern);
    if (m) {
        flags += m[1];
        pattern = pattern.slice(m[0].length);
    }
    try {
        return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags);
    }
    catch {
        throw new EvalError('regex() with a pattern this reader cannot run');
    }
}
function matchValue(m) {
    if (m.groups)
        return obj(Object.entries(m.groups).map(([k, v]) => [k, v ?? null]));
    if (m.length > 1)
        return m.slice(1).map((v) => v ?? null);
    return m[0];
}
const FUNCTIONS = {
    regex: strict('regex', (args) => {
        need('regex', args, 2);
        const m = re2(str('regex', args[0]), false).exec(str('regex', args[1]));
        if (!m)
            throw new EvalError('regex() found no match');
        return matchValue(m);
    }),
    regexall: strict('regexall', (args) => {
        need('regexall', args, 2);
        return [...str('regexall', args[1]).matchAll(re2(str('regexall', args[0]), true))].map((m) => matchValue(m));
    }),
    reverse: strict('reverse', (args) => [...list('reverse', args[0] ?? [])].reverse(), true),
    setunion: strict('setunion', (args) => distinct(args.flatMap((a) => list('setunion', a))), true),
    lookup: strict('lookup', lookup, true),
    coalesce,
    coalescelist,
    merge,
    format,
    lower: textFn('lower', (s) => s.toLowerCase()),
    upper: textFn('upper', (s) => s.toUpperCase()),
    title: textFn('title', (s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
    trimspace: textFn('trimspace', (s) => s.trim()),
    concat: strict('concat', (args) => args.flatMap((a) => list('concat', a)), true),
    tostring: strict('tostring', tostring, true),
    tonumber: strict('tonumber', (args) => (args[0] === null ? null : num('tonumber', args[0]))),
    tobool: strict('tobool', (args) => {
        const v = args[0];
        if (v === null || typeof v === 'boolean')
            return v;
        if (v === 'true' || v === 'false')
            return v === 'true';
        throw new EvalError(`tobool() of ${typeName(v)}`);
    }),
    tolist: strict('tolist', (args) => (args[0] === null ? null : list('tolist', args[0])), true),
    toset: strict('toset', (args) => (args[0] === null ? null : distinct(list('toset', args[0]))), true),
    tomap: strict('tomap', toMap, true),
    jsonencode,
    jsondecode: strict('jsondecode', jsondecode),
    element: strict('element', functions_element, true),
    contains: strict('contains', contains, true),
    length: strict('length', functions_length, true),
    keys: strict('keys', keysOf, true),
    values: strict('values', valuesOf, true),
    flatten: strict('flatten', (args) => flatten(list('flatten', args[0] ?? []))),
    distinct: strict('distinct', (args) => distinct(list('distinct', args[0] ?? [])), true),
    compact: strict('compact', (args) => list('compact', args[0] ?? []).filter((x) => x !== null && x !== '')),
    zipmap: strict('zipmap', zipmap, true),
    one: strict('one', one, true),
    join: strict('join', (args) => list('join', args[1] ?? [])
        .map((x) => str('join', x))
        .join(str('join', args[0]))),
    split: strict('split', (args) => str('split', args[1]).split(str('split', args[0]))),
    replace: strict('replace', (args) => {
        need('replace', args, 3);
        const [s, find, rep] = args.map((a) => str('replace', a));
        const re = /^\/(.*)\/$/.exec(find);
        if (re) {
            try {
                return s.replace(new RegExp(re[1], 'g'), rep.replace(/\$\{(\w+)\}/g, '$<$1>'));
            }
            catch {
                throw new EvalError('replace() with an invalid pattern');
            }
        }
        return s.split(find).join(rep);
    }),
    substr: strict('substr', (args) => {
        const s = [...str('substr', args[0])];
        const off = num('substr', args[1]);
        const len = num('substr', args[2]);
        const start = off < 0 ? s.length + off : off;
        return s.slice(start, len < 0 ? undefined : start + len).join('');
    }),
    trimprefix: strict('trimprefix', (args) => {
        const [s, p] = [str('trimprefix', args[0]), str('trimprefix', args[1])];
        return s.startsWith(p) ? s.slice(p.length) : s;
    }),
    trimsuffix: strict('trimsuffix', (args) => {
        const [s, p] = [str('trimsuffix', args[0]), str('trimsuffix', args[1])];
        return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
    }),
    startswith: strict('startswith', (args) => str('startswith', args[0]).startsWith(str('startswith', args[1]))),
    endswith: strict('endswith', (args) => str('endswith', args[0]).endsWith(str('endswith', args[1]))),
    max: strict('max', (args) => Math.max(...args.map((a) => num('max', a)))),
    min: strict('min', (args) => Math.min(...args.map((a) => num('min', a)))),
    abs: strict('abs', (args) => Math.abs(num('abs', args[0]))),
    ceil: strict('ceil', (args) => Math.ceil(num('ceil', args[0]))),
    floor: strict('floor', (args) => Math.floor(num('floor', args[0]))),
    range: strict('range', (args) => {
        const n = args.map((a) => num('range', a));
        const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
        const out = [];
        if (step === 0)
            throw new EvalError('range() with a step of 0');
        for (let i = start; step > 0 ? i < end : i > end; i += step) {
            out.push(i);
            if (out.length > 1024)
                throw new EvalError('range() too long');
        }
        return out;
    }),
    sensitive: (args) => args[0] ?? null,
    nonsensitive: (args) => args[0] ?? null
};
/** Calls a function by name; unknown functions (file(), templatefile(), provider functions...) give an unknown value. */
function callFunction(name, args) {
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn)
        return new Unknown(`${name}() is not evaluated`);
    return fn(args);
}

;// CONCATENATED MODULE: ./src/readers/terraform/evaluate.ts
/**
 * Evaluates HCL expressions to values. Unknown inputs give unknown outputs
 * (with the first reason); evaluation errors (a missing attribute, a wrong
 * type) throw EvalError, which `try()`/`can()` catch and which otherwise make
 * the attribute unknown (see `evaluateAttribute`).
 */



class Scope {
    parent;
    bindings;
    constructor(parent, bindings) {
        this.parent = parent;
        this.bindings = bindings;
    }
    static root(bindings) {
        return new Scope(undefined, new Map(Object.entries(bindings)));
    }
    with(bindings) {
        return new Scope(this, new Map(Object.entries(bindings)));
    }
    get(name) {
        if (this.bindings.has(name))
            return this.bindings.get(name);
        return this.parent?.get(name);
    }
}
const MAX_DEPTH = 400;
let depth = 0;
function evaluate(expr, scope) {
    if (depth >= MAX_DEPTH)
        return new Unknown('expression nested too deeply');
    depth++;
    try {
        return evaluateInner(expr, scope);
    }
    finally {
        depth--;
    }
}
/** Evaluates an attribute's expression; errors become unknown values naming the problem. */
function evaluateAttribute(expr, scope) {
    try {
        return evaluate(expr, scope);
    }
    catch (e) {
        if (e instanceof EvalError)
            return new Unknown(e.message);
        throw e;
    }
}
function evaluateInner(expr, scope) {
    switch (expr.k) {
        case 'lit':
            return expr.value;
        case 'tpl':
            return template(expr.parts, scope);
        case 'var': {
            const v = scope.get(expr.name);
            return v === undefined ? new Unknown(`${expr.name} is not known here`) : v;
        }
        case 'attr':
            return getAttr(evaluate(expr.obj, scope), expr.name);
        case 'index':
            return getIndex(evaluate(expr.obj, scope), evaluate(expr.key, scope));
        case 'splat': {
            const base = evaluate(expr.obj, scope);
            if (base instanceof Unknown)
                return base;
            if (base === null)
                return [];
            const items = Array.isArray(base) ? base : isObj(base) && expr.ops.length === 0 ? [base] : isObj(base) ? [base] : [base];
            return items.map((item) => applyOps(item, expr.ops, scope));
        }
        case 'call':
            return call(expr, scope);
        case 'tuple':
            return expr.items.map((i) => evaluate(i, scope));
        case 'object': {
            const entries = [];
            for (const item of expr.items) {
                const k = evaluate(item.key, scope);
                if (k instanceof Unknown || k instanceof PartialString)
                    return new Unknown('an object key is not known');
                if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')
                    throw new EvalError(`an object key cannot be ${typeName(k)}`);
                entries.push([String(k), evaluate(item.value, scope)]);
            }
            return obj(entries);
        }
        case 'cond': {
            const c = evaluate(expr.cond, scope);
            const b = asBool(c);
            if (b === undefined) {
                const t = evaluateAttribute(expr.then, scope);
                const e = evaluateAttribute(expr.else, scope);
                return equal(t, e) === true ? t : c instanceof Unknown ? c : new Unknown('the condition is not known');
            }
            return evaluate(b ? expr.then : expr.else, scope);
        }
        case 'unary': {
            const v = evaluate(expr.operand, scope);
            if (v instanceof Unknown)
                return v;
            if (expr.op === '!') {
                const b = asBool(v);
                if (b === undefined)
                    throw new EvalError(`! of ${typeName(v)}`);
                return !b;
            }
            return -toNumber(v);
        }
        case 'binary':
            return binary(expr.op, expr.left, expr.right, scope);
        case 'for':
            return forExpr(expr, scope);
        case 'unsupported':
            return new Unknown(`${expr.what} is not evaluated`);
    }
}
function template(parts, scope) {
    let text = '';
    let partial = false;
    for (const part of parts) {
        if (typeof part === 'string') {
            text += part;
            continue;
        }
        let v;
        if (part.k === 'if') {
            const b = asBool(evaluate(part.cond, scope));
            if (b === undefined)
                v = new Unknown('a template condition is not known');
            else
                v = template(b ? part.then : part.else, scope);
        }
        else
            v = evaluate(part, scope);
        if (v === null)
            throw new EvalError('a template cannot include null');
        const t = templateText(v);
        if (!t)
            throw new EvalError(`a template cannot include a ${typeName(v)}`);
        text += t.text;
        partial ||= t.partial;
    }
    return partial ? new PartialString(text) : text;
}
function getAttr(o, name) {
    if (o instanceof Unknown)
        return o;
    if (o instanceof Lazy) {
        const v = o.member(name);
        return v === undefined ? new Unknown(`${o.what}.${name} is not known`) : v;
    }
    if (isObj(o)) {
        if (has(o, name))
            return o[name];
        throw new EvalError(`no attribute "${name}"`);
    }
    throw new EvalError(`cannot read "${name}" of ${typeName(o)}`);
}
function getIndex(o, k) {
    if (o instanceof Unknown)
        return o;
    if (k instanceof Unknown)
        return k;
    if (k instanceof PartialString)
        return new Unknown('an index is not known');
    if (o instanceof Lazy) {
        const v = o.member(String(k));
        return v === undefined ? new Unknown(`${o.what}[${String(k)}] is not known`) : v;
    }
    if (Array.isArray(o)) {
        const i = toNumber(k);
        if (!Number.isInteger(i) || i < 0 || i >= o.length)
            throw new EvalError(`index ${i} is out of range`);
        return o[i];
    }
    if (isObj(o)) {
        const key = String(k);
        if (has(o, key))
            return o[key];
        throw new EvalError(`no element "${key}"`);
    }
    throw new EvalError(`cannot index ${typeName(o)}`);
}
function applyOps(v, ops, scope) {
    let r = v;
    for (const op of ops)
        r = op.k === 'attr' ? getAttr(r, op.name) : getIndex(r, evaluate(op.key, scope));
    return r;
}
function call(expr, scope) {
    if (expr.name === 'try') {
        for (const arg of expr.args) {
            try {
                return evaluate(arg, scope);
            }
            catch (e) {
                if (!(e instanceof EvalError))
                    throw e;
            }
        }
        throw new EvalError('try() found no argument without errors');
    }
    if (expr.name === 'can') {
        try {
            const v = evaluate(expr.args[0] ?? { k: 'unsupported', what: 'can', span: expr.span }, scope);
            return v instanceof Unknown ? v : true;
        }
        catch (e) {
            if (e instanceof EvalError)
                return false;
            throw e;
        }
    }
    let args = expr.args.map((a) => evaluate(a, scope));
    if (expr.expand && args.length) {
        const last = args[args.length - 1];
        if (last instanceof Unknown)
            return last;
        if (!Array.isArray(last))
            throw new EvalError(`cannot expand ${typeName(last)} into arguments`);
        args = [...args.slice(0, -1), ...last];
    }
    return callFunction(expr.name.replace(/^core::/, ''), args);
}
function asBool(v) {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    if (v instanceof Unknown || v instanceof PartialString)
        return undefined;
    throw new EvalError(`a condition must be a bool, not ${typeName(v)}`);
}
function toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
        return Number(v);
    throw new EvalError(`expected a number, not ${typeName(v)}`);
}
function binary(op, leftExpr, rightExpr, scope) {
    const l = evaluate(leftExpr, scope);
    if (op === '&&' || op === '||') {
        const lb = l instanceof Unknown ? undefined : asBool(l);
        if (op === '&&' && lb === false)
            return false;
        if (op === '||' && lb === true)
            return true;
        const r = evaluate(rightExpr, scope);
        const rb = r instanceof Unknown ? undefined : asBool(r);
        if (op === '&&' && rb === false)
            return false;
        if (op === '||' && rb === true)
            return true;
        if (lb === undefined || rb === undefined)
            return new Unknown('a condition is not known');
        return op === '&&' ? lb && rb : lb || rb;
    }
    const r = evaluate(rightExpr, scope);
    if (op === '==' || op === '!=') {
        const e = equal(l, r);
        if (e === undefined)
            return l instanceof Unknown ? l : r instanceof Unknown ? r : new Unknown('a comparison is not known');
        return op === '==' ? e : !e;
    }
    if (l instanceof Unknown)
        return l;
    if (r instanceof Unknown)
        return r;
    const a = toNumber(l);
    const b = toNumber(r);
    switch (op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            if (b === 0)
                throw new EvalError('division by zero');
            return a / b;
        case '%':
            if (b === 0)
                throw new EvalError('division by zero');
            return a % b;
        case '<':
            return a < b;
        case '>':
            return a > b;
        case '<=':
            return a <= b;
        case '>=':
            return a >= b;
    }
    throw new EvalError(`operator ${op} is not known`);
}
function forExpr(expr, scope) {
    const coll = evaluate(expr.coll, scope);
    if (coll instanceof Unknown)
        return coll;
    let pairs;
    if (Array.isArray(coll))
        pairs = coll.map((v, i) => [i, v]);
    else if (isObj(coll))
        pairs = Object.keys(coll)
            .sort()
            .map((k) => [k, coll[k]]);
    else if (coll === null)
        throw new EvalError('for over null');
    else
        throw new EvalError(`for over ${typeName(coll)}`);
    const tuple = [];
    const entries = new Map();
    for (const [k, v] of pairs) {
        const inner = scope.with(expr.keyVar ? { [expr.keyVar]: k, [expr.valVar]: v } : { [expr.valVar]: v });
        if (expr.cond) {
            const c = asBool(evaluate(expr.cond, inner));
            if (c === undefined)
                return new Unknown('a for condition is not known');
            if (!c)
                continue;
        }
        const value = evaluate(expr.valExpr, inner);
        if (!expr.object) {
            tuple.push(value);
            continue;
        }
        const key = evaluate(expr.keyExpr, inner);
        if (key instanceof Unknown || key instanceof PartialString)
            return new Unknown('a for key is not known');
        const ks = String(key);
        if (expr.group)
            entries.set(ks, [...(entries.get(ks) ?? []), value]);
        else if (entries.has(ks))
            throw new EvalError(`duplicate key "${ks}" in a for expression`);
        else
            entries.set(ks, value);
    }
    return expr.object ? obj([...entries]) : tuple;
}
/** A partial string or string for an id built from parts that may be unknown. */
function joinId(parts) {
    let text = '';
    let partial = false;
    for (const p of parts) {
        const t = p === null ? undefined : templateText(p);
        if (!t) {
            text += model/* UNKNOWN_PART */.DQ;
            partial = true;
        }
        else {
            text += t.text;
            partial ||= t.partial;
        }
    }
    return partial ? new PartialString(text) : text;
}

;// CONCATENATED MODULE: ./src/readers/terraform/types.ts


function applyType(type, value, depth = 0) {
    if (depth > 20 || value === null || typeof value !== 'object')
        return convertPrimitive(type, value);
    if (type.k !== 'call')
        return value;
    const [arg] = type.args;
    switch (type.name) {
        case 'map':
            return arg && isObj(value) ? obj(Object.entries(value).map(([k, v]) => [k, applyType(arg, v, depth + 1)])) : value;
        case 'list':
        case 'set':
            return arg && Array.isArray(value) ? value.map((v) => applyType(arg, v, depth + 1)) : value;
        case 'tuple':
            return arg?.k === 'tuple' && Array.isArray(value)
                ? value.map((v, i) => (arg.items[i] ? applyType(arg.items[i], v, depth + 1) : v))
                : value;
        case 'optional':
            return arg ? applyType(arg, value, depth + 1) : value;
        case 'object': {
            if (arg?.k !== 'object' || !isObj(value))
                return value;
            const entries = Object.entries(value);
            for (const item of arg.items) {
                const key = item.key.k === 'lit' ? String(item.key.value) : item.key.k === 'var' ? item.key.name : undefined;
                if (key === undefined)
                    continue;
                const at = entries.findIndex(([k]) => k === key);
                const attrType = item.value;
                if (at >= 0) {
                    entries[at] = [key, applyType(attrType, entries[at][1], depth + 1)];
                }
                else if (attrType.k === 'call' && attrType.name === 'optional') {
                    const d = attrType.args[1] ? evaluateAttribute(attrType.args[1], Scope.root({})) : null;
                    entries.push([key, attrType.args[0] && d !== null ? applyType(attrType.args[0], d, depth + 1) : d]);
                }
            }
            return obj(entries);
        }
    }
    return value;
}
/** `string` turns numbers and bools into strings, as Terraform converts them. */
function convertPrimitive(type, value) {
    if (type.k === 'call' && type.name === 'optional' && type.args[0])
        return convertPrimitive(type.args[0], value);
    if (type.k === 'var' && type.name === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        return String(value);
    return value;
}

;// CONCATENATED MODULE: ./src/readers/terraform/config.ts
/**
 * Terraform evaluates a directory, not a file: a module is every `.tf` and
 * `.tf.json` of its folder, its variables come from `terraform.tfvars` and
 * `*.auto.tfvars` (root only) or from the `module` block that calls it. This
 * file loads directories and evaluates module instances: variables, locals,
 * resources with `count`/`for_each`, `dynamic` blocks, local module calls.
 */





const isTfFile = (name) => /\.tf$|\.tf\.json$/i.test(name);
/** `override.tf`, `*_override.tf` (and `.tf.json`): merged into the blocks of the other files (see mergeOverride). */
const isOverrideFile = (name) => isTfFile(name) && /(^|[_/])override\.tf(\.json)?$/i.test(name);
const isConfigFile = (name) => isTfFile(name) && !isOverrideFile(name);
const isAutoVars = (name) => /(^|\/)terraform\.tfvars(\.json)?$|\.auto\.tfvars(\.json)?$/i.test(name);
async function loadConfiguration(dir, ctx, parse) {
    const entries = await ctx.listDir(dir === '' ? '.' : dir);
    const config = {
        dir,
        files: [],
        variables: new Map(),
        locals: new Map(),
        resources: new Map(),
        data: new Map(),
        modules: new Map(),
        outputs: new Map(),
        tfvars: []
    };
    const names = entries.map((e) => external_node_path_.posix.basename(e)).sort();
    const files = await Promise.all(names.filter(isConfigFile).map((n) => parse(join(dir, n))));
    for (const file of files) {
        if (!file)
            continue;
        config.files.push(file);
        for (const block of file.body.blocks) {
            const [a, b] = block.labels;
            if (block.type === 'variable' && a)
                config.variables.set(a, block);
            else if (block.type === 'locals')
                for (const attr of block.body.attributes)
                    config.locals.set(attr.name, attr);
            else if (block.type === 'resource' && a && b)
                config.resources.set(`${a}.${b}`, block);
            else if (block.type === 'data' && a && b)
                config.data.set(`${a}.${b}`, block);
            else if (block.type === 'module' && a)
                config.modules.set(a, block);
            else if (block.type === 'output' && a)
                config.outputs.set(a, block);
        }
    }
    // Override files come last, in name order, each block merged into the one of the same type and labels.
    const overrides = await Promise.all(names.filter(isOverrideFile).map((n) => parse(join(dir, n))));
    for (const file of overrides) {
        if (!file)
            continue;
        for (const block of file.body.blocks) {
            const [a, b] = block.labels;
            const merge = (map, key) => {
                const base = map.get(key);
                if (base)
                    map.set(key, mergeOverride(base, block));
            };
            if (block.type === 'variable' && a)
                merge(config.variables, a);
            else if (block.type === 'locals')
                for (const attr of block.body.attributes)
                    config.locals.set(attr.name, attr);
            else if (block.type === 'resource' && a && b)
                merge(config.resources, `${a}.${b}`);
            else if (block.type === 'data' && a && b)
                merge(config.data, `${a}.${b}`);
            else if (block.type === 'module' && a)
                merge(config.modules, a);
            else if (block.type === 'output' && a)
                merge(config.outputs, a);
        }
    }
    const varFiles = names.filter(isAutoVars).sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1));
    for (const name of varFiles) {
        const file = await parse(join(dir, name));
        if (file)
            config.tfvars.push(file);
    }
    return config;
}
/**
 * Terraform's override merge: an attribute of the override replaces the one of
 * the same name; nested blocks of a type the override has (a `dynamic "x"`
 * counts as `x`) replace all the original's blocks of that type, unmerged.
 * The block keeps its place (its span), so its declaration stays in its file.
 */
function mergeOverride(base, over) {
    const attributes = new Map(base.body.attributes.map((a) => [a.name, a]));
    for (const a of over.body.attributes)
        attributes.set(a.name, a);
    const kind = (b) => (b.type === 'dynamic' ? (b.labels[0] ?? '') : b.type);
    const replaced = new Set(over.body.blocks.map(kind));
    const blocks = [...base.body.blocks.filter((b) => !replaced.has(kind(b))), ...over.body.blocks];
    return { ...base, body: { attributes: [...attributes.values()], blocks } };
}
/** A variable definitions file: `*.tfvars`, `*.tfvars.json`. */
const isVarFile = (name) => /\.tfvars(\.json)?$/i.test(name);
const rank = (name) => (/^terraform\.tfvars$/i.test(name) ? 0 : /^terraform\.tfvars\.json$/i.test(name) ? 1 : 2);
function join(dir, name) {
    return dir === '' || dir === '.' ? name : external_node_path_.posix.join(dir, name);
}
/** The folder a local module source names, relative to the working directory; undefined for registry/git sources. */
function localSource(callerDir, source) {
    if (typeof source !== 'string' || !/^\.\.?(\/|$)/.test(source))
        return undefined;
    const resolved = external_node_path_.posix.normalize(join(callerDir === '' ? '.' : callerDir, source)).replace(/\/+$/, '');
    if (resolved.startsWith('../') || resolved === '..')
        return undefined;
    return resolved === '.' || resolved === '' ? '' : resolved;
}
const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'provider', 'providers', 'source', 'version']);
/** The values of a body, as another resource's reference sees them (blocks become lists of objects). */
function bodyValue(body) {
    const entries = [];
    for (const [name, attr] of body.attrs)
        entries.push([name, attr.value]);
    for (const [name, blocks] of body.blocks)
        entries.push([name, blocks.map(bodyValue)]);
    return obj(entries);
}
const MAX_MODULE_DEPTH = 8;
const callCounts = new WeakMap();
/** How many `module` blocks of a root's configurations call the module in `dir`. */
function callsOf(configs, dir) {
    let counts = callCounts.get(configs);
    if (!counts) {
        counts = new Map();
        for (const config of configs.values())
            for (const block of config.modules.values()) {
                const source = attribute(block.body, 'source');
                const child = source ? localSource(config.dir, evaluateAttribute(source.expr, Scope.root({}))) : undefined;
                if (child !== undefined)
                    counts.set(child, (counts.get(child) ?? 0) + 1);
            }
        callCounts.set(configs, counts);
    }
    return counts.get(dir) ?? 0;
}
/** One instance of a module: its variables are set, everything else is evaluated on demand and remembered. */
class ModuleInstance {
    config;
    configs;
    prefix;
    label;
    depth;
    rootDir;
    scope;
    variableValues = new Map();
    localValues = new Map();
    expanded = new Map();
    calls = new Map();
    constructor(config, configs, inputs, 
    /** `module.aks.` prefix for resource names ('' at the root). */
    prefix, 
    /** Loop keys of this module instance and its parents, e.g. `module.pools["gpu"]`. */
    label, depth, rootDir) {
        this.config = config;
        this.configs = configs;
        this.prefix = prefix;
        this.label = label;
        this.depth = depth;
        this.rootDir = rootDir;
        for (const [name, block] of config.variables) {
            const typeExpr = attribute(block.body, 'type')?.expr;
            let value;
            const def = attribute(block.body, 'default');
            const nullable = attribute(block.body, 'nullable')?.expr;
            // A null argument keeps the null, unless the variable says `nullable = false`.
            const nullFallsBack = nullable?.k === 'lit' && nullable.value === false;
            if (inputs.has(name) && !(inputs.get(name) === null && nullFallsBack && def))
                value = inputs.get(name);
            else if (def)
                value = evaluateAttribute(def.expr, Scope.root({}));
            else
                value = new Unknown(`variable "${name}" has no default and no value`);
            this.variableValues.set(name, typeExpr ? applyType(typeExpr, value) : value);
        }
        const namespaces = {
            var: new Lazy('var', (n) => this.variableValues.get(n)),
            local: new Lazy('local', (n) => this.local(n)),
            path: obj([
                ['module', config.dir || '.'],
                ['root', rootDir || '.'],
                ['cwd', '.']
            ]),
            terraform: obj([['workspace', 'default']]),
            data: new Lazy('data', (type) => new Lazy(`data.${type}`, (name) => this.referenceValue('data', type, name))),
            module: new Lazy('module', (name) => this.moduleValue(name)),
            self: new Unknown('self is not evaluated')
        };
        for (const key of config.resources.keys()) {
            const type = key.slice(0, key.indexOf('.'));
            namespaces[type] ??= new Lazy(type, (name) => this.referenceValue('managed', type, name));
        }
        this.scope = Scope.root(namespaces);
    }
    local(name) {
        const memo = this.localValues.get(name);
        if (memo === 'busy')
            return new Unknown(`local.${name} refers to itself`);
        if (memo !== undefined)
            return memo;
        const attr = this.config.locals.get(name);
        if (!attr)
            return undefined;
        this.localValues.set(name, 'busy');
        const value = evaluateAttribute(attr.expr, this.scope);
        this.localValues.set(name, value);
        return value;
    }
    /** What `type.name` (or `data.type.name`) evaluates to: one object, a list (count) or a map (for_each). */
    referenceValue(mode, type, name) {
        const block = (mode === 'managed' ? this.config.resources : this.config.data).get(`${type}.${name}`);
        if (!block)
            return undefined;
        const instances = this.instances(mode, type, name);
        if (instances === 'busy')
            return new Unknown(`${type}.${name} refers to itself`);
        if (attribute(block.body, 'count')) {
            if (instances.length === 1 && !instances[0].label)
                return new Unknown(`the count of ${type}.${name} is not known`);
            return instances.map((i) => instanceValue(i));
        }
        if (attribute(block.body, 'for_each')) {
            if (instances.length === 1 && !instances[0].label)
                return new Unknown(`the for_each of ${type}.${name} is not known`);
            return obj(instances.map((i) => [String(i.label?.replace(/^each\.key=/, '') ?? ''), instanceValue(i)]));
        }
        return instances[0] ? instanceValue(instances[0]) : new Unknown(`${type}.${name} is not created`);
    }
    /** The instances of a resource or data source; 'busy' while they are being evaluated (a reference cycle). */
    instances(mode, type, name) {
        const key = `${mode}:${type}.${name}`;
        const memo = this.expanded.get(key);
        if (memo)
            return memo;
        const block = (mode === 'managed' ? this.config.resources : this.config.data).get(`${type}.${name}`);
        if (!block)
            return [];
        this.expanded.set(key, 'busy');
        const result = [];
        for (const { label, scope } of expand(block.body, this.scope)) {
            const body = evalBody(block.body, scope, block.span);
            const value = bodyValue(body);
            const id = config_has(value, 'id') ? value.id : computedId(mode, type, value);
            result.push({ mode, type, name, block, label, body, value, id, module: this });
        }
        this.expanded.set(key, result);
        return result;
    }
    /** Every managed resource instance of this module and of the local modules it calls. */
    allInstances() {
        return this.collect('managed');
    }
    /** Data source instances of this module and the modules it calls. */
    allData() {
        return this.collect('data');
    }
    collect(mode) {
        const out = [];
        for (const key of (mode === 'managed' ? this.config.resources : this.config.data).keys()) {
            const dot = key.indexOf('.');
            const instances = this.instances(mode, key.slice(0, dot), key.slice(dot + 1));
            if (instances !== 'busy')
                out.push(...instances);
        }
        for (const name of this.config.modules.keys()) {
            const calls = this.moduleCalls(name);
            if (calls !== 'busy')
                for (const c of calls)
                    out.push(...c.child.collect(mode));
        }
        return out;
    }
    moduleCalls(name) {
        const memo = this.calls.get(name);
        if (memo)
            return memo;
        const block = this.config.modules.get(name);
        if (!block || this.depth >= MAX_MODULE_DEPTH)
            return [];
        const source = attribute(block.body, 'source');
        const dir = source ? localSource(this.config.dir, evaluateAttribute(source.expr, this.scope)) : undefined;
        const childConfig = dir !== undefined ? this.configs.get(dir) : undefined;
        if (!childConfig) {
            this.calls.set(name, []);
            return [];
        }
        this.calls.set(name, 'busy');
        const result = [];
        for (const { label, key, scope } of expand(block.body, this.scope)) {
            const inputs = new Map();
            for (const attr of block.body.attributes)
                if (!META_ARGS.has(attr.name))
                    inputs.set(attr.name, evaluateAttribute(attr.expr, scope));
            // A call is named when it is looped, or when the module has other calls (two `module` blocks give findings at one place in its file).
            const named = label !== undefined || callsOf(this.configs, dir) > 1;
            const here = named ? `${this.prefix}module.${name}${label && key !== undefined ? `[${JSON.stringify(key)}]` : ''}` : undefined;
            const nested = here !== undefined && !label && this.label !== undefined && here.startsWith(`${this.label}.`);
            const childLabel = nested ? here : [here, this.label].filter(Boolean).join(' in ') || undefined;
            const child = new ModuleInstance(childConfig, this.configs, inputs, `${this.prefix}module.${name}.`, childLabel, this.depth + 1, this.rootDir);
            result.push({ key, child });
        }
        this.calls.set(name, result);
        return result;
    }
    moduleValue(name) {
        const block = this.config.modules.get(name);
        if (!block)
            return undefined;
        const calls = this.moduleCalls(name);
        if (calls === 'busy')
            return new Unknown(`module.${name} refers to itself`);
        if (calls.length === 0)
            return new Unknown(`the outputs of module.${name} are not known`);
        const outputs = (c) => new Lazy(`module.${name}`, (out) => c.output(out));
        if (attribute(block.body, 'count'))
            return calls.map((c) => outputs(c.child));
        if (attribute(block.body, 'for_each'))
            return obj(calls.map((c) => [String(c.key ?? ''), outputs(c.child)]));
        return outputs(calls[0].child);
    }
    output(name) {
        const block = this.config.outputs.get(name);
        const value = block ? attribute(block.body, 'value') : undefined;
        return value ? evaluateAttribute(value.expr, this.scope) : undefined;
    }
}
function config_has(o, key) {
    return Object.prototype.hasOwnProperty.call(o, key) && o[key] !== null;
}
/** A resource as references see it: what the configuration sets, its id, and every other attribute unknown until apply (not an error). */
function instanceValue(i) {
    const where = `${i.mode === 'data' ? 'data.' : ''}${i.type}.${i.name}`;
    return new Lazy(where, (attr) => {
        if (attr === 'id')
            return i.id;
        if (Object.prototype.hasOwnProperty.call(i.value, attr) && i.value[attr] !== null)
            return i.value[attr];
        return new Unknown(`${where}.${attr} is known only after apply`);
    });
}
/** The instances `count` or `for_each` make; an unknown count or for_each gives one instance with unknown `count.index`/`each`, which is linted (SPEC §5). */
function expand(body, scope) {
    const count = attribute(body, 'count');
    if (count) {
        const n = evaluateAttribute(count.expr, scope);
        if (typeof n === 'number')
            return Array.from({ length: Math.max(0, Math.min(n, 1000)) }, (_, i) => ({
                label: `count.index=${i}`,
                key: i,
                scope: scope.with({ count: obj([['index', i]]) })
            }));
        if (typeof n === 'string' && /^\d+$/.test(n))
            return expand({
                ...body,
                attributes: body.attributes.map((a) => (a === count ? { ...a, expr: { k: 'lit', value: Number(n), span: a.span } } : a))
            }, scope);
        return [{ scope: scope.with({ count: obj([['index', new Unknown('count.index is not known')]]) }) }];
    }
    const forEach = attribute(body, 'for_each');
    if (forEach) {
        const v = evaluateAttribute(forEach.expr, scope);
        let pairs;
        if (isObj(v))
            pairs = Object.keys(v)
                .sort()
                .map((k) => [k, v[k]]);
        else if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            pairs = [...new Set(v)].sort().map((k) => [k, k]);
        if (!pairs) {
            const reason = v instanceof Unknown ? v.reason : 'for_each is not known';
            return [
                {
                    scope: scope.with({
                        each: obj([
                            ['key', new Unknown(reason)],
                            ['value', new Unknown(reason)]
                        ])
                    })
                }
            ];
        }
        return pairs.map(([k, value]) => ({
            label: `each.key=${k}`,
            key: k,
            scope: scope.with({
                each: obj([
                    ['key', k],
                    ['value', value]
                ])
            })
        }));
    }
    return [{ scope }];
}
const MAX_BODY_DEPTH = 32;
/** Evaluates a block body: attributes (errors become unknown values), nested blocks and `dynamic` blocks expanded. */
function evalBody(body, scope, span, depth = 0) {
    const out = { attrs: new Map(), blocks: new Map(), span };
    for (const attr of body.attributes) {
        if (META_ARGS.has(attr.name) && depth === 0)
            continue;
        // An azapi `body = jsonencode({...})` is read as the object itself, so that a partly unknown body keeps its known parts.
        const e = attr.name === 'body' && attr.expr.k === 'call' && attr.expr.name === 'jsonencode' && attr.expr.args.length === 1
            ? attr.expr.args[0]
            : attr.expr;
        out.attrs.set(attr.name, { value: evaluateAttribute(e, scope), expr: attr.expr, span: attr.expr.span });
    }
    if (depth >= MAX_BODY_DEPTH)
        return out;
    const add = (type, b) => out.blocks.set(type, [...(out.blocks.get(type) ?? []), b]);
    for (const block of body.blocks) {
        if (block.type === 'lifecycle' || block.type === 'provisioner' || block.type === 'connection')
            continue;
        if (block.type !== 'dynamic') {
            add(block.type, evalBody(block.body, scope, block.span, depth + 1));
            continue;
        }
        const type = block.labels[0];
        const content = blocksOf(block.body, 'content')[0];
        if (!type || !content)
            continue;
        const iteratorExpr = attribute(block.body, 'iterator')?.expr;
        const iterator = iteratorExpr?.k === 'var' ? iteratorExpr.name : type;
        const forEach = attribute(block.body, 'for_each');
        const v = forEach ? evaluateAttribute(forEach.expr, scope) : new Unknown('dynamic block without for_each');
        let pairs;
        if (Array.isArray(v))
            pairs = v.map((x, i) => [i, x]);
        else if (isObj(v))
            pairs = Object.keys(v)
                .sort()
                .map((k) => [k, v[k]]);
        else if (v === null)
            pairs = [];
        if (!pairs) {
            const u = v instanceof Unknown ? v : new Unknown('the for_each of a dynamic block is not known');
            add(type, evalBody(content.body, scope.with({
                [iterator]: obj([
                    ['key', u],
                    ['value', u]
                ])
            }), block.span, depth + 1));
            continue;
        }
        for (const [key, value] of pairs)
            add(type, evalBody(content.body, scope.with({
                [iterator]: obj([
                    ['key', key],
                    ['value', value]
                ])
            }), block.span, depth + 1));
    }
    return out;
}
const SUBSCRIPTION = new Unknown('the subscription is not in the configuration');
/** The ids Azure will give the resources that matter here, with the subscription (and anything else not in the configuration) as unknown parts. */
function computedId(mode, type, v) {
    const get = (k) => (Object.prototype.hasOwnProperty.call(v, k) ? v[k] : new Unknown(`${k} is not known`));
    const rgId = (rg) => ['/subscriptions/', SUBSCRIPTION, '/resourceGroups/', rg];
    switch (type) {
        case 'azurerm_resource_group':
            return joinId(rgId(get('name')));
        case 'azurerm_kubernetes_cluster':
            return joinId([...rgId(get('resource_group_name')), '/providers/Microsoft.ContainerService/managedClusters/', get('name')]);
        case 'azurerm_kubernetes_cluster_node_pool':
            return joinId([get('kubernetes_cluster_id'), '/agentPools/', get('name')]);
        case 'azurerm_kubernetes_node_pool_snapshot':
            return joinId([...rgId(get('resource_group_name')), '/providers/Microsoft.ContainerService/snapshots/', get('name')]);
        case 'azapi_resource': {
            const t = get('type');
            if (typeof t !== 'string')
                return new Unknown('the type of an azapi_resource is not known');
            if (mode === 'data' && Object.prototype.hasOwnProperty.call(v, 'resource_id'))
                return v.resource_id;
            const segments = t.replace(/@.*$/, '').split('/');
            if (segments.join('/').toLowerCase() === 'microsoft.resources/resourcegroups')
                return joinId(rgId(get('name')));
            // Without a known parent, a top-level resource is taken to be in some resource group: the id keeps its shape.
            const parent = Object.prototype.hasOwnProperty.call(v, 'parent_id') && typeof v.parent_id === 'string'
                ? v.parent_id
                : v.parent_id instanceof PartialString
                    ? v.parent_id
                    : joinId(rgId(SUBSCRIPTION));
            if (segments.length === 2)
                return joinId([parent, `/providers/${segments.join('/')}/`, get('name')]);
            return joinId([get('parent_id'), `/${segments[segments.length - 1]}/`, get('name')]);
        }
    }
    return new Unknown(`the id of ${mode === 'data' ? 'data.' : ''}${type} is known only after apply`);
}

;// CONCATENATED MODULE: ./src/readers/terraform/declarations.ts


const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = model/* RESOURCE_TYPES */.Rx;
const azapiType = (r) => {
    if (r.type !== 'azapi_resource')
        return undefined;
    const t = r.body.attrs.get('type')?.value;
    return typeof t === 'string' ? t.replace(/@.*$/, '').toLowerCase() : undefined;
};
/** A body attribute as a declaration value; absent or null → unknown 'not stated' (null unsets an argument in Terraform). */
function stated(attr, spanless = false) {
    if (!attr)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const span = spanless ? undefined : attr.span;
    return toValue(attr.value, span, false);
}
function toValue(v, span, keepNull) {
    const withSpan = (x) => (span ? { ...x, span } : x);
    if (v === null)
        return keepNull ? withSpan({ known: true, value: null }) : withSpan({ known: false, reason: model/* NOT_STATED */.qg });
    if (typeof v === 'string')
        return withSpan({ known: true, value: v });
    if (typeof v === 'number')
        return withSpan({ known: true, value: String(v) });
    if (v instanceof PartialString)
        return withSpan({ known: true, value: v.text, partial: true });
    if (v instanceof Unknown)
        return withSpan({ known: false, reason: v.reason });
    return withSpan({ known: false, reason: 'not a string' });
}
function boolValue(attr) {
    if (!attr || attr.value === null)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const v = attr.value;
    if (typeof v === 'boolean')
        return (0,model/* known */.eO)(v, attr.span);
    if (v === 'true' || v === 'false')
        return (0,model/* known */.eO)(v === 'true', attr.span);
    return (0,model/* unknown */.L5)(v instanceof Unknown ? v.reason : 'not a bool', attr.span);
}
function first(body, ...names) {
    for (const n of names) {
        const a = body.attrs.get(n);
        if (a && a.value !== null)
            return a;
    }
    for (const n of names)
        if (body.attrs.has(n))
            return body.attrs.get(n);
    return undefined;
}
function idKey(v) {
    if (typeof v === 'string')
        return v.toLowerCase();
    if (v instanceof PartialString)
        return v.text.toLowerCase();
    return undefined;
}
/** Builds the declarations of a whole configuration (or plan), then keeps those of the file asked for. */
function buildDeclarations(resources) {
    const clusters = new Map();
    for (const r of resources) {
        if (r.type === 'azurerm_kubernetes_cluster' || azapiType(r) === CLUSTER) {
            const key = idKey(r.id);
            const view = clusterView(r);
            if (key)
                clusters.set(key, view);
        }
    }
    const declarations = [];
    const pools = [];
    for (const r of resources) {
        if (r.mode !== 'managed')
            continue;
        const t = azapiType(r);
        if (r.type === 'azurerm_kubernetes_cluster') {
            const cluster = clusterView(r);
            for (const np of r.body.blocks.get('default_node_pool') ?? []) {
                const decl = azurermPool(r, np, cluster, true);
                declarations.push(decl);
                addPoolId(pools, r.id, np.attrs.get('name')?.value ?? null, decl);
            }
        }
        else if (r.type === 'azurerm_kubernetes_cluster_node_pool') {
            const clusterId = r.body.attrs.get('kubernetes_cluster_id');
            const cluster = clusterId ? clusters.get(idKey(clusterId.value) ?? '\u0000') : undefined;
            const decl = azurermPool(r, r.body, cluster, false, clusterId);
            declarations.push(decl);
            const key = idKey(r.id);
            if (key)
                pools.push({ id: key, decl });
        }
        else if (t === CLUSTER) {
            declarations.push(...azapiClusterPools(r, pools));
        }
        else if (t === AGENT_POOL) {
            const parent = r.body.attrs.get('parent_id');
            const cluster = parent ? clusters.get(idKey(parent.value) ?? '\u0000') : undefined;
            const decl = azapiAgentPool(r, cluster, parent);
            declarations.push(decl);
            const key = idKey(r.id);
            if (key)
                pools.push({ id: key, decl });
        }
    }
    const snapshots = [];
    for (const r of resources)
        if (r.mode === 'managed' && azapiType(r) === SNAPSHOT)
            snapshots.push(azapiSnapshot(r, pools));
    declarations.push(...snapshots);
    // A pool whose snapshot is declared in the same configuration learns its properties from there.
    const byId = new Map();
    for (const s of snapshots)
        if (s.id.known && s.id.value)
            byId.set(s.id.value.toLowerCase(), s);
    for (const d of declarations) {
        if (d.kind !== 'pool' || !d.snapshot?.id.known || typeof d.snapshot.id.value !== 'string')
            continue;
        const s = byId.get(d.snapshot.id.value.toLowerCase());
        if (!s)
            continue;
        const resolved = { ...s.properties };
        if (s.location.known && !s.location.partial)
            resolved.location = s.location.value;
        if (s.name.known && !s.name.partial)
            resolved.name = s.name.value;
        if (Object.keys(resolved).length)
            d.snapshot.resolved = resolved;
    }
    return declarations;
}
function addPoolId(pools, clusterId, name, decl) {
    const c = idKey(clusterId);
    const n = typeof name === 'string' ? name.toLowerCase() : undefined;
    if (c && n)
        pools.push({ id: `${c}/agentpools/${n}`, decl });
}
function clusterView(r) {
    if (r.type === 'azapi_resource') {
        const body = azapiBody(r);
        const props = isObj(body) && isObj(body.properties) ? body.properties : undefined;
        return {
            resource: r,
            name: stated(r.body.attrs.get('name'), true),
            location: locationOf(r, body, true),
            version: props ? toValue(props.kubernetesVersion ?? null, undefined, false) : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg)
        };
    }
    return {
        resource: r,
        name: stated(r.body.attrs.get('name'), true),
        location: stated(r.body.attrs.get('location'), true),
        version: stated(r.body.attrs.get('kubernetes_version'), true)
    };
}
function azurermPool(r, np, cluster, system, clusterId) {
    const snapshot = np.attrs.get('snapshot_id');
    const mode = np.attrs.get('mode');
    return {
        kind: 'pool',
        source: 'terraform',
        span: np.span,
        resource: system ? `${r.address}.default_node_pool` : r.address,
        ...(r.label ? { instance: r.label } : {}),
        name: stated(np.attrs.get('name')),
        cluster: cluster ? cluster.name : clusterId ? stated(clusterId) : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg),
        mode: system ? (0,model/* known */.eO)('System') : mode && mode.value !== null ? stated(mode) : (0,model/* known */.eO)('User'),
        vmSize: stated(np.attrs.get('vm_size')),
        location: cluster ? cluster.location : (0,model/* unknown */.L5)('the cluster is not in this configuration'),
        kubernetesVersion: stated(np.attrs.get('orchestrator_version')),
        controlPlaneVersion: cluster ? cluster.version : (0,model/* unknown */.L5)('the cluster is not in this configuration'),
        osType: stated(np.attrs.get('os_type')),
        osSku: stated(np.attrs.get('os_sku')),
        enableFips: boolValue(first(np, 'fips_enabled', 'enable_fips')),
        ...(snapshot ? { snapshot: { id: toValue(snapshot.value, snapshot.span, true) } } : {}),
        system
    };
}
/** The azapi `body`: an HCL object (azapi 2), or `jsonencode(...)`/a JSON string (azapi 1). */
function azapiBody(r) {
    const attr = r.body.attrs.get('body');
    if (!attr)
        return null;
    if (typeof attr.value === 'string') {
        try {
            return fromJson(JSON.parse(attr.value));
        }
        catch {
            return new Unknown('the body is not JSON');
        }
    }
    return attr.value;
}
/** Where a path inside the body is written, when the body is written out in the resource; else the body's span. */
function bodySpan(r, path) {
    const attr = r.body.attrs.get('body');
    if (!attr)
        return undefined;
    let e = attr.expr;
    if (e.k === 'call' && e.name === 'jsonencode' && e.args[0])
        e = e.args[0];
    for (const step of path) {
        let next;
        if (e.k === 'object' && typeof step === 'string')
            next = e.items.find((i) => i.key.k === 'lit' && i.key.value === step)?.value;
        else if (e.k === 'tuple' && typeof step === 'number')
            next = e.items[step];
        if (!next)
            return spanOf(attr, e);
        e = next;
    }
    return e.span;
}
function spanOf(attr, e) {
    return e === attr.expr || e.span.file !== attr.span.file ? attr.span : e.span;
}
function locationOf(r, body, spanless) {
    const attr = r.body.attrs.get('location');
    if (attr)
        return stated(attr, spanless);
    if (isObj(body) && body.location !== undefined)
        return toValue(body.location, spanless ? undefined : bodySpan(r, ['location']), false);
    return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
}
function propValue(r, props, path, key, keepNull = false) {
    if (!props || !Object.prototype.hasOwnProperty.call(props, key))
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    return toValue(props[key], bodySpan(r, [...path, key]), keepNull);
}
function propBool(r, props, path, key) {
    if (!props || !Object.prototype.hasOwnProperty.call(props, key) || props[key] === null)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const v = props[key];
    const span = bodySpan(r, [...path, key]);
    if (typeof v === 'boolean')
        return (0,model/* known */.eO)(v, span);
    return (0,model/* unknown */.L5)(v instanceof Unknown ? v.reason : 'not a bool', span);
}
/** A pool in ARM shape (agentPoolProfiles entry or agentPools properties). */
function armPool(r, props, path, base, defaultSystem = false) {
    // `creationData = null` is no snapshot at all (azapi drops null properties); a null `sourceResourceId` is an empty reference.
    const creation = props && isObj(props.creationData) ? props.creationData : undefined;
    const mode = propValue(r, props, path, 'mode');
    if (!props) {
        // The body (or its properties) is not known: nothing is stated, and the snapshot reference counts as present (SPEC §5).
        const reason = unknownReason(r);
        const u = (0,model/* unknown */.L5)(reason, r.body.attrs.get('body')?.span);
        return {
            ...base,
            mode: (0,model/* known */.eO)(defaultSystem ? 'System' : 'User'),
            vmSize: u,
            kubernetesVersion: u,
            osType: u,
            osSku: u,
            enableFips: u,
            snapshot: { id: u },
            system: defaultSystem
        };
    }
    const system = mode.known ? String(mode.value).toLowerCase() === 'system' : defaultSystem;
    return {
        ...base,
        mode: mode.known ? mode : (0,model/* known */.eO)(system ? 'System' : 'User'),
        vmSize: propValue(r, props, path, 'vmSize'),
        kubernetesVersion: propValue(r, props, path, 'orchestratorVersion'),
        osType: propValue(r, props, path, 'osType'),
        osSku: propValue(r, props, path, 'osSKU'),
        enableFips: propBool(r, props, path, 'enableFIPS'),
        ...(creation && Object.prototype.hasOwnProperty.call(creation, 'sourceResourceId')
            ? { snapshot: { id: toValue(creation.sourceResourceId, bodySpan(r, [...path, 'creationData', 'sourceResourceId']), true) } }
            : {}),
        system
    };
}
function unknownReason(r) {
    const body = r.body.attrs.get('body')?.value ?? null;
    if (body instanceof Unknown)
        return body.reason;
    const props = isObj(body) ? body.properties : undefined;
    if (props instanceof Unknown)
        return props.reason;
    return 'the body is not known';
}
/** A span reduced to its first character: a pool written as an object literal is pointed at by its opening brace. */
function point(span) {
    return { ...span, endLine: span.line, endColumn: span.column + 1 };
}
function azapiClusterPools(r, pools) {
    const body = azapiBody(r);
    const props = isObj(body) && isObj(body.properties) ? body.properties : undefined;
    const profiles = props?.agentPoolProfiles;
    if (!Array.isArray(profiles))
        return [];
    const cluster = clusterView(r);
    return profiles.map((p, i) => {
        const pool = isObj(p) ? p : undefined;
        const path = ['properties', 'agentPoolProfiles', i];
        const name = pool ? propValue(r, pool, path, 'name') : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
        const decl = armPool(r, pool, path, {
            kind: 'pool',
            source: 'terraform',
            span: point(bodySpan(r, path) ?? r.span),
            resource: `${r.address}.agentPoolProfiles[${i}]`,
            ...(r.label ? { instance: r.label } : {}),
            name,
            cluster: cluster.name,
            location: cluster.location,
            controlPlaneVersion: cluster.version
        }, i === 0);
        addPoolId(pools, r.id, name.known ? name.value : null, decl);
        return decl;
    });
}
function azapiAgentPool(r, cluster, parent) {
    const body = azapiBody(r);
    const props = isObj(body) && isObj(body.properties) ? body.properties : undefined;
    return armPool(r, props, ['properties'], {
        kind: 'pool',
        source: 'terraform',
        span: r.span,
        resource: r.address,
        ...(r.label ? { instance: r.label } : {}),
        name: stated(r.body.attrs.get('name')),
        cluster: cluster ? cluster.name : parent ? stated(parent) : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg),
        location: cluster ? cluster.location : (0,model/* unknown */.L5)('the cluster is not in this configuration'),
        controlPlaneVersion: cluster ? cluster.version : (0,model/* unknown */.L5)('the cluster is not in this configuration')
    });
}
function azapiSnapshot(r, pools) {
    const body = azapiBody(r);
    const props = isObj(body) && isObj(body.properties) ? body.properties : undefined;
    const creation = props && isObj(props.creationData) ? props.creationData : undefined;
    const source = creation
        ? toValue(creation.sourceResourceId ?? null, bodySpan(r, ['properties', 'creationData', 'sourceResourceId']), false)
        : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const sourceKey = source.known && typeof source.value === 'string' ? source.value.toLowerCase() : undefined;
    const pool = sourceKey ? pools.find((p) => p.id === sourceKey)?.decl : undefined;
    const idValue = toValue(r.id, undefined, false);
    const properties = {};
    if (pool) {
        const take = (v) => (v.known && !v.partial ? v.value : undefined);
        const version = take(pool.kubernetesVersion) ?? take(pool.controlPlaneVersion);
        if (version)
            properties.kubernetesVersion = version;
        if (take(pool.vmSize))
            properties.vmSize = take(pool.vmSize);
        if (take(pool.osType))
            properties.osType = take(pool.osType);
        if (take(pool.osSku))
            properties.osSku = take(pool.osSku);
        if (pool.enableFips.known)
            properties.enableFips = pool.enableFips.value;
    }
    const location = locationOf(r, body, false);
    if (location.known && !location.partial)
        properties.location = location.value;
    return {
        kind: 'snapshot',
        source: 'terraform',
        span: r.span,
        resource: r.address,
        ...(r.label ? { instance: r.label } : {}),
        name: stated(r.body.attrs.get('name')),
        id: idValue,
        location,
        sourceResourceId: source,
        sourceLocation: pool ? pool.location : (0,model/* unknown */.L5)('the source pool is not in this configuration'),
        ...(pool ? { properties: { ...properties, ...(idValue.known && typeof idValue.value === 'string' ? { id: idValue.value } : {}) } } : {})
    };
}

;// CONCATENATED MODULE: ./src/readers/terraform/parse.ts
const parse_MAX_DEPTH = 200;
const MAX_BLOCK_DEPTH = 64;
class Converter {
    file;
    text;
    depth = 0;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    span(node, end = node) {
        return {
            file: this.file,
            line: node.startPosition.row + 1,
            column: node.startPosition.column + 1,
            endLine: end.endPosition.row + 1,
            endColumn: end.endPosition.column + 1
        };
    }
    /** Where blocks nest deeper than MAX_BLOCK_DEPTH (they are dropped; the file gets a parse problem). */
    tooDeep;
    blockDepth = 0;
    body(node) {
        const body = { attributes: [], blocks: [] };
        if (this.blockDepth > MAX_BLOCK_DEPTH) {
            this.tooDeep ??= this.span(node);
            return body;
        }
        for (const child of named(node)) {
            if (!child || child.hasError)
                continue;
            if (child.type === 'attribute') {
                const attr = this.attribute(child);
                if (attr)
                    body.attributes.push(attr);
            }
            else if (child.type === 'block') {
                body.blocks.push(this.block(child));
            }
        }
        return body;
    }
    attribute(node) {
        const name = named(node).find((c) => c?.type === 'identifier');
        const expr = named(node).find((c) => c?.type === 'expression');
        if (!name || !expr)
            return undefined;
        return { name: name.text, expr: this.expr(expr), span: this.span(node) };
    }
    block(node) {
        const labels = [];
        let type = '';
        let open;
        let bodyNode;
        for (const child of kids(node)) {
            if (!child)
                continue;
            if (child.type === 'identifier' && !type)
                type = child.text;
            else if (child.type === 'identifier')
                labels.push(child.text);
            else if (child.type === 'string_lit')
                labels.push(this.literalText(child));
            else if (child.type === 'block_start')
                open = child;
            else if (child.type === 'body')
                bodyNode = child;
        }
        this.blockDepth++;
        const body = bodyNode ? this.body(bodyNode) : { attributes: [], blocks: [] };
        this.blockDepth--;
        return {
            type,
            labels,
            body,
            span: this.span(node, open ?? node)
        };
    }
    expr(node) {
        if (++this.depth > parse_MAX_DEPTH) {
            this.depth--;
            return { k: 'unsupported', what: 'expression nested too deeply', span: this.span(node) };
        }
        try {
            return this.exprInner(node);
        }
        finally {
            this.depth--;
        }
    }
    exprInner(node) {
        const span = this.span(node);
        switch (node.type) {
            case 'expression':
                return this.sequence(kids(node).filter(isNode), span);
            case 'literal_value':
                return this.literal(node);
            case 'variable_expr':
                return { k: 'var', name: node.text, span };
            case 'template_expr': {
                const inner = named(node)[0];
                return inner ? this.template(inner) : { k: 'lit', value: '', span };
            }
            case 'collection_value':
                return named(node)[0] ? this.expr(named(node)[0]) : { k: 'unsupported', what: 'collection', span };
            case 'tuple':
                return {
                    k: 'tuple',
                    items: named(node)
                        .filter((c) => c?.type === 'expression')
                        .map((c) => this.expr(c)),
                    span
                };
            case 'object': {
                const items = [];
                for (const el of named(node)) {
                    if (el?.type !== 'object_elem')
                        continue;
                    const key = el.childForFieldName('key');
                    const value = el.childForFieldName('val');
                    if (key && value)
                        items.push({ key: this.objectKey(key), value: this.expr(value) });
                }
                return { k: 'object', items, span };
            }
            case 'function_call': {
                const name = named(node).find((c) => c?.type === 'identifier')?.text ?? '';
                const argsNode = named(node).find((c) => c?.type === 'function_arguments');
                const args = argsNode
                    ? named(argsNode)
                        .filter((c) => c?.type === 'expression')
                        .map((c) => this.expr(c))
                    : [];
                const expand = !!argsNode?.namedChildren.some((c) => c?.type === 'ellipsis');
                return { k: 'call', name, args, expand, span };
            }
            case 'conditional': {
                const [c, t, e] = named(node)
                    .filter(isNode)
                    .map((n) => n);
                if (!c || !t || !e)
                    return { k: 'unsupported', what: 'conditional', span };
                return this.conditional(c, this.expr(t), this.expr(e), span);
            }
            case 'operation':
                return named(node)[0] ? this.expr(named(node)[0]) : { k: 'unsupported', what: 'operation', span };
            case 'unary_operation': {
                const [op, ...rest] = kids(node).filter(isNode);
                return { k: 'unary', op: op.type, operand: this.sequence(rest, span), span };
            }
            case 'binary_operation': {
                const children = kids(node).filter(isNode);
                // The operator is the first anonymous child that is not a parenthesis of the left operand.
                let level = 0;
                let at = -1;
                for (let i = 0; i < children.length; i++) {
                    const c = children[i];
                    if (c.isNamed)
                        continue;
                    if (c.type === '(')
                        level++;
                    else if (c.type === ')')
                        level--;
                    else if (level === 0) {
                        at = i;
                        break;
                    }
                }
                if (at < 0)
                    return { k: 'unsupported', what: 'operation', span };
                return {
                    k: 'binary',
                    op: children[at].type,
                    left: this.sequence(children.slice(0, at), span),
                    right: this.sequence(children.slice(at + 1), span),
                    span
                };
            }
            case 'for_expr':
                return named(node)[0] ? this.forExpr(named(node)[0]) : { k: 'unsupported', what: 'for', span };
            default:
                return { k: 'unsupported', what: node.type, span };
        }
    }
    /** HCL's conditional is right-associative; the grammar nests `a ? b : c ? d : e` to the left, so rotate it back. */
    conditional(condNode, then, els, span) {
        const inner = condNode.type === 'expression' && kids(condNode).length === 1 ? kids(condNode)[0] : null;
        if (inner?.type === 'conditional') {
            const [c, t, e] = named(inner).filter(isNode);
            if (c && t && e) {
                const rest = this.conditional(e, then, els, { ...this.span(e), endLine: span.endLine, endColumn: span.endColumn });
                return this.conditional(c, this.expr(t), rest, span);
            }
        }
        return { k: 'cond', cond: this.expr(condNode), then, else: els, span };
    }
    /** A head term (maybe parenthesised) followed by postfix parts: attribute access, index, splat. */
    sequence(nodes, span) {
        if (nodes.length === 0)
            return { k: 'unsupported', what: 'empty expression', span };
        let i;
        let head;
        if (nodes[0].type === '(') {
            const close = nodes.findIndex((n, j) => j > 0 && n.type === ')');
            const inner = nodes[1];
            head = inner ? this.expr(inner) : { k: 'unsupported', what: 'parenthesis', span };
            i = close > 0 ? close + 1 : nodes.length;
        }
        else if (nodes.length === 1 && nodes[0].type !== 'expression') {
            if (!['get_attr', 'index', 'splat'].includes(nodes[0].type))
                return this.exprInner(nodes[0]);
            head = { k: 'unsupported', what: nodes[0].type, span };
            i = 1;
        }
        else {
            head = this.expr(nodes[0]);
            i = 1;
        }
        let result = head;
        for (; i < nodes.length; i++) {
            const n = nodes[i];
            const s = { ...span, endLine: this.span(n).endLine, endColumn: this.span(n).endColumn };
            if (n.type === 'splat') {
                const kind = named(n)[0];
                const ops = kind ? this.postfixOps(named(kind).filter(isNode)) : [];
                result = { k: 'splat', obj: result, ops, span: s };
                continue;
            }
            const op = this.postfix(n);
            if (!op)
                continue;
            result = op.k === 'attr' ? { k: 'attr', obj: result, name: op.name, span: s } : { k: 'index', obj: result, key: op.key, span: s };
        }
        return result;
    }
    postfixOps(nodes) {
        return nodes.map((n) => this.postfix(n)).filter((p) => !!p);
    }
    postfix(n) {
        if (n.type === 'get_attr') {
            const id = named(n).find((c) => c?.type === 'identifier');
            return id ? { k: 'attr', name: id.text } : undefined;
        }
        if (n.type === 'index') {
            const inner = named(n)[0];
            if (inner?.type === 'new_index') {
                const e = named(inner).find((c) => c?.type === 'expression');
                return e ? { k: 'index', key: this.expr(e) } : undefined;
            }
            if (inner?.type === 'legacy_index') {
                const digits = inner.text.replace(/^\./, '');
                return { k: 'index', key: { k: 'lit', value: Number(digits), span: this.span(inner) } };
            }
        }
        return undefined;
    }
    objectKey(node) {
        // A bare identifier key is a string, not a variable; `(expr)` is evaluated.
        const only = kids(node).length === 1 ? kids(node)[0] : null;
        if (only?.type === 'variable_expr')
            return { k: 'lit', value: only.text, span: this.span(only) };
        return this.expr(node);
    }
    literal(node) {
        const span = this.span(node);
        const inner = named(node)[0];
        if (!inner)
            return { k: 'unsupported', what: 'literal', span };
        switch (inner.type) {
            case 'numeric_lit':
                return { k: 'lit', value: Number(inner.text), span };
            case 'bool_lit':
                return { k: 'lit', value: inner.text === 'true', span };
            case 'null_lit':
                return { k: 'lit', value: null, span };
            case 'string_lit':
                return { k: 'lit', value: this.literalText(inner), span };
        }
        return { k: 'unsupported', what: inner.type, span };
    }
    literalText(stringLit) {
        return named(stringLit)
            .filter((c) => c?.type === 'template_literal')
            .map((c) => unescapeQuoted(c.text))
            .join('');
    }
    template(node) {
        const span = this.span(node);
        if (node.type === 'heredoc_template')
            return this.heredoc(node, span);
        const parts = this.templateParts(kids(node).filter(isNode), true);
        return simplifyTemplate(parts, span);
    }
    templateParts(nodes, quoted) {
        const parts = [];
        for (let i = 0; i < nodes.length; i++) {
            const n = nodes[i];
            if (n.type === 'template_literal')
                parts.push(quoted ? unescapeQuoted(n.text) : unescapeHeredoc(n.text));
            else if (n.type === 'template_interpolation') {
                const e = named(n).find((c) => c?.type === 'expression');
                if (e)
                    parts.push(this.expr(e));
            }
            else if (n.type === 'template_directive') {
                const d = named(n)[0];
                if (d?.type === 'template_if')
                    parts.push(this.templateIf(d, quoted));
                else
                    parts.push({ k: 'unsupported', what: 'template for directive', span: this.span(n) });
            }
        }
        return parts;
    }
    templateIf(node, quoted) {
        const intro = named(node).find((c) => c?.type === 'template_if_intro');
        const condNode = intro?.namedChildren.find((c) => c?.type === 'expression');
        const then = [];
        const els = [];
        let target = then;
        for (const c of kids(node)) {
            if (!c)
                continue;
            if (c.type === 'template_else_intro')
                target = els;
            else if (['template_literal', 'template_interpolation', 'template_directive'].includes(c.type))
                target.push(c);
        }
        if (!condNode)
            return { k: 'unsupported', what: 'template if', span: this.span(node) };
        return { k: 'if', cond: this.expr(condNode), then: this.templateParts(then, quoted), else: this.templateParts(els, quoted) };
    }
    /** Heredoc literals are cut from the source text, since the grammar's literal tokens drop line breaks and spaces. */
    heredoc(node, span) {
        const ids = named(node).filter((c) => c?.type === 'heredoc_identifier');
        const open = ids[0];
        const close = ids[ids.length - 1];
        if (!open || !close || open === close)
            return { k: 'lit', value: '', span };
        const indent = node.text.startsWith('<<-');
        const bodyStart = this.text.indexOf('\n', open.endIndex) + 1;
        const bodyEnd = this.text.lastIndexOf('\n', close.startIndex) + 1;
        const pieces = [];
        let pos = bodyStart;
        for (const c of named(node)) {
            if (!c || (c.type !== 'template_interpolation' && c.type !== 'template_directive'))
                continue;
            if (c.startIndex < bodyStart || c.endIndex > bodyEnd)
                continue;
            pieces.push(unescapeHeredoc(this.text.slice(pos, c.startIndex)));
            pieces.push(...this.templateParts([c], false));
            pos = c.endIndex;
        }
        pieces.push(unescapeHeredoc(this.text.slice(pos, bodyEnd)));
        const parts = indent ? stripIndent(pieces) : pieces;
        return simplifyTemplate(parts, span);
    }
    forExpr(node) {
        const span = this.span(node);
        const intro = named(node).find((c) => c?.type === 'for_intro');
        if (!intro)
            return { k: 'unsupported', what: 'for', span };
        const ids = named(intro)
            .filter((c) => c?.type === 'identifier')
            .map((c) => c.text);
        const collNode = named(intro).find((c) => c?.type === 'expression');
        const exprs = named(node).filter((c) => c?.type === 'expression');
        const condNode = named(node)
            .find((c) => c?.type === 'for_cond')
            ?.namedChildren.find((c) => c?.type === 'expression');
        const object = node.type === 'for_object_expr';
        if (!collNode || exprs.length < (object ? 2 : 1))
            return { k: 'unsupported', what: 'for', span };
        return {
            k: 'for',
            object,
            keyVar: ids.length > 1 ? ids[0] : undefined,
            valVar: ids[ids.length - 1],
            coll: this.expr(collNode),
            keyExpr: object ? this.expr(exprs[0]) : undefined,
            valExpr: this.expr(object ? exprs[1] : exprs[0]),
            cond: condNode ? this.expr(condNode) : undefined,
            group: kids(node).some((c) => c?.type === 'ellipsis'),
            span
        };
    }
}
function isNode(n) {
    return !!n;
}
/** Children without comments, which the grammar allows anywhere (inside tuples, calls, conditionals...). */
function kids(n) {
    return n.children.filter((c) => !!c && c.type !== 'comment');
}
function named(n) {
    return n.namedChildren.filter((c) => !!c && c.type !== 'comment');
}
function simplifyTemplate(parts, span) {
    if (parts.every((p) => typeof p === 'string'))
        return { k: 'lit', value: parts.join(''), span };
    // "${x}" alone is x itself, with its type (HCL does the same).
    if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0].k !== 'if')
        return parts[0];
    return { k: 'tpl', parts, span };
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
function unescapeQuoted(raw) {
    return unescapeHeredoc(raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e) => {
        if (e.length > 1)
            return String.fromCodePoint(parseInt(e.slice(1), 16));
        return ESCAPES[e] ?? m;
    }));
}
function unescapeHeredoc(raw) {
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
/** `<<-` strips the smallest indentation of the lines (interpolations count as text). */
function stripIndent(parts) {
    const text = parts.map((p) => (typeof p === 'string' ? p : 'x')).join('');
    const widths = text
        .split('\n')
        .filter((l) => l.trim().length > 0)
        .map((l) => /^[ \t]*/.exec(l)[0].length);
    const indent = widths.length ? Math.min(...widths) : 0;
    if (indent === 0)
        return parts;
    let atLineStart = true;
    return parts.map((p) => {
        if (typeof p !== 'string') {
            atLineStart = false;
            return p;
        }
        const out = p
            .split('\n')
            .map((line, i) => (i > 0 || atLineStart ? line.slice(Math.min(indent, /^[ \t]*/.exec(line)[0].length)) : line))
            .join('\n');
        atLineStart = p.endsWith('\n');
        return out;
    });
}
/** The first syntax error of a tree, as a parse problem. */
function firstSyntaxError(root, conv) {
    if (!root.hasError)
        return undefined;
    // Depth first, in document order, without recursion: a tree can be thousands of levels deep.
    let found;
    const stack = [root];
    while (stack.length && !found) {
        const n = stack.pop();
        if (n.isError || n.isMissing)
            found = n;
        else {
            const children = kids(n).filter((c) => c.hasError || c.isMissing);
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    if (!found)
        return undefined;
    if (found.isMissing) {
        const missing = missingProblem(found, conv);
        if (missing)
            return missing;
    }
    const span = conv.span(found);
    const near = found.text.split('\n')[0].slice(0, 30);
    const message = found.isMissing
        ? `Terraform syntax error: missing '${found.type}' at line ${span.line}, column ${span.column}.`
        : `Terraform syntax error at line ${span.line}, column ${span.column}${near ? `: unexpected '${near}'` : ''}.`;
    const endColumn = span.line === span.endLine && span.endColumn > span.column ? span.endColumn : span.column + 1;
    return { message, span: { ...span, endLine: span.line, endColumn } };
}
/**
 * Tree-sitter's recovery names the token it invented, often an internal one
 * (`quoted_template_end`, or `<<` when it reads `x == 1` as a heredoc): say
 * what the user wrote instead. A string or heredoc that is never closed is
 * reported where it opens, not at the end of the file where it is noticed.
 */
function missingProblem(found, conv) {
    if (/^[)}\]:,=?"]$/.test(found.type))
        return undefined;
    const at = (node, message) => {
        const span = conv.span(node);
        return { message, span: { ...span, endLine: span.line, endColumn: span.column + 1 } };
    };
    let container = found.parent;
    while (container && container.type !== 'string_lit' && container.type !== 'heredoc_template')
        container = container.parent;
    const where = (n) => `line ${n.startPosition.row + 1}, column ${n.startPosition.column + 1}`;
    if (container?.type === 'string_lit' && found.type === 'quoted_template_end')
        return at(container, `Terraform syntax error: unterminated string (the " at ${where(container)} is never closed).`);
    if (container?.type === 'heredoc_template') {
        const start = container.children.find((c) => c?.type === 'heredoc_start');
        const phantom = !start || start.hasError || start.children.some((c) => c?.isMissing);
        if (!phantom) {
            const ident = container.children.find((c) => c?.type === 'heredoc_identifier' && !c.isMissing);
            const name = ident?.text ?? 'the heredoc';
            return at(container, `Terraform syntax error: unterminated heredoc (no line closes ${name} opened at ${where(container)}).`);
        }
        // `x == 1`: no heredoc was written; the token there is the error.
        const near = container.text.trimStart().split(/\s/)[0].slice(0, 30);
        if (near)
            return at(container, `Terraform syntax error at ${where(container)}: unexpected '${near}'.`);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/readers/tree-sitter.ts
var tree_sitter = __webpack_require__(9032);
;// CONCATENATED MODULE: ./src/readers/terraform/hcl.ts


async function parseHcl(file, text) {
    const parser = await (0,tree_sitter/* treeSitterParser */.Dp)('terraform');
    const tree = parser.parse(text);
    if (!tree)
        return { path: file, body: { attributes: [], blocks: [] }, problem: problemAt(file, 'Terraform file could not be parsed.') };
    try {
        const conv = new Converter(file, text);
        const root = tree.rootNode;
        const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
        const body = bodyNode ? conv.body(bodyNode) : { attributes: [], blocks: [] };
        const problem = firstSyntaxError(root, conv) ??
            (conv.tooDeep
                ? {
                    message: `Terraform blocks nested too deeply (more than 64 levels) at line ${conv.tooDeep.line}.`,
                    span: { ...conv.tooDeep, endLine: conv.tooDeep.line, endColumn: conv.tooDeep.column + 1 }
                }
                : undefined);
        return problem ? { path: file, body, problem } : { path: file, body };
    }
    finally {
        // The tree lives in wasm memory, which the JS garbage collector does not see.
        tree.delete();
    }
}
function problemAt(file, message, line = 1, column = 1) {
    return { message, span: { file, line, column, endLine: line, endColumn: column + 1 } };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/policy/suppressions.ts
var suppressions = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/readers/line-index.ts
var line_index = __webpack_require__(4525);
;// CONCATENATED MODULE: ./src/readers/terraform/json-syntax.ts
/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) into the same AST as
 * HCL. Strings may hold `${...}` templates: those are parsed by the HCL
 * grammar, and every part of them points at the JSON string. Whether an
 * object is a nested block or an attribute depends on the provider schema in
 * Terraform; here an object or array of objects is both (a block for
 * `default_node_pool`, an attribute value for `tags` or an azapi `body`).
 */






/** Positions of JSON nodes (jsonc-parser offsets) in the file. */
class Positions extends line_index/* LineIndex */.r {
    at(offset) {
        return this.position(offset);
    }
    span(node, length) {
        if (typeof node === 'number')
            return super.span(node, length ?? node);
        return super.span(node.offset, node.offset + (length ?? node.length));
    }
}
function parseJson(file, text) {
    const positions = new Positions(file, text);
    const errors = [];
    let root;
    try {
        root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: false });
    }
    catch {
        // jsonc-parser recurses per nesting level: thousands of levels overflow the stack.
        return { positions, problem: problemAt(file, 'JSON nested too deeply to read.') };
    }
    if (errors.length) {
        const p = positions.at(errors[0].offset);
        return {
            root,
            positions,
            problem: problemAt(file, `JSON syntax error: ${(0,main.printParseErrorCode)(errors[0].error)} at line ${p.line}, column ${p.column}.`, p.line, p.column)
        };
    }
    return { root, positions };
}
/** A JSON value as an expression: literals, tuples and objects keep their spans. */
function jsonExpr(node, pos, templates, depth = 0) {
    const span = node.type === 'object' || node.type === 'array' ? pos.span(node, 1) : pos.span(node);
    if (depth > 100)
        return { k: 'unsupported', what: 'value nested too deeply', span };
    switch (node.type) {
        case 'object':
            return {
                k: 'object',
                items: (node.children ?? []).flatMap((p) => p.children?.length === 2
                    ? [
                        {
                            key: { k: 'lit', value: String(p.children[0].value), span: pos.span(p.children[0]) },
                            value: jsonExpr(p.children[1], pos, templates, depth + 1)
                        }
                    ]
                    : []),
                span
            };
        case 'array':
            return { k: 'tuple', items: (node.children ?? []).map((c) => jsonExpr(c, pos, templates, depth + 1)), span };
        case 'string':
            return templates?.get(node) ?? { k: 'lit', value: node.value, span };
        case 'number':
        case 'boolean':
            return { k: 'lit', value: node.value, span };
        default:
            return { k: 'lit', value: null, span };
    }
}
/** `.tf.json`: top-level keys are block types; labels are nested object keys. */
async function parseTerraformJson(file, text, vars) {
    const { root, problem, positions } = parseJson(file, text);
    const empty = { attributes: [], blocks: [] };
    if (problem || !root || root.type !== 'object')
        return { path: file, body: empty, problem: problem ?? problemAt(file, 'A Terraform JSON file must hold an object.') };
    const templates = await parseTemplates(root, positions);
    if (vars)
        return { path: file, body: bodyOf(root, positions, templates, 0) };
    const body = { attributes: [], blocks: [] };
    const LABELS = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0, terraform: 0 };
    for (const prop of root.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v)
            continue;
        const type = String(k.value);
        const n = LABELS[type];
        if (n === undefined)
            continue;
        const collect = (node, labels, at) => {
            if (labels.length === n) {
                for (const item of node.type === 'array' ? (node.children ?? []) : [node])
                    if (item.type === 'object')
                        body.blocks.push({ type, labels, body: bodyOf(item, positions, templates, 0), span: positions.span(at) });
                return;
            }
            if (node.type !== 'object')
                return;
            for (const p of node.children ?? []) {
                const [lk, lv] = p.children ?? [];
                if (lk && lv)
                    collect(lv, [...labels, String(lk.value)], labels.length === n - 1 ? lk : at);
            }
        };
        collect(v, [], k);
    }
    return { path: file, body };
}
function bodyOf(node, pos, templates, depth) {
    const body = { attributes: [], blocks: [] };
    for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v)
            continue;
        const name = String(k.value);
        if (name === '//')
            continue;
        const attr = { name, expr: jsonExpr(v, pos, templates), span: pos.span(prop) };
        body.attributes.push(attr);
        if (depth > 20)
            continue;
        const items = v.type === 'array' ? (v.children ?? []) : [v];
        if (items.length && items.every((i) => i.type === 'object')) {
            for (const item of items) {
                if (name === 'dynamic') {
                    for (const p of item.children ?? []) {
                        const [dk, dv] = p.children ?? [];
                        if (dk && dv?.type === 'object')
                            body.blocks.push(block(name, [String(dk.value)], dv, dk, pos, templates, depth));
                    }
                }
                else
                    body.blocks.push(block(name, [], item, k, pos, templates, depth));
            }
        }
    }
    return body;
}
function block(type, labels, node, at, pos, templates, depth) {
    return { type, labels, body: bodyOf(node, pos, templates, depth + 1), span: pos.span(at) };
}
/** Every JSON string holding `${` or `%{` is an HCL template: parse them all with the grammar, pointing at the string. */
async function parseTemplates(root, pos) {
    const strings = [];
    const walk = (n, depth) => {
        if (depth > 100)
            return;
        if (n.type === 'string' && /[$%]\{/.test(n.value))
            strings.push(n);
        for (const c of n.children ?? [])
            walk(c, depth + 1);
    };
    walk(root, 0);
    const out = new Map();
    if (!strings.length)
        return out;
    const parser = await (0,tree_sitter/* treeSitterParser */.Dp)('terraform');
    for (const s of strings) {
        const source = `x = "${s.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
        const tree = parser.parse(source);
        if (!tree)
            continue;
        try {
            const conv = new Converter(pos.file, source);
            const body = tree.rootNode.namedChildren.find((c) => c?.type === 'body');
            const attr = body ? conv.body(body).attributes[0] : undefined;
            if (attr)
                out.set(s, respan(attr.expr, pos.span(s)));
        }
        finally {
            tree.delete();
        }
    }
    return out;
}
function respan(e, span) {
    return JSON.parse(JSON.stringify(e), (key, value) => (key === 'span' ? span : value));
}
/**
 * Terraform's JSON syntax has no comments but ignores `"//"` properties, which
 * serve as comments (cdktf writes them too). `"//": "aks-snapshot-ignore
 * <rule> -- <reason>"` in an object (a resource, a `default_node_pool`) counts
 * as a comment on the line of that object's key, so it covers the findings of
 * what is declared there; `aks-snapshot-ignore-file` covers the whole file.
 */
function jsonCommentSuppressions(file, text) {
    if (!text.includes('aks-snapshot-ignore'))
        return [];
    const { root, positions } = parseJson(file, text);
    if (!root)
        return [];
    const out = [];
    const walk = (node, depth) => {
        if (depth > 100)
            return;
        if (node.type === 'object') {
            for (const prop of node.children ?? []) {
                const [key, value] = prop.children ?? [];
                if (key?.value !== '//' || value?.type !== 'string' || !String(value.value).includes('aks-snapshot-ignore'))
                    continue;
                // The engine's own comment syntax, read from a '#' comment of the same text.
                const [d] = (0,suppressions/* scanSuppressions */.as)('comment.tf', `# ${String(value.value).trim()}`);
                if (!d)
                    continue;
                const holder = d.scope === 'line' && node.parent?.type === 'property' ? node.parent : prop;
                const start = positions.span(holder, 1);
                out.push({ ...d, span: { ...start, endLine: start.line, endColumn: start.column + 1 } });
            }
        }
        for (const c of node.children ?? [])
            walk(c, depth + 1);
    };
    walk(root, 0);
    return out;
}

;// CONCATENATED MODULE: ./src/readers/terraform/plan.ts
/**
 * `terraform show -json` plans: final values, the most precise source there
 * is. `resource_changes` carries each resource's planned values (`after`) and
 * which of them are known only after apply (`after_unknown`); a resource it
 * does not list (no `resource_changes`, or a plan whose no-op changes were
 * filtered out, as `jq` scripts for policy checks often do) is read from
 * `planned_values`, where unknown values are simply absent. Spans point into
 * the plan file.
 */




function readPlan(file, text) {
    const { root, problem, positions } = parseJson(file, text);
    if (problem || !root)
        return { declarations: [], problems: problem ? [problem] : [] };
    const views = [];
    // Addresses `resource_changes` speaks for, deleted ones included: `planned_values` adds only the others.
    const listed = new Set();
    const changes = (0,main.findNodeAtLocation)(root, ['resource_changes']);
    for (const entry of changes?.type === 'array' ? (changes.children ?? []) : []) {
        const address = valueAt(entry, ['address']);
        if (typeof address === 'string')
            listed.add(address);
        const actions = valueAt(entry, ['change', 'actions']);
        if (Array.isArray(actions) && actions.every((a) => a === 'delete' || a === 'read' || a === 'forget'))
            continue;
        const after = (0,main.findNodeAtLocation)(entry, ['change', 'after']);
        if (after?.type !== 'object')
            continue;
        const view = resourceView(entry, after, (0,main.findNodeAtLocation)(entry, ['change', 'after_unknown']), positions);
        if (view)
            views.push(view);
    }
    const visit = (module, depth) => {
        if (!module || depth > 20)
            return;
        for (const r of (0,main.findNodeAtLocation)(module, ['resources'])?.children ?? []) {
            const address = valueAt(r, ['address']);
            if (typeof address === 'string' && listed.has(address))
                continue;
            const values = (0,main.findNodeAtLocation)(r, ['values']);
            if (values?.type !== 'object')
                continue;
            const view = resourceView(r, values, undefined, positions);
            if (view)
                views.push(view);
        }
        for (const child of (0,main.findNodeAtLocation)(module, ['child_modules'])?.children ?? [])
            visit(child, depth + 1);
    };
    visit((0,main.findNodeAtLocation)(root, ['planned_values', 'root_module']), 0);
    return { declarations: buildDeclarations(views), problems: [] };
}
function valueAt(node, path) {
    const n = (0,main.findNodeAtLocation)(node, path);
    return n ? jsonValue(n) : undefined;
}
function jsonValue(n, depth = 0) {
    if (depth > 100)
        return null;
    if (n.type === 'object')
        return Object.fromEntries((n.children ?? []).flatMap((p) => p.children?.length === 2 ? [[String(p.children[0].value), jsonValue(p.children[1], depth + 1)]] : []));
    if (n.type === 'array')
        return (n.children ?? []).map((c) => jsonValue(c, depth + 1));
    return n.value;
}
function resourceView(entry, values, unknownNode, pos) {
    const mode = valueAt(entry, ['mode']);
    const type = valueAt(entry, ['type']);
    const address = valueAt(entry, ['address']);
    if (typeof type !== 'string' || typeof address !== 'string')
        return undefined;
    const index = valueAt(entry, ['index']);
    const moduleAddress = valueAt(entry, ['module_address']);
    // `module.aks["x"].azurerm_kubernetes_cluster_node_pool.pools["gpu"]` → name without keys, keys as the instance label.
    const bare = address.replace(/\[[^\]]*\]/g, '');
    const labels = [];
    if (typeof index === 'number')
        labels.push(`count.index=${index}`);
    else if (typeof index === 'string')
        labels.push(`each.key=${index}`);
    const moduleKeys = typeof moduleAddress === 'string' ? moduleAddress : address.slice(0, address.lastIndexOf(type));
    if (/\[/.test(moduleKeys))
        labels.push(moduleKeys.replace(/\.$/, ''));
    const body = plan_bodyOf(values, unknownNode, pos, pos.span(entry, 1), 0);
    const id = body.attrs.get('id')?.value ?? new Unknown('known after apply');
    return {
        mode: mode === 'data' ? 'data' : 'managed',
        type,
        address: bare,
        ...(labels.length ? { label: labels.join(' in ') } : {}),
        body,
        id,
        span: pos.span(entry, 1)
    };
}
/** Planned values as an evaluated body: every property is an attribute, and arrays of objects are also blocks (`default_node_pool`). */
function plan_bodyOf(node, unknownNode, pos, span, depth) {
    const body = { attrs: new Map(), blocks: new Map(), span };
    for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v)
            continue;
        const name = String(k.value);
        // In a plan, null is an argument the configuration does not set (`snapshot_id` left out).
        if (v.type === 'null')
            continue;
        const expr = jsonExpr(v, pos);
        const attr = { value: fromJson(jsonValue(v)), expr, span: expr.span };
        body.attrs.set(name, attr);
        if (v.type === 'array' && depth < 10) {
            const items = v.children ?? [];
            if (items.length && items.every((i) => i.type === 'object'))
                body.blocks.set(name, items.map((item, i) => plan_bodyOf(item, unknownNode ? (0,main.findNodeAtLocation)(unknownNode, [name, i]) : undefined, pos, pos.span(item, 1), depth + 1)));
        }
    }
    // `after_unknown: { "snapshot_id": true }`: known only after apply.
    for (const prop of unknownNode?.type === 'object' ? (unknownNode.children ?? []) : []) {
        const [k, v] = prop.children ?? [];
        if (!k || v?.type !== 'boolean' || v.value !== true)
            continue;
        const name = String(k.value);
        const at = body.attrs.get(name);
        body.attrs.set(name, {
            value: new Unknown('known after apply'),
            expr: at?.expr ?? { k: 'lit', value: null, span },
            span: at?.span ?? span
        });
    }
    return body;
}

;// CONCATENATED MODULE: ./src/readers/terraform/index.ts
/**
 * The Terraform reader. HCL is parsed with the tree-sitter Terraform grammar
 * (tree-sitter-grammars/tree-sitter-hcl, through web-tree-sitter): a
 * maintained grammar used by editors and GitHub, with error recovery and
 * exact positions, shipped as WebAssembly so the bundle needs no native
 * build. It is loaded on the first Terraform file only.
 *
 * Terraform evaluates a directory, so each `.tf` file is read as part of its
 * module: the folder is evaluated once (per lint run), and a file gets the
 * declarations whose spans are in it. A folder used as a local module by
 * another configuration under the working directory is evaluated through
 * that caller, with the arguments it passes; findings stay in the module's
 * file.
 *
 * A root whose values come from var files that Terraform does not load by
 * itself (`environments/prod.tfvars`, given with `-var-file`) is evaluated
 * once with each, over `terraform.tfvars` and `*.auto.tfvars`, its
 * declarations naming the file (`with environments/prod.tfvars`), as the ARM
 * and Bicep readers do with per-environment parameters files.
 */








const reader = {
    kind: 'terraform',
    accepts: (file) => (0,readers/* classify */.L)(file.path, file.text.slice(0, 8192)) === 'terraform',
    read: readTerraform
};
const sessions = new WeakMap();
async function readTerraform(file, context) {
    const lower = file.path.toLowerCase();
    if (lower.endsWith('.json') && !lower.endsWith('.tf.json') && !lower.endsWith('.tfvars.json'))
        return readPlan(file.path, file.text);
    let session = sessions.get(context);
    if (!session) {
        session = new Session(context);
        sessions.set(context, session);
    }
    session.provide(file);
    const parsed = await session.parse(file.path);
    const problems = parsed?.problem ? [parsed.problem] : [];
    const name = external_node_path_.posix.basename(file.path);
    // An override file's blocks merge into the module's; a nested block it replaces (a `default_node_pool`) is declared there.
    if (!isConfigFile(name) && !isOverrideFile(name))
        return { declarations: [], problems };
    const dir = dirOf(file.path);
    const roots = await session.rootsOf(dir);
    const declarations = [];
    for (const root of roots)
        for (const d of await session.evaluate(root))
            if (d.span.file === file.path)
                declarations.push(d);
    const suppressions = lower.endsWith('.tf.json') ? jsonCommentSuppressions(file.path, file.text.replace(/^\uFEFF/, '')) : [];
    return { declarations, problems, ...(suppressions.length ? { suppressions } : {}) };
}
const dirOf = (file) => {
    const d = external_node_path_.posix.dirname(file);
    return d === '.' ? '' : d;
};
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', 'dist', 'vendor']);
const SCAN_DEPTH = 6;
const SCAN_MAX_DIRS = 3000;
const SOURCE = /\bsource\s*=\s*"(\.{1,2}(?:\/[^"]*)?)"/g;
const terraform_MAX_MODULE_DEPTH = 8;
/** How deep below a root its per-environment var files are looked for (`environments/prod.tfvars`, `env/prod/terraform.tfvars`). */
const VAR_FILE_DEPTH = 2;
/** What one lint run has read and evaluated, shared by the reads of its Terraform files. */
class Session {
    texts = new Map();
    parsed = new Map();
    configs = new Map();
    evaluations = new Map();
    callIndex;
    listings = new Map();
    loose = new Map();
    context;
    constructor(context) {
        // Folders are listed twice (the module-call scan, then the configuration): once is enough.
        this.context = {
            ...context,
            readFile: (f) => context.readFile(f),
            listDir: (d) => {
                let l = this.listings.get(d);
                if (!l) {
                    l = context.listDir(d);
                    this.listings.set(d, l);
                }
                return l;
            }
        };
    }
    provide(file) {
        if (!this.texts.has(file.path))
            this.texts.set(file.path, file.text);
    }
    parse(file) {
        let p = this.parsed.get(file);
        if (!p) {
            p = (async () => {
                const text = this.texts.get(file) ?? (await this.context.readFile(file));
                if (text === undefined)
                    return undefined;
                const body = text.replace(/^\uFEFF/, '');
                const lower = file.toLowerCase();
                if (lower.endsWith('.json'))
                    return parseTerraformJson(file, body, lower.endsWith('.tfvars.json'));
                return parseHcl(file, body);
            })();
            this.parsed.set(file, p);
        }
        return p;
    }
    config(dir) {
        let c = this.configs.get(dir);
        if (!c) {
            c = loadConfiguration(dir, this.context, (f) => this.parse(f));
            this.configs.set(dir, c);
        }
        return c;
    }
    /** The configurations to evaluate to know a folder's resources: the roots that call it as a module, else itself. */
    async rootsOf(dir, seen = new Set()) {
        if (seen.has(dir) || seen.size > terraform_MAX_MODULE_DEPTH)
            return [dir];
        seen.add(dir);
        const callers = (await this.callers()).get(dir) ?? [];
        if (!callers.length)
            return [dir];
        const roots = new Set();
        for (const caller of callers)
            for (const r of await this.rootsOf(caller, new Set(seen)))
                roots.add(r);
        return [...roots].sort();
    }
    /** Local module calls under the working directory, outside excluded folders (callee folder → caller folders), found by a text scan of `.tf` files. */
    callers() {
        this.callIndex ??= (async () => {
            const index = new Map();
            let dirs = 0;
            const visit = async (dir, depth) => {
                if (depth > SCAN_DEPTH || ++dirs > SCAN_MAX_DIRS)
                    return;
                // An excluded or git-ignored folder (examples/, a vendored copy) does not call modules for this run.
                if (dir !== '' && (await this.context.excluded?.(dir, true)))
                    return;
                const entries = await this.context.listDir(dir === '' ? '.' : dir);
                const subdirs = [];
                const tfFiles = [];
                for (const entry of entries) {
                    const name = external_node_path_.posix.basename(entry);
                    if (/\.tf$/i.test(name))
                        tfFiles.push(entry);
                    else if (!name.includes('.') && !SKIP_DIRS.has(name))
                        subdirs.push(join(dir, name));
                }
                const texts = await Promise.all(tfFiles.map(async (f) => this.texts.get(f) ?? (await this.context.readFile(f))));
                for (const text of texts) {
                    for (const m of text?.matchAll(SOURCE) ?? []) {
                        const callee = localSource(dir, m[1]);
                        if (callee === undefined || callee === dir)
                            continue;
                        const list = index.get(callee) ?? [];
                        if (!list.includes(dir))
                            list.push(dir);
                        index.set(callee, list);
                    }
                }
                await Promise.all(subdirs.map((s) => visit(s, depth + 1)));
            };
            await visit('', 0);
            return index;
        })();
        return this.callIndex;
    }
    evaluate(root) {
        let e = this.evaluations.get(root);
        if (!e) {
            e = this.evaluateRoot(root);
            this.evaluations.set(root, e);
        }
        return e;
    }
    async evaluateRoot(root) {
        const configs = new Map();
        const load = async (dir, depth) => {
            if (configs.has(dir) || depth > terraform_MAX_MODULE_DEPTH)
                return;
            const config = await this.config(dir);
            configs.set(dir, config);
            for (const block of config.modules.values()) {
                const source = block.body.attributes.find((a) => a.name === 'source');
                const child = source ? localSource(dir, evaluateAttribute(source.expr, Scope.root({}))) : undefined;
                if (child !== undefined)
                    await load(child, depth + 1);
            }
        };
        await load(root, 0);
        const rootConfig = configs.get(root);
        const assign = (inputs, file) => {
            for (const attr of file.body.attributes)
                inputs.set(attr.name, evaluateAttribute(attr.expr, Scope.root({})));
        };
        const auto = new Map();
        for (const file of rootConfig.tfvars)
            assign(auto, file);
        const evaluateWith = (inputs, environment) => {
            const top = new ModuleInstance(rootConfig, configs, inputs, '', undefined, 0, root);
            return buildDeclarations([...top.allData(), ...top.allInstances()].map((i) => view(i, environment)));
        };
        const environments = await this.varFilesOf(rootConfig);
        // Nobody plans such a root without a var file: its defaults alone are not an environment.
        if (!environments.length)
            return evaluateWith(auto);
        const declarations = [];
        for (const file of environments) {
            const inputs = new Map(auto);
            assign(inputs, file);
            declarations.push(...evaluateWith(inputs, `with ${external_node_path_.posix.relative(root === '' ? '.' : root, file.path)}`));
        }
        return declarations;
    }
    /**
     * The var files a root is planned with (`-var-file`): `*.tfvars` in its
     * folder that Terraform does not load by itself, and any in folders below
     * or beside it that hold no configuration of their own (`environments/`,
     * `../tfvars/`), when most of the variables they set (beside it: all) are
     * the root's.
     */
    async varFilesOf(config) {
        const found = new Map(); // path → whether every variable it sets must be the root's
        for (const file of (await this.list(config.dir)) ?? []) {
            if (isVarFile(file) && !isAutoVars(file))
                found.set(join(config.dir, file), false);
            else if (isSubdir(file))
                for (const f of await this.looseVarFiles(join(config.dir, file), 1))
                    found.set(f, false);
        }
        if (config.dir !== '') {
            const parent = dirOf(config.dir);
            for (const name of (await this.list(parent)) ?? []) {
                const sibling = join(parent, name);
                if (isSubdir(name) && sibling !== config.dir)
                    for (const f of await this.looseVarFiles(sibling, 1))
                        if (!found.has(f))
                            found.set(f, true);
            }
        }
        const files = [];
        for (const [file, strict] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            // A git-ignored or excluded var file (a local secrets.tfvars) is no environment of this run.
            if (await this.context.excluded?.(file, false))
                continue;
            const parsed = await this.parse(file);
            if (!parsed || parsed.problem)
                continue;
            const names = parsed.body.attributes.map((a) => a.name);
            const declared = names.filter((n) => config.variables.has(n)).length;
            if (declared && (strict ? declared === names.length : declared * 2 >= names.length))
                files.push(parsed);
        }
        return files;
    }
    async list(dir) {
        try {
            return (await this.context.listDir(dir === '' ? '.' : dir)).map((e) => external_node_path_.posix.basename(e));
        }
        catch {
            return undefined;
        }
    }
    /** The var files in a folder that holds no configuration and in such folders below it, once per folder (roots beside each other share them). */
    looseVarFiles(dir, depth) {
        let p = this.loose.get(`${depth}:${dir}`);
        if (!p) {
            p = (async () => {
                if (await this.context.excluded?.(dir, true))
                    return [];
                const names = await this.list(dir);
                if (!names || names.some((n) => isConfigFile(n) || isOverrideFile(n)))
                    return [];
                const files = names.filter(isVarFile).map((n) => join(dir, n));
                if (depth < VAR_FILE_DEPTH)
                    for (const n of names.filter(isSubdir))
                        files.push(...(await this.looseVarFiles(join(dir, n), depth + 1)));
                return files;
            })();
            this.loose.set(`${depth}:${dir}`, p);
        }
        return p;
    }
}
const isSubdir = (name) => !name.includes('.') && !SKIP_DIRS.has(name);
function view(i, environment) {
    const label = [[i.label, i.module.label].filter(Boolean).join(' in '), environment].filter(Boolean).join(' ');
    return {
        mode: i.mode,
        type: i.type,
        address: `${i.module.prefix}${i.mode === 'data' ? 'data.' : ''}${i.type}.${i.name}`,
        ...(label ? { label } : {}),
        body: i.body,
        id: i.id,
        span: i.block.span
    };
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ treeSitterParser)
/* harmony export */ });
/* unused harmony exports TREE_SITTER_FILES, locate, treeSitterRuntime */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The tree-sitter runtime and its grammars (Terraform for the Terraform
 * reader, bash for the az CLI reader), loaded once each, on the first file
 * that needs them.
 *
 * The runtime (web-tree-sitter.js, self-contained ESM) is imported from disk
 * at run time rather than bundled: ncc's rewrite of its `await import("module")`
 * breaks `createRequire` in the bundle. In the bundle, scripts/bundle.mjs copies
 * the files of TREE_SITTER_FILES next to dist/index.js; in a checkout they come
 * from node_modules. The wasm bytes are read here and handed over, so
 * web-tree-sitter never locates anything itself.
 */





/** The files the bundle needs beside it, and where they are in node_modules. */
const TREE_SITTER_FILES = {
    runtimeJs: { file: 'web-tree-sitter.js', module: 'web-tree-sitter/web-tree-sitter.wasm', sibling: true },
    runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm', sibling: false },
    terraform: {
        file: 'tree-sitter-terraform.wasm',
        module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
        sibling: false
    },
    bash: { file: 'tree-sitter-bash.wasm', module: 'tree-sitter-bash/tree-sitter-bash.wasm', sibling: false }
};
/** Where a file is: beside this module (dist/ in the bundle), else in node_modules. */
function locate(which) {
    const { file, module, sibling } = TREE_SITTER_FILES[which];
    const here = node_path__WEBPACK_IMPORTED_MODULE_3__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    const candidates = [node_path__WEBPACK_IMPORTED_MODULE_3__.join(here, file), node_path__WEBPACK_IMPORTED_MODULE_3__.join(here, '..', file)];
    for (const candidate of candidates)
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    try {
        const resolved = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url).resolve(module);
        // The package exports no path to its ESM file itself: it sits beside the wasm.
        return sibling ? node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(resolved), file) : resolved;
    }
    catch {
        throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')} and node_modules)`);
    }
}
let runtime;
/** The web-tree-sitter module, initialised once. */
function treeSitterRuntime() {
    runtime ??= (async () => {
        const url = (0,node_url__WEBPACK_IMPORTED_MODULE_4__.pathToFileURL)(locate('runtimeJs')).href;
        const mod = (await import(/* webpackIgnore: true */ url));
        await mod.Parser.init({ wasmBinary: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(locate('runtime')) });
        return mod;
    })();
    return runtime;
}
const parsers = new Map();
/** A parser for a grammar, created on first use. */
function treeSitterParser(grammar) {
    let parser = parsers.get(grammar);
    if (!parser) {
        parser = (async () => {
            const { Parser, Language } = await treeSitterRuntime();
            const language = await Language.load(new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(locate(grammar))));
            const p = new Parser();
            p.setLanguage(language);
            return p;
        })();
        parsers.set(grammar, parser);
    }
    return parser;
}


/***/ })

};
