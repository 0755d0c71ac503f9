import { randomBytes, randomUUID } from 'node:crypto'

/**
 * Microsoft Entra ID as MSAL sees it with instance discovery off: OpenID
 * metadata per tenant and the v2.0 token endpoint (client credentials with
 * a secret or a client assertion). Errors use Entra's AADSTS codes and
 * messages. Also a stand-in for the GitHub Actions OIDC token service.
 */

export interface AppRegistration {
  clientId: string
  tenantId: string
  /** Client secret, when the app signs in with one. */
  secret?: string
  /** Federated identity credential: the GitHub token claims it accepts. */
  federated?: { issuer: string; subject: string; audience: string }
}

export interface IssuedToken {
  token: string
  tenantId: string
  clientId: string
  audience: string
  expiresAt: number
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface TokenReply {
  status: number
  body: Record<string, unknown>
}

const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')

/** An unsigned JWT: enough for clients that peek at claims; the emulator checks tokens by value. */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${b64url(claims)}.${randomBytes(16).toString('base64url')}`
}

export function readJwt(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1]
  if (!part) return undefined
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

function aadError(status: number, error: string, code: number, description: string): TokenReply {
  const traceId = randomUUID()
  const correlationId = randomUUID()
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`
    }
  }
}

export function openIdConfiguration(base: string, tenant: string): Record<string, unknown> {
  return {
    token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/${tenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${base}/oidc/userinfo`,
    authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'tid'],
    kerberos_endpoint: `${base}/${tenant}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: 'emulator.local',
    cloud_graph_host_name: 'graph.emulator.local',
    msgraph_host: 'graph.emulator.local',
    rbac_url: 'https://pas.emulator.local'
  }
}

export class Directory {
  readonly apps: AppRegistration[] = []
  readonly tokens = new Map<string, IssuedToken>()
  /** Tokens the GitHub stand-in handed out, so client assertions can be checked by value too. */
  readonly githubTokens = new Set<string>()

  constructor(
    /** The resource (audience) ARM tokens are for: the emulator's URL. */
    private readonly armAudience: () => string,
    readonly tenants: Set<string>
  ) {}

  addApp(app: AppRegistration): void {
    this.tenants.add(app.tenantId.toLowerCase())
    this.apps.push(app)
  }

  /** POST /{tenant}/oauth2/v2.0/token */
  token(tenant: string, form: URLSearchParams): TokenReply {
    if (!this.tenants.has(tenant.toLowerCase()))
      return aadError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`
      )
    if (form.get('grant_type') !== 'client_credentials')
      return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.get('grant_type')}'.`)
    const clientId = form.get('client_id') ?? ''
    const app = this.apps.find(
      (a) => a.clientId.toLowerCase() === clientId.toLowerCase() && a.tenantId.toLowerCase() === tenant.toLowerCase()
    )
    if (!app)
      return aadError(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`
      )
    const assertion = form.get('client_assertion')
    const secret = form.get('client_secret')
    if (assertion !== null) {
      const claims = readJwt(assertion)
      const f = app.federated
      const aud = claims && (Array.isArray(claims.aud) ? claims.aud : [claims.aud])
      if (!f || !claims || claims.iss !== f.issuer || claims.sub !== f.subject || !aud?.includes(f.audience))
        return aadError(
          400,
          'invalid_client',
          70021,
          `No matching federated identity record found for presented assertion. Assertion Issuer: '${String(claims?.iss)}'. Assertion Subject: '${String(claims?.sub)}'. Assertion Audience: '${String(claims?.aud)}'.`
        )
      if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now())
        return aadError(400, 'invalid_client', 700024, 'Client assertion is not within its valid time range.')
    } else if (secret !== null) {
      if (!app.secret || secret !== app.secret)
        return aadError(
          401,
          'invalid_client',
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`
        )
    } else {
      return aadError(
        401,
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
      )
    }
    const scope = form.get('scope') ?? ''
    const resource = scope
      .split(' ')
      .find((s) => s.endsWith('/.default'))
      ?.slice(0, -'/.default'.length)
    if (!resource || resource.replace(/\/$/, '') !== this.armAudience().replace(/\/$/, ''))
      return aadError(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource ?? scope} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`
      )
    const now = Math.floor(Date.now() / 1000)
    const token = makeJwt({
      aud: resource,
      iss: `https://sts.emulator.local/${tenant}/`,
      iat: now,
      nbf: now,
      exp: now + 3599,
      appid: app.clientId,
      tid: tenant,
      oid: randomUUID()
    })
    this.tokens.set(token, { token, tenantId: tenant, clientId: app.clientId, audience: resource, expiresAt: (now + 3599) * 1000 })
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } }
  }

  /** The GitHub Actions ID token service: GET ?audience=... with the runner's request token. */
  githubIdToken(audience: string, subject: string): string {
    const now = Math.floor(Date.now() / 1000)
    const token = makeJwt({
      iss: GITHUB_ISSUER,
      sub: subject,
      aud: audience,
      iat: now,
      nbf: now,
      exp: now + 300,
      repository: subject.split(':')[1] ?? ''
    })
    this.githubTokens.add(token)
    return token
  }
}
