import { readFileSync } from 'node:fs'
import twilio from 'twilio'
import { SERVER_TWILIO, startServerProcess } from '../test/support/server'
import { bareDurableInserts } from './durable'
import { runLoad } from './load'
import type { Row } from './triage'

const TIPS = [
  '1001 昨天有人在厕所打人',
  '1006 我们班有人天天骂我胖',
  '1012 he took my money again today',
  '1020 群里有人发我的丑照',
  '1003 放学后他们说要在校门口堵我',
]

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** Resident memory of a process from /proc (Linux): its peak (VmHWM) or its current size (VmRSS). */
export function rssMb(pid: number | 'self', which: 'VmHWM' | 'VmRSS' = 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(new RegExp(`${which}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return kb / 1024
}

/** Signed-SMS webhook throughput and latency beside GET /health, against the real server with synchronous=FULL. */
export async function benchIngest(seconds = 10, concurrency = 32): Promise<Row[]> {
  // The disk's ceiling first, on its own: one durable commit per row.
  const bare = bareDurableInserts(3)
  const server = await startServerProcess()
  try {
    const startedRss = rssMb(server.pid, 'VmRSS')
    const path = '/webhooks/twilio/sms'
    const signedUrl = `${server.url}${path}`
    // Requests are signed ahead of time so that the load generator measures the server, not itself.
    const pool = Array.from({ length: 60_000 }, (_, i) => {
      const params = {
        MessageSid: `SM${i.toString(16).padStart(32, '0')}`,
        AccountSid: SERVER_TWILIO.accountSid,
        From: `+86139${String(i).padStart(8, '0')}`,
        To: SERVER_TWILIO.phoneNumber,
        Body: TIPS[i % TIPS.length] as string,
        NumMedia: '0',
      }
      return {
        method: 'POST',
        path,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': twilio.getExpectedTwilioSignature(SERVER_TWILIO.authToken, signedUrl, params),
        },
        body: new URLSearchParams(params).toString(),
      }
    })
    await runLoad(server.url, () => ({ method: 'GET', path: '/health' }), { concurrency: 4, seconds: 1 })
    const health = await runLoad(server.url, () => ({ method: 'GET', path: '/health' }), {
      concurrency,
      seconds,
    })
    const cpuBefore = cpuTimeMs(server.pid)
    const sms = await runLoad(server.url, (i) => pool[i % pool.length] as (typeof pool)[number], {
      concurrency,
      seconds,
      maxRequests: pool.length,
    })
    const cpuPerTip = (cpuTimeMs(server.pid) - cpuBefore) / sms.requests
    const rss = rssMb(server.pid)
    const ofBare = sms.perSecond / bare.perSecond
    return [
      {
        metric: `signed SMS webhook, ${concurrency} clients, synchronous=FULL`,
        value: `${sms.perSecond.toFixed(0)} tips/s, p50 ${sms.p50.toFixed(1)} ms, p99 ${sms.p99.toFixed(1)} ms, ${sms.errors} errors`,
        target: '≥ 2,000 tips/s, p99 < 50 ms',
        ok: sms.perSecond >= 2000 && sms.p99 < 50 && sms.errors === 0,
      },
      {
        // Wall-clock rates depend on what else the machine runs; CPU time per tip does much less.
        metric: 'server CPU time per tip (user + system)',
        value: `${cpuPerTip.toFixed(2)} ms`,
        target: '≤ 0.5 ms (2,000 tips/s on one core)',
        ok: cpuPerTip <= 0.5,
      },
      {
        metric: 'bare better-sqlite3 insert, WAL, synchronous=FULL, one row per commit',
        value: `${bare.perSecond.toFixed(0)} commits/s, p99 ${bare.p99.toFixed(1)} ms`,
        target: 'reference',
        ok: true,
      },
      {
        metric: 'SMS ingest / bare durable insert',
        value: `${ofBare.toFixed(2)}×`,
        target: '≥ 0.5×',
        ok: ofBare >= 0.5,
      },
      {
        metric: 'GET /health, same server, same run',
        value: `${health.perSecond.toFixed(0)} req/s, p50 ${health.p50.toFixed(1)} ms, p99 ${health.p99.toFixed(1)} ms`,
        target: 'reference',
        ok: true,
      },
      {
        metric: 'server peak RSS (after start, before any request)',
        value: `${rss.toFixed(0)} MB (${startedRss.toFixed(0)} MB)`,
        target: '< 200 MB',
        ok: rss < 200,
      },
    ]
  } finally {
    await server.stop()
  }
}
