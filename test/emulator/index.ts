import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { armError, handleArm, type ArmContext, type Reply } from './arm.js'
import { Directory, GITHUB_ISSUER, openIdConfiguration, type AppRegistration } from './auth.js'
import { makeCertificate } from './cert.js'
import { Faults, type Fault } from './faults.js'
import { DEFAULT_SUBSCRIPTION, DEFAULT_TENANT, EmulatorState } from './state.js'

export { DEFAULT_SUBSCRIPTION, DEFAULT_TENANT, EmulatorState } from './state.js'
export type { ClusterSeed, PoolSeed, SnapshotSeed, Json } from './state.js'
export type { Fault } from './faults.js'
export type { AppRegistration } from './auth.js'

/**
 * An HTTPS stand-in for Azure Resource Manager (the AKS parts), Microsoft
 * Entra ID and the GitHub Actions OIDC token service, on 127.0.0.1. Tests
 * seed `state`, add `faults`, drive the real SDK and credential classes at
 * `url`, and assert on `requests`.
 */

export const DEFAULT_CLIENT_ID = '0c4a3b2d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
export const DEFAULT_CLIENT_SECRET = 'emu~Secret.0123456789abcdefghijklmnopqrstu'
export const DEFAULT_OIDC_CLIENT_ID = '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a'
/** The `sub` of the stand-in GitHub ID token, and of the federated credential of DEFAULT_OIDC_CLIENT_ID. */
export const DEFAULT_GITHUB_SUBJECT = 'repo:contoso/platform:ref:refs/heads/main'
/** What the stand-in GitHub token service expects as the runner's request token. */
export const GITHUB_REQUEST_TOKEN = 'ghs_emulatorRequestToken0123456789'

export interface EmulatorOptions {
  /** Polls a long-running operation answers InProgress before it ends (default 1). */
  operationPolls?: number
  /**
   * Retry-After seconds on 201/202 answers and InProgress polls. Default 0, which the SDK's poller
   * ignores in favour of `updateIntervalInMs` (2 s unless a test passes a small one); 1 or more is obeyed.
   */
  retryAfter?: number
  /** Items per page of list answers (default 50; small values exercise nextLink). */
  pageSize?: number
  /** App registrations; default: DEFAULT_CLIENT_ID with DEFAULT_CLIENT_SECRET and DEFAULT_OIDC_CLIENT_ID federated with GitHub, in DEFAULT_TENANT. */
  apps?: AppRegistration[]
  /** Clock for createdAt/startTime (default: real time). */
  now?: () => Date
  /** Port on 127.0.0.1 (default: any free port). */
  port?: number
}

export interface LoggedRequest {
  /** `arm`, `token` (Entra ID), `metadata` (OpenID configuration, instance discovery) or `github` (OIDC token service). */
  kind: 'arm' | 'token' | 'metadata' | 'github'
  method: string
  path: string
  query: Record<string, string>
  /** Parsed JSON body (ARM), or the form fields (token; secrets and assertions replaced by `<redacted>`). */
  body: unknown
  /** Whether the request carried a bearer token. */
  authorized: boolean
  /** AKS custom headers (`AKSSnapshotId`, as az sends with upgradeNodeImageVersion), names in lower case. */
  aksHeaders?: Record<string, string>
  status: number
}

