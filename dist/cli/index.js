import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9422);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgv

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/inputs.ts

/**
 * Inputs read once, the same way for the action (`core.getInput`) and the
 * CLI (flags). Names are the action's kebab-case input names; the CLI maps
 * its flags onto them. Errors name the input (or flag) and the allowed values.
 */
class Inputs {
    get;
    describe;
    constructor(get, 
    /** How the user spells an input: `input 'fail-on'` in the action, `--fail-on` in the CLI. */
    describe = (name) => `input '${name}'`) {
        this.get = get;
        this.describe = describe;
    }
    /** The trimmed value, or undefined when empty or absent. */
    string(name) {
        const v = this.get(name)?.trim();
        return v ? v : undefined;
    }
    required(name, hint) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors/* UsageError */.eb(`${this.describe(name)} is required${hint ? `: ${hint}` : ''}`);
        return v;
    }
    boolean(name, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (/^(true|yes|1|on)$/i.test(v))
            return true;
        if (/^(false|no|0|off)$/i.test(v))
            return false;
        throw new errors/* UsageError */.eb(`${this.describe(name)} must be true or false, not '${v}'`);
    }
    choice(name, allowed, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        const match = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
        if (!match)
            throw new errors/* UsageError */.eb(`${this.describe(name)} must be one of ${allowed.join(', ')}, not '${v}'`);
        return match;
    }
    integer(name, fallback, { min = 0 } = {}) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (!/^\d+$/.test(v) || Number(v) < min)
            throw new errors/* UsageError */.eb(`${this.describe(name)} must be a whole number of at least ${min}, not '${v}'`);
        return Number(v);
    }
    /** Multi-line (or comma-separated, for flags given once) lists; blank lines and `#` comments dropped. */
    lines(name) {
        const v = this.get(name) ?? '';
        return v
            .split(/\r?\n/)
            .flatMap((l) => (l.includes(',') && !l.includes('=') ? l.split(',') : [l]))
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'));
    }
    /** `key=value` lines (tags). */
    keyValues(name) {
        const out = {};
        for (const line of (this.get(name) ?? '').split(/\r?\n|,(?=[^,=]+=)/)) {
            const t = line.trim();
            if (!t || t.startsWith('#'))
                continue;
            const eq = t.indexOf('=');
            if (eq <= 0)
                throw new errors/* UsageError */.eb(`${this.describe(name)}: '${t}' is not key=value`);
            out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
        }
        return out;
    }
    /** A JSON object (nodepool-properties, cluster-properties). */
    json(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${this.describe(name)} is not valid JSON: ${err.message}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new errors/* UsageError */.eb(`${this.describe(name)} must be a JSON object`);
        return parsed;
    }
}

;// CONCATENATED MODULE: ./src/modes.ts
const MODES = ['snapshot', 'lint', 'create-nodepool', 'upgrade-nodepool', 'create-cluster', 'list', 'prune'];
/**
 * Each mode is loaded only when chosen, so `lint` never loads the Azure SDK
 * (ESLint's LazyLoadingRuleMap does the same for rules).
 */
async function loadMode(mode) {
    switch (mode) {
        case 'snapshot':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(254)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5254))).run;
        case 'lint':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(759), __nccwpck_require__.e(378)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8378))).run;
        case 'create-nodepool':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(41), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8641))).run;
        case 'upgrade-nodepool':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(41), __nccwpck_require__.e(747)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3747))).run;
        case 'create-cluster':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(41), __nccwpck_require__.e(110)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9729))).run;
        case 'list':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(41), __nccwpck_require__.e(214)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2214))).run;
        case 'prune':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(729), __nccwpck_require__.e(291), __nccwpck_require__.e(41), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4532))).run;
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts




