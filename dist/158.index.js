export const id = 158;
export const ids = [158];
export const modules = {

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readArm: () => (/* binding */ readArm),
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/readers/arm/json.ts
var json = __webpack_require__(3211);
;// CONCATENATED MODULE: ./src/readers/arm/expression.ts
/**
 * The ARM template expression language: `[concat('a', parameters('b'))]`.
 * A small scanner and recursive-descent parser; errors are values.
 */
/** Nesting beyond this is refused: real expressions nest a handful of calls, and it bounds the evaluator's recursion. */
const MAX_DEPTH = 64;
/**
 * Whether a template string is an expression: `[...]`, but not `[[...]`
 * (the escape for a literal string starting with `[`).
 */
function isExpression(text) {
    return text.length >= 2 && text.startsWith('[') && text.endsWith(']') && !text.startsWith('[[');
}
/** The literal a `[[...` string stands for. */
function unescapeLiteral(text) {
    return text.startsWith('[[') ? text.slice(1) : text;
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
            i++;
        }
        else if (c === "'") {
            let text = '';
            i++;
            for (;;) {
                if (i >= source.length)
                    return 'unterminated string literal';
                if (source[i] === "'") {
                    if (source[i + 1] === "'") {
                        text += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                text += source[i++];
            }
            tokens.push({ type: 'string', text });
        }
        else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
            const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(i));
            tokens.push({ type: 'number', value: Number(match[0]) });
            i += match[0].length;
        }
        else if (/[A-Za-z_$]/.test(c)) {
            const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i));
            tokens.push({ type: 'ident', text: match[0] });
            i += match[0].length;
        }
        else if ('(),.[]'.includes(c)) {
            tokens.push({ type: 'punct', text: c });
            i++;
        }
        else {
            return `unexpected character '${c}'`;
        }
    }
    tokens.push({ type: 'end' });
    return tokens;
}
/** Parses the text of an expression string, brackets included. */
function parseExpression(text) {
    const scanned = tokenize(text.slice(1, -1));
    if (typeof scanned === 'string')
        return { ok: false, error: scanned };
    const tokens = scanned;
    let pos = 0;
    let depth = 0;
    const peek = () => tokens[pos];
    const isPunct = (t, p) => t.type === 'punct' && t.text === p;
    const expect = (p) => {
        if (!isPunct(peek(), p))
            throw new ExpressionError(`expected '${p}'`);
        pos++;
    };
    function primary() {
        const t = peek();
        if (t.type === 'string') {
            pos++;
            return { kind: 'literal', value: t.text };
        }
        if (t.type === 'number') {
            pos++;
            return { kind: 'literal', value: t.value };
        }
        if (t.type === 'ident') {
            pos++;
            let name = t.text;
            // user-defined functions are called as namespace.name(...)
            if (isPunct(peek(), '.') && tokens[pos + 1]?.type === 'ident' && isPunct(tokens[pos + 2], '(')) {
                name += '.' + tokens[pos + 1].text;
                pos += 2;
            }
            if (isPunct(peek(), '(')) {
                pos++;
                const args = [];
                if (!isPunct(peek(), ')')) {
                    for (;;) {
                        args.push(expression());
                        if (isPunct(peek(), ',')) {
                            pos++;
                            continue;
                        }
                        break;
                    }
                }
                expect(')');
                return { kind: 'call', name, args };
            }
            const lower = name.toLowerCase();
            if (lower === 'true' || lower === 'false')
                return { kind: 'literal', value: lower === 'true' };
            if (lower === 'null')
                return { kind: 'literal', value: null };
            throw new ExpressionError(`unexpected name '${name}'`);
        }
        throw new ExpressionError(t.type === 'end' ? 'unexpected end of expression' : 'unexpected token');
    }
    function expression() {
        if (++depth > MAX_DEPTH)
            throw new ExpressionError(`expression nested more than ${MAX_DEPTH} levels deep`);
        let expr = primary();
        for (;;) {
            const t = peek();
            if (isPunct(t, '.')) {
                pos++;
                const name = peek();
                if (name.type !== 'ident')
                    throw new ExpressionError('expected a property name after .');
                pos++;
                expr = { kind: 'member', object: expr, name: name.text };
            }
            else if (isPunct(t, '[')) {
                pos++;
                const index = expression();
                expect(']');
                expr = { kind: 'index', object: expr, index };
            }
            else
                break;
        }
        depth--;
        return expr;
    }
    try {
        const expr = expression();
        if (peek().type !== 'end')
            return { ok: false, error: 'unexpected text after the expression' };
        return { ok: true, expr };
    }
    catch (error) {
        if (error instanceof ExpressionError)
            return { ok: false, error: error.message };
        throw error;
    }
}
class ExpressionError extends Error {
}

;// CONCATENATED MODULE: ./src/readers/arm/values.ts

class Unk {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/** A string with unknown parts written as UNKNOWN_PART. */
class PStr {
    text;
    reason;
    constructor(text, reason) {
        this.text = text;
        this.reason = reason;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unk) && !(v instanceof PStr);
}
function isUnknown(v) {
    return v instanceof Unk || v instanceof PStr;
}
/** Property lookup, case-insensitive as ARM is. */
function getProperty(obj, name) {
    if (Object.prototype.hasOwnProperty.call(obj, name))
        return obj[name];
    const lower = name.toLowerCase();
    for (const key of Object.keys(obj))
        if (key.toLowerCase() === lower)
            return obj[key];
    return undefined;
}
/** Text of a value inside a string being built: unknown parts become UNKNOWN_PART. */
function textPart(v) {
    if (v instanceof Unk)
        return { text: model/* UNKNOWN_PART */.DQ, unknownReason: v.reason };
    if (v instanceof PStr)
        return { text: v.text, unknownReason: v.reason };
    if (typeof v === 'string')
        return { text: v };
    if (v === null)
        return { text: '' };
    if (typeof v === 'number' || typeof v === 'boolean')
        return { text: String(v) };
    const inner = firstUnknown(v);
    if (inner)
        return { text: model/* UNKNOWN_PART */.DQ, unknownReason: inner.reason };
    return { text: JSON.stringify(v) };
}
/** Joins parts into a string, partial when some part is unknown; wholly unknown when nothing is known. */
function joinParts(parts) {
    let text = '';
    let reason;
    for (const part of parts) {
        const t = textPart(part);
        text += t.text;
        reason ??= t.unknownReason;
    }
    if (reason === undefined)
        return text;
    if (text.split(model/* UNKNOWN_PART */.DQ).join('') === '')
        return new Unk(reason);
    return new PStr(text, reason);
}
/** The first unknown inside a value, searched breadth-first would be nicer but depth is bounded by parsing. */
function firstUnknown(v) {
    if (v instanceof Unk || v instanceof PStr)
        return v;
    if (Array.isArray(v)) {
        for (const item of v) {
            const u = firstUnknown(item);
            if (u)
                return u;
        }
    }
    else if (isObject(v)) {
        for (const key of Object.keys(v)) {
            const u = firstUnknown(v[key]);
            if (u)
                return u;
        }
    }
    return undefined;
}
/** Deep equality as `equals()` has it; undefined when unknown parts make it undecidable. */
function deepEqual(a, b) {
    if (isUnknown(a) || isUnknown(b))
        return undefined;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        let result = true;
        for (let i = 0; i < a.length; i++) {
            const e = deepEqual(a[i], b[i]);
            if (e === false)
                return false;
            if (e === undefined)
                result = undefined;
        }
        return result;
    }
    if (isObject(a) || isObject(b)) {
        if (!isObject(a) || !isObject(b))
            return false;
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        let result = true;
        for (const key of keys) {
            const other = getProperty(b, key);
            if (other === undefined)
                return false;
            const e = deepEqual(a[key], other);
            if (e === false)
                return false;
            if (e === undefined)
                result = undefined;
        }
        return result;
    }
    return a === b;
}
/** Plain JSON (a parameters file value) as a template value. */
function fromJson(v) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(fromJson);
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = fromJson(x);
        return out;
    }
    return new Unk('unsupported value');
}

;// CONCATENATED MODULE: ./src/readers/arm/functions.ts



/**
 * The template functions that matter for node pools and snapshots. Anything
 * else, and anything given unknown arguments, is unknown with the reason:
 * a function never throws.
 */
