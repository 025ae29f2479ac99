import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import twilio from 'twilio'
import { describe, expect, it } from 'vitest'
import { SERVER_TWILIO, startServerProcess } from './support/server'
import { FakeTelegram, messageUpdate, TELEGRAM, telegramEnv } from './support/telegram'

/** How many times the server is killed; `npm run test:crash` raises it to twenty. */
const KILLS = Number(process.env.CRASH_KILLS ?? 3)

interface Tip {
  sid: string
  from: string
  body: string
}

interface Update {
  updateId: number
  chatId: number
  text: string
}

/** Answers what the server answered, or 0 once it is gone. */
async function send(target: string, init: RequestInit): Promise<number> {
  try {
    const response = await fetch(target, init)
    await response.text()
    return response.status
  } catch {
    return 0
  }
}

/** A Telegram update as Telegram posts it, with the webhook's secret header. */
const postUpdate = (url: string, update: Update) =>
  send(`${url}/webhooks/telegram`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Telegram-Bot-Api-Secret-Token': TELEGRAM.webhookSecret,
    },
    body: JSON.stringify(messageUpdate(update.chatId, { text: update.text }, update.updateId)),
  })

async function post(url: string, tip: Tip): Promise<number> {
  const params = {
    MessageSid: tip.sid,
    AccountSid: SERVER_TWILIO.accountSid,
    From: tip.from,
    To: SERVER_TWILIO.phoneNumber,
    Body: tip.body,
    NumMedia: '0',
  }
  const target = `${url}/webhooks/twilio/sms`
  return send(target, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(SERVER_TWILIO.authToken, target, params),
    },
    body: new URLSearchParams(params),
  })
}

describe('a crash at any moment', { timeout: 30 * 60_000 }, () => {
  it(`loses no acknowledged tip (SMS or Telegram) and duplicates none (${KILLS} SIGKILLs)`, async () => {
    // The Bot API the server talks to lives in this process, so it survives every kill.
    const botApi = await new FakeTelegram().start()
    const env = telegramEnv(botApi.url)
    let server = await startServerProcess({ env })
    const { dir } = server
    const acknowledged = new Map<string, Tip>()
    const acknowledgedUpdates = new Map<number, Update>()
    let updateCounter = 0
    const newUpdate = (): Update => {
      updateCounter++
      return {
        updateId: 700_000_000 + updateCounter,
        // Chat ids past 32 bits, as Telegram's are.
        chatId: 6_000_000_000 + (updateCounter % 3000),
        text: `${1001 + (updateCounter % 30)} 有人在操场打人 #t${updateCounter}`,
      }
    }
    let counter = 0
    const newTip = (): Tip => {
      counter++
      return {
        sid: `SM${counter.toString(16).padStart(32, '0')}`,
        from: `+86139${String(counter % 5000).padStart(8, '0')}`,
        body: `${1001 + (counter % 30)} 有人在厕所打人 #${counter}`,
      }
    }
    try {
      for (let round = 0; round < KILLS; round++) {
        let alive = true
        const senders = Array.from({ length: 8 }, async () => {
          while (alive) {
            // Now and then Twilio retries a delivery that was already answered: it must not count twice.
            const retry = acknowledged.size && Math.random() < 0.1
            const tip = retry
              ? ([...acknowledged.values()][Math.floor(Math.random() * acknowledged.size)] as Tip)
              : newTip()
            const status = await post(server.url, tip)
            if (status >= 200 && status < 300) acknowledged.set(tip.sid, tip)
            else if (status === 0) return
          }
        })
        const telegramSenders = Array.from({ length: 4 }, async () => {
          while (alive) {
            // Telegram repeats an update until it gets a 2xx: a repeat must not count twice either.
            const retry = acknowledgedUpdates.size && Math.random() < 0.1
            const update = retry
              ? ([...acknowledgedUpdates.values()][
                  Math.floor(Math.random() * acknowledgedUpdates.size)
                ] as Update)
              : newUpdate()
            const status = await postUpdate(server.url, update)
            if (status >= 200 && status < 300) acknowledgedUpdates.set(update.updateId, update)
            else if (status === 0) return
          }
        })
        // Kill once the server is busy on both channels (its first answers are slow while it warms up,
        // more so on a loaded machine), at a random moment.
        const before = acknowledged.size
        const beforeUpdates = acknowledgedUpdates.size
        while (acknowledged.size < before + 10 || acknowledgedUpdates.size < beforeUpdates + 2) {
          await new Promise((resolve) => setTimeout(resolve, 10))
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 400))
        await server.kill()
        alive = false
        await Promise.all([...senders, ...telegramSenders])
        server = await startServerProcess({ reuse: server, env })
      }
      await server.stop({ keepFiles: true })

      const db = new Database(server.dbPath, { readonly: true })
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        const receipts = db.prepare(
          "select count(*) n from provider_receipts where provider = 'twilio' and provider_id = ?",
        )
        const tips = db.prepare(
          "select count(*) n from messages where kind = 'tip' and provider_message_id = ?",
        )
        expect(acknowledged.size).toBeGreaterThan(KILLS)
        for (const sid of acknowledged.keys()) {
          expect((receipts.get(sid) as { n: number }).n, `receipt for ${sid}`).toBe(1)
          expect((tips.get(sid) as { n: number }).n, `tip ${sid}`).toBe(1)
        }
        expect(acknowledgedUpdates.size).toBeGreaterThan(KILLS)
        for (const id of acknowledgedUpdates.keys()) {
          const n = (sql: string) => (db.prepare(sql).get(String(id)) as { n: number }).n
          expect(
            n("select count(*) n from provider_receipts where provider = 'telegram' and provider_id = ?"),
            `receipt for update ${id}`,
          ).toBe(1)
          expect(
            n("select count(*) n from messages where kind = 'tip' and provider_message_id = ?"),
            `tip of update ${id}`,
          ).toBe(1)
        }
        const orphans = db
          .prepare(
            'select count(*) n from messages m left join cases c on c.id = m.case_id where c.id is null',
          )
          .get() as { n: number }
        expect(orphans.n).toBe(0)
      } finally {
        db.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await botApi.stop()
    }
  })
})
