import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { asc, eq, gt } from 'drizzle-orm'
import pino from 'pino'
import twilio from 'twilio'
import { type ImportReport, importOfficers, importSchools } from '../county/import'
import { generateKeyEnv } from '../crypto/keys'
import { loadSodium } from '../crypto/sodium'
import { describeJobs, runDueJobs } from '../jobs'
import { issueOfficerToken } from '../officer/tokens'
import { twilioClient } from '../relay/twilio'
import { createLogger } from '../runtime/log'
import { openWhistle as openNodeWhistle } from '../runtime/node'
import { findAuditBreak } from '../store/audit'
import { auditEvents, officers } from '../store/schema'

const USAGE = `usage: npm run whistle -- COMMAND

  keys generate [--escrow-out FILE]     a new key set (env lines) and the offline escrow secret key
  schools import FILE.csv               add or update schools
  officers import FILE.csv              add or update officers
  officers token ID                     a new API token for an officer (shown once)
  jobs run [--at ISO-TIME]              run every due job once (outbox)
  audit verify                          check the audit hash chain; exit 1 when broken
  simulate sms --from +86... TEXT       send a Twilio-signed SMS webhook to the running server
  twilio configure                      point the Twilio number's webhooks at PUBLIC_URL`

class UsageError extends Error {}

/** Logs go to stderr so that stdout carries only what a command prints (a token, JSON lines). */
const openWhistle = (options: Parameters<typeof openNodeWhistle>[0] = {}) =>
  openNodeWhistle({ log: createLogger(pino.destination(2)), ...options })

type Command = (args: string[]) => Promise<number>

const printImport = (what: string, report: ImportReport) => {
  console.log(
    `${what}: ${report.created} created, ${report.updated} updated, ${report.problems.length} rows refused`,
  )
  for (const p of report.problems) console.error(`  line ${p.line}: ${p.message}`)
  return report.problems.length ? 1 : 0
}