function callFunction(name, args, scope) {
    const lower = name.toLowerCase();
    if (DEPLOYMENT_ONLY.has(lower))
        return new Unk(`${name}() is only known at deployment`);
    const lazyFn = LAZY[lower];
    const fn = EAGER[lower];
    if (!lazyFn && !fn)
        return new Unk(lower.includes('.') ? `user-defined function ${name}() is not evaluated` : `function ${name}() is not evaluated`);
    try {
        const result = lazyFn
            ? lazyFn(args, scope)
            : fn(args.map((arg) => scope.evaluateExpr(arg)), scope);
        return !PASS_THROUGH.has(lower) && tooLarge(result) ? new Unk(`${name}() gives a value too large to evaluate`) : result;
    }
    catch (error) {
        // a wrong argument (the deployment would fail too): unknown, never a crash
        if (error instanceof ArgumentError)
            return new Unk(`${name}(): ${error.message}`);
        // a string or array beyond what the engine can hold, from a template built to blow up
        if (error instanceof RangeError)
            return new Unk(`${name}() gives a value too large to evaluate`);
        throw error;
    }
}
/** Functions that hand back a value built elsewhere (already checked): no need to measure it again. */
const PASS_THROUGH = new Set(['parameters', 'variables', 'lambdavariables', 'copyindex', 'if', 'coalesce', 'tryget', 'first', 'last']);
/** Templates can double a value in each variable; beyond these sizes evaluation stops, far above any real template. */
const MAX_NODES = 100_000;
const MAX_TEXT = 4_000_000;
/** Counts nodes and text (shared subtrees counted each time, as serialising them would) until a limit is passed. */
function tooLarge(value) {
    if (typeof value === 'string')
        return value.length > MAX_TEXT;
    if (value === null || typeof value !== 'object' || value instanceof Unk)
        return false;
    let nodes = 0;
    let text = 0;
    const stack = [value];
    while (stack.length) {
        const v = stack.pop();
        if (++nodes > MAX_NODES)
            return true;
        if (typeof v === 'string')
            text += v.length;
        else if (v instanceof PStr)
            text += v.text.length;
        else if (Array.isArray(v))
            stack.push(...v);
        else if (isObject(v))
            for (const key of Object.keys(v))
                stack.push(v[key]);
        if (text > MAX_TEXT)
            return true;
    }
    return false;
}
class ArgumentError extends Error {
}
const DEPLOYMENT_ONLY = new Set([
    'reference',
    'listkeys',
    'listsecrets',
    'listaccountsas',
    'listservicesas',
    'listcredentials',
    'list',
    'uniquestring',
    'guid',
    'newguid',
    'utcnow',
    'deployment',
    'environment',
    'managementgroup',
    'tenant',
    'deployer',
    'pickzones',
    'providers',
    'resourceinfo'
]);
/** Functions whose arguments are evaluated only as needed (ARM evaluates `if` branches lazily). */
const LAZY = {
    if(args, scope) {
        if (args.length !== 3)
            return new Unk('if() takes 3 arguments');
        const condition = scope.evaluateExpr(args[0]);
        if (typeof condition === 'boolean')
            return scope.evaluateExpr(condition ? args[1] : args[2]);
        if (isUnknown(condition)) {
            const a = scope.evaluateExpr(args[1]);
            const b = scope.evaluateExpr(args[2]);
            return deepEqual(a, b) === true ? a : new Unk(condition.reason);
        }
        return new Unk('if() condition is not a boolean');
    },
    and(args, scope) {
        return logical(args, scope, false);
    },
    or(args, scope) {
        return logical(args, scope, true);
    },
    coalesce(args, scope) {
        for (const arg of args) {
            const value = scope.evaluateExpr(arg);
            if (value instanceof Unk)
                return value;
            if (value instanceof PStr)
                return new Unk(value.reason);
            if (value !== null)
                return value;
        }
        return null;
    },
    parameters(args, scope) {
        const name = scope.evaluateExpr(args[0]);
        return typeof name === 'string' ? scope.parameter(name) : new Unk('parameters() with a name that is not known');
    },
    variables(args, scope) {
        const name = scope.evaluateExpr(args[0]);
        return typeof name === 'string' ? scope.variable(name) : new Unk('variables() with a name that is not known');
    },
    copyindex(args, scope) {
        const values = args.map((arg) => scope.evaluateExpr(arg));
        let loop;
        let offset = 0;
        for (const value of values) {
            if (typeof value === 'string')
                loop = value;
            else if (typeof value === 'number')
                offset = value;
            else
                return new Unk('copyIndex() with arguments that are not known');
        }
        const i = scope.copyIndex(loop);
        return typeof i === 'number' ? i + offset : i;
    },
    resourcegroup(_args, scope) {
        const d = scope.deployment;
        return {
            id: joinParts(['/subscriptions/', d.subscriptionId, '/resourceGroups/', d.resourceGroupName]),
            name: d.resourceGroupName,
            type: 'Microsoft.Resources/resourceGroups',
            location: d.resourceGroupLocation,
            properties: new Unk('resource group properties are only known at deployment'),
            tags: new Unk('resource group tags are only known at deployment')
        };
    },
    subscription(_args, scope) {
        const d = scope.deployment;
        return {
            id: joinParts(['/subscriptions/', d.subscriptionId]),
            subscriptionId: d.subscriptionId,
            tenantId: new Unk('the tenant is only known at deployment'),
            displayName: new Unk('the subscription name is only known at deployment')
        };
    },
    resourceid(args, scope) {
        return resourceIdFunction(args.map((a) => scope.evaluateExpr(a)), scope, 'resourceGroup');
    },
    subscriptionresourceid(args, scope) {
        return resourceIdFunction(args.map((a) => scope.evaluateExpr(a)), scope, 'subscription');
    },
    tenantresourceid(args, scope) {
        return resourceIdFunction(args.map((a) => scope.evaluateExpr(a)), scope, 'tenant');
    },
    lambdavariables(args, scope) {
        const name = scope.evaluateExpr(args[0]);
        return typeof name === 'string' ? scope.lambdaVariable(name) : new Unk('lambdaVariables() with a name that is not known');
    },
    map(args, scope) {
        return overArray(args, scope, 'map', (items, apply) => items.map((item, i) => apply(item, i)));
    },
    filter(args, scope) {
        return overArray(args, scope, 'filter', (items, apply) => {
            const out = [];
            for (let i = 0; i < items.length; i++) {
                const keep = apply(items[i], i);
                if (keep === true)
                    out.push(items[i]);
                else if (keep !== false)
                    return keep instanceof Unk ? keep : new Unk('filter() condition is not a known boolean');
            }
            return out;
        });
    },
    toobject(args, scope) {
        const items = scope.evaluateExpr(args[0]);
        if (!Array.isArray(items))
            return items instanceof Unk ? items : new Unk('toObject() of a value that is not a known array');
        const keyOf = lambdaOf(args[1], scope);
        const valueOf = args[2] ? lambdaOf(args[2], scope) : (item) => item;
        if (!keyOf || !valueOf)
            return new Unk('toObject() without a lambda');
        const out = {};
        for (const item of items) {
            const key = keyOf(item, 0);
            if (typeof key !== 'string')
                return new Unk('toObject() key is not a known string');
            out[key] = valueOf(item, 0);
        }
        return out;
    },
    extensionresourceid(args, scope) {
        const values = args.map((a) => scope.evaluateExpr(a));
        if (values.length < 3)
            return new Unk('extensionResourceId() takes a resource id, a type and names');
        const tail = providerPath(values[1], values.slice(2));
        return tail instanceof Unk ? tail : joinParts([values[0], tail]);
    }
};
/** A `lambda('x', ['i',] body)` argument as a function of its parameters. */
function lambdaOf(expr, scope) {
    if (!expr || expr.kind !== 'call' || expr.name.toLowerCase() !== 'lambda' || expr.args.length < 2)
        return undefined;
    const names = expr.args.slice(0, -1).map((a) => (a.kind === 'literal' && typeof a.value === 'string' ? a.value : undefined));
    if (names.some((n) => n === undefined))
        return undefined;
    const body = expr.args[expr.args.length - 1];
    return (item, index) => {
        const values = [item, index];
        return scope.withLambda(names.map((n, i) => [n, values[i] ?? null])).evaluateExpr(body);
    };
}
function overArray(args, scope, name, run) {
    const items = scope.evaluateExpr(args[0]);
    if (items instanceof Unk)
        return items;
    if (!Array.isArray(items))
        return new Unk(`${name}() of a value that is not a known array`);
    const apply = lambdaOf(args[1], scope);
    return apply ? run(items, apply) : new Unk(`${name}() without a lambda`);
}
function logical(args, scope, stopOn) {
    let unknownSeen;
    for (const arg of args) {
        const value = scope.evaluateExpr(arg);
        if (value === stopOn)
            return stopOn;
        if (typeof value !== 'boolean')
            unknownSeen ??= value instanceof Unk ? value : new Unk('a logical argument is not a known boolean');
    }
    return unknownSeen ?? !stopOn;
}
/**
 * `resourceId([subscriptionId], [resourceGroupName], type, names...)`: the
 * arguments before the type (the first argument with a `/`) are the
 * subscription and resource group. What the deployment does not know becomes
 * UNKNOWN_PART, so the id stays partially known.
 */
