import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

/**
 * An HTTP CONNECT proxy on 127.0.0.1 for clients that cannot be told to skip
 * Microsoft Entra instance discovery (MSAL for Python as azure-cli 2.45 uses
 * it asks `https://login.microsoftonline.com/common/discovery/instance` for any
 * authority it does not know). Give such a client `HTTPS_PROXY=<proxy url>`
 * and `NO_PROXY=127.0.0.1`: tunnels to the hosts in `routes` go to the
 * emulator (whose certificate also names login.microsoftonline.com), every
 * other CONNECT is refused with 403 and recorded in `refused`, so nothing
 * reaches the internet and a test can say what the client tried.
 */
export interface ConnectProxy {
  url: string
  /** `host:port` of every CONNECT, in order. */
  connects: string[]
  /** `host:port` of the CONNECTs refused (not in routes). */
  refused: string[]
  close(): Promise<void>
}

export async function startConnectProxy(emulatorUrl: string, hosts = ['login.microsoftonline.com']): Promise<ConnectProxy> {
  const target = new URL(emulatorUrl)
  const allowed = new Set(hosts.map((h) => `${h.toLowerCase()}:443`))
  const connects: string[] = []
  const refused: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    let head = Buffer.alloc(0)
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      client.off('data', onData)
      const m = /^CONNECT\s+(\S+)\s+HTTP\/1\.[01]/i.exec(head.subarray(0, end).toString('latin1'))
      const dest = m?.[1].toLowerCase() ?? '?'
      connects.push(dest)
      if (!m || !allowed.has(dest)) {
        refused.push(dest)
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
        return
      }
      const upstream = connect(Number(target.port), target.hostname, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        const rest = head.subarray(end + 4)
        if (rest.length) upstream.write(rest)
        client.pipe(upstream)
        upstream.pipe(client)
      })
      sockets.add(upstream)
      upstream.on('close', () => sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
    }
    client.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connects,
    refused,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
