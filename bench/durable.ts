import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/**
 * The disk's own ceiling for durable writes: bare better-sqlite3, WAL, synchronous=FULL, one row per
 * transaction, each committed (and fsynced) before the next. What the server does per tip can be set
 * beside it: grouped commits let the server land many tips per fsync.
 */
export function bareDurableInserts(seconds = 3): { perSecond: number; p99: number } {
  const dir = mkdtempSync(join(tmpdir(), 'whistle-durable-'))
  const sqlite = new Database(join(dir, 'bare.db'))
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.exec('CREATE TABLE tips (id INTEGER PRIMARY KEY, body TEXT NOT NULL, created_at INTEGER NOT NULL)')
    const insert = sqlite.prepare('INSERT INTO tips (body, created_at) VALUES (?, ?)')
    const once = sqlite.transaction((body: string) => insert.run(body, Date.now()))
    const latencies: number[] = []
    const started = performance.now()
    const deadline = started + seconds * 1000
    while (performance.now() < deadline) {
      const t0 = performance.now()
      once('x'.repeat(200))
      latencies.push(performance.now() - t0)
    }
    const elapsed = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    return {
      perSecond: latencies.length / elapsed,
      p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    }
  } finally {
    sqlite.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