function resourceIdFunction(values, scope, level) {
    const typeAt = values.findIndex((v) => typeof v === 'string' && v.includes('/'));
    if (typeAt < 0)
        return new Unk('resourceId() with a resource type that is not known');
    const before = values.slice(0, typeAt);
    const tail = providerPath(values[typeAt], values.slice(typeAt + 1));
    if (tail instanceof Unk)
        return tail;
    const d = scope.deployment;
    if (level === 'tenant')
        return tail;
    if (level === 'subscription') {
        if (before.length > 1)
            return new Unk('subscriptionResourceId() with too many arguments before the type');
        return joinParts(['/subscriptions/', before[0] ?? d.subscriptionId, tail]);
    }
    if (before.length > 2)
        return new Unk('resourceId() with too many arguments before the type');
    const subscription = before.length === 2 ? before[0] : d.subscriptionId;
    const group = before.length >= 1 ? before[before.length - 1] : d.resourceGroupName;
    return joinParts(['/subscriptions/', subscription, '/resourceGroups/', group, tail]);
}
/** `/providers/Namespace/type1/name1/type2/name2`, from a full type and its names. */
function providerPath(type, names) {
    if (typeof type !== 'string')
        return new Unk('resource type is not known');
    const [namespace, ...types] = type.split('/');
    // a name argument may itself hold several segments ('cluster/pool')
    const flat = [];
    for (const name of names) {
        if (typeof name === 'string')
            flat.push(...name.split('/'));
        else
            flat.push(name);
    }
    if (types.length === 0 || flat.length !== types.length) {
        return new Unk(`resourceId() for '${type}' needs ${types.length} name(s), got ${flat.length}`);
    }
    const parts = ['/providers/', namespace];
    types.forEach((t, i) => parts.push('/', t, '/', flat[i]));
    return joinParts(parts);
}
// ---------- eager functions: arguments already evaluated ----------
function str(v, what = 'argument') {
    if (typeof v !== 'string')
        throw new ArgumentError(`${what} is not a string`);
    return v;
}
function num(v, what = 'argument') {
    if (typeof v !== 'number')
        throw new ArgumentError(`${what} is not a number`);
    return v;
}
function bool(v) {
    if (typeof v !== 'boolean')
        throw new ArgumentError('argument is not a boolean');
    return v;
}
/** Returns the first unknown argument (whole or partial) so callers can pass it on. */
function unknownIn(values) {
    for (const v of values) {
        if (v instanceof Unk)
            return v;
        if (v instanceof PStr)
            return new Unk(v.reason);
    }
    return undefined;
}
/** Wraps a function that needs fully known top-level arguments. */
function strict(fn) {
    return (args, scope) => unknownIn(args) ?? fn(args, scope);
}
function stringify(v) {
    if (typeof v === 'string')
        return v;
    if (v === null)
        return '';
    if (isUnknown(v))
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    const inner = firstUnknown(v);
    return inner ? new Unk(inner.reason) : JSON.stringify(v);
}
/** .NET composite formatting as `format()` uses it: `{0}`, `{0,-5}`, `{0:N2}` (alignment and format ignored), `{{` and `}}`. */
function formatString(template, args) {
    const parts = [];
    let i = 0;
    let literal = '';
    while (i < template.length) {
        const c = template[i];
        if (c === '{' && template[i + 1] === '{') {
            literal += '{';
            i += 2;
        }
        else if (c === '}' && template[i + 1] === '}') {
            literal += '}';
            i += 2;
        }
        else if (c === '{') {
            const end = template.indexOf('}', i);
            const match = end < 0 ? null : /^(\d+)\s*(,\s*-?\d+)?\s*(:.*)?$/.exec(template.slice(i + 1, end));
            if (!match)
                throw new ArgumentError('malformed format string');
            const n = Number(match[1]);
            if (n >= args.length)
                throw new ArgumentError(`format item {${n}} has no argument`);
            parts.push(literal);
            literal = '';
            const value = args[n];
            parts.push(typeof value === 'boolean' ? (value ? 'True' : 'False') : value);
            i = end + 1;
        }
        else {
            literal += c;
            i++;
        }
    }
    parts.push(literal);
    return joinParts(parts);
}
function union(values) {
    if (values.every(Array.isArray)) {
        const out = [];
        for (const array of values)
            for (const item of array)
                if (!out.some((o) => deepEqual(o, item) === true))
                    out.push(item);
        return out;
    }
    if (values.every(isObject))
        return values.reduce((acc, obj) => mergeDeep(acc, obj), {});
    throw new ArgumentError('arguments must be all arrays or all objects');
}
function mergeDeep(a, b) {
    const out = { ...a };
    for (const [key, value] of Object.entries(b)) {
        const existingKey = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase());
        const existing = existingKey === undefined ? undefined : out[existingKey];
        if (existingKey !== undefined)
            delete out[existingKey];
        out[existingKey ?? key] = existing !== undefined && isObject(existing) && isObject(value) ? mergeDeep(existing, value) : value;
    }
    return out;
}
function contains(container, item) {
    if (typeof container === 'string')
        return container.includes(str(stringify(item)));
    if (Array.isArray(container)) {
        let result = false;
        for (const element of container) {
            const e = deepEqual(element, item);
            if (e === true)
                return true;
            if (e === undefined)
                result = new Unk('contains() over values that are not all known');
        }
        return result;
    }
    if (isObject(container))
        return getProperty(container, str(item)) !== undefined;
    throw new ArgumentError('first argument cannot contain anything');
}
function functions_length(v) {
    if (typeof v === 'string' || Array.isArray(v))
        return v.length;
    if (isObject(v))
        return Object.keys(v).length;
    throw new ArgumentError('argument has no length');
}
function toJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ArgumentError('not valid JSON');
    }
}
function mapString(fn) {
    return ([v]) => {
        if (v instanceof PStr)
            return new PStr(fn(v.text).split(fn(model/* UNKNOWN_PART */.DQ)).join(model/* UNKNOWN_PART */.DQ), v.reason);
        if (v instanceof Unk)
            return v;
        return fn(str(v));
    };
}
const EAGER = {
    concat(args) {
        if (args.some(Array.isArray)) {
            const unknown = unknownIn(args);
            if (unknown)
                return unknown;
            return args.flatMap((a) => (Array.isArray(a) ? a : [a]));
        }
        return joinParts(args);
    },
    format(args) {
        const [template, ...rest] = args;
        if (isUnknown(template))
            return new Unk('format() with a format string that is not known');
        return formatString(str(template, 'format string'), rest);
    },
    string: ([v]) => stringify(v),
    tolower: mapString((s) => s.toLowerCase()),
    toupper: mapString((s) => s.toUpperCase()),
    trim: strict(([v]) => str(v).trim()),
    int: strict(([v]) => {
        if (typeof v === 'number')
            return Math.trunc(v);
        const n = Number.parseInt(str(v), 10);
        if (Number.isNaN(n))
            throw new ArgumentError('not an integer');
        return n;
    }),
    bool: strict(([v]) => {
        if (typeof v === 'boolean')
            return v;
        if (typeof v === 'number')
            return v !== 0;
        const s = str(v).toLowerCase();
        if (s === 'true' || s === 'false')
            return s === 'true';
        throw new ArgumentError('not a boolean');
    }),
    json: strict(([v]) => toJson(str(v))),
    null: () => null,
    true: () => true,
    false: () => false,
    not: strict(([v]) => !bool(v)),
    equals(args) {
        const e = deepEqual(args[0], args[1]);
        return e === undefined ? (unknownIn(args) ?? firstUnknown(args) ?? new Unk('equals() over unknown values')) : e;
    },
    empty: strict(([v]) => {
        if (v === null)
            return true;
        if (typeof v === 'string' || Array.isArray(v))
            return v.length === 0;
        if (isObject(v))
            return Object.keys(v).length === 0;
        return false;
    }),
    contains: strict(([c, item]) => contains(c, item)),
    length: strict(([v]) => functions_length(v)),
    first: strict(([v]) => {
        if (typeof v === 'string')
            return v.slice(0, 1);
        if (Array.isArray(v))
            return v.length ? v[0] : null;
        throw new ArgumentError('not a string or an array');
    }),
    last: strict(([v]) => {
        if (typeof v === 'string')
            return v.slice(-1);
        if (Array.isArray(v))
            return v.length ? v[v.length - 1] : null;
        throw new ArgumentError('not a string or an array');
    }),
    split: strict(([v, delimiters]) => {
        const text = str(v);
        const list = Array.isArray(delimiters) ? delimiters.map((d) => str(d)) : [str(delimiters)];
        let parts = [text];
        for (const d of list)
            parts = parts.flatMap((p) => p.split(d));
        return parts;
    }),
    replace: strict(([v, from, to]) => {
        const parts = str(v).split(str(from));
        if ((parts.length - 1) * str(to).length > MAX_TEXT)
            throw new RangeError('too long');
        return parts.join(str(to));
    }),
    substring: strict(([v, start, len]) => {
        const text = str(v);
        const s = num(start);
        const l = len === undefined ? text.length - s : num(len);
        if (s < 0 || l < 0 || s + l > text.length)
            throw new ArgumentError('out of range');
        return text.substr(s, l);
    }),
    startswith: strict(([v, p]) => str(v).toLowerCase().startsWith(str(p).toLowerCase())),
    endswith: strict(([v, p]) => str(v).toLowerCase().endsWith(str(p).toLowerCase())),
    indexof: strict(([v, p]) => str(v).toLowerCase().indexOf(str(p).toLowerCase())),
    lastindexof: strict(([v, p]) => str(v).toLowerCase().lastIndexOf(str(p).toLowerCase())),
    padleft: strict(([v, width, pad]) => {
        if (num(width) > MAX_TEXT)
            throw new RangeError('too long');
        return String(stringify(v)).padStart(num(width), pad === undefined ? ' ' : str(pad));
    }),
    join: strict(([v, d]) => {
        if (!Array.isArray(v))
            throw new ArgumentError('not an array');
        const joined = joinParts(v.flatMap((item, i) => (i ? [str(d), item] : [item])));
        return joined;
    }),
    take: strict(([v, n]) => (typeof v === 'string' ? v.slice(0, Math.max(0, num(n))) : arr(v).slice(0, Math.max(0, num(n))))),
    skip: strict(([v, n]) => (typeof v === 'string' ? v.slice(Math.max(0, num(n))) : arr(v).slice(Math.max(0, num(n))))),
    range: strict(([start, count]) => Array.from({ length: Math.min(Math.max(0, num(count)), 10000) }, (_, i) => num(start) + i)),
    createarray: (args) => args,
    array: ([v]) => (v instanceof Unk ? v : Array.isArray(v) ? v : [v]),
    createobject(args) {
        if (args.length % 2)
            throw new ArgumentError('needs key and value pairs');
        const out = {};
        for (let i = 0; i < args.length; i += 2) {
            const key = args[i];
            if (isUnknown(key))
                return new Unk('createObject() with a key that is not known');
            out[str(key)] = args[i + 1];
        }
        return out;
    },
    union: strict((args) => union(args)),
    intersection: strict((args) => {
        if (args.every(Array.isArray))
            return args[0].filter((x) => args.every((a) => a.some((y) => deepEqual(x, y) === true)));
        throw new ArgumentError('only arrays are supported');
    }),
    objectkeys: strict(([v]) => (isObject(v) ? Object.keys(v) : [])),
    items: strict(([v]) => {
        if (!isObject(v))
            throw new ArgumentError('not an object');
        return Object.keys(v)
            .sort()
            .map((key) => ({ key, value: v[key] }));
    }),
    tryget(args) {
        let current = args[0];
        for (const key of args.slice(1)) {
            if (current instanceof Unk)
                return current;
            if (current instanceof PStr || isUnknown(key))
                return new Unk('tryGet() over values that are not known');
            if (current === null)
                return null;
            if (Array.isArray(current) && typeof key === 'number')
                current = key >= 0 && key < current.length ? current[key] : null;
            else if (isObject(current) && typeof key === 'string')
                current = getProperty(current, key) ?? null;
            else
                return null;
        }
        return current;
    },
    min: strict((args) => Math.min(...flatNumbers(args))),
    max: strict((args) => Math.max(...flatNumbers(args))),
    add: strict(([a, b]) => num(a) + num(b)),
    sub: strict(([a, b]) => num(a) - num(b)),
    mul: strict(([a, b]) => num(a) * num(b)),
    div: strict(([a, b]) => (num(b) === 0 ? new Unk('division by zero') : Math.trunc(num(a) / num(b)))),
    mod: strict(([a, b]) => (num(b) === 0 ? new Unk('division by zero') : num(a) % num(b))),
    less: strict(([a, b]) => compare(a, b) < 0),
    lessorequals: strict(([a, b]) => compare(a, b) <= 0),
    greater: strict(([a, b]) => compare(a, b) > 0),
    greaterorequals: strict(([a, b]) => compare(a, b) >= 0),
    base64: strict(([v]) => Buffer.from(str(v), 'utf8').toString('base64')),
    uri: strict(([base, relative]) => {
        try {
            return new URL(str(relative), str(base)).toString();
        }
        catch {
            throw new ArgumentError('not a valid URI');
        }
    }),
    indexfromend: strict(([v, n]) => index(v, arr(v).length - num(n)))
};
function arr(v) {
    if (!Array.isArray(v))
        throw new ArgumentError('not an array');
    return v;
}
function flatNumbers(args) {
    return args.flatMap((a) => (Array.isArray(a) ? a : [a])).map((n) => num(n));
}
function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    throw new ArgumentError('can only compare two numbers or two strings');
}

