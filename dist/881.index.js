export const id = 881;
export const ids = [881];
export const modules = {

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ mode_run),
  setLiveLookup: () => (/* binding */ setLiveLookup)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/catalog.ts
var catalog = __webpack_require__(6333);
// EXTERNAL MODULE: ./src/policy/config.ts
var policy_config = __webpack_require__(2714);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/policy/baseline.ts





const BASELINE_VERSION = 1;
async function readBaseline(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`cannot read the baseline ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
    return parseBaseline(file, text);
}
function parseBaseline(file, text) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`the baseline ${file} is not valid JSON: ${err.message}`);
    }
    const data = raw;
    if (typeof raw !== 'object' || raw === null || !Array.isArray(data.findings))
        throw new errors/* UsageError */.eb(`the baseline ${file} must be a JSON object with "version" and "findings" (write one with --write-baseline)`);
    if (data.version !== BASELINE_VERSION)
        throw new errors/* UsageError */.eb(`the baseline ${file} has version ${JSON.stringify(data.version)}; this aks-snapshot reads version ${BASELINE_VERSION}`);
    const fingerprints = new Set();
    data.findings.forEach((f, i) => {
        if (typeof f?.fingerprint !== 'string' || !f.fingerprint)
            throw new errors/* UsageError */.eb(`the baseline ${file}: findings[${i}] has no "fingerprint"`);
        fingerprints.add(f.fingerprint);
    });
    return { file, fingerprints };
}
/**
 * Writes every finding not suppressed in source (baselined ones included, so
 * rewriting a baseline keeps what it had and still matches). Sorted, so the
 * file diffs well; rule, file, line and message are there for reviewers only.
 */
async function writeBaseline(file, findings) {
    const entries = findings
        .filter((f) => f.fingerprint && f.suppressed?.kind !== 'inSource')
        .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, line: f.line, message: f.message }))
        .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
    const body = { version: BASELINE_VERSION, tool: { name: 'aks-snapshot', version: version/* VERSION */.x }, findings: entries };
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(external_node_path_.resolve(file)), { recursive: true });
    await external_node_fs_.promises.writeFile(file, JSON.stringify(body, null, 2) + '\n', 'utf8');
    return entries.length;
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Stable fingerprints: a hash of the rule, file, resource, message (line
 * numbers in it masked) and the text of the finding's first line with
 * surrounding whitespace trimmed, plus an occurrence counter among findings
 * with the same hash (in file order), so identical findings stay distinct.
 * Only the first line: a finding on a whole resource (an ARM resource object)
 * keeps its fingerprint when another property of the resource changes.
 * `lineText(file, from, to)` gives the flagged lines.
 */
function addFingerprints(findings, lineText) {
    const seen = new Map();
    for (const f of findings) {
        const base = [
            f.ruleId,
            f.file,
            f.resource ?? '',
            f.message.replace(/\blines? \d+(-\d+)?/g, 'line N'),
            lineText(f.file, f.line, f.line)
        ].join('\u0000');
        const hash = (0,external_node_crypto_.createHash)('sha256').update(base).digest('hex').slice(0, 32);
        const n = seen.get(hash) ?? 0;
        seen.set(hash, n + 1);
        f.fingerprint = n ? `${hash}:${n}` : hash;
    }
}

;// CONCATENATED MODULE: ./src/report/types.ts
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const f of findings) {
        if (f.suppressed)
            counts.suppressed++;
        else if (f.severity === 'error')
            counts.errors++;
        else if (f.severity === 'warning')
            counts.warnings++;
        else
            counts.notes++;
    }
    return counts;
}
const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/**
 * Within one severity, the rules whose findings break a deployment or an
 * upgrade come first: GitHub shows only 10 annotations per level, and a
 * truncated summary keeps its head.
 */
const RULE_IMPORTANCE = [
    'missing-snapshot-id',
    'invalid-snapshot-id',
    'version-downgrade',
    'os-mismatch',
    'vm-family-mismatch',
    'version-conflict',
    'snapshot-region',
    'parse-error',
    'unpinned-upgrade',
    'node-image-only-required',
    'unknown-snapshot',
    'unsupported-version',
    'deprecated-command',
    'invalid-suppression'
];
const importance = (ruleId) => {
    const i = RULE_IMPORTANCE.indexOf(ruleId);
    return i < 0 ? RULE_IMPORTANCE.length : i;
};
/** Most important first: severity, then rule importance, then file, line and column. */
function compareByImportance(a, b) {
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || importance(a.ruleId) - importance(b.ruleId) || compareByPosition(a, b);
}
/** Reading order: file, line, column, then rule id so equal positions are stable. */
function compareByPosition(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/report/annotations.ts

/** GitHub shows at most 10 annotations per level (error, warning, notice) in one step and drops the rest. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
/** The annotations worth emitting: the most important `perLevel` of each level, so the ones GitHub shows are the ones that matter. */
function selectAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const omitted = { error: 0, warning: 0, note: 0 };
    const taken = { error: 0, warning: 0, note: 0 };
    const annotations = [];
    for (const f of findings.filter((x) => !x.suppressed).sort(compareByImportance)) {
        if (taken[f.severity] >= perLevel) {
            omitted[f.severity]++;
            continue;
        }
        taken[f.severity]++;
        annotations.push({ level: LEVEL[f.severity], message: f.message, properties: propertiesOf(f) });
    }
    return { annotations, omitted };
}
function propertiesOf(f) {
    const p = { title: f.ruleId, file: f.file, startLine: f.line, endLine: Math.max(f.line, f.endLine) };
    // GitHub rejects columns on an annotation that spans several lines.
    if (p.endLine === p.startLine) {
        p.startColumn = f.column;
        p.endColumn = Math.max(f.column, f.endColumn);
    }
    return p;
}
/** One line about what was left out, or undefined when nothing was. */
function omittedNote(omitted) {
    const parts = [
        omitted.error && plural(omitted.error, 'more error'),
        omitted.warning && plural(omitted.warning, 'more warning'),
        omitted.note && plural(omitted.note, 'more note')
    ].filter(Boolean);
    if (!parts.length)
        return undefined;
    return `${parts.join(', ')} not annotated: GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level in a step.`;
}
/**
 * `--format github`: workflow commands (`::error file=...::message`) for a
 * `run:` step, escaped as @actions/core escapes them.
 */
function formatGithub(result, perLevel = ANNOTATIONS_PER_LEVEL) {
    const { annotations, omitted } = selectAnnotations(result.findings, perLevel);
    let out = annotations.map((a) => `::${a.level} ${commandProperties(a.properties)}::${escapeData(a.message)}\n`).join('');
    const note = omittedNote(omitted);
    if (note)
        out += `${note}\n`;
    return out;
}
function commandProperties(p) {
    const pairs = [
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn],
        ['title', p.title]
    ];
    return pairs
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

;// CONCATENATED MODULE: ./src/report/text.ts

/**
 * Node's rule (tty.getColorDepth): FORCE_COLOR wins over NO_COLOR, and
 * FORCE_COLOR=0/false turns colour off; otherwise colour only on a terminal.
 */
function shouldUseColor(env, isTTY) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !/^(0|false)$/i.test(force);
    if (env.NO_COLOR)
        return false;
    return isTTY;
}
const ansi = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text) => text;
/**
 * ESLint's stylish layout: findings grouped by file, `line:col  severity
 * message  rule-id` in aligned columns, then one summary line. Suppressed
 * findings are counted, not listed.
 */
function formatText(result, options = {}) {
    const c = options.color;
    const red = c ? ansi(31, 39) : plain;
    const yellow = c ? ansi(33, 39) : plain;
    const blue = c ? ansi(34, 39) : plain;
    const dim = c ? ansi(2, 22) : plain;
    const bold = c ? ansi(1, 22) : plain;
    const underline = c ? ansi(4, 24) : plain;
    const green = c ? ansi(32, 39) : plain;
    const shown = result.findings.filter((f) => !f.suppressed).sort(compareByPosition);
    const byFile = new Map();
    for (const f of shown)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    let out = '';
    for (const [file, findings] of byFile) {
        const lineWidth = Math.max(...findings.map((f) => String(f.line).length));
        const positions = findings.map((f) => `${String(f.line).padStart(lineWidth)}:${f.column}`);
        const posWidth = Math.max(...positions.map((p) => p.length));
        const sevWidth = Math.max(...findings.map((f) => f.severity.length));
        const msgWidth = Math.max(...findings.map((f) => f.message.length));
        out += `\n${underline(file)}\n`;
        findings.forEach((f, i) => {
            const paint = f.severity === 'error' ? red : f.severity === 'warning' ? yellow : blue;
            const sev = paint(f.severity) + ' '.repeat(sevWidth - f.severity.length);
            out += `  ${dim(positions[i].padEnd(posWidth))}  ${sev}  ${f.message.padEnd(msgWidth)}  ${dim(f.ruleId)}\n`;
        });
    }
    const counts = countFindings(result.findings);
    const total = counts.errors + counts.warnings + counts.notes;
    const scanned = `${plural(result.filesScanned, 'file')} scanned`;
    const suppressed = counts.suppressed ? `, ${counts.suppressed} suppressed not shown` : '';
    if (total === 0)
        return `${green('✔')} No problems (${scanned}${suppressed})\n`;
    const paint = counts.errors ? red : counts.warnings ? yellow : blue;
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), plural(counts.notes, 'note')];
    out += `\n${paint(bold(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`))} in ${scanned}${suppressed}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/report/json.ts


function toJsonReport(result) {
    return {
        version: 1,
        tool: { name: 'aks-snapshot', version: version/* VERSION */.x },
        filesScanned: result.filesScanned,
        findings: [...result.findings].sort(compareByPosition).map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            resource: f.resource ?? null,
            fingerprint: f.fingerprint ?? null,
            suppressed: f.suppressed ? { kind: f.suppressed.kind, justification: f.suppressed.justification } : null
        })),
        summary: countFindings(result.findings)
    };
}
function formatJson(result) {
    return JSON.stringify(toJsonReport(result), null, 2) + '\n';
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/report/sarif.ts



/** The fingerprint scheme; bump the version if fingerprints ever change meaning, so code scanning does not merge unrelated alerts. */
const FINGERPRINT_KEY = 'aksSnapshot/v1';
const SRCROOT = '%SRCROOT%';
const REPOSITORY_URL = version/* DOCS_BASE */.M.replace(/\/blob\/.*$/, '');
/** SARIF 2.1.0, one run, as GitHub code scanning ingests it. */
function toSarif(result, options) {
    const rules = options.rules.map(describeRule);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // A finding of a rule missing from the list (should not happen) still gets a descriptor, so ruleIndex stays valid.
    for (const f of result.findings) {
        if (!index.has(f.ruleId)) {
            index.set(f.ruleId, rules.length);
            rules.push({ id: f.ruleId, shortDescription: { text: f.ruleId } });
        }
    }
    const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/+$/, '') + '/' : '';
    const run = {
        tool: {
            driver: { name: 'aks-snapshot', version: version/* VERSION */.x, semanticVersion: version/* VERSION */.x, informationUri: REPOSITORY_URL, rules }
        },
        columnKind: 'utf16CodeUnits',
        results: [...result.findings].sort(compareByPosition).map((f) => toResult(f, index.get(f.ruleId), prefix))
    };
    if (options.srcRoot) {
        const root = (0,external_node_url_.pathToFileURL)(options.srcRoot).href;
        run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } };
    }
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}
function formatSarif(result, options) {
    return JSON.stringify(toSarif(result, options), null, 2) + '\n';
}
function describeRule(meta) {
    const helpUri = version/* DOCS_BASE */.M + meta.docsPath;
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.fullDescription },
        help: {
            text: `${meta.fullDescription}\n\nHow to fix, with examples: ${helpUri}`,
            markdown: `**${meta.description}**\n\n${meta.fullDescription}\n\n[How to fix, with examples](${helpUri})`
        },
        helpUri,
        defaultConfiguration: { level: meta.severity }
    };
}
function toResult(f, ruleIndex, prefix) {
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: f.severity,
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodePath(prefix + f.file), uriBaseId: SRCROOT },
                    region: region(f)
                }
            }
        ]
    };
    if (f.fingerprint)
        result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    if (f.suppressed) {
        result.suppressions = [
            {
                // A baseline lives outside the source file: SARIF's `external`.
                kind: f.suppressed.kind === 'inSource' ? 'inSource' : 'external',
                status: 'accepted',
                justification: f.suppressed.justification
            }
        ];
    }
    if (f.resource)
        result.properties = { resource: f.resource };
    return result;
}
/** SARIF requires a consistent region (end not before start); a reader bug must not make the whole file invalid. */
function region(f) {
    const startLine = Math.max(1, f.line);
    const startColumn = Math.max(1, f.column);
    let endLine = Math.max(startLine, f.endLine);
    let endColumn = Math.max(1, f.endColumn);
    if (endLine === startLine && endColumn < startColumn)
        endColumn = startColumn;
    if (!Number.isFinite(endLine))
        endLine = startLine;
    return { startLine, startColumn, endLine, endColumn };
}
/** A relative URI reference: each POSIX segment percent-encoded (spaces, `#`, `%`, non-ASCII). */
function encodePath(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
const pascalCase = (id) => id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

;// CONCATENATED MODULE: ./src/report/summary.ts

/** GitHub refuses a job summary over 1 MiB; stay well under it with room for the header and the tail. */
const SUMMARY_MAX_BYTES = 1_000_000;
const HEADER = '| Location | Rule | Severity | Message |\n| --- | --- | --- | --- |\n';
/**
 * The job summary: counts, then every unsuppressed finding, most important
 * first, truncated with a count rather than exceeding the size limit.
 */
function formatSummary(result, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
    const counts = countFindings(result.findings);
    const total = counts.errors + counts.warnings + counts.notes;
    const verdict = options.result === 'fail' ? '❌ **Failed**: ' : options.result === 'pass' ? '✅ **Passed**: ' : '';
    const tally = total
        ? `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')}`
        : 'no problems';
    const suppressed = counts.suppressed ? `; ${counts.suppressed} suppressed` : '';
    let out = `### ${options.heading ?? 'aks-snapshot lint'}\n\n${verdict}${tally} in ${plural(result.filesScanned, 'file')} scanned${suppressed}.\n`;
    if (!total)
        return out;
    out += `\n${HEADER}`;
    const rows = result.findings
        .filter((f) => !f.suppressed)
        .sort(compareByImportance)
        .map((f) => `| ${cell(`${f.file}:${f.line}:${f.column}`)} | \`${f.ruleId}\` | ${f.severity} | ${cell(f.message)} |\n`);
    // Reserve room for the longest possible tail so adding it never crosses the limit.
    const tail = (n) => `\n… and ${plural(n, 'more finding')} (all of them are in the SARIF and JSON output).\n`;
    let bytes = Buffer.byteLength(out) + Buffer.byteLength(tail(rows.length));
    let shown = 0;
    for (const row of rows) {
        const size = Buffer.byteLength(row);
        if (bytes + size > maxBytes)
            break;
        out += row;
        bytes += size;
        shown++;
    }
    if (shown < rows.length)
        out += tail(rows.length - shown);
    return out;
}
/** A Markdown table cell: no pipes or newlines breaking the row, no HTML (messages quote `<resource-group>`-style placeholders). */
function cell(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./src/report/index.ts
/** Reporters: pure functions from a lint result to text, like ESLint's formatters. */






const FORMATS = ['text', 'json', 'sarif', 'github'];

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/lint/discover.ts




/** Folders never walked into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Our own config is YAML but never holds scripts; counting it as scanned would puzzle users. */
const SKIPPED_FILES = new Set(['.aks-snapshot.yml', '.aks-snapshot.yaml']);
/**
 * The candidate files for lint, as sorted POSIX paths relative to cwd.
 * `.gitignore` files are honoured at every level, from the enclosing git
 * repository's root (or cwd when there is none) down, whether or not git is
 * installed. A file named explicitly in `paths` is taken even when ignored
 * by git, as a user naming it expects; include/exclude still apply.
 */
async function discover(options) {
    const cwd = external_node_path_.resolve(options.cwd);
    const filter = globFilter(options.include, options.exclude);
    const ignores = new GitIgnores(await gitRoot(cwd));
    const roots = (options.paths?.length ? options.paths : ['.']).map((p) => external_node_path_.resolve(cwd, p));
    const found = new Set();
    const rel = (abs) => toPosix(external_node_path_.relative(cwd, abs));
    if (options.onlyFiles) {
        for (const f of options.onlyFiles) {
            const abs = external_node_path_.resolve(cwd, f);
            if (!roots.some((r) => abs === r || abs.startsWith(r + external_node_path_.sep)))
                continue;
            if (abs.split(external_node_path_.sep).some((part) => SKIPPED_DIRS.has(part)))
                continue;
            const stat = await external_node_fs_.promises.stat(abs).catch(() => undefined);
            if (!stat?.isFile())
                continue;
            if (!roots.includes(abs) && (await ignores.ignored(abs, false)))
                continue;
            if (filter(rel(abs)))
                found.add(rel(abs));
        }
        return [...found].sort();
    }
    const walk = async (dir) => {
        const entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const abs = external_node_path_.join(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Files behind links are read; linked folders are not walked, which rules out cycles.
                const stat = await external_node_fs_.promises.stat(abs).catch(() => undefined);
                isFile = !!stat?.isFile();
                isDir = false;
            }
            if (isDir) {
                if (SKIPPED_DIRS.has(entry.name) || (await ignores.ignored(abs, true)))
                    continue;
                await walk(abs);
            }
            else if (isFile) {
                if (SKIPPED_FILES.has(entry.name) || (await ignores.ignored(abs, false)))
                    continue;
                if (filter(rel(abs)))
                    found.add(rel(abs));
            }
        }
    };
    for (const root of roots) {
        const stat = await external_node_fs_.promises.stat(root).catch(() => undefined);
        if (stat?.isDirectory())
            await walk(root);
        else if (stat?.isFile() && filter(rel(root)))
            found.add(rel(root));
    }
    return [...found].sort();
}
/**
 * Whether a path (relative to cwd) is left out of the run the way discovery
 * leaves it out: under node_modules or .git, ignored by git, or excluded by a
 * glob. Readers that look beyond the file they read (Terraform's search for
 * the callers of a module) use it, so an excluded folder has no say.
 */
async function exclusionTest(options) {
    const cwd = external_node_path_.resolve(options.cwd);
    const ignores = new GitIgnores(await gitRoot(cwd));
    const kept = globFilter([], options.exclude);
    return async (file, isDir) => {
        const rel = toPosix(file)
            .replace(/^\.\/?/, '')
            .replace(/\/$/, '');
        if (!rel)
            return false;
        if (rel.split('/').some((part) => SKIPPED_DIRS.has(part)))
            return true;
        // A folder is excluded when what is inside it is (`examples/**`, `**/legacy/**`).
        if (!kept(rel) || (isDir && !kept(`${rel}/_`)))
            return true;
        return ignores.ignored(external_node_path_.resolve(cwd, rel), isDir);
    };
}
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
/**
 * include (default everything) and exclude globs over cwd-relative paths. As
 * in .gitignore, a glob with no slash matches a file or folder name at any
 * level (`*.md`, `legacy`); a trailing slash means everything below.
 */
function globFilter(include = [], exclude = []) {
    const opts = { dot: true };
    const compile = (globs) => globs.map((g) => {
        const glob = g.trim().replace(/^\.\//, '').replace(/\/$/, '/**');
        if (glob.includes('/'))
            return picomatch_default()(glob, opts);
        const name = picomatch_default()(glob, opts);
        return (file) => file.split('/').some((part) => name(part));
    });
    const inc = compile(include);
    const exc = compile(exclude);
    return (file) => (!inc.length || inc.some((m) => m(file))) && !exc.some((m) => m(file));
}
/** The folder holding `.git` above (or at) `dir`, else `dir` itself. */
async function gitRoot(dir) {
    let current = dir;
    for (;;) {
        if (await external_node_fs_.promises.stat(external_node_path_.join(current, '.git')).catch(() => undefined))
            return current;
        const parent = external_node_path_.dirname(current);
        if (parent === current)
            return dir;
        current = parent;
    }
}
/**
 * `.gitignore` semantics: each file's patterns are relative to its folder;
 * a deeper file's verdict (ignore or `!` re-include) overrides a shallower
 * one; nothing inside an ignored folder can be re-included.
 */
class GitIgnores {
    root;
    perDir = new Map();
    dirVerdicts = new Map();
    constructor(root) {
        this.root = root;
    }
    load(dir) {
        let p = this.perDir.get(dir);
        if (!p) {
            p = external_node_fs_.promises
                .readFile(external_node_path_.join(dir, '.gitignore'), 'utf8')
                .then((text) => ignore_default()({ allowRelativePaths: true }).add(text))
                .catch(() => undefined);
            this.perDir.set(dir, p);
        }
        return p;
    }
    async ignored(abs, isDir) {
        if (abs === this.root || !abs.startsWith(this.root + external_node_path_.sep))
            return false;
        const parent = external_node_path_.dirname(abs);
        if (parent !== this.root && (await this.dirIgnored(parent)))
            return true;
        // Deepest .gitignore first: the first one with a verdict decides.
        for (let dir = parent;; dir = external_node_path_.dirname(dir)) {
            const ig = await this.load(dir);
            if (ig) {
                const r = ig.test(toPosix(external_node_path_.relative(dir, abs)) + (isDir ? '/' : ''));
                if (r.ignored)
                    return true;
                if (r.unignored)
                    return false;
            }
            if (dir.length <= this.root.length)
                return false;
        }
    }
    dirIgnored(dir) {
        let p = this.dirVerdicts.get(dir);
        if (!p) {
            p = this.ignored(dir, true);
            this.dirVerdicts.set(dir, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./src/policy/suppressions.ts
var suppressions = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/readers/index.ts
var readers = __webpack_require__(6300);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/lint/decode.ts
/**
 * Turning bytes into text for readers: UTF-8 only (SPEC §6), BOM removed.
 * A file that is binary or not UTF-8 gets a problem with the position of the
 * first bad byte, so the `parse-error` finding points at it.
 */
const HEAD_BYTES = 8192;
const lenient = new TextDecoder('utf-8');
/** The start of a file as text whatever its encoding: enough to classify it. */
function headText(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, HEAD_BYTES));
    return stripBom(lenient.decode(bytes.subarray(0, HEAD_BYTES)).replace(/\u0000/g, ''));
}
const headOf = headText;
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8', line: 1, column: 1, head: headText(bytes) };
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { ok: false, message: 'the file is binary (it contains NUL bytes), not text', ...position(bytes, nul), head: headOf(bytes) };
    try {
        return { ok: true, text: stripBom(utf8.decode(bytes)) };
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        return { ok: false, message: 'the file is not valid UTF-8 text', ...position(bytes, at), head: headOf(bytes) };
    }
}
/** For text given in memory: a NUL character makes it binary. */
function checkText(text) {
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
        const before = text.slice(0, nul);
        const line = before.split('\n').length;
        return {
            ok: false,
            message: 'the file is binary (it contains NUL bytes), not text',
            line,
            column: nul - before.lastIndexOf('\n'),
            head: text.slice(0, 8192)
        };
    }
    return { ok: true, text: stripBom(text) };
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** 1-based line and column (in characters of the valid prefix) of byte `offset`. */
function position(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { line, column: [...prefix].length + 1 };
}
/** Offset of the first byte that does not start (or continue) a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let n;
        let min;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf) {
            n = 1;
            min = 0x80;
        }
        else if (c >= 0xe0 && c <= 0xef) {
            n = 2;
            min = 0x800;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            n = 3;
            min = 0x10000;
        }
        else
            return i;
        let cp = c & (0x3f >> n);
        for (let k = 1; k <= n; k++) {
            const cc = b[i + k];
            if (cc === undefined || (cc & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n + 1;
    }
    return b.length;
}

;// CONCATENATED MODULE: ./src/lint/instances.ts

/**
 * Loop instances (`pools[0]`, `count.index=1`, `each.key=gpu`) that give the
 * same finding at the same position are reported once, the message naming
 * the instances; a finding from a single instance names it too, so the user
 * knows which iteration is wrong. Instances usually differ in their pool's
 * name (`zone${count.index}`): findings that differ only in the pool name are
 * the same finding, and the message names every pool (`zone1/zone2`). A
 * finding that the file gives on its own
 * (no instance) wins over the same finding from its callers (a Bicep module
 * linted alone and through `module x './aks.bicep'`): it is reported once.
 */
function mergeInstances(drafts) {
    const out = [];
    const groups = new Map();
    const at = (d) => [d.ruleId, d.file, d.line, d.column, d.endLine, d.endColumn].join('\u0000');
    // Instances of one loop: the same finding but for the pool's name.
    const keyOf = (d) => {
        const { pool: _pool, ...rest } = d.data ?? {};
        return `${at(d)}\u0000${d.template ? `${d.template}\u0000${JSON.stringify(rest)}` : d.message}`;
    };
    // The file on its own and a caller: the very same message.
    const plain = new Set(drafts.filter((d) => !d.declaration?.instance).map((d) => `${at(d)}\u0000${d.message}`));
    for (const d of drafts) {
        const instance = d.declaration?.instance;
        if (!instance) {
            out.push(d);
            continue;
        }
        if (plain.has(`${at(d)}\u0000${d.message}`))
            continue;
        const key = keyOf(d);
        const group = groups.get(key);
        const pool = d.data?.pool;
        if (group) {
            if (!group.instances.includes(instance))
                group.instances.push(instance);
            if (pool !== undefined && !group.pools.includes(String(pool)))
                group.pools.push(String(pool));
        }
        else {
            const first = { ...d };
            groups.set(key, { first, instances: [instance], pools: pool === undefined ? [] : [String(pool)] });
            out.push(first);
        }
    }
    for (const { first, instances, pools } of groups.values()) {
        if (pools.length > 1 && first.template)
            first.message = (0,types/* formatMessage */.h)(first.template, { ...first.data, pool: pools.join('/') });
        const message = first.message.replace(/\.$/, '');
        first.message = `${message} (${instances.length > 1 ? 'instances' : 'instance'}: ${instances.join(', ')})${first.message.endsWith('.') ? '.' : ''}`;
    }
    return out;
}

// EXTERNAL MODULE: ./src/lint/snapshots.ts
var snapshots = __webpack_require__(544);
;// CONCATENATED MODULE: ./src/lint/engine.ts










/** Rules with no module of their own: the engine reports them. */
const ENGINE_SEVERITY = { 'parse-error': 'error', 'invalid-suppression': 'warning' };
/** How many files are read and parsed at once. */
const CONCURRENCY = 16;
/** Lints files on disk. */
async function lint(options) {
    const cwd = external_node_path_.resolve(options.cwd);
    const files = await discover({ ...options, cwd });
    return run(files, new SourceCache(cwd), options);
}
/** In-memory sources, for tests and docs examples; module/parameter files are read from `sources` first, then disk under cwd. */
async function lintSources(sources, options = {}) {
    const cwd = path.resolve(options.cwd ?? process.cwd());
    const cache = new SourceCache(cwd);
    for (const s of sources)
        cache.preset(normalise(s.path), s.text);
    return run(sources.map((s) => normalise(s.path)), cache, { ...options, cwd });
}
const normalise = (p) => external_node_path_.posix.normalize(toPosix(p)).replace(/^\.\//, '');
async function run(files, cache, options) {
    const isExcluded = await exclusionTest({ cwd: options.cwd, exclude: options.exclude });
    const context = {
        ...cache.readerContext(),
        excluded: isExcluded,
        ...(options.catalog ? { catalog: options.catalog } : {})
    };
    const rules = options.ruleSet ?? (await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 4841))).RULES;
    const severity = severityOf(rules, options.rules ?? {});
    const drafts = [];
    const scanned = [];
    await pool(files, CONCURRENCY, async (file) => {
        const result = await readOne(file, cache, context, options.readers ?? {}, drafts, options.readTimeoutMs ?? READ_TIMEOUT_MS);
        if (result)
            scanned.push(result);
    });
    scanned.sort((a, b) => engine_cmp(a.file, b.file));
    // Live answers are asked for once; a second context build reuses them.
    const live = new Map();
    const resolveLive = options.resolveLive && memoLive(options.resolveLive, live);
    const supportedVersionsLive = options.supportedVersionsLive && memoRegions(options.supportedVersionsLive);
    const contextFor = (declarations) => (0,snapshots/* buildRuleContext */.a)(declarations, {
        catalog: options.catalog,
        policy: { snapshotRegion: 'any', ...options.policy },
        resolveLive,
        supportedVersionsLive
    });
    let declarations = scanned.flatMap((s) => s.declarations);
    let ruleContext = await contextFor(declarations);
    // Scripts follow snapshot properties from command to command while they are read (the control plane of
    // `az aks create --snapshot-id`, a pool's current versions): with what resolve-live found, read them again.
    const scripts = scanned.filter((s) => s.kind === 'cli' && s.declarations.length);
    if (live.size && scripts.length) {
        const known = new Set((options.catalog?.snapshots ?? []).map((s) => s.id.toLowerCase()));
        const fromLive = [...live].filter(([id]) => !known.has(id)).map(([id, info]) => ({ ...info, id: info.id ?? id }));
        const augmented = { pins: {}, ...options.catalog, snapshots: [...(options.catalog?.snapshots ?? []), ...fromLive] };
        const again = { ...context, catalog: augmented };
        for (const s of scripts) {
            const reread = await readOne(s.file, cache, again, options.readers ?? {}, drafts, options.readTimeoutMs ?? READ_TIMEOUT_MS);
            if (reread)
                Object.assign(s, { declarations: reread.declarations, suppressions: reread.suppressions });
        }
        declarations = scanned.flatMap((s) => s.declarations);
        ruleContext = await contextFor(declarations);
    }
    for (const declaration of declarations) {
        for (const rule of rules) {
            if (severity(rule.meta.id) === 'off')
                continue;
            let reports;
            try {
                reports = rule.check(declaration, ruleContext);
            }
            catch (err) {
                // A rule that throws is a bug; the run goes on and the user sees where.
                drafts.push(draft('parse-error', 'error', `internal error in rule ${rule.meta.id} checking ${declaration.resource}: ${err.message}`, declaration.span));
                continue;
            }
            for (const report of reports) {
                const template = rule.meta.messages[report.messageId] ?? report.messageId;
                const data = shorten(report.data);
                const d = draft(rule.meta.id, report.severity ?? severityFor(rule.meta.id, rule.meta.severity, options.rules), (0,types/* formatMessage */.h)(template, data), report.span ?? declaration.span);
                d.resource = declaration.resource;
                d.declaration = declaration;
                d.template = template;
                if (data)
                    d.data = data;
                drafts.push(d);
            }
        }
    }
    // Suppression comments of every file read, plus what readers reported (ARM metadata).
    const directives = new Map();
    const addDirective = (d) => {
        const list = directives.get(d.span.file) ?? [];
        if (!list.some((x) => x.scope === d.scope && x.span.line === d.span.line && x.span.column === d.span.column && x.rules.join() === d.rules.join()))
            list.push(d);
        directives.set(d.span.file, list);
    };
    for (const s of scanned) {
        const text = cache.text(s.file);
        if (text !== undefined)
            (0,suppressions/* scanSuppressions */.as)(s.file, text).forEach(addDirective);
        s.suppressions.forEach(addDirective);
    }
    for (const list of directives.values())
        for (const d of list)
            for (const message of (0,suppressions/* directiveProblems */.KP)(d))
                drafts.push(draft('invalid-suppression', 'warning', message, d.at ?? d.span));
    let findings = dedupe(mergeInstances(drafts)).filter((f) => severity(f.ruleId) !== 'off');
    for (const f of findings)
        if (ENGINE_SEVERITY[f.ruleId] && options.rules?.[f.ruleId])
            f.severity = options.rules[f.ruleId];
    // Suppressions need the text of the file a finding is in, which may be a module read through another file.
    const indexes = new Map();
    for (const f of findings) {
        if (!indexes.has(f.file)) {
            const list = directives.get(f.file) ?? (await directivesOf(f.file, cache));
            const text = cache.text(f.file);
            indexes.set(f.file, list.length && text !== undefined ? new suppressions/* SuppressionIndex */.aI(list, text) : undefined);
        }
        const hit = indexes.get(f.file)?.match(f.ruleId, f, f.declaration?.span.file === f.file ? f.declaration.span.line : undefined);
        if (hit)
            f.suppressed = { kind: 'inSource', justification: (0,suppressions/* justification */.DP)(hit) };
    }
    findings.sort((a, b) => engine_cmp(a.file, b.file) || a.line - b.line || a.column - b.column || engine_cmp(a.ruleId, b.ruleId) || engine_cmp(a.message, b.message));
    findings = findings.map(({ declaration: _d, ...f }) => f);
    addFingerprints(findings, (file, from, to) => cache.lines(file, from, to));
    if (options.baseline) {
        for (const f of findings)
            if (!f.suppressed && f.fingerprint && options.baseline.fingerprints.has(f.fingerprint))
                f.suppressed = { kind: 'baseline', justification: `in baseline ${options.baseline.file}` };
    }
    const read = scanned.map((s) => s.file);
    return { findings, filesScanned: read.length, files: read };
}
async function directivesOf(file, cache) {
    const text = (await cache.load(file)).text;
    return text === undefined ? [] : (0,suppressions/* scanSuppressions */.as)(file, text);
}
/** Calls resolve-live only for ids it has not been asked about, and keeps every answer in `answers` (by lowercase id). */
function memoLive(resolve, answers) {
    const asked = new Set();
    return async (ids) => {
        const fresh = ids.filter((id) => !asked.has(id.toLowerCase()));
        if (fresh.length) {
            fresh.forEach((id) => asked.add(id.toLowerCase()));
            for (const [id, info] of await resolve(fresh))
                if (info)
                    answers.set(id.toLowerCase(), info);
        }
        return new Map(ids.flatMap((id) => (answers.has(id.toLowerCase()) ? [[id, answers.get(id.toLowerCase())]] : [])));
    };
}
function memoRegions(fetch) {
    const lists = new Map();
    return (region) => {
        let list = lists.get(region);
        if (!list)
            lists.set(region, (list = fetch(region)));
        return list;
    };
}
/** Reads, classifies and parses one file; undefined when it is not of a kind we read. */
async function readOne(file, cache, context, injected, drafts, timeoutMs) {
    // Most files are decided by name alone; only .json and extensionless files need their start read.
    let kind = (0,readers/* classify */.L)(file, '');
    const needsHead = !kind && /(\.jsonc?|^[^.]*|\/[^./]*)$/i.test(file);
    if (!kind && !needsHead)
        return undefined;
    // The start is enough to rule out a large JSON file (a lock file, data) without reading it all.
    if (!kind && !(kind = (0,readers/* classify */.L)(file, cache.head(file))))
        return undefined;
    const loaded = await cache.load(file);
    if (!loaded.decoded)
        return undefined;
    const out = { file, kind, declarations: [], suppressions: [] };
    const decoded = loaded.decoded;
    if (!decoded.ok) {
        drafts.push(draft('parse-error', 'error', decoded.message, {
            file,
            line: decoded.line,
            column: decoded.column,
            endLine: decoded.line,
            endColumn: decoded.column
        }));
        return out;
    }
    try {
        const reader = injected[kind] ?? (await cachedReader(kind));
        const result = await withTimeout(reader.read({ path: file, text: decoded.text }, context), timeoutMs);
        out.declarations = result.declarations ?? [];
        out.suppressions = result.suppressions ?? [];
        // The first error in the file, whatever order the reader found them in (one parse-error per file).
        const problem = [...(result.problems ?? [])]
            .filter((p) => !p.span.file || p.span.file === file)
            .sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)[0] ?? result.problems?.[0];
        if (problem)
            drafts.push(draft('parse-error', 'error', problem.message, { ...problem.span, file: problem.span.file || file }));
    }
    catch (err) {
        drafts.push(draft('parse-error', 'error', `internal error reading this file: ${err?.message ?? String(err)}`, {
            file,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1
        }));
    }
    return out;
}
/** Values quoted in messages are cut to this many characters: a 2 MB string makes no annotation readable. */
const MAX_VALUE = 200;
function shorten(data) {
    if (!data)
        return data;
    const out = {};
    for (const [k, v] of Object.entries(data))
        out[k] = typeof v === 'string' && v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v;
    return out;
}
/** A reader whose promise never settles must not hold the run forever. */
const READ_TIMEOUT_MS = 120_000;
function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result after ${ms / 1000} s`)), ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** One import per kind per process: each dynamic import() costs a round trip through the module loader. */
const readerCache = new Map();
function cachedReader(kind) {
    let reader = readerCache.get(kind);
    if (!reader) {
        reader = (0,readers/* loadReader */.y)(kind);
        // A failed load is retried next time rather than remembered.
        reader.catch(() => readerCache.delete(kind));
        readerCache.set(kind, reader);
    }
    return reader;
}
function draft(ruleId, severity, message, span) {
    return {
        ruleId,
        severity,
        message,
        file: span.file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        suppressed: null
    };
}
function severityFor(id, fallback, configured) {
    const s = configured?.[id];
    return s && s !== 'off' ? s : fallback;
}
function severityOf(rules, configured) {
    const defaults = new Map(rules.map((r) => [r.meta.id, r.meta.severity]));
    return (id) => configured[id] ?? defaults.get(id) ?? ENGINE_SEVERITY[id] ?? 'error';
}
/** The same finding reached twice (a module file read on its own and through its parent) is reported once. */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = [f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.message].join('\u0000');
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const engine_cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function pool(items, size, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
/**
 * File text for readers and for the engine (suppressions, fingerprints),
 * read once: in-memory sources first, then disk under cwd.
 */
class SourceCache {
    cwd;
    entries = new Map();
    texts = new Map();
    splitLines = new Map();
    inMemory = new Set();
    listings = new Map();
    heads = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    preset(file, content) {
        this.inMemory.add(file);
        const decoded = typeof content === 'string' ? checkText(content) : decode(content);
        if (decoded.ok)
            this.texts.set(file, decoded.text);
        this.heads.set(file, decoded.ok ? decoded.text.slice(0, HEAD_BYTES) : decoded.head);
        this.entries.set(file, Promise.resolve({ decoded, text: decoded.ok ? decoded.text : undefined }));
    }
    load(file) {
        let entry = this.entries.get(file);
        if (!entry) {
            // Synchronous on purpose: for many small files one readFileSync costs less than
            // the four thread-pool round trips of fs.promises.readFile, and parsing is CPU-bound anyway.
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)(external_node_path_.resolve(this.cwd, file));
            }
            catch {
                bytes = undefined;
            }
            const decoded = bytes && decode(bytes);
            if (decoded?.ok)
                this.texts.set(file, decoded.text);
            if (decoded)
                this.heads.set(file, decoded.ok ? decoded.text.slice(0, HEAD_BYTES) : decoded.head);
            entry = Promise.resolve(decoded ? { decoded, text: decoded.ok ? decoded.text : undefined } : {});
            this.entries.set(file, entry);
        }
        return entry;
    }
    /** The first 8 KiB, decoded leniently, for classifying a file before reading it all. */
    head(file) {
        const known = this.heads.get(file);
        if (known !== undefined)
            return known;
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(external_node_path_.resolve(this.cwd, file), 'r');
            const buffer = Buffer.alloc(HEAD_BYTES);
            const n = (0,external_node_fs_.readSync)(fd, buffer, 0, HEAD_BYTES, 0);
            return headText(buffer.subarray(0, n));
        }
        catch {
            return '';
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Text already loaded (synchronously). */
    text(file) {
        return this.texts.get(file);
    }
    lines(file, from, to) {
        const text = this.texts.get(file);
        if (text === undefined)
            return '';
        let lines = this.splitLines.get(file);
        if (!lines) {
            lines = text.split(/\r\n|\r|\n/);
            this.splitLines.set(file, lines);
        }
        return lines
            .slice(from - 1, Math.max(from, to))
            .map((l) => l.trim())
            .join('\n');
    }
    readerContext() {
        return {
            readFile: async (file) => (await this.load(normalise(file))).text,
            listDir: (dir) => {
                const key = normalise(dir).replace(/\/$/, '');
                let listing = this.listings.get(key);
                if (!listing) {
                    listing = this.list(key);
                    this.listings.set(key, listing);
                }
                // A copy, so a reader that sorts or edits its list cannot change another's.
                return listing.then((l) => [...l]);
            }
        };
    }
    async list(key) {
        const prefix = key === '' || key === '.' ? '' : key + '/';
        const names = new Set();
        for (const f of this.inMemory)
            if (f.startsWith(prefix) && f.length > prefix.length)
                names.add(prefix + f.slice(prefix.length).split('/')[0]);
        const entries = await external_node_fs_.promises.readdir(external_node_path_.resolve(this.cwd, key || '.')).catch(() => []);
        for (const name of entries)
            names.add(prefix + name);
        return [...names].sort();
    }
}


;// CONCATENATED MODULE: ./src/lint/mode.ts
















const FAIL_ON = ['error', 'warning', 'never'];
/** A PR comment may hold 65,536 characters; keep room for the marker and the run link. */
const COMMENT_MAX_BYTES = 60_000;
/**
 * Where `resolve-live` gets Azure access: `src/azure/live.ts`, imported only
 * when resolve-live is on, so plain lint never loads the Azure SDK (the
 * import is static text, so the bundler still includes it). Tests may
 * register another loader with `setLiveLookup`.
 */
let loadLiveLookup;
function setLiveLookup(loader) {
    loadLiveLookup = loader;
}
function readInputs(inputs, host) {
    return {
        paths: inputs.lines('paths'),
        exclude: inputs.lines('exclude'),
        config: inputs.string('config'),
        catalog: inputs.string('catalog'),
        baseline: inputs.string('baseline'),
        writeBaseline: inputs.string('write-baseline'),
        failOn: inputs.choice('fail-on', FAIL_ON, 'error'),
        format: host.isAction ? 'text' : inputs.choice('format', FORMATS, 'text'),
        output: host.isAction ? undefined : inputs.string('output'),
        sarifFile: inputs.string('sarif-file'),
        // The CLI prints `--format github` instead of annotating through a host.
        annotate: host.isAction && inputs.boolean('annotate', true),
        onlyChanged: inputs.boolean('only-changed', false),
        prComment: inputs.boolean('pr-comment', false),
        resolveLive: inputs.boolean('resolve-live', false)
    };
}
/**
 * `lint`: the same run for the action and the CLI. The action annotates,
 * writes SARIF and a job summary, and may comment on the pull request; the
 * CLI prints one format to stdout or `--output`. Exit code 1 when findings
 * reach `fail-on`.
 */
async function mode_run(inputs, host) {
    const env = process.env;
    const cwd = process.cwd();
    const opts = readInputs(inputs, host);
    const config = await (0,policy_config/* loadConfig */.Z9)(cwd, opts.config);
    const catalogFile = resolveFrom(cwd, opts.catalog) ?? config.catalog;
    const catalog = catalogFile ? await readCatalog(catalogFile) : undefined;
    // When writing a baseline the old one is not applied: the new file holds every current finding.
    const baselineFile = resolveFrom(cwd, opts.baseline) ?? config.baseline;
    // Read through its cwd-relative name: that name is the justification SARIF and JSON show, and runner paths stay out of them.
    const baseline = baselineFile && !opts.writeBaseline ? await readBaseline(toPosix(external_node_path_.relative(cwd, baselineFile)) || baselineFile) : undefined;
    for (const p of opts.paths) {
        if (!(await exists(external_node_path_.resolve(cwd, p))))
            throw new errors/* UsageError */.eb(`${inputs.describe('paths')}: ${p} does not exist`);
    }
    const live = opts.resolveLive ? await liveLookup(inputs, host) : undefined;
    const onlyFiles = opts.onlyChanged ? await changedFiles(inputs, host, cwd) : undefined;
    const result = await lint({
        cwd,
        paths: opts.paths.length ? opts.paths : ['.'],
        include: config.include,
        // Both apply: the config's excludes are the repository's, the input's are this run's.
        exclude: [...config.exclude, ...opts.exclude],
        onlyFiles,
        rules: config.rules,
        policy: { snapshotRegion: config.snapshotRegion },
        catalog,
        baseline,
        ...live
    });
    if (opts.writeBaseline) {
        const count = await writeBaseline(external_node_path_.resolve(cwd, opts.writeBaseline), result.findings);
        host.info(`Wrote ${plural(count, 'finding')} to the baseline ${opts.writeBaseline}.`);
        return 0;
    }
    const counts = countFindings(result.findings);
    const failed = fails(counts, opts.failOn);
    // The action always writes SARIF (default `$RUNNER_TEMP/aks-snapshot.sarif`); the CLI only when asked.
    const sarifFile = opts.sarifFile
        ? external_node_path_.resolve(cwd, opts.sarifFile)
        : host.isAction
            ? external_node_path_.join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'aks-snapshot.sarif')
            : undefined;
    if (sarifFile)
        await writeFile(sarifFile, await sarifOf(result, env, cwd));
    if (host.isAction)
        await reportInAction(result, failed, opts, host, env);
    else
        await reportInCli(result, opts, host, env, cwd);
    // The CLI can comment too, from a workflow `run:` step.
    if (opts.prComment)
        await comment(result, counts, failed ? 'fail' : 'pass', inputs, host, env);
    host.setOutput('findings', String(counts.errors + counts.warnings + counts.notes));
    host.setOutput('errors', String(counts.errors));
    host.setOutput('warnings', String(counts.warnings));
    host.setOutput('files-scanned', String(result.filesScanned));
    host.setOutput('sarif-file', sarifFile ?? '');
    host.setOutput('result', failed ? 'fail' : 'pass');
    if (failed) {
        const what = opts.failOn === 'warning'
            ? `${plural(counts.errors, 'error')} and ${plural(counts.warnings, 'warning')}`
            : plural(counts.errors, 'error');
        host.info(`Lint failed: ${what} (fail-on: ${opts.failOn}).`);
        return 1;
    }
    return 0;
}
function fails(counts, failOn) {
    if (failOn === 'never')
        return false;
    return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}
async function reportInAction(result, failed, opts, host, env) {
    host.print(formatText(result, { color: shouldUseColor(env, false) }));
    if (opts.annotate) {
        const { annotations, omitted } = selectAnnotations(result.findings);
        for (const a of annotations)
            host[a.level](a.message, a.properties);
        const note = omittedNote(omitted);
        if (note)
            host.info(`${note} Every finding is in the job summary and the SARIF file.`);
    }
    await host.addSummary(formatSummary(result, { result: failed ? 'fail' : 'pass' }));
}
async function reportInCli(result, opts, host, env, cwd) {
    let text;
    switch (opts.format) {
        case 'json':
            text = formatJson(result);
            break;
        case 'sarif':
            text = await sarifOf(result, env, cwd);
            break;
        case 'github':
            text = formatGithub(result);
            break;
        case 'text':
            text = formatText(result, { color: !opts.output && shouldUseColor(env, isTTY(host)) });
            break;
    }
    if (opts.output)
        await writeFile(external_node_path_.resolve(cwd, opts.output), text);
    else
        host.print(text);
}
/** The CLI's host may say whether stdout is a terminal; colour only then. */
const isTTY = (host) => host.isTTY === true;
async function sarifOf(result, env, cwd) {
    const { RULES } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 4841));
    // Code scanning resolves URIs against the repository root: the workspace in Actions, when lint ran inside it.
    const workspace = env.GITHUB_WORKSPACE ? external_node_path_.resolve(env.GITHUB_WORKSPACE) : undefined;
    const inside = workspace && (cwd === workspace || cwd.startsWith(workspace + external_node_path_.sep));
    const srcRoot = inside ? workspace : cwd;
    const pathPrefix = toPosix(external_node_path_.relative(srcRoot, cwd));
    return formatSarif(result, { rules: RULES.map((r) => r.meta), srcRoot, pathPrefix });
}
/** Files the pull request changes, relative to cwd; undefined (lint everything) outside a pull request or when the list is unavailable. */
async function changedFiles(inputs, host, cwd) {
    const env = process.env;
    const { pullRequestFromEnv } = await __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 9556));
    const pr = await pullRequestFromEnv(env);
    if (!pr) {
        host.info('only-changed: this run is not about a pull request, so every file is linted.');
        return undefined;
    }
    const token = githubToken(inputs, host, env, 'only-changed');
    const { createGitHubClient, describeRequestError } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 6584));
    const { listChangedFiles, PULL_REQUEST_FILES_LIMIT } = await __webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 8253));
    let listed;
    try {
        listed = await listChangedFiles(await createGitHubClient(token, env), pr);
    }
    catch (err) {
        // Linting less than asked, silently, would hide findings: lint everything and say why.
        host.warning(`only-changed: cannot list the files of pull request #${pr.number} (${describeRequestError(err)}); every file is linted.`);
        return undefined;
    }
    if (!listed.complete) {
        host.info(`only-changed: pull request #${pr.number} changes ${PULL_REQUEST_FILES_LIMIT} files or more, more than GitHub lists; every file is linted.`);
        return undefined;
    }
    // Pull request paths are relative to the repository root; the engine wants them relative to cwd.
    const root = env.GITHUB_WORKSPACE ? external_node_path_.resolve(env.GITHUB_WORKSPACE) : cwd;
    const files = listed.files.map((f) => toPosix(external_node_path_.relative(cwd, external_node_path_.resolve(root, f))));
    host.info(`only-changed: pull request #${pr.number} changes ${plural(files.length, 'file')}.`);
    return files;
}
async function comment(result, counts, outcome, inputs, host, env) {
    const { pullRequestFromEnv, runUrl } = await __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 9556));
    const pr = await pullRequestFromEnv(env);
    if (!pr) {
        host.info('pr-comment: this run is not about a pull request; no comment written.');
        return;
    }
    const token = githubToken(inputs, host, env, 'pr-comment');
    const { createGitHubClient, describeRequestError } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 6584));
    const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 5267));
    const link = runUrl(env);
    const markdown = formatSummary(result, { result: outcome, maxBytes: COMMENT_MAX_BYTES }) + (link ? `\n[Workflow run](${link})\n` : '');
    const problems = counts.errors + counts.warnings + counts.notes;
    try {
        // A clean pull request gets no new comment, but an earlier failing one is updated to say it passes now.
        const done = await upsertStickyComment(await createGitHubClient(token, env), pr, markdown, { createIfMissing: problems > 0 });
        if (done.action !== 'skipped')
            host.info(`pr-comment: ${done.action} ${done.url ?? `comment ${done.id}`}`);
    }
    catch (err) {
        host.warning(`pr-comment: cannot write the comment on pull request #${pr.number} (${describeRequestError(err)}). The token needs pull-requests: write; pull requests from forks get a read-only token.`);
    }
}
function githubToken(inputs, host, env, feature) {
    const token = inputs.string('github-token') ?? env.GITHUB_TOKEN;
    if (!token)
        throw new errors/* UsageError */.eb(`${feature} needs ${inputs.describe('github-token')} (or GITHUB_TOKEN)`);
    host.setSecret(token);
    return token;
}
async function liveLookup(inputs, host) {
    if (loadLiveLookup)
        return loadLiveLookup(inputs, host);
    const { openLiveLookup } = await __webpack_require__.e(/* import() */ 573).then(__webpack_require__.bind(__webpack_require__, 2573));
    return openLiveLookup(inputs, host);
}
async function readCatalog(file) {
    try {
        return await (0,catalog/* loadCatalog */.ak)(file);
    }
    catch (err) {
        if (err instanceof catalog/* CatalogError */.G$)
            throw new errors/* UsageError */.eb(err.message);
        throw err;
    }
}
function resolveFrom(cwd, file) {
    return file ? external_node_path_.resolve(cwd, file) : undefined;
}
async function exists(file) {
    return external_node_fs_.promises.stat(file).then(() => true, () => false);
}
async function writeFile(file, text) {
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    await external_node_fs_.promises.writeFile(file, text, 'utf8');
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


/***/ }),

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ justification),
/* harmony export */   KP: () => (/* binding */ directiveProblems),
/* harmony export */   aI: () => (/* binding */ SuppressionIndex),
/* harmony export */   as: () => (/* binding */ scanSuppressions)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);

