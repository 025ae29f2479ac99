import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { eq } from 'drizzle-orm'
import { type ImportReport, importOfficers, importSchools } from '../county/import'
import { generateKeyEnv } from '../crypto/keys'
import { loadSodium } from '../crypto/sodium'
import { describeJobs, runDueJobs } from '../jobs'
import { issueOfficerToken } from '../officer/tokens'
import { verifyAuditChain } from '../store/audit'
import { officers } from '../store/schema'
import { type Commands, UsageError, withWhistle } from './command'

const printImport = (what: string, report: ImportReport) => {
  console.log(
    `${what}: ${report.created} created, ${report.updated} updated, ${report.problems.length} rows refused`,
  )
  for (const p of report.problems) console.error(`  line ${p.line}: ${p.message}`)
  return report.problems.length ? 1 : 0
}

const importCommand = (what: string, load: typeof importSchools) => ({
  usage: `FILE.csv                    add or update ${what}; bad rows are reported by line`,
  run: async ([file]: string[]) => {
    if (!file) throw new UsageError(`${what} import needs a CSV file`)
    const csv = readFileSync(file, 'utf8')
    return withWhistle(async ({ core }) => printImport(what, await load(core, csv)))
  },
})

/** What an operator runs to set up and look after a county. */
export const operatorCommands: Commands = {
  'keys generate': {
    usage:
      '[--escrow-out FILE]          a new key set (env lines); the escrow secret key goes to FILE, to keep offline',
    async run(args) {
      const { values } = parseArgs({
        args,
        options: { 'escrow-out': { type: 'string', default: 'escrow-secret.key' } },
      })
      const { env, escrowSecretKey } = generateKeyEnv(await loadSodium())
      const out = values['escrow-out'] as string
      writeFileSync(out, `${escrowSecretKey}\n`, { mode: 0o600, flag: 'wx' })
      for (const [name, value] of Object.entries(env)) console.log(`${name}=${value}`)
      console.error(`Escrow secret key written to ${out}: take it off this server and keep it offline.`)
      return 0
    },
  },
  'schools import': importCommand('schools', importSchools),
  'officers import': importCommand('officers', importOfficers),
  'officers token': {
    usage: 'ID                           a new API token for an officer (shown once, stored hashed)',
    async run([id]) {
      if (!id) throw new UsageError('officers token needs an officer id')
      return withWhistle(async ({ core }) => {
        const [officer] = await core.store.db.select().from(officers).where(eq(officers.id, id))
        if (!officer) {
          console.error(`no officer ${id}`)
          return 1
        }
        console.log(await issueOfficerToken(core, id))
        return 0
      })
    },
  },
  'jobs run': {
    usage: '[--at ISO-TIME]                    run every job that is due at that time once',
    async run(args) {
      const { values } = parseArgs({ args, options: { at: { type: 'string' } } })
      const at = values.at ? new Date(values.at) : null
      if (at && Number.isNaN(at.getTime()))
        throw new UsageError('--at takes an ISO time, e.g. 2026-11-23T10:00:00Z')
      return withWhistle(
        async ({ core, clients }) => {
          console.log(describeJobs(await runDueJobs(core, clients)))
          return 0
        },
        at ? { clock: () => at } : {},
      )
    },
  },
  'audit verify': {
    usage: '  check the audit hash chain; exit 1 where it is broken',
    run: () =>
      withWhistle(async ({ core }) => {
        const { events, broken } = await verifyAuditChain(core.store.db)
        if (broken) {
          console.log(`audit chain BROKEN at event ${broken.seq}: ${broken.problem}`)
          return 1
        }
        console.log(`audit chain intact: ${events} events`)
        return 0
      }),
  },
}