;// CONCATENATED MODULE: ./src/readers/arm/evaluate.ts




const UNKNOWN_DEPLOYMENT = {
    subscriptionId: new Unk('the subscription is only known at deployment'),
    resourceGroupName: new Unk('the resource group is only known at deployment'),
    resourceGroupLocation: new Unk("the resource group's location is only known at deployment")
};
/** Beyond this many nested evaluations (variables referring to variables...) the value is unknown rather than a stack overflow. */
const MAX_EVAL_DEPTH = 200;
/** ARM's own limit on copy counts; also bounds what a hostile template can make us do. */
const MAX_COPY = 800;
/**
 * The names an expression can see: the template's parameters (given values,
 * else defaults), variables, the copy loops it is inside, and the deployment.
 */
class Scope {
    shared;
    copies;
    currentCopy;
    lambdas;
    constructor(shared, copies, currentCopy, lambdas = new Map()) {
        this.shared = shared;
        this.copies = copies;
        this.currentCopy = currentCopy;
        this.lambdas = lambdas;
    }
    /**
     * A template's scope. `given` holds parameter values passed in (a
     * parameters file, a parent deployment), by lower-case name.
     */
    static forTemplate(template, given, deployment) {
        const shared = {
            parameters: new Map(),
            variables: new Map(),
            deployment,
            depth: { value: 0 },
            parsed: new Map(),
            template,
            given
        };
        const scope = new Scope(shared, new Map(), undefined);
        for (const [name, declaration] of (0,json/* entries */.jO)((0,json/* child */.jf)(template, 'parameters'))) {
            const lower = name.toLowerCase();
            const value = given.get(lower);
            const fallback = (0,json/* child */.jf)(declaration, 'defaultValue');
            // a null value stands for "not given" when there is a default (the portal's exported parameters.json is all nulls)
            if (value !== undefined && !(value === null && fallback)) {
                shared.parameters.set(lower, () => value);
                continue;
            }
            // languageVersion 2.0: a nullable parameter given no value is null
            const nullable = (0,json/* child */.jf)(declaration, 'nullable')?.value === true;
            shared.parameters.set(lower, lazy(() => (fallback ? scope.evaluate(fallback) : nullable ? null : new Unk(`parameter '${name}' has no default value`))));
        }
        for (const [name, node] of (0,json/* entries */.jO)((0,json/* child */.jf)(template, 'variables'))) {
            if (name.toLowerCase() === 'copy' && node.type === 'array') {
                for (const loop of node.children ?? [])
                    scope.defineVariableLoop(loop);
                continue;
            }
            shared.variables.set(name.toLowerCase(), lazy(() => scope.evaluate(node)));
        }
        return scope;
    }
    defineVariableLoop(loop) {
        const name = (0,json/* child */.jf)(loop, 'name')?.value;
        if (typeof name !== 'string')
            return;
        this.shared.variables.set(name.toLowerCase(), lazy(() => {
            const count = this.evaluate((0,json/* child */.jf)(loop, 'count'));
            if (typeof count !== 'number')
                return new Unk(`the count of variable loop '${name}' is not known`);
            const input = (0,json/* child */.jf)(loop, 'input');
            const out = [];
            for (let i = 0; i < Math.min(count, MAX_COPY); i++)
                out.push(this.withCopy(name, i).evaluate(input));
            return out;
        }));
    }
    /**
     * The same template in the same copy loop instance, some parameters given
     * other values (by lower-case name): variables built from them follow.
     */
    withParameters(values) {
        const given = new Map(this.shared.given);
        for (const [name, value] of values)
            given.set(name, value);
        const fresh = Scope.forTemplate(this.shared.template, given, this.shared.deployment);
        return new Scope(fresh.shared, this.copies, this.currentCopy, this.lambdas);
    }
    /** The scope inside a copy loop instance. */
    withCopy(loop, index) {
        const copies = new Map(this.copies);
        if (loop)
            copies.set(loop.toLowerCase(), index);
        return new Scope(this.shared, copies, index, this.lambdas);
    }
    /** The scope inside a `lambda()` body, its parameters bound. */
    withLambda(bindings) {
        const lambdas = new Map(this.lambdas);
        for (const [name, value] of bindings)
            lambdas.set(name.toLowerCase(), value);
        return new Scope(this.shared, this.copies, this.currentCopy, lambdas);
    }
    lambdaVariable(name) {
        return this.lambdas.get(name.toLowerCase()) ?? new Unk(`lambdaVariables('${name}') outside its lambda`);
    }
    get deployment() {
        return this.shared.deployment;
    }
    parameter(name) {
        const get = this.shared.parameters.get(name.toLowerCase());
        return get ? get() : new Unk(`parameter '${name}' is not declared`);
    }
    variable(name) {
        const get = this.shared.variables.get(name.toLowerCase());
        return get ? get() : new Unk(`variable '${name}' is not declared`);
    }
    copyIndex(loop) {
        if (loop === undefined)
            return this.currentCopy ?? new Unk('copyIndex() outside a copy loop');
        return this.copies.get(loop.toLowerCase()) ?? new Unk(`copyIndex('${loop}') outside that copy loop`);
    }
    /** Evaluates a JSON node deeply: expressions in strings, objects and arrays item by item. */
    evaluate(node) {
        if (!node)
            return null;
        return this.guard(() => {
            switch (node.type) {
                case 'string':
                    return this.evaluateString(node.value);
                case 'number':
                case 'boolean':
                case 'null':
                    return node.value ?? null;
                case 'array':
                    return (node.children ?? []).map((item) => this.evaluate(item));
                case 'object': {
                    const out = {};
                    for (const [name, value] of (0,json/* entries */.jO)(node))
                        out[name] = this.evaluate(value);
                    return out;
                }
                default:
                    return new Unk('unreadable value');
            }
        });
    }
    evaluateString(text) {
        if (!isExpression(text))
            return unescapeLiteral(text);
        let parsed = this.shared.parsed.get(text);
        if (!parsed) {
            parsed = parseExpression(text);
            this.shared.parsed.set(text, parsed);
        }
        if (!parsed.ok)
            return new Unk(`expression not understood (${parsed.error})`);
        return this.evaluateExpr(parsed.expr);
    }
    evaluateExpr(expr) {
        return this.guard(() => {
            switch (expr.kind) {
                case 'literal':
                    return expr.value;
                case 'call':
                    return callFunction(expr.name, expr.args, this);
                case 'member':
                    return member(this.evaluateExpr(expr.object), expr.name);
                case 'index':
                    return index(this.evaluateExpr(expr.object), this.evaluateExpr(expr.index));
            }
        });
    }
    guard(evaluate) {
        const depth = this.shared.depth;
        if (depth.value >= MAX_EVAL_DEPTH)
            return new Unk('expression nested too deeply to evaluate');
        depth.value++;
        try {
            return evaluate();
        }
        finally {
            depth.value--;
        }
    }
}
/** Evaluates once; a value that refers to itself while being evaluated is unknown. */
function lazy(compute) {
    let state = 'new';
    let value = null;
    return () => {
        if (state === 'done')
            return value;
        if (state === 'busy')
            return new Unk('circular reference');
        state = 'busy';
        try {
            value = compute();
        }
        finally {
            state = 'done';
        }
        return value;
    };
}
function member(object, name) {
    if (object instanceof Unk || object instanceof PStr)
        return object instanceof Unk ? object : new Unk(object.reason);
    if (isObject(object)) {
        const value = getProperty(object, name);
        return value === undefined ? new Unk(`property '${name}' does not exist`) : value;
    }
    return new Unk(`property '${name}' of a value that is not an object`);
}
function index(object, key) {
    if (object instanceof Unk)
        return object;
    if (key instanceof Unk)
        return key;
    if (Array.isArray(object) && typeof key === 'number') {
        return key >= 0 && key < object.length ? object[key] : new Unk(`index ${key} is out of range`);
    }
    if (isObject(object) && typeof key === 'string')
        return member(object, key);
    return new Unk('index of a value that cannot be indexed');
}

