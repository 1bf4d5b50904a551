// Keeps tests off the network: a TCP connection to anything but loopback is refused before a
// DNS lookup or a packet, and recorded, so a test fails when code reaches for a real cloud
// host (a metadata server, a token endpoint, a regional API). In-process tests call
// guardNetwork(); a bundle a test spawns loads this file with `node --import` and
// ADW_TEST_NETWORK_GUARD=1, and reports each refusal on stderr. Node imports only, no
// TypeScript-only syntax: Node runs this file as it is.
import net from 'node:net'

export interface NetworkGuard {
  /** `host:port` of every refused connection. */
  blocked: string[]
  release(): void
}

type Target = { host?: string; port?: unknown; path?: string | null }

function targetOf(args: unknown[]): Target {
  const [first, second] = args
  // net.connect() hands the socket its options already normalised, as `[options, callback]`.
  const options = Array.isArray(first) ? (first[0] as Target) : first
  if (typeof options === 'object' && options !== null) return options as Target
  if (typeof options === 'string' && !/^\d+$/.test(options)) return { path: options }
  return { port: options, host: typeof second === 'string' ? second : 'localhost' }
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host)

export function guardNetwork(onBlocked: (target: string) => void = () => {}): NetworkGuard {
  const blocked: string[] = []
  const connect = net.Socket.prototype.connect
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const { host = 'localhost', port, path } = targetOf(args)
    // A local socket has a path; a TCP connection from http(s) carries `path: null`.
    if (path || isLoopback(host)) return connect.apply(this, args as never)
    const target = `${host}:${String(port)}`
    blocked.push(target)
    onBlocked(target)
    const refusal = Object.assign(new Error(`test network guard: no connection to ${target}`), {
      code: 'ENETUNREACH'
    })
    process.nextTick(() => this.destroy(refusal))
    return this
  } as typeof connect
  return {
    blocked,
    release: () => {
      net.Socket.prototype.connect = connect
    }
  }
}

if (process.env.ADW_TEST_NETWORK_GUARD === '1') {
  guardNetwork(target => process.stderr.write(`test network guard: refused ${target}\n`))
}
