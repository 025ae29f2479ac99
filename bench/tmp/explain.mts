import Database from 'better-sqlite3'
const db = new Database(process.argv[2]!)
for (const q of process.argv.slice(3)) {
  console.log(q.slice(0, 120))
  for (const r of db.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[])
    console.log('   ', r.detail)
}