/**
 * Suppression comments, SPEC §6:
 *   `aks-snapshot-ignore <rule>[,<rule>] -- <reason>`      this line and the next
 *   `aks-snapshot-ignore-file <rule>[,<rule>] -- <reason>` the whole file
 * in whatever comment syntax the file allows. The engine scans every file
 * itself, so readers need not (they only report ARM `metadata` suppressions).
 */
const MARKER = /aks-snapshot-ignore(-file)?(?![\w-])/g;
const MARKDOWN = /\.(md|markdown)$/;
/** Comment openers by file type; a marker counts only right after one of them. */
function openersFor(file) {
    const base = file.toLowerCase();
    if (/\.(bicep|bicepparam|json|jsonc)$/.test(base))
        return ['//', '/*'];
    if (/\.(tf|tfvars)$/.test(base))
        return ['#', '//', '/*'];
    if (/\.(ps1|psm1)$/.test(base))
        return ['<#', '#'];
    if (MARKDOWN.test(base))
        return ['<!--', '#', '//', '/*'];
    // Shell, az CLI scripts, YAML, and extensionless scripts.
    return ['#'];
}
/** Finds every suppression comment in a file. */
function scanSuppressions(file, text) {
    if (!text.includes('aks-snapshot-ignore'))
        return [];
    const openers = openersFor(file);
    const out = [];
    const lines = text.split(/\r\n|\r|\n/);
    // Markdown: code comments count inside fenced blocks only; outside them `#` is a heading, and only `<!--` is a comment.
    const markdown = MARKDOWN.test(file.toLowerCase());
    let fence;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (markdown) {
            const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
            if (f && !fence)
                fence = f;
            else if (f && f[0] === fence?.[0] && f.length >= fence.length && line.trim() === f)
                fence = undefined;
            if (f)
                continue;
        }
        if (!line.includes('aks-snapshot-ignore'))
            continue;
        const lineOpeners = markdown && !fence ? ['<!--'] : openers;
        MARKER.lastIndex = 0;
        let m;
        while ((m = MARKER.exec(line))) {
            const before = line.slice(0, m.index).trimEnd();
            const opener = lineOpeners.find((o) => before.endsWith(o));
            if (!opener)
                continue;
            const start = before.length - opener.length;
            // An opener glued to a quote, a word or `$`/`=`/`:` is text, not a comment (`echo "# ...`, `$#`, `https://`).
            if (start > 0 && /[\w"'`$=:\\]/.test(before[start - 1]))
                continue;
            const rest = stripCloser(line.slice(m.index + m[0].length));
            const { rules, reason } = parseBody(rest);
            const end = line.trimEnd().length;
            out.push({
                scope: m[1] ? 'file' : 'line',
                rules,
                reason,
                span: { file, line: i + 1, column: start + 1, endLine: i + 1, endColumn: end + 1 }
            });
            break;
        }
    }
    return out;
}
function stripCloser(s) {
    return s.replace(/\s*(\*\/|-->|#>).*$/, '');
}
function parseBody(body) {
    const sep = body.search(/(^|\s)--(\s|$)/);
    const rulesPart = sep < 0 ? body : body.slice(0, sep);
    const reason = sep < 0
        ? ''
        : body
            .slice(sep)
            .replace(/^\s*--/, '')
            .trim();
    const rules = rulesPart
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    return { rules, reason };
}
const KNOWN = new Set(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu);
/** What is wrong with a directive, as `invalid-suppression` messages (empty when it is fine). */
function directiveProblems(d) {
    const problems = [];
    const what = d.scope === 'file' ? 'aks-snapshot-ignore-file' : d.scope === 'resource' ? 'The aks-snapshot-ignore metadata' : 'aks-snapshot-ignore';
    if (!d.rules.length)
        problems.push(`${what} names no rule: write ${d.scope === 'resource' ? '{"<rule>": "<reason>"}' : '<rule> -- <reason>'}.`);
    // Mid-sentence, the metadata is "the" metadata.
    const inWhat = d.scope === 'resource' ? 'the aks-snapshot-ignore metadata' : what;
    for (const r of d.rules)
        if (!KNOWN.has(r))
            problems.push(`'${r}' in ${inWhat} is not a rule id of aks-snapshot.`);
    if (d.rules.length && !d.reason)
        problems.push(d.scope === 'resource'
            ? `${what} for ${d.rules.join(', ')} gives no reason: give the reason as the value.`
            : `${what} ${d.rules.join(',')} gives no reason: add '-- <reason>'.`);
    return problems;
}
/**
 * Applies a file's directives to findings in that file. A line directive
 * covers its own line and the next; a directive alone on its line also
 * reaches past further directives, Markdown fence openers and YAML script
 * keys below it (so stacked comments, a comment above a fence, and a comment
 * above a workflow step's `run: |` work). A finding counts as on a line when it starts there or when its
 * declaration starts there (a comment above a resource covers its fields).
 */
class SuppressionIndex {
    byLine = new Map();
    fileWide = [];
    resources = [];
    constructor(directives, text) {
        const lines = text.split(/\r\n|\r|\n/);
        const directiveLines = new Set(directives.filter((d) => d.scope !== 'resource').map((d) => d.span.line));
        for (const d of directives) {
            if (d.scope === 'file')
                this.fileWide.push(d);
            else if (d.scope === 'resource')
                this.resources.push(d);
            else {
                this.add(d.span.line, d);
                let next = d.span.line + 1;
                this.add(next, d);
                const commentOnly = (lines[d.span.line - 1] ?? '').slice(0, d.span.column - 1).trim() === '';
                if (commentOnly) {
                    while (next <= lines.length && (directiveLines.has(next) || opensScript(lines, next)))
                        this.add(++next, d);
                }
            }
        }
    }
    add(line, d) {
        const list = this.byLine.get(line) ?? [];
        if (!list.includes(d))
            list.push(d);
        this.byLine.set(line, list);
    }
    /** The directive that suppresses a finding of `rule` at `span` (or whose declaration starts at `declLine`). */
    match(rule, span, declLine) {
        const names = (d) => d.rules.includes(rule);
        // The nearest directive above wins, so its reason is the one recorded.
        const onLine = (line) => line === undefined
            ? undefined
            : this.byLine
                .get(line)
                ?.filter(names)
                .sort((a, b) => b.span.line - a.span.line)[0];
        return (onLine(span.line) ?? onLine(declLine) ?? this.resources.find((d) => names(d) && within(span, d.span)) ?? this.fileWide.find(names));
    }
}
/**
 * Lines a comment above reaches past to the command below them: a Markdown
 * fence opener (after at most one blank line), and a YAML key opening a
 * script block (`- run: |`, `inlineScript: |`, `script: >-`).
 */
function opensScript(lines, line) {
    const text = lines[line - 1] ?? '';
    if (/^\s*(```|~~~)/.test(text))
        return true;
    if (text.trim() === '' && /^\s*(```|~~~)/.test(lines[line] ?? ''))
        return true;
    return /^\s*(-\s+)?(run|script|inlineScript|Inline|bash|pwsh|powershell)\s*:\s*[|>][-+0-9]*\s*(#.*)?$/.test(text);
}
function within(inner, outer) {
    const after = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
    const before = inner.line < outer.endLine || (inner.line === outer.endLine && inner.column <= outer.endColumn);
    return after && before;
}
/** The justification recorded on a finding suppressed in source. */
function justification(d) {
    return d.reason || '(no reason given)';
}


/***/ }),

/***/ 6300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify),
/* harmony export */   y: () => (/* binding */ loadReader)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Which reader reads a file, decided by its path and the start of its text
 * (files are read by content, not only by extension). Cheap on purpose: the
 * readers themselves, and the Terraform grammar, load only when a file of
 * their kind is present.
 */
function classify(file, head) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file).toLowerCase();
    const ext = extension(base);
    if (ext === '.bicep' || ext === '.bicepparam')
        return 'bicep';
    if (ext === '.tf' || ext === '.tfvars' || base.endsWith('.tf.json') || base.endsWith('.tfvars.json'))
        return 'terraform';
    if (ext === '.json' || ext === '.jsonc') {
        if (/"\$schema"\s*:\s*"[^"]*deployment(Template|Parameters)/i.test(head))
            return 'arm';
        if (/"(planned_values|resource_changes)"\s*:/.test(head) || (/"format_version"/.test(head) && /"terraform_version"/.test(head)))
            return 'terraform';
        return undefined;
    }
    if (['.sh', '.bash', '.zsh', '.ps1', '.psm1', '.azcli', '.yml', '.yaml', '.md', '.markdown', '.mdx'].includes(ext))
        return 'cli';
    if (!ext && /^#!.*\b(ba|z|da)?sh\b/.test(head))
        return 'cli';
    if (!ext && /^#!.*\bpwsh\b/.test(head))
        return 'cli';
    return undefined;
}
function extension(base) {
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot) : '';
}
async function loadReader(kind) {
    switch (kind) {
        case 'arm':
            return (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 5158))).reader;
        case 'bicep':
            return (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 6999))).reader;
        case 'terraform':
            return (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(288)]).then(__webpack_require__.bind(__webpack_require__, 2907))).reader;
        case 'cli':
            return (await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.bind(__webpack_require__, 8632))).reader;
    }
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