const commands: Record<string, Command> = {
  async 'keys generate'(args) {
    const { values } = parseArgs({
      args,
      options: { 'escrow-out': { type: 'string', default: 'escrow-secret.key' } },
    })
    const sodium = await loadSodium()
    const { env, escrowSecretKey } = generateKeyEnv(sodium)
    const out = values['escrow-out'] as string
    writeFileSync(out, `${escrowSecretKey}\n`, { mode: 0o600, flag: 'wx' })
    for (const [name, value] of Object.entries(env)) console.log(`${name}=${value}`)
    console.error(`Escrow secret key written to ${out}: take it off this server and keep it offline.`)
    return 0
  },

  async 'schools import'([file]) {
    if (!file) throw new UsageError('schools import needs a CSV file')
    const whistle = await openWhistle()
    try {
      return printImport('schools', await importSchools(whistle.core, readFileSync(file, 'utf8')))
    } finally {
      whistle.close()
    }
  },

  async 'officers import'([file]) {
    if (!file) throw new UsageError('officers import needs a CSV file')
    const whistle = await openWhistle()
    try {
      return printImport('officers', await importOfficers(whistle.core, readFileSync(file, 'utf8')))
    } finally {
      whistle.close()
    }
  },

  async 'officers token'([id]) {
    if (!id) throw new UsageError('officers token needs an officer id')
    const whistle = await openWhistle()
    try {
      const [officer] = await whistle.core.store.db.select().from(officers).where(eq(officers.id, id))
      if (!officer) {
        console.error(`no officer ${id}`)
        return 1
      }
      console.log(await issueOfficerToken(whistle.core, id))
      return 0
    } finally {
      whistle.close()
    }
  },

  async 'jobs run'(args) {
    const { values } = parseArgs({ args, options: { at: { type: 'string' } } })
    const at = values.at ? new Date(values.at) : null
    if (at && Number.isNaN(at.getTime()))
      throw new UsageError('--at takes an ISO time, e.g. 2026-11-23T10:00:00Z')
    const whistle = await openWhistle(at ? { clock: () => at } : {})
    try {
      console.log(describeJobs(await runDueJobs(whistle.core, whistle.senders)))
      return 0
    } finally {
      whistle.close()
    }
  },

  async 'audit verify'() {
    const whistle = await openWhistle()
    try {
      const db = whistle.core.store.db
      let after = 0
      let checked = 0
      const rows: (typeof auditEvents.$inferSelect)[] = []
      for (;;) {
        const page = await db
          .select()
          .from(auditEvents)
          .where(gt(auditEvents.seq, after))
          .orderBy(asc(auditEvents.seq))
          .limit(5000)
        rows.push(...page)
        checked += page.length
        const last = page.at(-1)
        if (!last) break
        after = last.seq
      }
      const broken = findAuditBreak(rows)
      if (broken) {
        console.log(`audit chain BROKEN at event ${broken.seq}: ${broken.problem}`)
        return 1
      }
      console.log(`audit chain intact: ${checked} events`)
      return 0
    } finally {
      whistle.close()
    }
  },

  async 'simulate sms'(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        url: { type: 'string' },
        whatsapp: { type: 'boolean', default: false },
      },
    })
    const authToken = process.env.TWILIO_AUTH_TOKEN
    if (!authToken)
      throw new UsageError('simulate sms signs with TWILIO_AUTH_TOKEN: set it as the server has it')
    if (!values.from) throw new UsageError('simulate sms needs --from +86...')
    const base = (
      values.url ??
      process.env.PUBLIC_URL ??
      `http://localhost:${process.env.PORT ?? 8787}`
    ).replace(/\/+$/, '')
    const url = `${base}/webhooks/twilio/sms`
    const prefix = values.whatsapp ? 'whatsapp:' : ''
    const params: Record<string, string> = {
      MessageSid: `SM${crypto.randomUUID().replace(/-/g, '')}`,
      AccountSid: process.env.TWILIO_ACCOUNT_SID ?? `AC${'0'.repeat(32)}`,
      From: prefix + values.from,
      To: prefix + (process.env.TWILIO_PHONE_NUMBER ?? '+10000000000'),
      Body: positionals.join(' '),
      NumMedia: '0',
      NumSegments: '1',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
    }
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Twilio-Signature': twilio.getExpectedTwilioSignature(authToken, url, params),
      },
      body: new URLSearchParams(params),
    })
    console.log(`${response.status} ${await response.text()}`)
    return response.ok ? 0 : 1
  },

  async 'twilio configure'() {
    const whistle = await openWhistle()
    try {
      const { twilio: account, publicUrl } = whistle.config
      if (!account)
        throw new UsageError('set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_PHONE_NUMBER first')
      if (!publicUrl.startsWith('https://'))
        throw new UsageError('PUBLIC_URL must be the https:// address Twilio can reach')
      const client = twilioClient(account)
      const [number] = await client.incomingPhoneNumbers.list({ phoneNumber: account.phoneNumber, limit: 1 })
      if (!number) {
        console.error('that phone number is not in this Twilio account')
        return 1
      }
      await client.incomingPhoneNumbers(number.sid).update({
        smsUrl: `${publicUrl}/webhooks/twilio/sms`,
        smsMethod: 'POST',
        voiceUrl: `${publicUrl}/webhooks/twilio/voice`,
        voiceMethod: 'POST',
      })
      console.log(`SMS and voice webhooks now point at ${publicUrl}`)
      return 0
    } finally {
      whistle.close()
    }
  },
}

async function main(argv: string[]): Promise<number> {
  const [first = '', second = '', ...rest] = argv
  const command = commands[`${first} ${second}`]
  if (!command) {
    console.error(USAGE)
    return first ? 2 : 0
  }
  try {
    return await command(rest)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as Error).name === 'KeyConfigError' ||
      (error as Error).name === 'ConfigError'
    ) {
      console.error((error as Error).message)
      return 2
    }
    throw error
  }
}

process.exitCode = await main(process.argv.slice(2))
