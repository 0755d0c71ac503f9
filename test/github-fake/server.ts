import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local fake of the few GitHub REST endpoints lint uses (pull request
 * files, issue comments), served over real HTTP on 127.0.0.1 so tests drive
 * the real Octokit from @actions/github through its `baseUrl`. It keeps a
 * request log and checks the token like GitHub does.
 */
export interface FakeFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previous_filename?: string
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization?: string
  body?: unknown
}

export interface FakeGitHubOptions {
  token: string
  /** `owner/repo`. */
  repository: string
  /** Pull request number → files. */
  pulls?: Record<number, FakeFile[]>
  /** Issue (pull request) number → comments. */
  comments?: Record<number, FakeComment[]>
  /** Answer every write with this status (a read-only token on a fork's pull request gets 403). */
  failWritesWith?: number
  /** The login of the token's user, shown on comments it writes. */
  login?: string
}

export class FakeGitHub {
  readonly requests: LoggedRequest[] = []
  readonly pulls: Map<number, FakeFile[]>
  readonly comments: Map<number, FakeComment[]>
  private server?: Server
  private nextId = 1000

  constructor(private readonly options: FakeGitHubOptions) {
    this.pulls = new Map(Object.entries(options.pulls ?? {}).map(([n, f]) => [Number(n), f]))
    this.comments = new Map(Object.entries(options.comments ?? {}).map(([n, c]) => [Number(n), c.map((x) => ({ ...x }))]))
  }

  /** The `GITHUB_API_URL` to use, e.g. `http://127.0.0.1:43210`. */
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((err: Error) => send(res, 500, { message: err.message }))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = undefined
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const text = await readBody(req)
    const body = text ? (JSON.parse(text) as unknown) : undefined
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams) }
    if (req.headers.authorization) entry.authorization = req.headers.authorization
    if (body !== undefined) entry.body = body
    this.requests.push(entry)

    if (req.headers.authorization !== `token ${this.options.token}`) return send(res, 401, { message: 'Bad credentials' })
    const base = `/repos/${this.options.repository}`
    if (!url.pathname.startsWith(base + '/')) return send(res, 404, { message: 'Not Found' })
    const rest = url.pathname.slice(base.length)
    let m: RegExpMatchArray | null

    if (req.method === 'GET' && (m = rest.match(/^\/pulls\/(\d+)\/files$/))) {
      const files = this.pulls.get(Number(m[1]))
      if (!files) return send(res, 404, { message: 'Not Found' })
      // GitHub stops listing a pull request's files at 3000.
      return this.page(res, url, files.slice(0, 3000))
    }
    if (req.method === 'GET' && (m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      return this.page(res, url, this.comments.get(Number(m[1])) ?? [])
    }
    if (req.method === 'POST' && (m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      if (this.options.failWritesWith) return send(res, this.options.failWritesWith, { message: 'Resource not accessible by integration' })
      const comment: FakeComment = { id: this.nextId++, body: (body as { body: string }).body, user: this.user() }
      const list = this.comments.get(Number(m[1])) ?? []
      list.push(comment)
      this.comments.set(Number(m[1]), list)
      return send(res, 201, this.withUrl(comment, Number(m[1])))
    }
    if (req.method === 'PATCH' && (m = rest.match(/^\/issues\/comments\/(\d+)$/))) {
      if (this.options.failWritesWith) return send(res, this.options.failWritesWith, { message: 'Resource not accessible by integration' })
      for (const [issue, list] of this.comments) {
        const comment = list.find((c) => c.id === Number(m![1]))
        if (comment) {
          comment.body = (body as { body: string }).body
          return send(res, 200, this.withUrl(comment, issue))
        }
      }
      return send(res, 404, { message: 'Not Found' })
    }
    return send(res, 404, { message: 'Not Found' })
  }

  private user(): FakeComment['user'] {
    return { login: this.options.login ?? 'github-actions[bot]', type: 'Bot' }
  }

  private withUrl(comment: FakeComment, issue: number): FakeComment & { html_url: string } {
    return { ...comment, html_url: `https://github.com/${this.options.repository}/pull/${issue}#issuecomment-${comment.id}` }
  }

  /** GitHub's pagination: `per_page` (default 30, max 100), `page`, and a `Link` header with rel="next"/"last". */
  private page(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const headers: Record<string, string> = {}
    const link = (p: number, rel: string) => {
      const u = new URL(url)
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return `<${u.href}>; rel="${rel}"`
    }
    if (page < last) headers.link = [link(page + 1, 'next'), link(last, 'last')].join(', ')
    send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers)
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