;// CONCATENATED MODULE: ./src/readers/arm/view.ts





function nodeView(node, scope, doc) {
    return { kind: 'node', node, scope, doc };
}
function spanOfView(view) {
    return view.kind === 'value' ? view.span : view.doc.spanOf(view.node);
}
/** Evaluates a literal-expression node into a value view; leaves objects and arrays as nodes. */
function settle(view) {
    if (view.kind === 'node' && view.node.type === 'string' && isExpression(view.node.value)) {
        return { kind: 'value', value: view.scope.evaluate(view.node), span: view.doc.spanOf(view.node) };
    }
    return view;
}
/** A property of an object (case-insensitive), following a property `copy` loop of that name. */
function get(view, name) {
    if (!view)
        return undefined;
    const v = settle(view);
    if (v.kind === 'value') {
        if (!isObject(v.value)) {
            return v.value instanceof Unk || v.value instanceof PStr ? { kind: 'value', value: v.value, span: v.span } : undefined;
        }
        const value = getProperty(v.value, name);
        return value === undefined ? undefined : { kind: 'value', value, span: v.span };
    }
    if (v.kind !== 'node' || v.node.type !== 'object')
        return undefined;
    const direct = (0,json/* child */.jf)(v.node, name);
    if (direct)
        return { kind: 'node', node: direct, scope: v.scope, doc: v.doc };
    const copies = (0,json/* child */.jf)(v.node, 'copy');
    for (const loop of copies?.type === 'array' ? (copies.children ?? []) : []) {
        if ((0,json/* stringValue */.r$)((0,json/* child */.jf)(loop, 'name'))?.toLowerCase() === name.toLowerCase()) {
            return { kind: 'copy', loop, node: loop, scope: v.scope, doc: v.doc };
        }
    }
    return undefined;
}
/** The items of an array, one per element or loop instance. */
function items(view, label) {
    if (!view)
        return [];
    const v = settle(view);
    if (v.kind === 'copy') {
        const name = (0,json/* stringValue */.r$)((0,json/* child */.jf)(v.loop, 'name')) ?? label;
        const input = (0,json/* child */.jf)(v.loop, 'input');
        if (!input)
            return [];
        const count = v.scope.evaluate((0,json/* child */.jf)(v.loop, 'count'));
        if (typeof count !== 'number') {
            const reason = count instanceof Unk || count instanceof PStr ? count.reason : 'copy count is not a number';
            return [{ view: nodeView(input, v.scope.withCopy(name, new Unk(reason)), v.doc), instance: `${name}[?]` }];
        }
        const out = [];
        for (let i = 0; i < Math.min(count, MAX_COPY); i++) {
            out.push({ view: nodeView(input, v.scope.withCopy(name, i), v.doc), instance: `${name}[${i}]` });
        }
        return out;
    }
    if (v.kind === 'node') {
        if (v.node.type !== 'array')
            return [];
        return (v.node.children ?? []).map((node) => ({ view: nodeView(node, v.scope, v.doc) }));
    }
    if (Array.isArray(v.value)) {
        return v.value.map((value, i) => ({ view: { kind: 'value', value, span: v.span }, instance: `${label}[${i}]` }));
    }
    if (v.value instanceof Unk || v.value instanceof PStr) {
        // an array we cannot see into: one item whose every property is unknown
        return [{ view: { kind: 'value', value: new Unk(v.value.reason), span: v.span }, instance: `${label}[?]` }];
    }
    return [];
}
/** The evaluated value of a view. */
function view_valueOf(view) {
    if (!view)
        return undefined;
    if (view.kind === 'value')
        return view.value;
    if (view.kind === 'node')
        return view.scope.evaluate(view.node);
    return items(view, '').map((item) => view_valueOf(item.view) ?? null);
}
function keys(view) {
    if (!view)
        return [];
    const v = settle(view);
    if (v.kind === 'node')
        return (0,json/* entries */.jO)(v.node).map(([name]) => name);
    if (v.kind === 'value' && isObject(v.value))
        return Object.keys(v.value);
    return [];
}
/** A string property as a declaration value, with the span of the place that states it. */
function stringOf(view, options = {}) {
    if (!view)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const span = spanOfView(view);
    const value = view_valueOf(view);
    return toStringValue(value, span, options);
}
function toStringValue(value, span, options = {}) {
    if (value === undefined)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg, span);
    if (value === null)
        return options.keepNull ? (0,model/* known */.eO)(null, span) : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg, span);
    if (typeof value === 'string')
        return (0,model/* known */.eO)(value, span);
    if (typeof value === 'number')
        return (0,model/* known */.eO)(String(value), span);
    if (value instanceof PStr) {
        if (!options.partial)
            return (0,model/* unknown */.L5)(value.reason, span);
        const out = { known: true, value: value.text, partial: true };
        if (span)
            out.span = span;
        return out;
    }
    if (value instanceof Unk)
        return (0,model/* unknown */.L5)(value.reason, span);
    return (0,model/* unknown */.L5)('not a string', span);
}
function booleanOf(view) {
    if (!view)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
    const span = spanOfView(view);
    const value = view_valueOf(view);
    if (typeof value === 'boolean')
        return (0,model/* known */.eO)(value, span);
    if (value === null)
        return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg, span);
    if (value instanceof Unk || value instanceof PStr)
        return (0,model/* unknown */.L5)(value.reason, span);
    return (0,model/* unknown */.L5)('not a boolean', span);
}

;// CONCATENATED MODULE: ./src/readers/arm/template.ts






