export const id = 632;
export const ids = [632];
export const modules = {

/***/ 8632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reader: () => (/* binding */ reader)
});

// EXTERNAL MODULE: ./src/readers/index.ts
var readers = __webpack_require__(6300);
;// CONCATENATED MODULE: ./src/readers/cli/cmd.ts
/**
 * Windows `cmd.exe` scripts (Azure Pipelines `script:` steps on Windows
 * agents, `scriptType: batch`, `CmdLine@2`, GitHub `shell: cmd`) read through
 * the shell parser: the few cmd forms that matter for az commands are
 * rewritten, character for character so every offset stays put, into the
 * bash that means the same. `%NAME%` variables are masked before (masks.ts).
 *
 * - `^` at the end of a line continues the command (bash `\`);
 * - `rem ...` and `:: ...` lines are comments;
 * - `call az ...` runs az (az is az.cmd on Windows, hence `call`);
 * - `set NAME=value` and `set "NAME=value"` are assignments; names are uppercased, as cmd's are
 *   case-insensitive (masks.ts looks `%name%` up uppercased too).
 */
function cmdAsShell(text) {
    return (text
        .replace(/\^(?=\r?\n)/g, '\\')
        .replace(/^([ \t]*@?)(rem)(?=[ \t]|\r?$)/gim, (_, lead) => `${lead}#  `)
        .replace(/^([ \t]*)::/gm, (_, lead) => `${lead}# `)
        .replace(/(^|[&|(][ \t]*|^[ \t]*@)call(?=[ \t]+\S)/gim, (_, lead) => `${lead}    `)
        // `set "NAME=value"` (quotes around the whole pair) → `    NAME="value"`: the opening quote moves after `=`.
        .replace(/(^|[&|(][ \t]*)set([ \t]+)"([A-Za-z_]\w*)=([^"\r\n]*)"/gim, (_, lead, gap, name, value) => `${lead}${' '.repeat(3 + gap.length)}${name.toUpperCase()}="${value}"`)
        .replace(/(^|[&|(][ \t]*)set([ \t]+)([A-Za-z_]\w*)=/gim, (_, lead, gap, name) => `${lead}${' '.repeat(3 + gap.length)}${name.toUpperCase()}=`));
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/policy/catalog.ts
var catalog = __webpack_require__(6333);
;// CONCATENATED MODULE: ./src/readers/cli/az.ts
const SHORT = {
    g: 'resource-group',
    n: 'name',
    l: 'location',
    k: 'kubernetes-version',
    s: 'node-vm-size',
    c: 'node-count',
    o: 'output',
    y: 'yes',
    h: 'help'
};
/** Flags that take no value; other `--enable-*`/`--disable-*` flags are switches too. */
const SWITCHES = new Set([
    'node-image-only',
    'control-plane-only',
    'enable-fips-image',
    'yes',
    'no-wait',
    'generate-ssh-keys',
    'no-ssh-key',
    'debug',
    'verbose',
    'only-show-errors',
    'help',
    'aks-custom-headers-none'
]);
const VALUED_ENABLES = new Set(['enable-addons']);
function isSwitch(flag) {
    if (SWITCHES.has(flag))
        return true;
    return /^(enable|disable)-/.test(flag) && !VALUED_ENABLES.has(flag);
}
/** The literal text of a word when it has no expansion at all. */
function literal(word) {
    if (!word)
        return undefined;
    let out = '';
    for (const p of word.parts) {
        if (p.kind === 'text')
            out += p.text;
        else if (p.kind === 'value' && p.value.known && !p.value.partial)
            out += p.value.value;
        else
            return undefined;
    }
    return out;
}
/** Reads `az <group...> <command> --flags` from a command's words (the first being `az`). */
function parseAz(words) {
    const az = words[0];
    if (!az || literal(az)?.toLowerCase() !== 'az')
        return undefined;
    const path = [];
    let i = 1;
    for (; i < words.length; i++) {
        const text = literal(words[i]);
        if (text === undefined || text.startsWith('-'))
            break;
        path.push(text.toLowerCase());
    }
    const args = [];
    let opaque;
    const from = (w) => w.at ?? w;
    for (; i < words.length; i++) {
        const word = words[i];
        const text = literal(word) ?? firstText(word);
        if (!text?.startsWith('-')) {
            if (!opaque && text === undefined && word.parts.every((p) => p.kind !== 'text'))
                opaque = word;
            continue;
        }
        const long = /^--([\w-]+)(=?)/.exec(text);
        const short = /^-([A-Za-z])$/.exec(text);
        const flag = long ? long[1].toLowerCase() : short ? (SHORT[short[1]] ?? short[1]) : undefined;
        if (!flag)
            continue;
        if (long?.[2]) {
            args.push({ flag, value: after(word, long[0].length), start: from(word).start, end: from(word).end });
            continue;
        }
        const next = words[i + 1];
        const nextText = next ? firstText(next) : undefined;
        if (isSwitch(flag) || !next || (nextText !== undefined && /^--?[A-Za-z]/.test(nextText) && next.parts[0]?.kind === 'text')) {
            args.push({ flag, start: from(word).start, end: from(word).end });
            continue;
        }
        args.push({ flag, value: next, start: from(word).start, end: from(next).end });
        i++;
    }
    return { path: path.join(' '), az, args, ...(opaque ? { opaque } : {}), start: az.start, end: words[words.length - 1].end };
}
function firstText(word) {
    const p = word.parts[0];
    if (p?.kind === 'value' && p.value.known)
        return p.value.value;
    return p?.kind === 'text' ? p.text : undefined;
}
/** The rest of a word after its first `length` characters (which are plain text): the value of `--flag=value`. */
function after(word, length) {
    const [head, ...rest] = word.parts;
    const text = head.kind === 'text' ? head.text : head.kind === 'value' && head.value.known ? head.value.value : '';
    const start = head.start + length;
    const parts = [];
    if (text.length > length)
        parts.push({ kind: 'text', text: text.slice(length), start, end: head.end });
    parts.push(...rest);
    return { parts, start, end: word.end, ...(word.at ? { at: word.at } : {}) };
}
function arg(cmd, ...flags) {
    for (let i = cmd.args.length - 1; i >= 0; i--)
        if (flags.includes(cmd.args[i].flag))
            return cmd.args[i];
    return undefined;
}

;// CONCATENATED MODULE: ./src/readers/cli/ids.ts

const seg = (s) => (s === undefined || s === '' ? model/* UNKNOWN_PART */.DQ : s);
function clusterId(sub, rg, cluster) {
    return `/subscriptions/${seg(sub)}/resourceGroups/${seg(rg)}/providers/Microsoft.ContainerService/managedClusters/${seg(cluster)}`;
}
function poolId(sub, rg, cluster, pool) {
    return `${clusterId(sub, rg, cluster)}/agentPools/${seg(pool)}`;
}
function snapshotId(sub, rg, name) {
    return `/subscriptions/${seg(sub)}/resourceGroups/${seg(rg)}/providers/Microsoft.ContainerService/snapshots/${seg(name)}`;
}
/** Reads the names out of a pool or snapshot id written in full; unknown parts stay undefined. */
function parseId(id) {
    const known = (s) => (s.includes(model/* UNKNOWN_PART */.DQ) ? undefined : s);
    const pool = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/managedclusters\/([^/]+)\/agentpools\/([^/]+)\/?$/i.exec(id);
    if (pool)
        return { type: 'pool', rg: known(pool[1]), cluster: known(pool[2]), name: known(pool[3]) };
    const snap = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/snapshots\/([^/]+)\/?$/i.exec(id);
    if (snap)
        return { type: 'snapshot', rg: known(snap[1]), name: known(snap[2]) };
    const cluster = /\/resourcegroups\/([^/]+)\/providers\/microsoft\.containerservice\/managedclusters\/([^/]+)\/?$/i.exec(id);
    if (cluster)
        return { type: 'cluster', rg: known(cluster[1]), name: known(cluster[2]) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/readers/cli/interpret.ts




/** A loop over more words than this runs once with its variable unknown. */
const MAX_LOOP_PASSES = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Runs the statements of one file's scripts in order, the way the shell
 * would as far as `az` is concerned: variables, `$(az ... show --query id)`,
 * and what earlier commands created (groups and their regions, clusters and
 * their versions, pools, snapshots), and turns `az` commands into
 * declarations.
 */
class Interpreter {
    catalog;
    declarations = [];
    groups = new Map();
    /** The subscription `az account set --subscription <id>` made the default for the commands after it. */
    defaultSubscription;
    clusters = new Map();
    pools = new Map();
    snapshots = new Map();
    previewUses = [];
    previewNodePoolSnapshots = false;
    env = new Map();
    script;
    cache = new WeakMap();
    /** The loop passes being run (`$pool=web`), given to the declarations they make. */
    instance;
    substitutions = new WeakMap();
    constructor(catalog) {
        this.catalog = catalog;
    }
    /** Runs one script. `keepEnv`: variables carry over from the previous script (the fences of one Markdown file). */
    run(script, stmts, keepEnv) {
        this.script = script;
        if (!keepEnv)
            this.env = new Map();
        for (const [name, value] of script.env ?? [])
            if (!this.env.has(name))
                this.env.set(name, { value, uses: [] });
        for (const stmt of stmts)
            this.statement(stmt);
    }
    /** The declarations in file order, with the preview `az aks snapshot show/list/delete` that turned out to be node pool ones. */
    finish() {
        for (const use of this.previewUses)
            if (use.fed || this.previewNodePoolSnapshots)
                this.declarations.push(use.declaration);
        return this.declarations.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
    }
    statement(stmt) {
        if (stmt.kind === 'assign') {
            this.assign(stmt);
            return undefined;
        }
        if (stmt.kind === 'loop') {
            this.loop(stmt);
            return undefined;
        }
        const az = parseAz(this.splice(stmt.words));
        if (az)
            return this.az(az);
        if (stmt.words.length > 1 && /^(source|\.)$/.test(this.raw(stmt.words[0]))) {
            // `source ./env.sh`, `. ./vars.ps1`: the file may set any variable, so what the script set before is no longer known.
            const file = this.raw(stmt.words[1]);
            for (const name of [...this.env.keys()])
                this.env.set(name, { value: (0,model/* unknown */.L5)(`$${name} may be set by ${file}`), uses: [] });
            this.cache = new WeakMap();
        }
        // Other commands still run their substitutions (`echo "$(az aks nodepool snapshot create ...)"`).
        for (const word of stmt.words)
            this.evaluate(word);
        return undefined;
    }
    assign(stmt) {
        const before = this.env.get(stmt.name);
        if (stmt.array) {
            const elements = stmt.array.map((w) => frozen(w, this.evaluate(w).value));
            const array = stmt.append && before?.array ? [...before.array, ...elements] : elements;
            this.env.set(stmt.name, { value: (0,model/* unknown */.L5)(`$${stmt.name} is an array`), uses: [], array });
            return;
        }
        const e = stmt.value ? this.evaluate(stmt.value) : { value: (0,model/* known */.eO)(''), uses: [] };
        if (stmt.append && before) {
            const joined = before.value.known && e.value.known ? (0,model/* known */.eO)(before.value.value + e.value.value) : (0,model/* unknown */.L5)(`$${stmt.name} is appended to`);
            this.env.set(stmt.name, { value: joined, uses: [...before.uses, ...e.uses] });
            return;
        }
        this.env.set(stmt.name, e);
    }
    /**
     * `for pool in web api; do ... done`: over a short list of known words the
     * body runs once per word, its declarations marked as instances of the
     * loop (the engine reports a finding shared by all of them once); over
     * anything else it runs once with the variable unknown.
     */
    loop(stmt) {
        const values = stmt.items ? this.loopValues(stmt.items) : undefined;
        const outer = this.instance;
        if (!values) {
            this.env.set(stmt.name, { value: (0,model/* unknown */.L5)(`loop variable $${stmt.name}`), uses: [] });
            for (const s of stmt.body)
                this.statement(s);
            return;
        }
        for (const value of values) {
            // Each pass sees its own value: earlier passes' evaluations are not reused.
            this.cache = new WeakMap();
            this.substitutions = new WeakMap();
            this.env.set(stmt.name, { value: (0,model/* known */.eO)(value), uses: [] });
            this.instance = `${outer ? outer + ', ' : ''}$${stmt.name}=${value}`;
            for (const s of stmt.body)
                this.statement(s);
        }
        this.instance = outer;
        this.cache = new WeakMap();
        this.substitutions = new WeakMap();
    }
    /** The words a loop walks, when all are known and few (as bash splits them: unquoted values on blanks). */
    loopValues(items) {
        const values = [];
        for (const word of this.splice(items)) {
            const v = this.evaluate(word).value;
            // A glob (`for f in *.sh`) names files the script does not show.
            if (!v.known || v.partial || (!quotedWord(this.raw(word)) && /[*?[]/.test(v.value)))
                return undefined;
            const quoted = quotedWord(this.raw(word)) || word.at !== undefined;
            values.push(...(quoted ? [v.value] : v.value.split(/\s+/).filter(Boolean)));
            if (values.length > MAX_LOOP_PASSES)
                return undefined;
        }
        return values.length ? values : undefined;
    }
    /**
     * `"${OPTS[@]}"` of an array assigned earlier: its elements, pointing at where they are used.
     * In a shell script an unquoted `$COMMON` of known value is split on blanks, as bash does
     * (`COMMON="-g rg --cluster-name c"` gives three flags and values; an empty one gives no word).
     */
    splice(words) {
        return words.flatMap((w) => {
            const part = w.parts.length === 1 ? w.parts[0] : undefined;
            if (part?.kind !== 'var')
                return [w];
            const set = this.env.get(part.name);
            if (part.array)
                return set?.array ? set.array.map((element) => ({ ...element, at: { start: w.start, end: w.end } })) : [w];
            if (this.script.language !== 'shell' || quotedWord(this.raw(w)) || !set?.value.known || set.value.partial)
                return [w];
            const fields = set.value.value.split(/\s+/).filter(Boolean);
            if (fields.length === 1 && fields[0] === set.value.value)
                return [w];
            return fields.map((text) => ({
                parts: [{ kind: 'value', value: (0,model/* known */.eO)(text), start: w.start, end: w.end }],
                start: w.start,
                end: w.end,
                at: { start: w.start, end: w.end }
            }));
        });
    }
    // ---- values ----
    span(start, end) {
        return this.script.span(start, end);
    }
    raw(word) {
        return this.script.text.slice(word.start, word.end);
    }
    evaluate(word, partial = false) {
        const cached = this.cache.get(word);
        if (cached && !partial)
            return cached;
        const evals = word.parts.map((p) => this.part(p));
        const uses = evals.flatMap((e) => e.uses);
        let result;
        if (evals.length === 1)
            result = evals[0];
        else if (!evals.length)
            result = { value: (0,model/* known */.eO)(''), uses };
        else if (evals.every((e) => e.value.known)) {
            const text = evals.map((e) => e.value.value).join('');
            const isPartial = evals.some((e) => e.value.known && e.value.partial);
            result = { value: isPartial ? { known: true, value: text, partial: true } : (0,model/* known */.eO)(text), uses };
        }
        else if (partial && evals.some((e) => e.value.known && e.value.value !== '')) {
            const text = evals.map((e) => (e.value.known ? e.value.value : model/* UNKNOWN_PART */.DQ)).join('');
            result = { value: { known: true, value: text, partial: true }, uses };
        }
        else {
            result = { value: evals.find((e) => !e.value.known).value, uses };
        }
        if (!partial)
            this.cache.set(word, result);
        return result;
    }
    part(part) {
        switch (part.kind) {
            case 'text':
                return { value: (0,model/* known */.eO)(part.text), uses: [] };
            case 'value':
                return { value: stripSpan(part.value), uses: [] };
            case 'var': {
                const set = this.env.get(part.name);
                if (set)
                    return set;
                if (part.fallback)
                    return this.evaluate(part.fallback);
                return { value: (0,model/* unknown */.L5)(`${this.script.text.slice(part.start, part.end)} is set outside the script`), uses: [] };
            }
            case 'subst': {
                // A substitution runs once, however often its value is asked for.
                let result = this.substitutions.get(part);
                if (!result)
                    this.substitutions.set(part, (result = this.substitute(part.body, this.script.text.slice(part.start, part.end))));
                return result;
            }
        }
    }
    /** `$(...)`: its commands run (and declare what they create); its value is what the last one prints. */
    substitute(body, text) {
        const before = this.previewUses.length;
        let last;
        for (const stmt of body)
            last = this.statement(stmt);
        const uses = this.previewUses.slice(before);
        const reason = `the output of ${text.length > 60 ? text.slice(0, 57) + '...)' : text}`;
        return last && last.value.known ? { ...last, uses } : { value: last?.value ?? (0,model/* unknown */.L5)(reason), ref: last?.ref, uses };
    }
    /** A flag's value as a declaration field: the span covers the flag and its value. */
    field(cmd, flags, partial = false) {
        const a = arg(cmd, ...flags);
        if (!a)
            return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
        return this.argValue(a, partial).value;
    }
    /** A name flag's value as a declaration field; an unknown one keeps the text as written, so messages can name it (`"$pool"`). */
    nameField(cmd, flags) {
        const value = this.field(cmd, flags);
        const a = arg(cmd, ...flags);
        if (value.known || !a?.value)
            return value;
        const raw = this.raw(a.value).trim();
        if (!raw)
            return value;
        return { ...value, text: raw.length > 60 ? raw.slice(0, 57) + '...' : raw };
    }
    argValue(a, partial = false) {
        const span = this.span(a.start, a.end);
        if (!a.value)
            return { value: (0,model/* known */.eO)('', span), uses: [] };
        const e = this.evaluate(a.value, partial);
        return { ...e, value: { ...e.value, span } };
    }
    switchValue(cmd, flag) {
        const a = arg(cmd, flag);
        if (!a)
            return (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
        if (!a.value)
            return (0,model/* known */.eO)(true, this.span(a.start, a.end));
        const v = this.evaluate(a.value).value;
        return v.known ? (0,model/* known */.eO)(!/^(false|0|no)$/i.test(v.value), this.span(a.start, a.end)) : { ...v, span: this.span(a.start, a.end) };
    }
    /** A name usable as a key: the known value, else the text as written (`$RG` is the same resource group each time). */
    key(cmd, ...flags) {
        const a = arg(cmd, ...flags);
        if (!a?.value)
            return '?';
        const v = this.evaluate(a.value).value;
        if (v.known && !v.partial)
            return v.value.toLowerCase();
        return ('?' +
            this.raw(a.value)
                .replace(/["']/g, '')
                .replace(/\$\{(\w+)\}/g, '$$$1'));
    }
    segment(cmd, ...flags) {
        const a = arg(cmd, ...flags);
        if (!a?.value)
            return undefined;
        const v = this.evaluate(a.value).value;
        return v.known && !v.partial && v.value ? v.value : undefined;
    }
    subscription(cmd) {
        if (!arg(cmd, 'subscription'))
            return this.defaultSubscription;
        const sub = this.segment(cmd, 'subscription');
        // `--subscription` may be a name; an id holds the GUID.
        return sub && GUID.test(sub) ? sub : undefined;
    }
    label(cmd, ...flags) {
        const a = arg(cmd, ...flags);
        if (!a?.value)
            return '?';
        const v = this.evaluate(a.value).value;
        return v.known && !v.partial && v.value ? v.value : this.raw(a.value) || '?';
    }
    // ---- commands ----
    az(cmd) {
        // `az aks nodepool add --help` prints the command's help (READMEs point at it): it creates nothing.
        if (arg(cmd, 'help'))
            return undefined;
        this.header(cmd);
        switch (cmd.path) {
            case 'account set': {
                // `-s` is --subscription here (the reader's table maps it to --node-vm-size, as on the aks commands).
                const a = arg(cmd, 'subscription', 'node-vm-size');
                const v = a?.value ? this.evaluate(a.value).value : undefined;
                // A name or an unknown value leaves the default subscription unknown from here on.
                this.defaultSubscription = v?.known && !v.partial && GUID.test(v.value.trim()) ? v.value.trim() : undefined;
                return undefined;
            }
            case 'group create': {
                const location = this.segment(cmd, 'location');
                if (location)
                    this.groups.set(this.key(cmd, 'name', 'resource-group'), location);
                return undefined;
            }
            case 'aks create':
                return this.createCluster(cmd);
            case 'aks cluster create':
                this.deprecated(cmd, 'az aks cluster create', 'not an az command (it never existed)', 'az aks create');
                // Same flags and intent as `az aks create`: its pool is checked as the fixed command would create it.
                return this.createCluster(cmd);
            case 'aks nodepool add':
                this.addPool(cmd);
                return this.output(cmd);
            case 'aks nodepool upgrade':
                this.upgradePool(cmd);
                return undefined;
            case 'aks upgrade':
                this.upgradeCluster(cmd);
                return undefined;
            case 'aks nodepool snapshot create':
                return this.takeSnapshot(cmd);
            case 'aks snapshot create':
                if (!arg(cmd, 'nodepool-id'))
                    return undefined; // a managed cluster snapshot (current aks-preview)
                this.previewNodePoolSnapshots = true;
                this.deprecated(cmd, 'az aks snapshot create --nodepool-id', 'the preview-era node pool snapshot command', 'az aks nodepool snapshot create');
                return this.takeSnapshot(cmd);
            case 'aks snapshot show':
            case 'aks snapshot list':
            case 'aks snapshot delete': {
                const verb = cmd.path.split(' ')[2];
                const use = {
                    declaration: this.command(cmd, `az aks snapshot ${verb}`, 'the preview-era node pool snapshot command', `az aks nodepool snapshot ${verb}`),
                    fed: false
                };
                this.previewUses.push(use);
                const out = this.output(cmd);
                return out && { ...out, uses: [use] };
            }
            case 'feature register':
            case 'feature registration create':
                this.featureRegistration(cmd);
                return undefined;
            default:
                return this.output(cmd);
        }
    }
    declare(decl) {
        this.declarations.push(this.instance ? { ...decl, instance: this.instance } : decl);
    }
    command(cmd, command, what, replacement, span) {
        return {
            ...(this.instance ? { instance: this.instance } : {}),
            kind: 'command',
            source: 'cli',
            span: span ?? this.span(cmd.az.start, cmd.az.end),
            resource: command,
            command,
            deprecation: { what, replacement }
        };
    }
    deprecated(cmd, command, what, replacement, span) {
        this.declare(this.command(cmd, command, what, replacement, span));
    }
    featureRegistration(cmd) {
        const name = this.segment(cmd, 'name');
        const namespace = this.segment(cmd, 'namespace');
        if (!name || !/^(microsoft\.containerservice\/)?snapshotpreview$/i.test(name))
            return;
        if (namespace && namespace.toLowerCase() !== 'microsoft.containerservice')
            return;
        this.deprecated(cmd, `az ${cmd.path} --name SnapshotPreview`, 'a preview-era feature registration that node pool snapshots no longer need', 'the GA az aks nodepool snapshot commands, which need no feature');
    }
    /** `--aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview` on any command. */
    header(cmd) {
        for (const a of cmd.args) {
            if (a.flag !== 'aks-custom-headers' || !a.value)
                continue;
            const v = this.evaluate(a.value).value;
            if (!v.known || !/snapshotpreview/i.test(v.value))
                continue;
            this.deprecated(cmd, '--aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/SnapshotPreview', 'the preview-era header of node pool snapshots, which they no longer need', `az ${cmd.path} without that header`, this.span(a.start, a.end));
        }
    }
    /** What a command prints with `--query id` (or `--query location`). */
    output(cmd) {
        const query = this.segment(cmd, 'query')?.replace(/^\[?\s*|\s*\]?$/g, '');
        const sub = this.subscription(cmd);
        const rg = this.segment(cmd, 'resource-group');
        const partialId = (id, ref) => ({
            value: id.includes(model/* UNKNOWN_PART */.DQ) ? { known: true, value: id, partial: true } : (0,model/* known */.eO)(id),
            ref,
            uses: []
        });
        const q = query?.toLowerCase();
        const cmdText = `az ${cmd.path}`;
        switch (cmd.path) {
            case 'aks nodepool show':
            case 'aks nodepool add': {
                if (q !== 'id')
                    break;
                const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`;
                return partialId(poolId(sub, rg, this.segment(cmd, 'cluster-name'), this.segment(cmd, 'name', 'nodepool-name')), {
                    type: 'pool',
                    key: `${clusterKey}/${this.key(cmd, 'name', 'nodepool-name')}`,
                    clusterKey
                });
            }
            case 'aks show':
            case 'aks create': {
                const key = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`;
                if (q === 'id')
                    return partialId(clusterId(sub, rg, this.segment(cmd, 'name')), { type: 'cluster', key });
                const state = this.clusters.get(key);
                if (q === 'location' && state?.location)
                    return { value: (0,model/* known */.eO)(state.location), uses: [] };
                if (q === 'kubernetesversion' && state?.controlPlaneVersion)
                    return { value: (0,model/* known */.eO)(state.controlPlaneVersion), uses: [] };
                break;
            }
            case 'aks nodepool snapshot show':
            case 'aks nodepool snapshot create':
            case 'aks snapshot show':
            case 'aks snapshot create': {
                if (q !== 'id')
                    break;
                // `show --ids <snapshot id>` prints the id it was given.
                const ids = arg(cmd, 'ids');
                const given = ids?.value ? this.evaluate(ids.value, true).value : undefined;
                const parsed = given?.known ? parseId(given.value.trim()) : undefined;
                if (given?.known && parsed?.type === 'snapshot')
                    return partialId(given.value.trim(), parsed.rg && parsed.name ? { type: 'snapshot', key: `${parsed.rg.toLowerCase()}/${parsed.name.toLowerCase()}` } : undefined);
                return partialId(snapshotId(sub, rg, this.segment(cmd, 'name')), {
                    type: 'snapshot',
                    key: `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`
                });
            }
            case 'group show': {
                const region = this.groups.get(this.key(cmd, 'name', 'resource-group'));
                if (q === 'location' && region)
                    return { value: (0,model/* known */.eO)(region), uses: [] };
                break;
            }
        }
        return { value: (0,model/* unknown */.L5)(`the output of ${cmdText}`), uses: [] };
    }
    /** The `--snapshot-id` of a pool or upgrade, and what is known of that snapshot. */
    snapshotRef(cmd) {
        const a = arg(cmd, 'snapshot-id');
        if (!a && cmd.opaque) {
            // Arguments we cannot see may hold --snapshot-id: an unknown reference, which counts as present.
            const text = this.raw(cmd.opaque);
            return { ref: { id: (0,model/* unknown */.L5)(`the arguments ${text} are not known`, this.span(cmd.opaque.start, cmd.opaque.end)) } };
        }
        if (!a)
            return {};
        const e = this.argValue(a, true);
        for (const use of e.uses)
            use.fed = true;
        let declared;
        if (e.ref?.type === 'snapshot')
            declared = this.snapshots.get(e.ref.key)?.properties;
        else if (e.value.known && e.value.value) {
            const parsed = parseId(e.value.value);
            if (parsed?.type === 'snapshot' && parsed.rg && parsed.name)
                declared = this.snapshots.get(`${parsed.rg.toLowerCase()}/${parsed.name.toLowerCase()}`)?.properties;
        }
        const value = e.value;
        const ref = declared ? { id: value, resolved: declared } : { id: value };
        let properties = declared;
        if (!properties && this.catalog && e.value.known && !e.value.partial && e.value.value)
            properties = (0,catalog/* findSnapshot */.Cb)(this.catalog, e.value.value);
        return { ref, properties, declared };
    }
    createCluster(cmd) {
        const rgKey = this.key(cmd, 'resource-group');
        const clusterKey = `${rgKey}/${this.key(cmd, 'name')}`;
        const poolArg = arg(cmd, 'nodepool-name');
        const name = poolArg ? this.nameField(cmd, ['nodepool-name']) : (0,model/* known */.eO)('nodepool1');
        const region = this.groups.get(rgKey);
        const location = arg(cmd, 'location') ? this.field(cmd, ['location']) : region ? (0,model/* known */.eO)(region) : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg);
        const kubernetesVersion = this.field(cmd, ['kubernetes-version']);
        const { ref, properties } = this.snapshotRef(cmd);
        // Without --kubernetes-version the control plane takes the snapshot's version.
        const controlPlaneVersion = arg(cmd, 'kubernetes-version')
            ? kubernetesVersion
            : ref && properties?.kubernetesVersion
                ? (0,model/* known */.eO)(properties.kubernetesVersion)
                : (0,model/* unknown */.L5)(ref ? "the snapshot's version is not known" : model/* NOT_STATED */.qg);
        const decl = {
            kind: 'pool',
            source: 'cli',
            span: this.span(cmd.az.start, cmd.az.end),
            resource: `az ${cmd.path} ${this.label(cmd, 'name')}`,
            name,
            cluster: this.nameField(cmd, ['name']),
            mode: (0,model/* known */.eO)('System'),
            vmSize: this.field(cmd, ['node-vm-size']),
            location,
            kubernetesVersion,
            controlPlaneVersion,
            osType: this.field(cmd, ['os-type']),
            osSku: this.field(cmd, ['os-sku']),
            enableFips: this.switchValue(cmd, 'enable-fips-image'),
            ...(ref ? { snapshot: ref } : {}),
            system: true
        };
        this.declare(decl);
        const cluster = {
            location: knownText(location),
            controlPlaneVersion: knownText(controlPlaneVersion),
            pools: new Set()
        };
        this.clusters.set(clusterKey, cluster);
        this.remember(cluster, clusterKey, `${clusterKey}/${poolArg ? this.key(cmd, 'nodepool-name') : 'nodepool1'}`, decl, properties);
        return this.output(cmd);
    }
    addPool(cmd) {
        const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`;
        const cluster = this.clusters.get(clusterKey);
        const mode = arg(cmd, 'mode') ? this.field(cmd, ['mode']) : (0,model/* known */.eO)('User');
        const { ref, properties } = this.snapshotRef(cmd);
        const decl = {
            kind: 'pool',
            source: 'cli',
            span: this.span(cmd.az.start, cmd.az.end),
            resource: `az aks nodepool add ${this.label(cmd, 'name', 'nodepool-name')}`,
            name: this.nameField(cmd, ['name', 'nodepool-name']),
            cluster: this.nameField(cmd, ['cluster-name']),
            mode,
            vmSize: this.field(cmd, ['node-vm-size']),
            location: cluster?.location ? (0,model/* known */.eO)(cluster.location) : (0,model/* unknown */.L5)("the cluster's region is not known"),
            kubernetesVersion: this.field(cmd, ['kubernetes-version']),
            controlPlaneVersion: cluster?.controlPlaneVersion
                ? (0,model/* known */.eO)(cluster.controlPlaneVersion)
                : (0,model/* unknown */.L5)("the cluster's control plane version is not known"),
            osType: this.field(cmd, ['os-type']),
            osSku: this.field(cmd, ['os-sku']),
            enableFips: this.switchValue(cmd, 'enable-fips-image'),
            ...(ref ? { snapshot: ref } : {}),
            system: mode.known && mode.value.toLowerCase() === 'system'
        };
        this.declare(decl);
        const state = cluster ?? { pools: new Set() };
        if (!cluster)
            this.clusters.set(clusterKey, state);
        this.remember(state, clusterKey, `${clusterKey}/${this.key(cmd, 'name', 'nodepool-name')}`, decl, properties);
    }
    /** Records what a new pool is: what it states, else its snapshot's properties, else the CLI's defaults. */
    remember(cluster, clusterKey, poolKey, decl, snapshot) {
        const fromSnapshot = decl.snapshot !== undefined;
        const stated = (v) => (v.known && !v.partial ? v.value : undefined);
        const state = {
            clusterKey,
            kubernetesVersion: stated(decl.kubernetesVersion) ?? snapshot?.kubernetesVersion,
            nodeImageVersion: snapshot?.nodeImageVersion,
            vmSize: stated(decl.vmSize) ?? snapshot?.vmSize,
            osType: stated(decl.osType) ?? (fromSnapshot ? snapshot?.osType : 'Linux'),
            osSku: stated(decl.osSku) ?? snapshot?.osSku,
            enableFips: stated(decl.enableFips) ?? (fromSnapshot ? snapshot?.enableFips : false)
        };
        this.pools.set(poolKey, state);
        cluster.pools.add(poolKey);
    }
    poolKey(cmd) {
        return `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}/${this.key(cmd, 'name', 'nodepool-name')}`;
    }
    upgradePool(cmd) {
        const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'cluster-name')}`;
        const poolKey = this.poolKey(cmd);
        const pool = this.pools.get(poolKey);
        const cluster = this.clusters.get(clusterKey);
        const { ref, properties } = this.snapshotRef(cmd);
        const nodeImageOnly = arg(cmd, 'node-image-only') !== undefined;
        const kubernetesVersion = this.field(cmd, ['kubernetes-version']);
        const decl = {
            kind: 'upgrade',
            source: 'cli',
            span: this.span(cmd.az.start, cmd.az.end),
            resource: `az aks nodepool upgrade ${this.label(cmd, 'name', 'nodepool-name')}`,
            scope: 'pool',
            name: this.nameField(cmd, ['name', 'nodepool-name']),
            cluster: this.nameField(cmd, ['cluster-name']),
            nodeImageOnly,
            controlPlaneOnly: false,
            kubernetesVersion,
            ...(ref ? { snapshot: ref } : {}),
            currentKubernetesVersion: pool?.kubernetesVersion
                ? (0,model/* known */.eO)(pool.kubernetesVersion)
                : (0,model/* unknown */.L5)("the pool's current version is not known"),
            currentNodeImageVersion: pool?.nodeImageVersion
                ? (0,model/* known */.eO)(pool.nodeImageVersion)
                : (0,model/* unknown */.L5)("the pool's current node image is not known"),
            location: cluster?.location ? (0,model/* known */.eO)(cluster.location) : (0,model/* unknown */.L5)("the cluster's region is not known"),
            controlPlaneVersion: cluster?.controlPlaneVersion
                ? (0,model/* known */.eO)(cluster.controlPlaneVersion)
                : (0,model/* unknown */.L5)("the cluster's control plane version is not known")
        };
        this.declare(decl);
        if (!pool)
            return;
        // After the upgrade the pool runs the snapshot's versions, or the stated one with the latest image.
        if (ref) {
            pool.kubernetesVersion =
                knownText(kubernetesVersion) ?? properties?.kubernetesVersion ?? (nodeImageOnly ? pool.kubernetesVersion : undefined);
            pool.nodeImageVersion = properties?.nodeImageVersion;
        }
        else {
            if (!nodeImageOnly)
                pool.kubernetesVersion = knownText(kubernetesVersion);
            pool.nodeImageVersion = undefined;
        }
    }
    upgradeCluster(cmd) {
        const clusterKey = `${this.key(cmd, 'resource-group')}/${this.key(cmd, 'name')}`;
        const cluster = this.clusters.get(clusterKey);
        const nodeImageOnly = arg(cmd, 'node-image-only') !== undefined;
        const controlPlaneOnly = arg(cmd, 'control-plane-only') !== undefined;
        const kubernetesVersion = this.field(cmd, ['kubernetes-version']);
        const decl = {
            kind: 'upgrade',
            source: 'cli',
            span: this.span(cmd.az.start, cmd.az.end),
            resource: `az aks upgrade ${this.label(cmd, 'name')}`,
            scope: 'cluster',
            name: this.nameField(cmd, ['name']),
            cluster: this.nameField(cmd, ['name']),
            nodeImageOnly,
            controlPlaneOnly,
            kubernetesVersion,
            currentKubernetesVersion: cluster?.controlPlaneVersion
                ? (0,model/* known */.eO)(cluster.controlPlaneVersion)
                : (0,model/* unknown */.L5)("the cluster's current version is not known"),
            currentNodeImageVersion: (0,model/* unknown */.L5)('a cluster upgrade covers several pools'),
            location: cluster?.location ? (0,model/* known */.eO)(cluster.location) : (0,model/* unknown */.L5)("the cluster's region is not known")
        };
        this.declare(decl);
        if (!cluster)
            return;
        const version = knownText(kubernetesVersion);
        if (!nodeImageOnly)
            cluster.controlPlaneVersion = version;
        if (controlPlaneOnly)
            return;
        for (const key of cluster.pools) {
            const pool = this.pools.get(key);
            if (!pool)
                continue;
            if (!nodeImageOnly)
                pool.kubernetesVersion = version;
            pool.nodeImageVersion = undefined;
        }
    }
    takeSnapshot(cmd) {
        const rgKey = this.key(cmd, 'resource-group');
        const sub = this.subscription(cmd);
        const source = arg(cmd, 'nodepool-id');
        const sourceEval = source ? this.argValue(source, true) : undefined;
        let poolKey;
        if (sourceEval?.ref?.type === 'pool')
            poolKey = sourceEval.ref.key;
        else if (sourceEval?.value.known && sourceEval.value.value) {
            const parsed = parseId(sourceEval.value.value);
            if (parsed?.type === 'pool' && parsed.rg && parsed.cluster && parsed.name)
                poolKey = `${parsed.rg}/${parsed.cluster}/${parsed.name}`.toLowerCase();
        }
        const pool = poolKey ? this.pools.get(poolKey) : undefined;
        const cluster = pool ? this.clusters.get(pool.clusterKey) : undefined;
        const region = this.groups.get(rgKey);
        const location = arg(cmd, 'location')
            ? this.field(cmd, ['location'])
            : region
                ? (0,model/* known */.eO)(region)
                : (0,model/* unknown */.L5)("not stated, and the resource group's region is not known");
        const idText = snapshotId(sub, this.segment(cmd, 'resource-group'), this.segment(cmd, 'name'));
        const id = idText.includes(model/* UNKNOWN_PART */.DQ) ? { known: true, value: idText, partial: true } : (0,model/* known */.eO)(idText);
        let properties;
        if (pool) {
            properties = { id: idText };
            const name = this.segment(cmd, 'name');
            if (name)
                properties.name = name;
            const loc = knownText(location);
            if (loc)
                properties.location = loc;
            for (const k of ['kubernetesVersion', 'nodeImageVersion', 'vmSize', 'osType', 'osSku', 'enableFips'])
                if (pool[k] !== undefined)
                    properties[k] = pool[k];
            if (sourceEval?.value.known && !sourceEval.value.partial)
                properties.sourceResourceId = sourceEval.value.value;
        }
        const decl = {
            kind: 'snapshot',
            source: 'cli',
            span: this.span(cmd.az.start, cmd.az.end),
            resource: `az ${cmd.path} ${this.label(cmd, 'name')}`,
            name: this.nameField(cmd, ['name']),
            id,
            location,
            ...(!arg(cmd, 'location') && region ? { locationFromResourceGroup: true } : {}),
            sourceResourceId: source ? sourceEval.value : (0,model/* unknown */.L5)(model/* NOT_STATED */.qg),
            sourceLocation: cluster?.location ? (0,model/* known */.eO)(cluster.location) : (0,model/* unknown */.L5)("the source pool's region is not known"),
            ...(properties ? { properties } : {})
        };
        this.declare(decl);
        this.snapshots.set(`${rgKey}/${this.key(cmd, 'name')}`, { id: idText, properties });
        return this.output(cmd);
    }
}
/** A word replaced by its value at one moment (array elements are expanded when the array is assigned). */
function frozen(word, value) {
    return { parts: [{ kind: 'value', value, start: word.start, end: word.end }], start: word.start, end: word.end };
}
function quotedWord(raw) {
    return /^["']/.test(raw);
}
function knownText(v) {
    return v.known && !v.partial && v.value ? v.value : undefined;
}
function stripSpan(v) {
    if (!v.span)
        return v;
    const { span: _span, ...rest } = v;
    void _span;
    return rest;
}

;// CONCATENATED MODULE: ./src/readers/cli/text-map.ts

/**
 * Maps offsets of an extracted script to offsets of the original file: a
 * sorted list of pieces, each a run of script text copied from one place of
 * the file (one de-indented line of a block scalar, one line of a fence).
 */
class OffsetMap {
    at = [];
    orig = [];
    add(scriptOffset, originalOffset) {
        this.at.push(scriptOffset);
        this.orig.push(originalOffset);
    }
    /** The pieces of another map, whose script starts at `scriptOffset` of this one. */
    append(other, scriptOffset) {
        other.at.forEach((at, i) => this.add(at + scriptOffset, other.orig[i]));
    }
    toOriginal(offset) {
        let lo = 0;
        let hi = this.at.length - 1;
        if (hi < 0)
            return offset;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.at[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return this.orig[lo] + (offset - this.at[lo]);
    }
    /** A span in the original file; an end that falls past a piece is pulled back to the end of the start's line. */
    span(index, start, end) {
        const a = this.toOriginal(start);
        let b = this.toOriginal(Math.max(start, end - 1)) + (end > start ? 1 : 0);
        if (b < a)
            b = a;
        return index.span(a, b);
    }
}

;// CONCATENATED MODULE: ./src/readers/cli/markdown.ts

/**
 * Fenced code blocks of a Markdown file that hold commands, in order.
 * Languages compare case-insensitively; `output`, `json`, `yaml` and any
 * other fence is not a command. An unlabelled fence is read as shell but
 * never reported as a syntax error (it may hold anything).
 */
const SHELL = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'azurecli', 'azurecli-interactive', 'azcli']);
const POWERSHELL = new Set(['azurepowershell', 'azurepowershell-interactive', 'powershell', 'pwsh', 'ps1', 'ps']);
function markdownScripts(text, index) {
    const lines = text.split('\n');
    const out = [];
    let offset = 0;
    let i = 0;
    const starts = [];
    for (const line of lines) {
        starts.push(offset);
        offset += line.length + 1;
    }
    while (i < lines.length) {
        // Fences may sit in a blockquote (`> ```azurecli` in a note): the `>` markers are not part of the script.
        const { quote, rest } = unquote(lines[i]);
        // An HTML comment block (`<!--` ... `-->`) hides what it holds, fences included (commented-out instructions).
        if (/^ {0,3}<!--/.test(rest) && !rest.includes('-->')) {
            let j = i + 1;
            while (j < lines.length && !lines[j].includes('-->'))
                j++;
            i = j + 1;
            continue;
        }
        const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)[^`]*$/.exec(rest.replace(/\r$/, ''));
        if (!open) {
            i++;
            continue;
        }
        const [, indent, fence, info] = open;
        const lang = info.toLowerCase().replace(/^\{?\.?/, '');
        let j = i + 1;
        const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
        while (j < lines.length && !close.test(unquote(lines[j]).rest.replace(/\r$/, '')))
            j++;
        const language = lang === '' || SHELL.has(lang) ? 'shell' : POWERSHELL.has(lang) ? 'powershell' : undefined;
        if (language)
            out.push(fenceScript(lines, starts, i + 1, j, indent.length, quote > 0, lang, language, index));
        i = j + 1;
    }
    return out;
}
/** The blockquote markers at the start of a line (`> `, `> > `), and the rest. */
function unquote(line) {
    const m = /^(?: {0,3}>[ ]?)+/.exec(line);
    return m ? { quote: m[0].length, rest: line.slice(m[0].length) } : { quote: 0, rest: line };
}
/** A terminal prompt before a command: `$ az ...`, `user@host:~/src$ az ...`. */
const SHELL_PROMPT = /^(?:[\w.-]+@[\w.-]+(?::[^\s$]*)?)?\$ \S/;
function fenceScript(lines, starts, from, to, indent, quoted, lang, language, index) {
    const map = new OffsetMap();
    let body = '';
    let continuing = false;
    // A shell fence written like a terminal session (`$ az ...` lines, then what they print) is read as `console`;
    // a PowerShell one (`PS> az ...`, `PS C:\> az ...`) likewise.
    const contentOf = (k) => lines[k]
        .replace(/\r$/, '')
        .slice(quoted ? unquote(lines[k]).quote : 0)
        .trimStart();
    const lineNumbers = Array.from({ length: to - from }, (_, n) => from + n);
    const session = lang === 'console' ||
        (language === 'shell' && lineNumbers.some((k) => SHELL_PROMPT.test(contentOf(k)))) ||
        (language === 'powershell' && lineNumbers.some((k) => /^PS( [^>\n]*)?> ?\S/.test(contentOf(k))));
    for (let k = from; k < to; k++) {
        const raw = lines[k].replace(/\r$/, '');
        const quote = quoted ? unquote(raw).quote : 0;
        const line = raw.slice(quote);
        let skip = quote + Math.min(indent, /^ */.exec(line)[0].length);
        let content = raw.slice(skip);
        if (session) {
            // Only prompted lines (and their continuations) are commands; the rest is output.
            const prompt = /^((?:[\w.-]+@[\w.-]+(?::[^\s$]*)?)?\$|PS(?= |>)[^>\n]*>|>>?)\s?/.exec(content);
            if (prompt && (!prompt[1].startsWith('>') || continuing)) {
                skip += prompt[0].length;
                content = content.slice(prompt[0].length);
            }
            else if (!continuing)
                content = '';
            // A continued line: `\` in a shell, a backtick in PowerShell (whose continuation prompt is `>>`).
            continuing = content.trimEnd().endsWith(language === 'powershell' ? '`' : '\\');
        }
        map.add(body.length, starts[k] + skip);
        body += content + '\n';
    }
    return { text: body, language, span: (s, e) => map.span(index, s, e), reportProblems: lang !== '' };
}

;// CONCATENATED MODULE: ./src/readers/cli/masks.ts

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
const PIPELINE_MACRO = /\$\(([A-Za-z_][\w.-]*)\)|\$\[[\s\S]*?\]/g;
/** `[snapshot-id]` as a whole word: the bracket placeholder style of docs (not a glob like `[0-9]*`, not JMESPath `[0]`). */
const BRACKET_PLACEHOLDER = /(?<=^|[\s=])\[([A-Za-z][\w.-]{0,60})\](?=$|\s)/gm;
/** `/subscriptions/.../snapshots/s1`: text elided with `...` between slashes. */
const ELISION = /(?<=\/)\.\.\.(?=\/|$|["'\s])/gm;
/** cmd's `%NAME%` (not `%%i`, `%~dp0`, `%1`). */
const CMD_VARIABLE = /(?<!%)%([A-Za-z_][\w.]*)%(?!%)/g;
const PLACEHOLDER = /(?<![<\w$])<([A-Za-z][\w.:/ -]{0,60}?)>(?![>&])/g;
/** `{resourceGroupName}`, `{{nodePoolName}}`: the other placeholder style of docs (not `${x}`, not brace expansion `{a,b}`). */
const BRACE_PLACEHOLDER = /(?<![$\w{])\{\{?([A-Za-z][\w.-]{0,60})\}?\}(?![}\w])/g;
function maskScript(text, options = {}) {
    const masks = [];
    const taken = (start, end) => masks.some((m) => start < m.end && m.start < end);
    for (const m of text.matchAll(EXPRESSION)) {
        masks.push({ start: m.index, end: m.index + m[0].length, value: expressionValue(m[0], options) });
    }
    if (options.pipelines) {
        for (const m of text.matchAll(PIPELINE_MACRO)) {
            if (taken(m.index, m.index + m[0].length))
                continue;
            const name = m[1];
            const value = name
                ? (options.macros?.get(name.toLowerCase()) ?? (0,model/* unknown */.L5)(`pipeline variable $(${name})`))
                : (0,model/* unknown */.L5)(`pipeline runtime expression ${m[0]}`);
            masks.push({ start: m.index, end: m.index + m[0].length, value });
        }
    }
    if (options.language === 'cmd') {
        // Windows variable names are case-insensitive: they are kept uppercased (cmd.ts uppercases `set NAME=`), as
        // pipeline variables reach the script (NAME_WITH_UNDERSCORES).
        for (const m of text.matchAll(CMD_VARIABLE)) {
            if (taken(m.index, m.index + m[0].length))
                continue;
            const variable = m[1].toUpperCase().replace(/\./g, '_');
            masks.push({ start: m.index, end: m.index + m[0].length, value: (0,model/* unknown */.L5)(`${m[0]} is set outside the script`), variable });
        }
    }
    for (const m of text.matchAll(PLACEHOLDER)) {
        // A placeholder spans one line; `a < b > c` in a test is not one.
        if (m[1].includes('  ') || taken(m.index, m.index + m[0].length))
            continue;
        masks.push({ start: m.index, end: m.index + m[0].length, value: (0,model/* unknown */.L5)(`documentation placeholder ${m[0]}`) });
    }
    // In PowerShell `[string]` is a type, not a placeholder.
    const brackets = options.language === 'powershell' ? [] : [...text.matchAll(BRACKET_PLACEHOLDER)];
    for (const m of [...brackets, ...text.matchAll(ELISION)]) {
        if (taken(m.index, m.index + m[0].length))
            continue;
        masks.push({ start: m.index, end: m.index + m[0].length, value: (0,model/* unknown */.L5)(`documentation placeholder ${m[0]}`) });
    }
    for (const m of text.matchAll(BRACE_PLACEHOLDER)) {
        if (taken(m.index, m.index + m[0].length))
            continue;
        masks.push({ start: m.index, end: m.index + m[0].length, value: (0,model/* unknown */.L5)(`documentation placeholder ${m[0]}`) });
    }
    if (!masks.length)
        return { text, masks };
    masks.sort((a, b) => a.start - b.start);
    let out = '';
    let last = 0;
    for (const m of masks) {
        out += text.slice(last, m.start) + text.slice(m.start, m.end).replace(/[^\n]/g, '_');
        last = m.end;
    }
    out += text.slice(last);
    return { text: out, masks };
}
function expressionValue(expr, options) {
    const inner = expr.slice(3, -2).trim();
    const env = /^env\.([A-Za-z_]\w*)$/.exec(inner);
    if (env && options.env?.has(env[1]))
        return options.env.get(env[1]);
    const variable = /^variables(?:\.([\w.-]+)|\[\s*'([^']+)'\s*\])$/.exec(inner);
    const name = variable?.[1] ?? variable?.[2];
    if (name && options.macros?.has(name.toLowerCase()))
        return options.macros.get(name.toLowerCase());
    return (0,model/* unknown */.L5)(`workflow expression ${expr}`);
}
/**
 * Text parts of the source range [start, end), cut around masks. `decode`
 * turns raw source (escapes, quotes removed by the caller) into the text the
 * shell sees.
 */
function textParts(source, start, end, masks, decode = (s) => s) {
    const parts = [];
    let at = start;
    for (const m of masks) {
        if (m.end <= start || m.start >= end)
            continue;
        const s = Math.max(m.start, start);
        if (s > at)
            parts.push({ kind: 'text', text: decode(source.slice(at, s)), start: at, end: s });
        parts.push(m.variable !== undefined
            ? { kind: 'var', name: m.variable, start: s, end: Math.min(m.end, end) }
            : { kind: 'value', value: m.value, start: s, end: Math.min(m.end, end) });
        at = Math.min(m.end, end);
    }
    if (at < end || !parts.length)
        parts.push({ kind: 'text', text: decode(source.slice(at, end)), start: at, end });
    return parts;
}

;// CONCATENATED MODULE: ./src/readers/cli/script.ts

/**
 * What a branch (if/else, case, a loop, a later operand of && or ||, a
 * PowerShell block) assigned is unknown after it: it may not have run, or
 * another branch ran. `at` is the offset just after the branch.
 */
function unknownAfterBranch(name, at) {
    const value = (0,model/* unknown */.L5)(`$${name} is set only on some paths through the script`);
    return { kind: 'assign', name, value: { parts: [{ kind: 'value', value, start: at, end: at }], start: at, end: at }, start: at, end: at };
}

;// CONCATENATED MODULE: ./src/readers/cli/powershell.ts



/**
 * A small PowerShell reader (npm has no PowerShell parser): statements,
 * backtick continuations, comments, quoting rules of '...' and "...",
 * here-strings, `$Name = value` assignments (including `$id = az ... show`),
 * `$(...)` subexpressions and `$env:NAME`. Variable names are
 * case-insensitive, so they are kept lowercased.
 */
function parsePowerShell(text, masks) {
    const parser = new PsParser(text, masks);
    const stmts = parser.statements(false);
    return { stmts, problems: parser.problems.slice(0, 1) };
}
const SEPARATORS = new Set([';', '|', '{', '}', '(', ')', '\n']);
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '|', '{', '}', '(', ')']);
class PsParser {
    src;
    masks;
    pos = 0;
    depth = 0;
    /** `{ ... }` blocks open around the current statement (function bodies, script blocks). */
    braces = 0;
    /** Per open block, the variables assigned in it: a block may not run (if/else, try/catch, switch, loops). */
    blocks = [];
    problems = [];
    constructor(src, masks) {
        this.src = src;
        this.masks = masks;
    }
    /** Statements up to the end, or up to the `)` closing a subexpression when `nested`. */
    statements(nested) {
        const out = [];
        let words = [];
        let start = this.pos;
        const flush = () => {
            // A function's param() defaults are not the script's: a call passes its own values.
            const groups = this.braces === 0 ? declarations(words) : [words];
            if (words.length)
                for (const group of groups) {
                    const stmt = toStmt(group, group === words ? start : group[0].start);
                    if (stmt.kind === 'assign' && !stmt.array)
                        this.blocks[this.blocks.length - 1]?.add(stmt.name);
                    out.push(stmt);
                }
            words = [];
        };
        while (this.pos < this.src.length) {
            this.skipBlanks();
            if (this.pos >= this.src.length)
                break;
            const c = this.src[this.pos];
            if (c === ')' && nested)
                break;
            if (c === '#') {
                this.skipLineComment();
                continue;
            }
            if (c === '<' && this.src[this.pos + 1] === '#') {
                this.skipBlockComment();
                continue;
            }
            if (c === '@' && this.src[this.pos + 1] === '(' && words.length === 2 && isText(words[1], '=') && words[0].parts[0]?.kind === 'var') {
                // `$args = @('--snapshot-id', $id)`: an array, spliced where `@args` is used.
                this.pos += 2;
                const body = this.statements(true);
                if (this.src[this.pos] === ')')
                    this.pos++;
                const items = body
                    .flatMap((stmt) => (stmt.kind === 'command' ? stmt.words : []))
                    .map((w) => (endsWithComma(w) ? withoutComma(w) : w))
                    .filter((w) => w.parts.length > 0);
                const name = words[0].parts[0].name;
                out.push({ kind: 'assign', name, array: items, start, end: this.pos });
                words = [];
                start = this.pos;
                continue;
            }
            if (c === '(' && words.length === 2 && isText(words[1], '=')) {
                // `$x = (az ... --query id -o tsv)` is the same as `$x = $(...)`.
                const open = this.pos;
                this.pos++;
                const body = this.statements(true);
                if (this.src[this.pos] === ')')
                    this.pos++;
                words.push({ parts: [{ kind: 'subst', body, start: open, end: this.pos }], start: open, end: this.pos });
                continue;
            }
            if (SEPARATORS.has(c) || (c === '&' && this.src[this.pos + 1] === '&')) {
                flush();
                if (c === '{') {
                    this.braces++;
                    this.blocks.push(new Set());
                }
                else if (c === '}') {
                    this.braces = Math.max(0, this.braces - 1);
                    // After the block, what it assigned is unknown: it may not have run, or another branch ran.
                    const assigned = this.blocks.pop();
                    const at = this.pos + 1;
                    for (const name of assigned ?? []) {
                        this.blocks[this.blocks.length - 1]?.add(name);
                        out.push(unknownAfterBranch(name, at));
                    }
                }
                this.pos += c === '&' ? 2 : 1;
                start = this.pos;
                continue;
            }
            if (!words.length)
                start = this.pos;
            words.push(this.word());
        }
        flush();
        return out;
    }
    skipBlanks() {
        for (;;) {
            const c = this.src[this.pos];
            if (c === ' ' || c === '\t' || c === '\r')
                this.pos++;
            else if (c === '`' && /^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3)))
                this.pos += this.src[this.pos + 1] === '\r' ? 3 : 2;
            else
                return;
        }
    }
    skipLineComment() {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n')
            this.pos++;
    }
    skipBlockComment() {
        const end = this.src.indexOf('#>', this.pos + 2);
        this.pos = end < 0 ? this.src.length : end + 2;
    }
    word() {
        const start = this.pos;
        const parts = [];
        while (this.pos < this.src.length) {
            const c = this.src[this.pos];
            if (WORD_END.has(c) || (c === '&' && this.src[this.pos + 1] === '&')) {
                if (this.pos === start && c === '(')
                    break;
                break;
            }
            if (c === '`' && /^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3)))
                break;
            if (c === '@' &&
                (this.src[this.pos + 1] === '"' || this.src[this.pos + 1] === "'") &&
                /^\r?\n/.test(this.src.slice(this.pos + 2, this.pos + 4)))
                parts.push(...this.hereString());
            else if (c === '@' && this.pos === start && /[A-Za-z_]/.test(this.src[this.pos + 1] ?? '')) {
                // Splatting: `az aks nodepool add @commonArgs` passes the elements of an array as arguments.
                const m = /^@(\w+)/.exec(this.src.slice(this.pos, this.pos + 200));
                this.pos += m[0].length;
                parts.push({ kind: 'var', name: m[1].toLowerCase(), array: true, start, end: this.pos });
            }
            else if (c === "'")
                parts.push(...this.singleQuoted());
            else if (c === '"')
                parts.push(...this.doubleQuoted());
            else if (c === '$')
                parts.push(this.dollar(false));
            else
                parts.push(...this.bare());
        }
        return { parts, start, end: this.pos };
    }
    bare() {
        const start = this.pos;
        while (this.pos < this.src.length) {
            const c = this.src[this.pos];
            if (WORD_END.has(c) || c === '"' || c === "'" || c === '$')
                break;
            if (c === '`') {
                if (/^`\r?\n/.test(this.src.slice(this.pos, this.pos + 3)))
                    break;
                this.pos += 2;
                continue;
            }
            this.pos++;
        }
        if (this.pos === start)
            this.pos++;
        return textParts(this.src, start, this.pos, this.masks, (raw) => raw.replace(/`(.)/g, '$1'));
    }
    singleQuoted() {
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const j = this.src.indexOf("'", i);
            if (j < 0) {
                this.unterminated(start, "'");
                this.pos = this.src.length;
                return textParts(this.src, start + 1, this.pos, this.masks);
            }
            if (this.src[j + 1] === "'") {
                i = j + 2;
                continue;
            }
            this.pos = j + 1;
            return textParts(this.src, start + 1, j, this.masks, (raw) => raw.replace(/''/g, "'"));
        }
    }
    doubleQuoted() {
        const start = this.pos;
        this.pos++;
        const parts = [];
        let textStart = this.pos;
        const flushText = () => {
            if (this.pos > textStart)
                parts.push(...textParts(this.src, textStart, this.pos, this.masks, decodeDoubleQuoted));
        };
        while (this.pos < this.src.length) {
            const c = this.src[this.pos];
            if (c === '`') {
                this.pos += 2;
                continue;
            }
            if (c === '"') {
                if (this.src[this.pos + 1] === '"') {
                    this.pos += 2;
                    continue;
                }
                flushText();
                this.pos++;
                return parts;
            }
            if (c === '$' && /[\w{(:]/.test(this.src[this.pos + 1] ?? '')) {
                flushText();
                parts.push(this.dollar(true));
                textStart = this.pos;
                continue;
            }
            this.pos++;
        }
        flushText();
        this.unterminated(start, '"');
        return parts;
    }
    hereString() {
        const quote = this.src[this.pos + 1];
        const bodyStart = this.src.indexOf('\n', this.pos) + 1;
        const close = new RegExp(`\\r?\\n${quote}@`, 'g');
        close.lastIndex = bodyStart - 1;
        const m = close.exec(this.src);
        const bodyEnd = m ? m.index : this.src.length;
        if (!m)
            this.unterminated(this.pos, `@${quote}`);
        this.pos = m ? m.index + m[0].length : this.src.length;
        return textParts(this.src, bodyStart, bodyEnd, this.masks);
    }
    /** `$name`, `${name}`, `$env:NAME`, `$(...)`; in strings, a lone `$` is text. */
    dollar(inString) {
        const start = this.pos;
        const next = this.src[this.pos + 1];
        if (next === '(') {
            this.pos += 2;
            if (this.depth >= 64) {
                // Deeper than any real script: skip to the matching parenthesis, value unknown.
                let level = 1;
                while (this.pos < this.src.length && level > 0) {
                    const ch = this.src[this.pos++];
                    if (ch === '(')
                        level++;
                    else if (ch === ')')
                        level--;
                }
                return { kind: 'value', value: (0,model/* unknown */.L5)('subexpressions nested too deeply'), start, end: this.pos };
            }
            this.depth++;
            const body = this.statements(true);
            this.depth--;
            if (this.src[this.pos] === ')')
                this.pos++;
            else
                this.problems.push({ message: 'unterminated subexpression: $( is never closed', start, end: start + 2 });
            return { kind: 'subst', body, start, end: this.pos };
        }
        if (next === '{') {
            const close = this.src.indexOf('}', this.pos);
            this.pos = close < 0 ? this.src.length : close + 1;
            return variable(this.src.slice(start + 2, close < 0 ? this.pos : close), start, this.pos);
        }
        const m = /^\$((?:[A-Za-z]+:)?[\w?]+)/.exec(this.src.slice(this.pos, this.pos + 200));
        if (!m) {
            this.pos++;
            return { kind: 'text', text: '$', start, end: this.pos };
        }
        this.pos += m[0].length;
        void inString;
        return variable(m[1], start, this.pos);
    }
    unterminated(start, quote) {
        this.problems.push({ message: `unterminated string (the ${quote} here is never closed)`, start, end: start + quote.length });
    }
}
function variable(name, start, end) {
    const lower = name.toLowerCase();
    if (lower === 'true' || lower === 'false')
        return { kind: 'value', value: (0,model/* known */.eO)(lower), start, end };
    if (lower === 'null')
        return { kind: 'value', value: (0,model/* known */.eO)(''), start, end };
    if (lower === '_' || lower === 'args' || lower === 'psitem')
        return { kind: 'value', value: (0,model/* unknown */.L5)(`automatic variable $${name}`), start, end };
    const scoped = /^(?:script|global|local|private|using):(.*)$/.exec(lower);
    return { kind: 'var', name: scoped ? scoped[1] : lower, start, end };
}
function decodeDoubleQuoted(raw) {
    return raw.replace(/`(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '0': '' })[c] ?? c).replace(/""/g, '"');
}
/** A type literal or attribute end before a typed variable: `[string] $Name = 'x'`, the `]` of `[Parameter(Mandatory)]`. */
const TYPE_WORD = /^(?:\]|\[[\w.]+(?:\[\])?\])$/;
/**
 * The entries of a `param(...)` block are typed assignments separated by
 * commas: `[string] $ClusterName = 'aks-ops', [string] $SnapshotId = ''`.
 * A default is a value of the script, as a Bicep parameter's default is;
 * the types are dropped and each entry becomes its own `$Name = value`.
 */
function declarations(words) {
    const isAssignmentAt = (k) => {
        while (k < words.length && isTypeWord(words[k]))
            k++;
        const w = words[k];
        return w?.parts[0]?.kind === 'var' && w.parts.length === 1 && words[k + 1] !== undefined && isText(words[k + 1], '=');
    };
    if (!isAssignmentAt(0) || (!isTypeWord(words[0]) && !words.some((w) => endsWithComma(w))))
        return [words];
    const groups = [];
    let group = [];
    for (const [k, w] of words.entries()) {
        if (!group.length && isTypeWord(w))
            continue;
        if (endsWithComma(w) && (k === words.length - 1 || isAssignmentAt(k + 1))) {
            const trimmed = withoutComma(w);
            group.push(trimmed);
            groups.push(group);
            group = [];
            continue;
        }
        group.push(w);
    }
    if (group.length)
        groups.push(group);
    return groups.filter((g) => g.length);
}
function isTypeWord(word) {
    return word.parts.length === 1 && word.parts[0].kind === 'text' && TYPE_WORD.test(word.parts[0].text);
}
function endsWithComma(word) {
    const last = word.parts[word.parts.length - 1];
    return last?.kind === 'text' && last.text.endsWith(',') && last.end === word.end;
}
function withoutComma(word) {
    const last = word.parts[word.parts.length - 1];
    const parts = word.parts.slice(0, -1);
    if (last.text.length > 1)
        parts.push({ ...last, text: last.text.slice(0, -1), end: last.end - 1 });
    return { ...word, parts, end: word.end - 1 };
}
/** `$x = value`, `$x = az ...` (the command's output), or a command. */
function toStmt(words, start) {
    const end = words[words.length - 1].end;
    const first = words[0];
    const head = first.parts[0];
    // `$null = az ...` discards the output but still runs the command: an assignment like any other.
    const discarded = head?.kind === 'value' && head.value.known && head.value.value === '' && first.parts.length === 1;
    const name = head?.kind === 'var' ? head.name : discarded ? 'null' : undefined;
    if (name !== undefined) {
        let rest;
        const glued = first.parts[1];
        if (!glued && words[1] && isText(words[1], '='))
            rest = words.slice(2);
        else if (glued?.kind === 'text' && glued.text.startsWith('=')) {
            // `$x=value`, `$x=$(...)`: the value is the rest of the word.
            const valueStart = glued.start + 1;
            const tail = glued.text.length > 1 ? [{ kind: 'text', text: glued.text.slice(1), start: valueStart, end: glued.end }] : [];
            tail.push(...first.parts.slice(2));
            rest = tail.length ? [{ parts: tail, start: valueStart, end: first.end }, ...words.slice(1)] : words.slice(1);
        }
        if (rest) {
            let value;
            const keyword = rest[0]?.parts.length === 1 && rest[0].parts[0].kind === 'text' ? rest[0].parts[0].text.toLowerCase() : '';
            if (['if', 'switch', 'try', 'foreach', 'for', 'while', 'do'].includes(keyword)) {
                // `$x = if (...) { 'a' } else { '' }`: the value of whichever branch runs.
                const v = (0,model/* unknown */.L5)(`$${name} is the value of ${keyword === 'if' ? 'an' : 'a'} ${keyword} statement`);
                value = { parts: [{ kind: 'value', value: v, start: rest[0].start, end: rest[0].end }], start: rest[0].start, end: rest[0].end };
            }
            else if (rest.length === 1)
                value = rest[0];
            else if (rest.length > 1) {
                // `$x = & az ...`: the call operator runs the command.
                const run = isText(rest[0], '&') ? rest.slice(1) : rest;
                const body = [{ kind: 'command', words: run, start: run[0].start, end: run[run.length - 1].end }];
                value = { parts: [{ kind: 'subst', body, start: rest[0].start, end }], start: rest[0].start, end };
            }
            return { kind: 'assign', name, value, start, end };
        }
    }
    // The call operator: `& az aks ...`
    const cmdWords = isText(first, '&') ? words.slice(1) : words;
    return { kind: 'command', words: cmdWords, start, end };
}
function isText(word, text) {
    return word.parts.length === 1 && word.parts[0].kind === 'text' && word.parts[0].text === text;
}

;// CONCATENATED MODULE: ./src/readers/cli/syntax-tree.ts
/**
 * A plain JavaScript copy of a tree-sitter tree, made in one pass with a
 * cursor. Every property read on a web-tree-sitter Node crosses into
 * WebAssembly; walking the copy instead keeps a script at about the cost of
 * parsing it.
 */
class SyntaxNode {
    type;
    isNamed;
    isMissing;
    startIndex;
    endIndex;
    field;
    source;
    children = [];
    parent = null;
    hasError = false;
    constructor(type, isNamed, isMissing, startIndex, endIndex, field, source) {
        this.type = type;
        this.isNamed = isNamed;
        this.isMissing = isMissing;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.field = field;
        this.source = source;
    }
    get namedChildren() {
        return this.children.filter((c) => c.isNamed);
    }
    get firstNamedChild() {
        return this.children.find((c) => c.isNamed) ?? null;
    }
    get childCount() {
        return this.children.length;
    }
    get text() {
        return this.source.slice(this.startIndex, this.endIndex);
    }
    childForFieldName(name) {
        return this.children.find((c) => c.field === name) ?? null;
    }
}
function copyTree(tree, source) {
    const cursor = tree.walk();
    try {
        const make = () => new SyntaxNode(cursor.nodeType, cursor.nodeIsNamed, cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, cursor.currentFieldName, source);
        const root = make();
        const stack = [root];
        // Iterative walk: deep scripts must not exhaust the JavaScript stack.
        if (cursor.gotoFirstChild()) {
            for (;;) {
                const node = make();
                const parent = stack[stack.length - 1];
                node.parent = parent;
                parent.children.push(node);
                if (cursor.gotoFirstChild()) {
                    stack.push(node);
                    continue;
                }
                let moved = cursor.gotoNextSibling();
                while (!moved) {
                    if (!cursor.gotoParent())
                        break;
                    stack.pop();
                    if (stack.length === 0)
                        break;
                    moved = cursor.gotoNextSibling();
                }
                if (!moved)
                    break;
            }
        }
        markErrors(root);
        return root;
    }
    finally {
        cursor.delete();
    }
}
function markErrors(root) {
    // Post-order without recursion: a node has an error when it or a descendant is ERROR or MISSING.
    const order = [];
    const todo = [root];
    while (todo.length) {
        const n = todo.pop();
        order.push(n);
        for (const c of n.children)
            todo.push(c);
    }
    for (let i = order.length - 1; i >= 0; i--) {
        const n = order[i];
        if (n.type === 'ERROR' || n.isMissing || n.children.some((c) => c.hasError))
            n.hasError = true;
    }
}

// EXTERNAL MODULE: ./src/readers/tree-sitter.ts
var tree_sitter = __webpack_require__(9032);
;// CONCATENATED MODULE: ./src/readers/cli/wasm.ts

/** tree-sitter-bash, loaded on the first script (see readers/tree-sitter.ts). */
const bashParser = () => (0,tree_sitter/* treeSitterParser */.Dp)('bash');

;// CONCATENATED MODULE: ./src/readers/cli/shell.ts





/**
 * Shell scripts through tree-sitter-bash: it keeps exact offsets, knows
 * quoting, `$(...)`, heredocs and continuations, and recovers from errors
 * instead of stopping, so one odd line of a runbook does not hide the rest.
 */
async function parseShell(text, masks) {
    const parser = await bashParser();
    // A CR before LF would be part of the last word of each line; a space keeps offsets
    // (and a continuation `\` CR LF becomes space `\` LF, still a continuation).
    const source = text
        .replace(/\\\r\n/g, ' \\\n')
        .replace(/\r(?=\n)/g, ' ')
        // `` `# note` `` comments a line of a continued command (a substitution holding only a comment, which prints
        // nothing); tree-sitter-bash reads the `#` as the start of a comment and never closes the backtick.
        .replace(/`#[^`\n]*`/g, (m) => ' '.repeat(m.length));
    const tree = parser.parse(source);
    if (!tree)
        return { stmts: [], problems: [{ message: 'the shell parser gave up on this script', start: 0, end: 0 }] };
    let root;
    try {
        root = copyTree(tree, source);
    }
    finally {
        tree.delete();
    }
    const builder = new Builder(source, masks);
    const stmts = [];
    builder.statements(root, stmts);
    unwrap(stmts, new Set([...WRAPPERS, ...builder.runners]));
    const problems = [];
    if (root.hasError) {
        const problem = firstProblem(root, source);
        if (problem)
            problems.push(problem);
    }
    return { stmts, problems };
}
const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect', 'variable_assignment', 'comment']);
/** Deeper `$( $( ... ) )` nesting than any real script has; beyond it values are unknown (and the stack stays safe). */
const MAX_DEPTH = 64;
/** Commands that run the command given as their arguments: `time az ...`, `sudo az ...`, `timeout 600 az ...`, `... | xargs -I{} az ...`. */
const WRAPPERS = ['time', 'sudo', 'command', 'exec', 'nohup', 'timeout', 'env', 'nice', 'stdbuf', 'xargs'];
/**
 * `retry az aks nodepool add ...`: a wrapper (or a function of the script
 * that runs its arguments, `"$@"`) runs the az command among its words. The
 * words before `az` are dropped so the command reads as the az it runs;
 * `echo az ...` and other commands that only print are left alone.
 */
function unwrap(stmts, wrappers) {
    for (const [i, stmt] of stmts.entries()) {
        if (stmt.kind === 'loop') {
            unwrap(stmt.body, wrappers);
            continue;
        }
        if (stmt.kind !== 'command')
            continue;
        for (const w of stmt.words)
            for (const p of w.parts)
                if (p.kind === 'subst')
                    unwrap(p.body, wrappers);
        const head = stmt.words[0];
        const name = head && head.parts.length === 1 && head.parts[0].kind === 'text' ? head.parts[0].text : undefined;
        if (!name || !wrappers.has(name))
            continue;
        const at = stmt.words.findIndex((w, k) => k > 0 && w.parts.length === 1 && w.parts[0].kind === 'text' && w.parts[0].text === 'az');
        if (at <= 0)
            continue;
        let words = stmt.words.slice(at);
        if (name === 'xargs') {
            const replace = xargsReplace(stmt.words.slice(1, at));
            const end = stmt.words[stmt.words.length - 1].end;
            // Without a replace string, xargs appends the lines of its input as last arguments.
            words = replace
                ? words.map((w) => fromInput(w, replace))
                : [...words, { parts: [{ kind: 'value', value: (0,model/* unknown */.L5)('the input of xargs'), start: end, end }], start: end, end }];
        }
        stmts[i] = { ...stmt, words, start: stmt.words[at].start };
    }
}
/** The replace string of `xargs -I {}` (`-I{}`, `-i`, `--replace[=R]`), which stands for each line of its input. */
function xargsReplace(options) {
    const texts = options.map((w) => w.parts.every((p) => p.kind === 'text') ? w.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('') : undefined);
    for (const [k, t] of texts.entries()) {
        if (t === undefined)
            continue;
        if (t === '-I')
            return texts[k + 1];
        if (/^-I./.test(t))
            return t.slice(2);
        if (t === '-i' || t === '--replace')
            return '{}';
        if (/^-i./.test(t))
            return t.slice(2);
        if (t.startsWith('--replace='))
            return t.slice('--replace='.length) || '{}';
    }
    return undefined;
}
/** A word of an xargs command holding the replace string is a line of xargs' input: unknown. */
function fromInput(word, replace) {
    const text = word.parts.map((p) => (p.kind === 'text' ? p.text : '\0')).join('');
    if (!text.includes(replace))
        return word;
    return {
        ...word,
        parts: [{ kind: 'value', value: (0,model/* unknown */.L5)(`${replace} is a line of xargs' input`), start: word.start, end: word.end }]
    };
}
/** Constructs whose parts may not run (tree-sitter-bash node types). */
const CONDITIONAL = new Set(['if_statement', 'case_statement', 'while_statement', 'list']);
/** The scalar variables a list of statements assigns, loop bodies included. */
function assignedIn(stmts, names = new Set()) {
    for (const st of stmts) {
        // Option arrays keep the last branch's elements (`OPTS=(--uptime-sla)` / `OPTS=()`): which flags they hold is what matters.
        if (st.kind === 'assign' && st.name && !st.array)
            names.add(st.name);
        if (st.kind === 'loop')
            assignedIn(st.body, names);
    }
    return names;
}
class Builder {
    source;
    masks;
    depth = 0;
    /** Functions of the script that run their arguments as a command (`retry() { until "$@"; do ...; done; }`). */
    runners = new Set();
    constructor(source, masks) {
        this.source = source;
        this.masks = masks;
    }
    statements(node, out) {
        for (const child of node.namedChildren)
            if (child)
                this.statement(child, out);
    }
    /**
     * `if`/`case`/`while` bodies and the later operands of `&&`/`||` may not run: inside them a
     * variable has the value the branch gives it, after them it is unknown (the first operand of
     * a list always runs: `ID=$(az ...) || exit 1` keeps its value).
     */
    conditional(node, out) {
        const kids = node.namedChildren.filter((c) => !!c);
        const always = node.type === 'list' ? kids.slice(0, 1) : [];
        for (const k of always)
            this.statement(k, out);
        const inner = [];
        for (const k of kids.slice(always.length))
            this.statement(k, inner);
        out.push(...inner);
        const at = node.endIndex;
        for (const name of assignedIn(inner))
            out.push(unknownAfterBranch(name, at));
    }
    statement(child, out) {
        switch (child.type) {
            case 'command':
                if (this.hasGlue(child))
                    this.glued(child, out, false);
                else
                    out.push(this.command(child));
                break;
            case 'variable_assignment':
                out.push(this.assignment(child));
                break;
            case 'declaration_command':
                // `export NAME=value`, `local NAME=value`, `readonly ...`
                if (this.hasGlue(child))
                    this.glued(child, out, true);
                else
                    for (const c of child.namedChildren)
                        if (c?.type === 'variable_assignment')
                            out.push(this.assignment(c));
                break;
            case 'for_statement': {
                const variable = child.childForFieldName('variable');
                const body = child.childForFieldName('body');
                const stmts = [];
                if (body)
                    this.statements(body, stmts);
                if (!variable) {
                    out.push(...stmts);
                    break;
                }
                const values = child.children.filter((c) => c.field === 'value');
                // `for x in ...` lists words; `for x; do` (no `in`) walks the script's arguments.
                const hasIn = child.children.some((c) => c.type === 'in');
                out.push({
                    kind: 'loop',
                    name: variable.text,
                    ...(hasIn ? { items: values.map((v) => this.word(v)) } : {}),
                    body: stmts,
                    start: variable.startIndex,
                    end: variable.endIndex
                });
                break;
            }
            case 'function_definition': {
                const name = child.childForFieldName('name');
                if (name && runsArguments(child))
                    this.runners.add(name.text);
                this.statements(child, out);
                break;
            }
            case 'comment':
            case 'heredoc_body':
            case 'file_redirect':
            case 'heredoc_redirect':
            case 'herestring_redirect':
            case 'test_command':
                break;
            default:
                if (this.depth < MAX_DEPTH * 4) {
                    this.depth++;
                    if (CONDITIONAL.has(child.type))
                        this.conditional(child, out);
                    else
                        this.statements(child, out);
                    this.depth--;
                }
        }
    }
    command(node) {
        const words = [];
        for (const child of node.namedChildren) {
            if (!child || REDIRECTS.has(child.type))
                continue;
            const target = child.type === 'command_name' ? (child.firstNamedChild ?? child) : child;
            words.push(this.word(target));
        }
        return { kind: 'command', words, start: node.startIndex, end: node.endIndex };
    }
    /**
     * tree-sitter-bash ends an unquoted word at a second `$NAME` that follows
     * text: `/subscriptions/$SUB/resourceGroups/$RG/providers/...` comes out as
     * `/subscriptions/$SUB/resourceGroups/$` and a next word `RG/providers/...`
     * (and in `A=...` the rest becomes a command name). Pieces that touch, the
     * first ending in that `$`, are one word again here.
     */
    touches(a, b) {
        const end = a.endIndex;
        return (end === b.startIndex &&
            this.source[end - 1] === '$' &&
            this.source[end - 2] !== '\\' &&
            /[A-Za-z_]/.test(this.source[end] ?? '') &&
            a.type !== 'string' &&
            a.type !== 'raw_string');
    }
    hasGlue(node) {
        const kids = node.namedChildren.filter((c) => !!c);
        return kids.some((c, i) => i + 1 < kids.length && this.touches(c, kids[i + 1]));
    }
    /** A command or declaration with glued pieces: its words rebuilt, leading `NAME=value` words as assignments. */
    glued(node, out, declaration) {
        const kids = node.namedChildren.filter((c) => !!c && (c.type === 'variable_assignment' || !REDIRECTS.has(c.type)));
        const groups = [];
        for (const kid of kids) {
            const last = groups[groups.length - 1];
            if (last && this.touches(last[last.length - 1], kid))
                last.push(kid);
            else
                groups.push([kid]);
        }
        const assigns = [];
        const words = [];
        for (const group of groups) {
            const head = group[0];
            let name;
            let append = false;
            let parts;
            if (head.type === 'variable_assignment' && !words.length) {
                const n = head.childForFieldName('name');
                const value = head.childForFieldName('value');
                name = n?.text ?? '';
                append = n ? this.source.startsWith('+=', n.endIndex) : false;
                parts = value ? this.parts(value) : [];
            }
            else {
                parts = this.parts(head.type === 'command_name' ? (head.firstNamedChild ?? head) : head);
                // `B=/x/$S/y/$R` after a glued assignment is parsed as an argument: still an assignment.
                const first = parts[0];
                const m = !words.length && first?.kind === 'text' ? /^([A-Za-z_]\w*)(\+?)=/.exec(first.text) : null;
                if (m && first?.kind === 'text') {
                    name = m[1];
                    append = m[2] === '+';
                    const rest = first.text.slice(m[0].length);
                    parts = [...(rest ? [{ ...first, text: rest, start: first.start + m[0].length }] : []), ...parts.slice(1)];
                }
            }
            for (const next of group.slice(1))
                parts = joinGlued(parts, this.parts(next.type === 'command_name' ? (next.firstNamedChild ?? next) : next));
            const start = head.startIndex;
            const end = group[group.length - 1].endIndex;
            if (name !== undefined) {
                const valueStart = head.type === 'variable_assignment'
                    ? (head.childForFieldName('value')?.startIndex ?? end)
                    : start + name.length + (append ? 2 : 1);
                assigns.push({ kind: 'assign', name, value: { parts, start: valueStart, end }, append, start, end });
            }
            else if (!declaration)
                words.push({ parts, start, end });
        }
        // Assignments before a command only set its environment; on their own (or after export/local) they set variables.
        if (words.length)
            out.push({ kind: 'command', words, start: node.startIndex, end: node.endIndex });
        else
            out.push(...assigns);
    }
    assignment(node) {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        const append = name ? this.source.startsWith('+=', name.endIndex) : false;
        if (value?.type === 'array') {
            // `OPTS=(--name "$C" -g rg)`: option arrays spliced into commands later with "${OPTS[@]}".
            const array = value.namedChildren.filter((c) => !!c && c.type !== 'comment').map((c) => this.word(c));
            return { kind: 'assign', name: name?.text ?? '', array, append, start: node.startIndex, end: node.endIndex };
        }
        return {
            kind: 'assign',
            name: name?.text ?? '',
            value: value ? this.word(value) : { parts: [], start: node.endIndex, end: node.endIndex },
            append,
            start: node.startIndex,
            end: node.endIndex
        };
    }
    word(node) {
        return { parts: this.parts(node), start: node.startIndex, end: node.endIndex };
    }
    parts(node) {
        const s = node.startIndex;
        const e = node.endIndex;
        switch (node.type) {
            case 'word':
            case 'number':
                return textParts(this.source, s, e, this.masks, unescapeWord);
            case 'raw_string':
                return textParts(this.source, s + 1, Math.max(s + 1, e - 1), this.masks);
            case 'ansi_c_string':
                return textParts(this.source, s + 2, Math.max(s + 2, e - 1), this.masks, unescapeAnsiC);
            case 'string':
            case 'translated_string':
                return this.quoted(node);
            case 'concatenation':
                return this.gaps(node, s, e, unescapeWord);
            case 'simple_expansion': {
                const name = node.namedChildren[0];
                if (name?.type === 'variable_name')
                    return [{ kind: 'var', name: name.text, start: s, end: e }];
                return [{ kind: 'value', value: (0,model/* unknown */.L5)(`special parameter ${node.text}`), start: s, end: e }];
            }
            case 'expansion':
                return [this.expansion(node)];
            case 'command_substitution': {
                if (this.depth >= MAX_DEPTH)
                    return [{ kind: 'value', value: (0,model/* unknown */.L5)('command substitutions nested too deeply'), start: s, end: e }];
                const body = [];
                this.depth++;
                this.statements(node, body);
                this.depth--;
                return [{ kind: 'subst', body, start: s, end: e }];
            }
            case 'arithmetic_expansion':
                return [{ kind: 'value', value: (0,model/* unknown */.L5)('arithmetic expansion'), start: s, end: e }];
            case 'process_substitution':
                return [{ kind: 'value', value: (0,model/* unknown */.L5)('process substitution'), start: s, end: e }];
            case 'brace_expression':
                return [{ kind: 'value', value: (0,model/* unknown */.L5)('brace expansion'), start: s, end: e }];
            default:
                return textParts(this.source, s, e, this.masks, unescapeWord);
        }
    }
    /** A double-quoted string: expansions inside, and the text between them. */
    quoted(node) {
        const open = node.type === 'translated_string' ? 2 : 1;
        const close = this.source[node.endIndex - 1] === '"' && node.endIndex - node.startIndex > open ? 1 : 0;
        return this.gaps(node, node.startIndex + open, node.endIndex - close, unescapeDoubleQuoted, true);
    }
    /** The parts of a node's children, with the text between them (string content, literal pieces). */
    gaps(node, start, end, decode, quoted = false) {
        const parts = [];
        let at = start;
        for (const child of node.namedChildren) {
            if (!child)
                continue;
            if (child.type === 'string_content' || (quoted && child.type === 'word'))
                continue;
            if (child.startIndex < at)
                continue;
            if (child.startIndex > at)
                parts.push(...textParts(this.source, at, child.startIndex, this.masks, decode));
            parts.push(...this.parts(child));
            at = child.endIndex;
        }
        if (at < end)
            parts.push(...textParts(this.source, at, end, this.masks, decode));
        return parts;
    }
    expansion(node) {
        const s = node.startIndex;
        const e = node.endIndex;
        const text = node.text;
        const plain = /^\$\{([A-Za-z_]\w*)\}$/.exec(text);
        if (plain)
            return { kind: 'var', name: plain[1], start: s, end: e };
        const array = /^\$\{([A-Za-z_]\w*)\[[@*]\]\}$/.exec(text);
        if (array)
            return { kind: 'var', name: array[1], start: s, end: e, array: true };
        const fallback = /^\$\{([A-Za-z_]\w*)(:?[-=])([^$`]*)\}$/.exec(text);
        if (fallback) {
            const at = s + 2 + fallback[1].length + fallback[2].length;
            const word = { parts: textParts(this.source, at, e - 1, this.masks, unquoteFallback), start: at, end: e - 1 };
            return { kind: 'var', name: fallback[1], start: s, end: e, fallback: word };
        }
        return { kind: 'value', value: (0,model/* unknown */.L5)(`parameter expansion ${text}`), start: s, end: e };
    }
}
/** Joins the parts of a piece ending in a bare `$` to the next piece, whose leading name is the variable. */
function joinGlued(left, right) {
    const out = [...left];
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.text.endsWith('$')) {
        if (last.text.length > 1)
            out[out.length - 1] = { ...last, text: last.text.slice(0, -1), end: last.end - 1 };
        else
            out.pop();
    }
    const first = right[0];
    const m = first?.kind === 'text' ? /^[A-Za-z_]\w*/.exec(first.text) : null;
    if (!m || first?.kind !== 'text')
        return [...out, ...right];
    const variable = { kind: 'var', name: m[0], start: first.start - 1, end: first.start + m[0].length };
    const rest = first.text.slice(m[0].length);
    return [...out, variable, ...(rest ? [{ ...first, text: rest, start: first.start + m[0].length }] : []), ...right.slice(1)];
}
/** Whether a function's body runs its arguments as a command: a command named `"$@"` (or `$@`, `"${@}"`). */
function runsArguments(fn) {
    const todo = [fn];
    for (let n = todo.pop(); n; n = todo.pop()) {
        if (n.type === 'command') {
            const head = n.childForFieldName('name') ?? n.namedChildren.find((c) => c?.type === 'command_name');
            if (head && /^"?\$(@|\{@\})"?$/.test(head.text))
                return true;
        }
        for (const c of n.namedChildren)
            if (c)
                todo.push(c);
    }
    return false;
}
function unescapeWord(raw) {
    return raw.replace(/\\\r?\n/g, '').replace(/\\(.)/g, '$1');
}
function unescapeDoubleQuoted(raw) {
    return raw.replace(/\\\r?\n/g, '').replace(/\\([\\"$`])/g, '$1');
}
function unescapeAnsiC(raw) {
    return raw.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}
function unquoteFallback(raw) {
    return raw.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
}
/** The first syntax error, pointing at what opened the unfinished construct. */
function firstProblem(root, source) {
    let found;
    const visit = (node) => {
        if (found)
            return;
        if (node.isMissing || node.type === 'ERROR') {
            found = node;
            return;
        }
        if (!node.hasError)
            return;
        for (const child of node.children)
            if (child)
                visit(child);
    };
    visit(root);
    if (!found)
        return undefined;
    if (found.isMissing) {
        const parent = found.parent;
        if (parent && (parent.type === 'string' || parent.type === 'raw_string'))
            return {
                message: `unterminated quoted string (the ${source[parent.startIndex]} here is never closed)`,
                start: parent.startIndex,
                end: parent.startIndex + 1
            };
        if (parent && parent.type === 'command_substitution')
            return { message: 'unterminated command substitution: $( is never closed', start: parent.startIndex, end: parent.startIndex + 2 };
        return { message: `shell syntax error: expected ${found.type}`, start: found.startIndex, end: found.startIndex };
    }
    // Recovery often starts the ERROR node lines before the culprit: a quote left
    // unpaired inside it (outside any string) is what the shell would choke on.
    const quote = unpairedQuote(found);
    if (quote)
        return {
            message: `unterminated quoted string (the ${quote.type} here is never closed)`,
            start: quote.startIndex,
            end: quote.startIndex + 1
        };
    const text = source.slice(found.startIndex, found.endIndex);
    const first = text.split('\n')[0].slice(0, 40);
    return { message: `shell syntax error near '${first}'`, start: found.startIndex, end: found.startIndex + Math.min(first.length, 40) };
}
function unpairedQuote(node) {
    let last;
    for (const child of node.children) {
        if (!child)
            continue;
        if (child.type === '"' || child.type === "'")
            last = child;
        else if (child.type !== 'string' && child.type !== 'raw_string' && child.childCount) {
            const inner = unpairedQuote(child);
            if (inner)
                last = inner;
        }
    }
    return last;
}

// EXTERNAL MODULE: ./src/readers/line-index.ts
var line_index = __webpack_require__(4525);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/readers/cli/yaml-scripts.ts



/**
 * Scripts held in GitHub workflow and Azure Pipelines YAML: `run:`,
 * `script:`, `bash:`, `pwsh:`/`powershell:` steps, the `inlineScript:` of
 * Azure CLI tasks and actions and the `Inline:` of AzurePowerShell tasks, each mapped back line by line (block scalars
 * keep their indentation as an offset) to the YAML file.
 */
const SCRIPT_KEYS = new Set(['run', 'script', 'inlinescript', 'bash', 'pwsh', 'powershell', 'before_script', 'after_script', 'inline']);
function yamlScripts(path, text, index) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: false, uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [docs];
    const problems = [];
    const first = list.flatMap((d) => d.errors)[0];
    if (first) {
        // A YAML file that cannot hold scripts (a Helm template, a manifest) is not ours to judge.
        if (!mayHoldScripts(path, text))
            return { scripts: [], problems: [] };
        const at = Math.min(first.pos[0], text.length);
        const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        const span = index.span(at, Math.min(first.pos[1], text.length));
        if (span.endLine !== span.line)
            Object.assign(span, { endLine: span.line, endColumn: span.column + 1 });
        problems.push({ message: `YAML syntax error: ${message}`, span });
        return { scripts: [], problems };
    }
    const scripts = [];
    const runtime = runtimeVariables(text);
    for (const doc of list)
        collect(doc, path, text, index, scripts, runtime);
    return { scripts, problems };
}
/**
 * Variables a step of the file sets while the pipeline runs (`##vso[task.setvariable variable=NAME]` in Azure
 * Pipelines, `NAME=value >> $GITHUB_ENV` in GitHub): what `variables:`/`env:` declares for them is a placeholder,
 * not their value. Lowercase names.
 */
function runtimeVariables(text) {
    const names = new Set();
    for (const m of text.matchAll(/##vso\[task\.setvariable\s+variable\s*=\s*([\w.-]+)/gi))
        names.add(m[1].toLowerCase());
    for (const m of text.matchAll(/\b([A-Za-z_]\w*)=[^\n]*>>\s*["']?\$\{?(env:)?GITHUB_ENV\b/g))
        names.add(m[1].toLowerCase());
    return names;
}
function mayHoldScripts(path, text) {
    return (/(^|\/)\.github\/workflows\//.test(path) ||
        /pipelines?/i.test(path) ||
        /^\s*-?\s*(run|script|inlineScript|bash|pwsh|powershell)\s*:/m.test(text));
}
function collect(doc, path, text, index, out, runtime) {
    const root = doc.contents;
    const github = /(^|\/)\.github\/workflows\//.test(path) || ((0,dist/* isMap */.jh)(root) && root.has('jobs') && (root.has('on') || root.has(true)));
    const pipelines = !github &&
        (/pipelines?/i.test(path) || ((0,dist/* isMap */.jh)(root) && ['trigger', 'pr', 'pool', 'stages', 'extends', 'steps', 'jobs'].some((k) => root.has(k))));
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair, ancestors) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
            if (!key || !SCRIPT_KEYS.has(key.toLowerCase()))
                return;
            const parent = ancestors[ancestors.length - 1];
            if (!(0,dist/* isMap */.jh)(parent))
                return;
            const language = languageOf(key.toLowerCase(), parent, ancestors, pipelines);
            if (!language || disabled(ancestors))
                return;
            const env = environment(ancestors, pipelines, language, runtime);
            if ((0,dist/* isScalar */.jn)(pair.value) && typeof pair.value.value === 'string') {
                const script = scalarScript(pair.value, text, index, language);
                if (script)
                    out.push({ ...script, ...env, pipelines, reportProblems: true });
            }
            else if ((0,dist/* isSeq */.oP)(pair.value)) {
                // GitLab-style `script:` lists: one shell session, one line each.
                const map = new OffsetMap();
                let body = '';
                for (const item of pair.value.items) {
                    if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string')
                        continue;
                    // An item may be a block scalar (`- |`) of several lines: mapped line by line like a `run: |`.
                    const script = scalarScript(item, text, index, language);
                    if (!script)
                        continue;
                    const block = item.type === 'BLOCK_LITERAL' || item.type === 'BLOCK_FOLDED';
                    map.append(script.map, body.length);
                    body += block ? script.text : script.text.replace(/\n/g, ' ') + '\n';
                }
                if (body)
                    out.push({
                        text: body,
                        language,
                        span: (s, e) => map.span(index, s, e),
                        ...env,
                        pipelines,
                        session: parent,
                        reportProblems: true
                    });
            }
        }
    });
}
/** Which shell runs a script key, or undefined when it is not a shell script (actions/github-script's JavaScript). */
function languageOf(key, parent, ancestors, pipelines) {
    if (key === 'pwsh' || key === 'powershell')
        return 'powershell';
    if (key === 'bash')
        return 'shell';
    const holder = pairKey(ancestors[ancestors.length - 2]);
    if (key === 'inline') {
        // AzurePowerShell@N's inline script (`ScriptType: InlineScript`, `Inline: |`); no other task's `inline` is a script.
        const task = ancestors[ancestors.length - 3];
        const name = (0,dist/* isMap */.jh)(task) ? (stringAt(task, 'task') ?? '') : '';
        return holder === 'inputs' && /^AzurePowerShell@/i.test(name) ? 'powershell' : undefined;
    }
    if (key === 'run') {
        const shell = stringAt(parent, 'shell') ?? defaultShell(ancestors);
        if (shell)
            return /^(pwsh|powershell)\b/i.test(shell)
                ? 'powershell'
                : /^(bash|sh)\b/.test(shell)
                    ? 'shell'
                    : /^cmd\b/i.test(shell)
                        ? 'cmd'
                        : undefined;
        return ancestors.some((a) => (0,dist/* isMap */.jh)(a) && /windows/i.test(stringAt(a, 'runs-on') ?? '')) ? 'powershell' : 'shell';
    }
    if (holder === 'with') {
        // Action inputs: azure/cli's and azure/powershell's `inlineScript`; `script` is github-script's JavaScript.
        if (key !== 'inlinescript')
            return undefined;
        const step = ancestors[ancestors.length - 3];
        const uses = (0,dist/* isMap */.jh)(step) ? (stringAt(step, 'uses') ?? '') : '';
        return /powershell/i.test(uses) ? 'powershell' : 'shell';
    }
    if (holder === 'inputs') {
        const task = ancestors[ancestors.length - 3];
        const name = (0,dist/* isMap */.jh)(task) ? (stringAt(task, 'task') ?? '') : '';
        const type = (stringAt(parent, 'scriptType') ?? stringAt(parent, 'scripttype') ?? '').toLowerCase();
        if (type === 'batch' || /^CmdLine@/i.test(name))
            return 'cmd';
        if (type === 'ps' || type === 'pscore' || /^(PowerShell|AzurePowerShell)@/i.test(name))
            return 'powershell';
        return 'shell';
    }
    // An Azure Pipelines `script:` step runs in cmd.exe on a Windows agent.
    if (key === 'script' && pipelines && windowsPool(ancestors))
        return 'cmd';
    return 'shell';
}
/** The nearest `pool:` around a step names a Microsoft-hosted Windows image (`windows-latest`, `windows-2022`, `vs2017-win2016`). */
function windowsPool(ancestors) {
    for (let i = ancestors.length - 1; i >= 0; i--) {
        const a = ancestors[i];
        if (!(0,dist/* isMap */.jh)(a) || !a.has('pool'))
            continue;
        const pool = a.get('pool');
        const image = (0,dist/* isMap */.jh)(pool) ? stringAt(pool, 'vmImage') : undefined;
        return image !== undefined && /^(windows|vs\d{4}|win)/i.test(image);
    }
    return false;
}
/**
 * A step or job that never runs, as a resource whose condition is known false is not linted:
 * Azure Pipelines `enabled: false` or `condition: false`, GitHub `if: false` (or `if: ${{ false }}`).
 */
function disabled(ancestors) {
    return ancestors.some((a) => {
        if (!(0,dist/* isMap */.jh)(a))
            return false;
        const off = (v) => v === false || (typeof v === 'string' && /^\s*(\$\{\{\s*)?false(\s*\}\})?\s*$/i.test(v));
        return a.get('enabled') === false || off(a.get('condition')) || off(a.get('if'));
    });
}
function defaultShell(ancestors) {
    for (let i = ancestors.length - 1; i >= 0; i--) {
        const a = ancestors[i];
        if (!(0,dist/* isMap */.jh)(a))
            continue;
        const defaults = a.get('defaults');
        const run = (0,dist/* isMap */.jh)(defaults) ? defaults.get('run') : undefined;
        const shell = (0,dist/* isMap */.jh)(run) ? run.get('shell') : undefined;
        if (typeof shell === 'string')
            return shell;
    }
    return undefined;
}
function pairKey(node) {
    return (0,dist/* isPair */.tO)(node) && (0,dist/* isScalar */.jn)(node.key) ? String(node.key.value).toLowerCase() : undefined;
}
function stringAt(map, key) {
    const v = map.get(key);
    return typeof v === 'string' ? v : undefined;
}
/** Variables set around the script: workflow/job/step `env:`, pipeline `variables:` (also reachable as `$(name)`). */
function environment(ancestors, pipelines, language, runtime) {
    const env = new Map();
    const macros = new Map();
    const setVar = (name, raw) => {
        const value = runtime.has(name.toLowerCase()) ? (0,model/* unknown */.L5)(`${name} is set by a step while the pipeline runs`) : variableValue(raw);
        if (pipelines)
            macros.set(name.toLowerCase(), value);
        const envName = pipelines ? name.replace(/\./g, '_').toUpperCase() : name;
        env.set(language === 'powershell' ? `env:${envName.toLowerCase()}` : language === 'cmd' ? envName.toUpperCase() : envName, value);
    };
    for (const a of ancestors) {
        if (!(0,dist/* isMap */.jh)(a))
            continue;
        const e = a.get('env');
        if ((0,dist/* isMap */.jh)(e))
            for (const item of e.items)
                if ((0,dist/* isScalar */.jn)(item.key))
                    setVar(String(item.key.value), (0,dist/* isScalar */.jn)(item.value) ? item.value.value : undefined);
        const v = a.get('variables');
        if ((0,dist/* isMap */.jh)(v))
            for (const item of v.items)
                if ((0,dist/* isScalar */.jn)(item.key))
                    setVar(String(item.key.value), (0,dist/* isScalar */.jn)(item.value) ? item.value.value : undefined);
        if ((0,dist/* isSeq */.oP)(v))
            for (const item of v.items) {
                if (!(0,dist/* isMap */.jh)(item))
                    continue;
                const name = item.get('name');
                if (typeof name === 'string')
                    setVar(name, item.get('value'));
            }
    }
    return { env, macros };
}
function variableValue(raw) {
    if (raw === null || raw === undefined)
        return (0,model/* known */.eO)('');
    const text = String(raw);
    if (/\$\{\{|\$\(|\$\[/.test(text))
        return (0,model/* unknown */.L5)(`set by a workflow expression (${text})`);
    return (0,model/* known */.eO)(text);
}
/** The script of a scalar and the map from its offsets to the YAML file. */
function scalarScript(node, text, index, language) {
    if (!node.range)
        return undefined;
    const [start, end] = node.range;
    const map = new OffsetMap();
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const headerEnd = text.indexOf('\n', start);
        if (headerEnd < 0 || headerEnd >= end) {
            map.add(0, start);
            return { text: '', language, span: (s, e) => index.span(start + s, start + e), map };
        }
        const lines = [];
        let at = headerEnd + 1;
        while (at < end) {
            let nl = text.indexOf('\n', at);
            if (nl < 0 || nl > end)
                nl = end;
            lines.push({ at, text: text.slice(at, nl) });
            at = nl + 1;
        }
        const indent = Math.min(...lines.filter((l) => l.text.trim()).map((l) => /^ */.exec(l.text)[0].length), Infinity);
        const cut = Number.isFinite(indent) ? indent : 0;
        let body = '';
        lines.forEach((line, i) => {
            const strip = Math.min(cut, /^ */.exec(line.text)[0].length);
            map.add(body.length, line.at + strip);
            body += line.text.slice(strip);
            if (i < lines.length - 1) {
                // A folded scalar joins a line to the next one with a space, unless either is blank or more indented.
                const next = lines[i + 1].text;
                const fold = node.type === 'BLOCK_FOLDED' &&
                    line.text.trim() &&
                    next.trim() &&
                    !/^\s/.test(line.text.slice(cut)) &&
                    !/^\s/.test(next.slice(cut));
                body += fold ? ' ' : '\n';
            }
        });
        return { text: body + '\n', language, span: (s, e) => map.span(index, s, e), map };
    }
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const value = String(node.value);
    const inner = text.slice(start + (quoted ? 1 : 0), quoted ? end - 1 : end);
    // A flow scalar over several lines is folded: each line break and the indentation after it become one
    // space. Rebuilt line by line (when no escape changes lengths), every piece keeps its own position.
    if (inner.includes('\n') && !/\\|''/.test(inner)) {
        let body = '';
        let at = start + (quoted ? 1 : 0);
        for (const line of inner.split('\n')) {
            const lead = body ? /^[ \t]*/.exec(line)[0].length : 0;
            const content = line.slice(lead).replace(/[ \t\r]+$/, '');
            if (body && content)
                body += ' ';
            if (content) {
                map.add(body.length, at + lead);
                body += content;
            }
            at += line.length + 1;
        }
        if (body.replace(/\s+/g, ' ') === value.replace(/\s+/g, ' '))
            return { text: body, language, span: (s, e) => map.span(index, s, e), map };
    }
    const fallback = new OffsetMap();
    fallback.add(0, start + (quoted ? 1 : 0));
    return { text: value, language, span: (s, e) => fallback.span(index, s, e), map: fallback };
}

;// CONCATENATED MODULE: ./src/readers/cli/index.ts









/**
 * `az` commands in shell and PowerShell scripts, GitHub workflow and Azure
 * Pipelines YAML, and Markdown fences, turned into declarations (SPEC §6).
 */
const reader = {
    kind: 'cli',
    accepts(file) {
        return (0,readers/* classify */.L)(file.path, file.text.slice(0, 256)) === 'cli';
    },
    async read(file, context) {
        try {
            return await readScripts(file, context);
        }
        catch (err) {
            // A bug, not the file's fault: still a finding at the top of the file rather than a crash.
            const span = { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
            return { declarations: [], problems: [{ message: `internal error reading this file: ${err.message}`, span }] };
        }
    }
};
async function readScripts(file, context) {
    const index = new line_index/* LineIndex */.r(file.path, file.text);
    const lower = file.path.toLowerCase();
    const problems = [];
    let scripts;
    // MDX (Docusaurus, Nextra docs) is Markdown with JSX around it: its fences are read the same way.
    const markdown = /\.(md|markdown|mdx)$/.test(lower);
    if (markdown)
        scripts = markdownScripts(file.text, index);
    else if (/\.ya?ml$/.test(lower)) {
        const found = yamlScripts(file.path, file.text, index);
        problems.push(...found.problems);
        scripts = found.scripts;
    }
    else {
        const powershell = /\.psm?1$/.test(lower) || (!/\.[^/]*$/.test(lower) && /^#!.*\bpwsh\b/.test(file.text));
        scripts = [{ text: file.text, language: powershell ? 'powershell' : 'shell', span: (s, e) => index.span(s, e), reportProblems: true }];
    }
    if (!scripts.length || !scripts.some((s) => /\baz\b/.test(s.text)))
        return { declarations: [], problems };
    const interpreter = new Interpreter(context.catalog);
    let session;
    for (const script of scripts) {
        // Nothing to learn from a script without az, unless it sets variables for later scripts (Markdown fences, a CI job's session).
        if (!/\baz\b/.test(script.text) && !((markdown || script.session) && script.text.includes('=')))
            continue;
        const masked = maskScript(script.text, script);
        const parsed = script.language === 'shell'
            ? await parseShell(masked.text, masked.masks)
            : script.language === 'cmd'
                ? await parseShell(cmdAsShell(masked.text), masked.masks)
                : parsePowerShell(masked.text, masked.masks);
        // cmd's own syntax (`if ... (`, `for %%i`) is not bash: what the shell parser cannot read is not the script's fault.
        if (script.reportProblems && script.language !== 'cmd')
            for (const p of parsed.problems)
                problems.push({ message: p.message, span: script.span(p.start, p.end) });
        interpreter.run(script, parsed.stmts, markdown || (script.session !== undefined && script.session === session));
        session = script.session;
    }
    return { declarations: interpreter.finish(), problems };
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