export interface Emulator {
  /** `https://127.0.0.1:<port>`: both the ARM endpoint and the authority host. */
  url: string
  /** File with the emulator's certificate (NODE_EXTRA_CA_CERTS for child processes). */
  caFile: string
  caPem: string
  tenantId: string
  subscriptionId: string
  clientId: string
  clientSecret: string
  oidcClientId: string
  state: EmulatorState
  directory: Directory
  faults: Faults
  requests: LoggedRequest[]
  /** ARM requests other than operation polls, as `METHOD path` lines: the order of calls a mode made. */
  armCalls(): string[]
  /** ARM writes (PUT, PATCH, POST, DELETE). */
  writes(): LoggedRequest[]
  /** Environment for a GitHub runner step using the stand-in OIDC token service. */
  githubOidcEnv(): Record<string, string>
  close(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const cert = makeCertificate()
  const state = new EmulatorState(options.now)
  const faults = new Faults()
  const requests: LoggedRequest[] = []
  let url = ''
  const directory = new Directory(() => url, new Set([DEFAULT_TENANT.toLowerCase()]))
  const apps = options.apps ?? [
    { clientId: DEFAULT_CLIENT_ID, tenantId: DEFAULT_TENANT, secret: DEFAULT_CLIENT_SECRET },
    {
      clientId: DEFAULT_OIDC_CLIENT_ID,
      tenantId: DEFAULT_TENANT,
      federated: { issuer: GITHUB_ISSUER, subject: DEFAULT_GITHUB_SUBJECT, audience: 'api://AzureADTokenExchange' }
    }
  ]
  for (const app of apps) directory.addApp(app)
  const ctx: ArmContext = {
    state,
    baseUrl: '',
    operationPolls: options.operationPolls ?? 1,
    retryAfter: options.retryAfter ?? 0,
    pageSize: options.pageSize ?? 50
  }
  const sockets = new Set<Socket>()

  const server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      // A bug in the emulator answers 500 with the message, so the test failing says why.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ error: { code: 'EmulatorBug', message: err instanceof Error ? (err.stack ?? err.message) : String(err) } }))
    })
  })
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const u = new URL(req.url ?? '/', url)
    const method = (req.method ?? 'GET').toUpperCase()
    const path = u.pathname
    const kind = classify(path)
    const entry: LoggedRequest = {
      kind,
      method,
      path,
      query: Object.fromEntries(u.searchParams),
      body: parseBody(kind, raw, req.headers['content-type']),
      authorized: /^bearer\s+\S/i.test(req.headers.authorization ?? ''),
      status: 0
    }
    const aksHeaders = aksHeadersOf(req)
    if (aksHeaders) entry.aksHeaders = aksHeaders
    requests.push(entry)
    const fault = faults.take(method, path)
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
    if (fault?.reset) {
      entry.status = -1
      req.socket.destroy()
      return
    }
    if (fault?.failOperation) ctx.nextOperationFailure = fault.failOperation
    let reply: Reply
    if (fault?.status) {
      const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : undefined
      reply =
        kind === 'token'
          ? {
              status: fault.status,
              body: { error: fault.code ?? 'temporarily_unavailable', error_description: fault.message ?? 'injected fault' },
              ...(headers ? { headers } : {})
            }
          : armError(fault.status, fault.code ?? defaultCode(fault.status), fault.message ?? 'Injected fault.', headers)
    } else {
      reply = route(kind, method, path, u.searchParams, raw, req)
    }
    // A failOperation fault is for the operation this request starts, if any; never for a later one.
    ctx.nextOperationFailure = undefined
    entry.status = reply.status
    const body = reply.body === undefined ? '' : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      ...(body ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'x-ms-request-id': randomUUID(),
      'x-ms-correlation-request-id': randomUUID(),
      ...reply.headers
    })
    res.end(body)
  }

  function route(
    kind: LoggedRequest['kind'],
    method: string,
    path: string,
    query: URLSearchParams,
    raw: string,
    req: IncomingMessage
  ): Reply {
    if (kind === 'metadata') {
      const m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/i.exec(path)
      if (m) {
        if (m[1] !== 'common' && m[1] !== 'organizations' && !directory.tenants.has(m[1].toLowerCase()))
          return { status: 400, body: { error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${m[1]}' not found.` } }
        return { status: 200, body: openIdConfiguration(url, m[1]) }
      }
      // Instance discovery, should MSAL ask despite disableInstanceDiscovery.
      const host = new URL(url).host
      return {
        status: 200,
        body: {
          tenant_discovery_endpoint: `${url}/${query.get('authorization_endpoint')?.split('/')[3] ?? 'common'}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
        }
      }
    }
    if (kind === 'token') {
      const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/i.exec(path)
      if (!m || method !== 'POST') return { status: 404, body: { error: 'not_found' } }
      const reply = directory.token(m[1], new URLSearchParams(raw))
      return reply
    }
    if (kind === 'github') {
      if (req.headers.authorization !== `Bearer ${GITHUB_REQUEST_TOKEN}`) return { status: 401, body: { message: 'Bad credentials' } }
      return {
        status: 200,
        body: { value: directory.githubIdToken(query.get('audience') ?? 'api://AzureADTokenExchange', DEFAULT_GITHUB_SUBJECT) }
      }
    }
    const auth = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!auth)
      return armError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", {
        'WWW-Authenticate': `Bearer authorization_uri="${url}/${DEFAULT_TENANT}", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`
      })
    const token = directory.tokens.get(auth[1])
    if (!token || token.expiresAt < Date.now()) return armError(401, 'InvalidAuthenticationToken', 'The access token is invalid.')
    const sub = /^\/subscriptions\/([^/]+)/i.exec(path)?.[1]
    const owner = sub && state.subscriptions.get(decodeURIComponent(sub).toLowerCase())
    if (owner && owner.tenantId.toLowerCase() !== token.tenantId.toLowerCase())
      return armError(
        401,
        'InvalidAuthenticationTokenTenant',
        `The access token is from the wrong issuer. It must match the tenant associated with subscription '${sub}'.`
      )
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      return armError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.')
    }
    return handleArm(ctx, { method, path, query, body, headers: aksHeadersOf(req) ?? {}, tenantId: token.tenantId })
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  ctx.baseUrl = url

  return {
    url,
    caFile: cert.caFile,
    caPem: cert.certPem,
    tenantId: DEFAULT_TENANT,
    subscriptionId: DEFAULT_SUBSCRIPTION,
    clientId: DEFAULT_CLIENT_ID,
    clientSecret: DEFAULT_CLIENT_SECRET,
    oidcClientId: DEFAULT_OIDC_CLIENT_ID,
    state,
    directory,
    faults,
    requests,
    armCalls: () => requests.filter((r) => r.kind === 'arm' && !/\/operations\/[^/]+$/i.test(r.path)).map((r) => `${r.method} ${r.path}`),
    writes: () => requests.filter((r) => r.kind === 'arm' && r.method !== 'GET'),
    githubOidcEnv: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_github/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: GITHUB_REQUEST_TOKEN
    }),
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      cert.dispose()
    }
  }
}

function classify(path: string): LoggedRequest['kind'] {
  if (/^\/(subscriptions|tenants)(\/|$)/i.test(path)) return 'arm'
  if (/^\/_github\//.test(path)) return 'github'
  if (/\/oauth2\/v2\.0\/token$/i.test(path)) return 'token'
  return 'metadata'
}

function aksHeadersOf(req: IncomingMessage): Record<string, string> | undefined {
  const found = Object.entries(req.headers).filter(([k, v]) => /^aks/i.test(k) && typeof v === 'string') as Array<[string, string]>
  return found.length ? Object.fromEntries(found) : undefined
}

function defaultCode(status: number): string {
  if (status === 429) return 'TooManyRequests'
  if (status >= 500) return 'InternalServerError'
  return 'BadRequest'
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(''))
  })
}

const SECRET_FIELDS = new Set(['client_secret', 'client_assertion'])

function parseBody(kind: LoggedRequest['kind'], raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined
  if (kind === 'token' || contentType?.includes('x-www-form-urlencoded')) {
    const form: Record<string, string> = {}
    for (const [k, v] of new URLSearchParams(raw)) form[k] = SECRET_FIELDS.has(k) ? '<redacted>' : v
    return form
  }
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

export type { Fault as EmulatorFault }
export { Faults }