/** Nested and linked deployments deeper than this are not followed (a template linking itself, say). */
const MAX_DEPLOYMENT_DEPTH = 10;
/** Resource instances read from one file at most: loops inside loops multiply, and no real template comes near. */
const MAX_INSTANCES = 5000;
/** Collects every resource instance of a template, following child resources and nested/linked deployments. */
async function walkTemplate(walk, doc, template, scope, instance) {
    await walkResources(walk, doc, (0,json/* child */.jf)(template, 'resources'), scope, undefined, undefined, instance);
}
async function walkResources(walk, doc, resources, scope, parentType, parentName, parentInstance) {
    if (!resources)
        return;
    // languageVersion 2.0: an object of symbolic names; otherwise an array
    const list = resources.type === 'array' ? (resources.children ?? []) : (0,json/* entries */.jO)(resources).map(([, node]) => node);
    for (const node of list) {
        if (node.type !== 'object')
            continue;
        for (const { scope: instanceScope, instance } of copies(node, scope)) {
            if (walk.instances.length >= MAX_INSTANCES)
                return;
            const label = [parentInstance, instance].filter(Boolean).join(' > ') || undefined;
            const condition = (0,json/* child */.jf)(node, 'condition');
            if (condition && instanceScope.evaluate(condition) === false)
                continue;
            const type = fullType((0,json/* stringValue */.r$)((0,json/* child */.jf)(node, 'type')) ?? '', parentType);
            const name = fullName(instanceScope.evaluate((0,json/* child */.jf)(node, 'name')), parentName, type);
            const existing = instanceScope.evaluate((0,json/* child */.jf)(node, 'existing')) === true;
            const resource = {
                type,
                name,
                node,
                view: nodeView(node, instanceScope, doc),
                scope: instanceScope,
                doc,
                existing,
                instance: label
            };
            walk.instances.push(resource);
            await walkResources(walk, doc, (0,json/* child */.jf)(node, 'resources'), instanceScope, type, name, label);
            if (type.toLowerCase() === 'microsoft.resources/deployments' && !existing)
                await walkDeployment(walk, resource);
        }
    }
}
/** The loop instances of a resource: one scope per `copy` index, or the resource itself. */
function copies(node, scope) {
    const copy = (0,json/* child */.jf)(node, 'copy');
    if (!copy || copy.type !== 'object')
        return [{ scope }];
    const name = (0,json/* stringValue */.r$)((0,json/* child */.jf)(copy, 'name'));
    const count = scope.evaluate((0,json/* child */.jf)(copy, 'count'));
    if (typeof count !== 'number') {
        const reason = count instanceof Unk || count instanceof PStr ? count.reason : 'copy count is not a number';
        return [{ scope: scope.withCopy(name, new Unk(reason)), instance: 'copyIndex=?' }];
    }
    const out = [];
    for (let i = 0; i < Math.min(count, MAX_COPY); i++)
        out.push({ scope: scope.withCopy(name, i), instance: `copyIndex=${i}` });
    return out;
}
function fullType(type, parentType) {
    if (!parentType || type.includes('/'))
        return type;
    return `${parentType}/${type}`;
}
/** A child resource's name is written either in full (`cluster/pool`) or as its own segment. */
function fullName(name, parentName, type) {
    if (parentName === undefined)
        return name;
    const segments = type.split('/').length - 1;
    if (typeof name === 'string' && name.split('/').length >= segments)
        return name;
    if (name instanceof PStr && name.text.split('/').length >= segments)
        return name;
    const parts = [parentName, '/', name];
    if (parts.every((p) => typeof p === 'string'))
        return parts.join('');
    const unknownPart = parts.find((p) => p instanceof Unk || p instanceof PStr);
    const text = parts.map((p) => (typeof p === 'string' ? p : p instanceof PStr ? p.text : '{?}')).join('');
    return new PStr(text, unknownPart?.reason ?? 'name not known');
}
/** Follows a `Microsoft.Resources/deployments` resource into its inline or local linked template. */
async function walkDeployment(walk, resource) {
    if (walk.chain.length >= MAX_DEPLOYMENT_DEPTH)
        return;
    const properties = (0,json/* child */.jf)(resource.node, 'properties');
    const scope = resource.scope;
    const deployment = deploymentContext(resource);
    const inline = (0,json/* child */.jf)(properties, 'template');
    if (inline && inline.type === 'object') {
        const inner = (0,json/* stringValue */.r$)((0,json/* child */.jf)((0,json/* child */.jf)(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner';
        const innerScope = inner ? Scope.forTemplate(inline, passedParameters(properties, scope), deployment) : scope;
        walk.chain.push(resource.doc.file);
        try {
            await walkTemplate(walk, resource.doc, inline, innerScope, resource.instance);
        }
        finally {
            walk.chain.pop();
        }
        return;
    }
    const link = (0,json/* child */.jf)(properties, 'templateLink');
    const relativePath = scope.evaluate((0,json/* child */.jf)(link, 'relativePath'));
    const relative = typeof relativePath === 'string' ? relativePath : artifactsPath((0,json/* child */.jf)(link, 'uri'), scope);
    if (typeof relative !== 'string' || !relative)
        return; // a remote URI or a template spec: nothing local to read
    const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(resource.doc.file), relative.replace(/\\/g, '/')));
    if (walk.chain.includes(file) || file === resource.doc.file)
        return;
    const text = await walk.context.readFile(file).catch(() => undefined);
    if (text === undefined)
        return;
    const linked = (0,json/* parseJson */.qF)(file, text.replace(/^\uFEFF/, ''));
    if (!linked.root || linked.problems.length)
        return; // its own parse-error is reported when it is linted
    walk.chain.push(resource.doc.file);
    try {
        await walkTemplate(walk, linked, linked.root, Scope.forTemplate(linked.root, passedParameters(properties, scope), deployment), resource.instance);
    }
    finally {
        walk.chain.pop();
    }
}
/**
 * The quickstart convention for linked templates: `uri(parameters('_artifactsLocation'), 'nested/x.json')`
 * or `concat(parameters('_artifactsLocation'), 'nested/x.json', parameters('_artifactsLocationSasToken'))`,
 * where `_artifactsLocation` defaults to the template's own URI: the path is relative to the template.
 */
function artifactsPath(uri, scope) {
    const text = (0,json/* stringValue */.r$)(uri);
    if (!text || !isExpression(text))
        return undefined;
    const parsed = parseExpression(text);
    if (!parsed.ok || parsed.expr.kind !== 'call')
        return undefined;
    const { name, args } = parsed.expr;
    const base = args[0];
    const fromArtifacts = base?.kind === 'call' &&
        base.name.toLowerCase() === 'parameters' &&
        base.args[0]?.kind === 'literal' &&
        String(base.args[0].value).toLowerCase() === '_artifactslocation';
    if (!fromArtifacts)
        return artifactsPathEvaluated(uri, scope);
    let relative;
    if (name.toLowerCase() === 'uri' && args.length === 2)
        relative = scope.evaluateExpr(args[1]);
    else if (name.toLowerCase() === 'concat' && args.length >= 2)
        relative = scope.evaluateExpr(args[1]);
    else
        return undefined;
    if (typeof relative !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(relative))
        return undefined;
    return relative.split('?')[0].replace(/^\//, '');
}
/** The URI of the template being deployed, as linked templates name it. */
const OWN_URI = /deployment\(\s*\)\s*\.\s*properties\s*\.\s*templateLink\s*\.\s*uri/i;
/** Stands for `_artifactsLocation`, the URI of the folder of the template being deployed. */
const ARTIFACTS_BASE = 'https://artifacts.aks-snapshot.invalid/';
/**
 * The same convention written any other way (a variable holding the URI,
 * `format('{0}nested/x.json{1}', parameters('_artifactsLocation'), ...)`,
 * `uri(deployment().properties.templateLink.uri, 'nested/x.json')`):
 * the URI evaluated with `_artifactsLocation` standing for the template's
 * folder and no SAS token, when it lands in that folder.
 */
function artifactsPathEvaluated(uri, scope) {
    const text = (0,json/* stringValue */.r$)(uri);
    if (!text || text.length > 2000)
        return undefined;
    const ownUri = OWN_URI.test(text);
    if (!/_artifactsLocation/i.test(text) && !ownUri && !/^\[\s*variables\(/i.test(text))
        return undefined;
    const probe = scope.withParameters(new Map([
        ['_artifactslocation', ARTIFACTS_BASE],
        ['_artifactslocationsastoken', '']
    ]));
    let value;
    if (ownUri) {
        // `uri(deployment().properties.templateLink.uri, 'nested/x.json')`: relative to the template's own URI
        const parsed = parseExpression(text.replace(new RegExp(OWN_URI.source, 'gi'), `'${ARTIFACTS_BASE}template.json'`));
        if (!parsed.ok)
            return undefined;
        value = probe.evaluateExpr(parsed.expr);
    }
    else
        value = probe.evaluate(uri);
    if (typeof value !== 'string' || !value.toLowerCase().startsWith(ARTIFACTS_BASE))
        return undefined;
    return value.slice(ARTIFACTS_BASE.length).split('?')[0].replace(/^\/+/, '') || undefined;
}
/** Parameter values a deployment passes to its template, evaluated in the caller's scope. */
function passedParameters(properties, scope) {
    const out = new Map();
    const parameters = (0,json/* child */.jf)(properties, 'parameters');
    if (parameters?.type === 'string') {
        // the whole parameters object from an expression
        const value = scope.evaluate(parameters);
        if (isObject(value))
            for (const name of Object.keys(value))
                out.set(name.toLowerCase(), parameterValue(getProperty(value, name) ?? null));
        return out;
    }
    for (const [name, node] of (0,json/* entries */.jO)(parameters)) {
        const valueNode = (0,json/* child */.jf)(node, 'value');
        if (valueNode)
            out.set(name.toLowerCase(), scope.evaluate(valueNode));
        else if ((0,json/* child */.jf)(node, 'reference'))
            out.set(name.toLowerCase(), new Unk(`parameter '${name}' is a Key Vault reference`));
    }
    return out;
}
function parameterValue(entry) {
    if (isObject(entry)) {
        const value = getProperty(entry, 'value');
        if (value !== undefined)
            return value;
    }
    return new Unk('parameter value not understood');
}
/** A deployment into another resource group or subscription changes what `resourceGroup()` and `resourceId()` see. */
function deploymentContext(resource) {
    const outer = resource.scope.deployment;
    const group = (0,json/* child */.jf)(resource.node, 'resourceGroup');
    const subscription = (0,json/* child */.jf)(resource.node, 'subscriptionId');
    if (!group && !subscription)
        return outer;
    return {
        subscriptionId: subscription ? resource.scope.evaluate(subscription) : outer.subscriptionId,
        resourceGroupName: group ? resource.scope.evaluate(group) : outer.resourceGroupName,
        resourceGroupLocation: group ? new Unk("the resource group's location is only known at deployment") : outer.resourceGroupLocation
    };
}
/** Values from a parameters file (`{ "parameters": { "x": { "value": ... } } }`), by lower-case name. */
function parametersFileValues(doc) {
    const out = new Map();
    for (const [name, node] of (0,json/* entries */.jO)((0,json/* child */.jf)(doc.root, 'parameters'))) {
        const valueNode = (0,json/* child */.jf)(node, 'value');
        if (valueNode)
            out.set(name.toLowerCase(), fromJson(plain(valueNode)));
        else if ((0,json/* child */.jf)(node, 'reference'))
            out.set(name.toLowerCase(), new Unk(`parameter '${name}' is a Key Vault reference`));
    }
    return out;
}
/** A JSON node as plain data (depth already bounded by parseJson). */
function plain(node) {
    switch (node.type) {
        case 'object': {
            const out = {};
            for (const [name, value] of (0,json/* entries */.jO)(node))
                out[name] = plain(value);
            return out;
        }
        case 'array':
            return (node.children ?? []).map(plain);
        default:
            return node.value ?? null;
    }
}

;// CONCATENATED MODULE: ./src/readers/arm/declarations.ts




const { cluster: CLUSTER, agentPool: AGENT_POOL, snapshot: SNAPSHOT } = model/* RESOURCE_TYPES */.Rx;
/** Turns resource instances into declarations and `metadata` suppressions. */
function buildDeclarations(instances) {
    const clusters = [];
    for (const instance of instances) {
        if (instance.type.toLowerCase() !== CLUSTER)
            continue;
        clusters.push({ instance, cluster: clusterOf(instance) });
    }
    const pools = [];
    for (const { instance, cluster } of clusters) {
        if (instance.existing)
            continue;
        for (const item of items(get(get(instance.view, 'properties'), 'agentPoolProfiles'), 'agentPoolProfiles')) {
            if (pools.length >= MAX_INSTANCES)
                break;
            pools.push(poolOf(instance, item.view, cluster, joinInstance(instance.instance, item.instance), 'agentPoolProfiles'));
        }
    }
    for (const instance of instances) {
        if (instance.type.toLowerCase() !== AGENT_POOL || instance.existing)
            continue;
        const [clusterName, poolName] = splitName(instance.name);
        // a cluster declared here wins over an `existing` reference to it (a module's view of its parent)
        const named = clusters.filter((c) => sameName(c.cluster.name, clusterName));
        const cluster = (named.find((c) => !c.instance.existing) ?? named[0])?.cluster;
        pools.push(poolOf(instance, get(instance.view, 'properties'), cluster ?? outsideCluster(clusterName), instance.instance, 'agentPools', poolName));
    }
    const snapshots = [];
    for (const instance of instances) {
        if (instance.type.toLowerCase() !== SNAPSHOT || instance.existing)
            continue;
        snapshots.push(snapshotOf(instance, pools));
    }
    for (const pool of pools) {
        const ref = pool.declaration.snapshot;
        const refId = ref?.id.known ? ref.id.value : null;
        if (!ref || typeof refId !== 'string')
            continue;
        const target = snapshots.find((s) => s.id.known && sameResource(s.id.value, refId));
        if (target?.properties)
            ref.resolved = target.properties;
    }
    return { declarations: [...pools.map((p) => p.declaration), ...snapshots], suppressions: suppressionsOf(instances) };
}
function clusterOf(instance) {
    if (instance.existing) {
        return {
            name: instance.name,
            location: (0,model/* unknown */.L5)('the cluster is an existing resource'),
            kubernetesVersion: (0,model/* unknown */.L5)('the cluster is an existing resource')
        };
    }
    // the pool's finding stays on the pool: these values carry no span of their own
    return {
        name: instance.name,
        location: withoutSpan(stringOf(get(instance.view, 'location'))),
        kubernetesVersion: withoutSpan(stringOf(get(get(instance.view, 'properties'), 'kubernetesVersion')))
    };
}
function outsideCluster(name) {
    const reason = 'the cluster is not declared in this template';
    return { name, location: (0,model/* unknown */.L5)(reason), kubernetesVersion: (0,model/* unknown */.L5)(reason) };
}
function poolOf(instance, view, cluster, label, kind, resourceName) {
    const span = kind === 'agentPools' || !view ? instance.doc.spanOf(instance.node) : spanOfView(view);
    const { name, label: nameLabel } = named(kind === 'agentPools'
        ? toStringValue(resourceName, spanOfView(get(instance.view, 'name') ?? instance.view), { partial: true })
        : stringOf(get(view, 'name'), { partial: true }));
    const mode = stringOf(get(view, 'mode'));
    const vmSize = stringOf(get(view, 'vmSize'));
    const kubernetesVersion = stringOf(get(view, 'orchestratorVersion'));
    const osType = stringOf(get(view, 'osType'));
    const osSku = stringOf(get(view, 'osSKU'));
    const enableFips = booleanOf(get(view, 'enableFIPS'));
    const clusterName = toStringValue(cluster.name, undefined);
    const declaration = {
        kind: 'pool',
        source: 'arm',
        span,
        resource: `${kind}/${nameLabel}`,
        name: name,
        cluster: clusterName,
        mode,
        vmSize,
        location: cluster.location,
        kubernetesVersion,
        controlPlaneVersion: cluster.kubernetesVersion,
        osType,
        osSku,
        enableFips,
        system: mode.known && mode.value.toLowerCase() === 'system'
    };
    if (label)
        declaration.instance = label;
    const snapshot = snapshotRefOf(view);
    if (snapshot)
        declaration.snapshot = snapshot;
    const d = instance.scope.deployment;
    const id = joinParts([
        '/subscriptions/',
        d.subscriptionId,
        '/resourceGroups/',
        d.resourceGroupName,
        '/providers/Microsoft.ContainerService/managedClusters/',
        cluster.name,
        '/agentPools/',
        name.known ? name.value : new Unk('pool name not known')
    ]);
    // what a snapshot of this pool freezes; AKS defaults for what is not stated
    const frozen = {};
    const version = kubernetesVersion.known ? kubernetesVersion : cluster.kubernetesVersion;
    if (version.known)
        frozen.kubernetesVersion = version.value;
    if (vmSize.known)
        frozen.vmSize = vmSize.value;
    if (osType.known)
        frozen.osType = osType.value;
    else if (notStated(osType))
        frozen.osType = 'Linux';
    if (osSku.known)
        frozen.osSku = osSku.value;
    if (enableFips.known)
        frozen.enableFips = enableFips.value;
    else if (notStated(enableFips))
        frozen.enableFips = false;
    return { declaration, id, frozen };
}
function snapshotRefOf(view) {
    const creation = get(view, 'creationData');
    if (!creation)
        return undefined;
    const source = get(creation, 'sourceResourceId');
    if (source)
        return { id: stringOf(source, { partial: true, keepNull: true }) };
    const value = view_valueOf(creation);
    if (value instanceof Unk || value instanceof PStr)
        return { id: (0,model/* unknown */.L5)(value.reason, spanOfView(creation)) };
    // `creationData: {}` or `null`: a reference known to be empty
    return { id: (0,model/* known */.eO)(null, spanOfView(creation)) };
}
function snapshotOf(instance, pools) {
    const { name, label: nameLabel } = named(toStringValue(instance.name, spanOfView(get(instance.view, 'name') ?? instance.view), { partial: true }));
    const d = instance.scope.deployment;
    const id = toStringValue(joinParts([
        '/subscriptions/',
        d.subscriptionId,
        '/resourceGroups/',
        d.resourceGroupName,
        '/providers/Microsoft.ContainerService/snapshots/',
        instance.name
    ]), undefined, { partial: true });
    const location = stringOf(get(instance.view, 'location'));
    const sourceResourceId = stringOf(get(get(get(instance.view, 'properties'), 'creationData'), 'sourceResourceId'), { partial: true });
    const declaration = {
        kind: 'snapshot',
        source: 'arm',
        span: instance.doc.spanOf(instance.node),
        resource: `snapshots/${nameLabel}`,
        name,
        id,
        location,
        sourceResourceId,
        sourceLocation: (0,model/* unknown */.L5)('the source pool is not declared in this template')
    };
    if (instance.instance)
        declaration.instance = instance.instance;
    const sourceId = sourceResourceId.known ? sourceResourceId.value : undefined;
    const source = sourceId === undefined ? undefined : pools.find((p) => sameResource(p.id, sourceId));
    if (source && sourceId !== undefined) {
        declaration.sourceLocation = source.declaration.location;
        const properties = { ...source.frozen };
        if (id.known)
            properties.id = id.value;
        if (name.known)
            properties.name = name.value;
        if (location.known)
            properties.location = location.value;
        properties.sourceResourceId = sourceId;
        declaration.properties = properties;
    }
    return declaration;
}
/** `metadata: { "aks-snapshot-ignore": { "<rule>": "<reason>" } }` on a resource. */
function suppressionsOf(instances) {
    const out = [];
    const seen = new Set();
    for (const instance of instances) {
        const key = `${instance.doc.file}:${instance.node.offset}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const ignore = get(get(instance.view, 'metadata'), 'aks-snapshot-ignore');
        if (!ignore)
            continue;
        const span = instance.doc.spanOf(instance.node);
        for (const rule of keys(ignore)) {
            const entry = get(ignore, rule);
            const reason = view_valueOf(entry);
            out.push({
                scope: 'resource',
                rules: [rule],
                reason: typeof reason === 'string' ? reason.trim() : '',
                span,
                ...(entry ? { at: spanOfView(entry) } : {})
            });
        }
    }
    return out;
}
/**
 * A name as a declaration value (unknown when partly unknown: rules compare
 * names whole) and as a label for messages, where `aks-{?}` says more than `?`.
 */
function named(value) {
    const label = value.known && value.value ? value.value : '?';
    if (value.known && value.partial) {
        return { name: (0,model/* unknown */.L5)('the name is only partly known', value.span), label };
    }
    return { name: value, label };
}
function joinInstance(...labels) {
    return labels.filter(Boolean).join(' > ') || undefined;
}
function withoutSpan(value) {
    if (!value.span)
        return value;
    const { span: _span, ...rest } = value;
    return rest;
}
function notStated(value) {
    return !value.known && value.reason === model/* NOT_STATED */.qg;
}
/** `cluster/pool` → [cluster, pool], unknown parts kept unknown. */
function splitName(name) {
    if (typeof name === 'string') {
        const parts = name.split('/');
        return parts.length === 2 ? [parts[0], parts[1]] : [new Unk(`agent pool name '${name}' is not 'cluster/pool'`), name];
    }
    if (name instanceof PStr) {
        const parts = name.text.split('/');
        if (parts.length !== 2)
            return [new Unk(name.reason), new Unk(name.reason)];
        const part = (p) => (p === model/* UNKNOWN_PART */.DQ ? new Unk(name.reason) : p.includes(model/* UNKNOWN_PART */.DQ) ? new PStr(p, name.reason) : p);
        return [part(parts[0]), part(parts[1])];
    }
    const reason = name instanceof Unk ? name.reason : 'agent pool name not known';
    return [new Unk(reason), new Unk(reason)];
}
function sameName(a, b) {
    return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
/**
 * Whether two ids (possibly with unknown parts) name the same resource: the
 * provider path must be fully known and equal; the subscription and resource
 * group equal or unknown on either side. Within one template an unknown
 * subscription is the deployment's on both sides.
 */
function sameResource(a, b) {
    const text = typeof a === 'string' ? a : a instanceof PStr ? a.text : undefined;
    if (text === undefined)
        return false;
    const x = splitId(text);
    const y = splitId(b);
    if (!x || !y || x.provider.includes(model/* UNKNOWN_PART */.DQ) || x.provider !== y.provider)
        return false;
    const part = (p, q) => p === q || p === model/* UNKNOWN_PART */.DQ || q === model/* UNKNOWN_PART */.DQ;
    return part(x.subscription, y.subscription) && part(x.group, y.group);
}
function splitId(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)(\/providers\/.+?)\/?$/i.exec(id.trim());
    if (!match)
        return undefined;
    return { subscription: match[1].toLowerCase(), group: match[2].toLowerCase(), provider: match[3].toLowerCase() };
}

;// CONCATENATED MODULE: ./src/readers/arm/index.ts





const SCHEMA = /"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)/i;
/** ARM JSON templates and parameters files. */
const reader = {
    kind: 'arm',
    accepts(file) {
        return /\.jsonc?$/i.test(file.path) && SCHEMA.test(file.text.slice(0, 4096));
    },
    read: readArm
};
/** Text a template must contain to declare anything we read (or a metadata suppression to check). */
const RELEVANT = /containerservice|templatelink|aks-snapshot-ignore/i;
async function readArm(file, context) {
    // Most templates in a repository deploy other things: only their syntax matters, and the
    // native parser checks plain JSON ten times faster than building a tree with positions.
    if (!RELEVANT.test(file.text) && (0,json/* nestingBeyond */.cK)(file.text, json/* MAX_NESTING */.M1) === undefined && isPlainJson(file.text)) {
        return { declarations: [], problems: [] };
    }
    const doc = (0,json/* parseJson */.qF)(file.path, file.text);
    if (!doc.root || doc.problems.length)
        return { declarations: [], problems: doc.problems.slice(0, 1) };
    if (doc.root.type !== 'object') {
        return { declarations: [], problems: [{ message: 'an ARM template must be a JSON object', span: doc.spanOf(doc.root) }] };
    }
    // a parameters file declares nothing; it is read with its template
    if (/deploymentParameters/i.test((0,json/* stringValue */.r$)((0,json/* child */.jf)(doc.root, '$schema')) ?? ''))
        return { declarations: [], problems: [] };
    const declarations = [];
    const suppressions = new Map();
    for (const set of await parameterSetsFor(file.path, context)) {
        const scope = Scope.forTemplate(doc.root, set.values, UNKNOWN_DEPLOYMENT);
        const walk = { context, instances: [], chain: [] };
        await walkTemplate(walk, doc, doc.root, scope, set.label);
        const built = buildDeclarations(walk.instances);
        declarations.push(...built.declarations);
        // the same metadata is read once per parameters file: keep one of each
        for (const d of built.suppressions)
            suppressions.set(`${d.span.line}:${d.span.column}:${d.rules.join(',')}`, d);
    }
    return { declarations, problems: [], suppressions: [...suppressions.values()] };
}
/**
 * The parameter values a template is deployed with: those of its parameters
 * file (see parametersFor), and when the folder also holds per-environment
 * files named after the template (`azuredeploy.parameters.prod.json`,
 * `main.prod.parameters.json`), the template is read once with each, its
 * declarations naming the file (`with azuredeploy.parameters.prod.json`).
 */
async function parameterSetsFor(templatePath, context) {
    const dir = external_node_path_.posix.dirname(templatePath);
    const base = external_node_path_.posix.basename(templatePath).replace(/\.jsonc?$/i, '');
    const plain = await parametersFor(templatePath, context);
    if (/\.parameters$/i.test(base))
        return [{ values: plain }];
    let entries;
    try {
        entries = await context.listDir(dir);
    }
    catch {
        entries = [];
    }
    const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const perEnvironment = new RegExp(`^${escaped}\\.(parameters\\.[^/]+|[^/.]+\\.parameters)\\.jsonc?$`, 'i');
    const names = new Set(entries.map((e) => external_node_path_.posix.basename(e).toLowerCase()));
    // `main.aks.parameters.json` belongs to a template `main.aks.json` when there is one
    const ownTemplate = (name) => /^(.*)\.parameters\.jsonc?$/i.exec(name)?.[1]?.toLowerCase();
    const variants = entries
        .map((e) => external_node_path_.posix.basename(e))
        .filter((name) => perEnvironment.test(name) && !['.json', '.jsonc'].some((x) => names.has(`${ownTemplate(name)}${x}`)));
    if (!variants.length)
        return [{ values: plain }];
    const sets = [];
    const conventional = [`${base}.parameters.json`, `${base}.parameters.jsonc`];
    const named = entries.map((e) => external_node_path_.posix.basename(e)).find((name) => conventional.some((c) => c.toLowerCase() === name.toLowerCase()));
    const namedValues = named ? await parametersFile(dir === '.' ? named : `${dir}/${named}`, context) : undefined;
    if (named && namedValues)
        sets.push({ label: `with ${named}`, values: namedValues });
    for (const name of variants.sort()) {
        const values = await parametersFile(dir === '.' ? name : `${dir}/${name}`, context);
        if (values)
            sets.push({ label: `with ${name}`, values });
    }
    return sets.length ? sets : [{ values: plain }];
}
/**
 * Parameter values from the parameters file next to a template, by the usual
 * conventions: `azuredeploy.json` → `azuredeploy.parameters.json`,
 * `main.json` → `main.parameters.json` (also what a compiled `.bicepparam` gives),
 * the portal's export `template.json` → `parameters.json`.
 */
async function parametersFor(templatePath, context) {
    const dir = external_node_path_.posix.dirname(templatePath);
    const base = external_node_path_.posix.basename(templatePath).replace(/\.jsonc?$/i, '');
    if (/\.parameters$/i.test(base))
        return new Map();
    const candidates = [`${base}.parameters.json`, `${base}.parameters.jsonc`];
    // the portal's "Export template" gives template.json with parameters.json
    if (base.toLowerCase() === 'template')
        candidates.push('parameters.json');
    for (const candidate of candidates) {
        const candidatePath = dir === '.' ? candidate : `${dir}/${candidate}`;
        let text;
        try {
            text = await context.readFile(candidatePath);
        }
        catch {
            text = undefined;
        }
        if (text === undefined)
            continue;
        return parametersValuesOf(candidatePath, text) ?? new Map(); // a broken file is reported when it is linted itself
    }
    return new Map();
}
/** The values of one parameters file; undefined when it cannot be read or does not parse. */
async function parametersFile(file, context) {
    let text;
    try {
        text = await context.readFile(file);
    }
    catch {
        text = undefined;
    }
    return text === undefined ? undefined : parametersValuesOf(file, text);
}
function parametersValuesOf(file, text) {
    const doc = (0,json/* parseJson */.qF)(file, text.replace(/^\uFEFF/, ''));
    if (!doc.root || doc.problems.length)
        return undefined;
    return parametersFileValues(doc);
}
/** Plain JSON with an object at the root: nothing to report. */
function isPlainJson(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value);
    }
    catch {
        return false;
    }
}


/***/ }),

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