/** Flags whose CLI name differs from the action input they set. */
const FLAG_TO_INPUT = { subscription: 'subscription-id', timeout: 'timeout-minutes' };
const INPUT_TO_FLAG = Object.fromEntries(Object.entries(FLAG_TO_INPUT).map(([f, i]) => [i, f]));
/** Flags that take no value. */
const SWITCHES = new Set(['json', 'debug', 'dry-run', 'resolve-live', 'help', 'version', 'annotate', 'only-changed', 'pr-comment']);
const USAGE = `Usage: aks-snapshot <command> [options]

Commands:
  snapshot          take a node pool snapshot (--resource-group --cluster-name --nodepool-name | --nodepool-id)
  lint [paths...]   lint Bicep, ARM, Terraform and az CLI for pools not pinned to a snapshot
  create-nodepool   add a node pool from a snapshot (--snapshot-id | --pin --catalog)
  upgrade-nodepool  upgrade a node pool to a snapshot
  create-cluster    create a cluster whose system pool comes from a snapshot
  list              list snapshots, the pools built from each, and drift
  prune             delete old snapshots that nothing uses

Azure options: --subscription --environment --arm-endpoint --authority-host
               --client-id --tenant-id --timeout <minutes>
Lint options:  --format text|json|sarif|github --output FILE --config FILE
               --catalog FILE --fail-on error|warning|never --baseline FILE
               --write-baseline FILE
Other:         --json  --debug  --help  --version
Every action input is accepted as --<input-name> <value>.`;
const defaultIO = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY)
});
/** Runs the CLI; returns the exit code (0 ok, 1 findings/failure, 2 usage or internal error). */
async function main(argv, io = defaultIO()) {
    const secrets = [];
    const mask = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
    let debug = false;
    const host = {
        isAction: false,
        isTTY: io.isTTY,
        info: (m) => io.stderr(mask(m) + '\n'),
        print: (m) => io.stdout(mask(m) + (m.endsWith('\n') ? '' : '\n')),
        debug: (m) => {
            if (debug)
                io.stderr(mask(`debug: ${m}`) + '\n');
        },
        warning: (m) => io.stderr(mask(`warning: ${m}`) + '\n'),
        error: (m) => io.stderr(mask(`error: ${m}`) + '\n'),
        notice: (m) => io.stderr(mask(`notice: ${m}`) + '\n'),
        setSecret: (v) => {
            if (v)
                secrets.push(v);
        },
        setOutput: () => { },
        addSummary: async () => { }
    };
    try {
        const { command, values } = parseArgv(argv);
        debug = values.debug === 'true';
        if (values.version === 'true') {
            host.print(version/* VERSION */.x);
            return 0;
        }
        if (!command || values.help === 'true') {
            host.print(USAGE);
            return command || values.help === 'true' ? 0 : 2;
        }
        if (!MODES.includes(command))
            throw new errors/* UsageError */.eb(`unknown command '${command}'; commands: ${MODES.join(', ')}`);
        const inputs = new Inputs((name) => values[name], (name) => `--${INPUT_TO_FLAG[name] ?? name}`);
        values.mode = command;
        const runMode = await loadMode(command);
        return await runMode(inputs, host);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (err instanceof Error && err.stack)
            host.debug(err.stack);
        if (err instanceof errors/* UsageError */.eb) {
            host.error(message);
            return 2;
        }
        if (err instanceof errors/* AzureOperationError */.XP || err instanceof errors/* PreflightError */.wG) {
            host.error(message);
            return 1;
        }
        host.error(`internal error: ${message}${debug ? '' : ' (run with --debug for details)'}`);
        return 2;
    }
}
/** `cmd pos... --flag value --flag=value --switch`; positionals after the command become the `paths` input. */
function parseArgv(argv) {
    const values = {};
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const flag = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
            const name = FLAG_TO_INPUT[flag] ?? flag;
            let value;
            if (eq > 0)
                value = arg.slice(eq + 1);
            else if (SWITCHES.has(flag) && (i + 1 >= argv.length || !/^(true|false)$/i.test(argv[i + 1])))
                value = 'true';
            else if (i + 1 < argv.length)
                value = argv[++i];
            else
                throw new errors/* UsageError */.eb(`--${flag} needs a value`);
            values[name] = name in values && isListInput(name) ? `${values[name]}\n${value}` : value;
        }
        else if (arg === '-h') {
            values.help = 'true';
        }
        else {
            positionals.push(arg);
        }
    }
    const [command, ...rest] = positionals;
    if (rest.length)
        values.paths = [values.paths, ...rest].filter(Boolean).join('\n');
    return { command, values };
}
const isListInput = (name) => ['paths', 'exclude', 'tags'].includes(name);


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ AzureOperationError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
/* unused harmony export formatAzureError */
/**
 * Errors that reach the user. Everything else is a bug and is reported with
 * its stack only under --debug / ACTIONS_STEP_DEBUG.
 */
/** Bad inputs, flags or configuration: exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** A failed ARM call: the step, the resource, ARM's code and message, and what now exists in Azure. */
class AzureOperationError extends Error {
    details;
    name = 'AzureOperationError';
    constructor(details) {
        super(formatAzureError(details));
        this.details = details;
    }
}
function formatAzureError(d) {
    const parts = [`${d.step} failed for ${d.resourceId}`];
    if (d.status !== undefined)
        parts.push(`HTTP ${d.status}`);
    if (d.code)
        parts.push(d.code);
    let text = parts.join(': ');
    if (d.armMessage)
        text += `: ${d.armMessage}`;
    if (d.state)
        text += `. ${d.state}`;
    return text;
}
/** A preflight rule failed: nothing was changed in Azure. Exit code 1. */
class PreflightError extends Error {
    name = 'PreflightError';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ DOCS_BASE),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version, shown in JSON and SARIF output; kept equal to package.json's by a test. */
const VERSION = '0.1.0';
/** Rule documentation links are pinned to the release tag, as tflint's Link() is. */
const DOCS_BASE = `https://github.com/aks-snapshot/aks-snapshot/blob/v${VERSION}/`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
