import { Agent, request } from 'node:http'

export interface LoadResult {
  requests: number
  errors: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
}

export interface LoadRequest {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0

/**
 * A closed-loop load generator on keep-alive connections: `concurrency` clients, each sending its next
 * request when the last one is answered, for `seconds` or until `requests` run out. Latency in ms.
 */
export async function runLoad(
  baseUrl: string,
  next: (i: number) => LoadRequest,
  options: { concurrency: number; seconds: number; maxRequests?: number },
): Promise<LoadResult> {
  const url = new URL(baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency })
  const latencies: number[] = []
  let errors = 0
  let issued = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000

  const send = (spec: LoadRequest) =>
    new Promise<number>((resolve) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: spec.method,
          path: spec.path,
          headers: spec.headers,
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', () => resolve(0))
      // The whole body at once, so it goes with a Content-Length as the providers send it, not chunked.
      req.end(spec.body)
    })

  const client = async () => {
    while (
      performance.now() < deadline &&
      (options.maxRequests === undefined || issued < options.maxRequests)
    ) {
      const spec = next(issued++)
      const t0 = performance.now()
      const status = await send(spec)
      latencies.push(performance.now() - t0)
      if (status < 200 || status >= 300) errors++
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  }
}
