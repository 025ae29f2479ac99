import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { PosterPage } from '../officer/console/poster'
import { consoleOptions } from '../officer/console/routes'
import { type Commands, UsageError, withWhistle } from './command'

/** Printing the school-gate posters without a browser session. */
export const posterCommands: Commands = {
  poster: {
    usage:
      'SCHOOL_ID [--out FILE]             an A4 school-gate poster (zh and en, SMS code, Telegram QR) as HTML',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { out: { type: 'string' } },
      })
      const [schoolId] = positionals
      if (!schoolId) throw new UsageError('poster needs a school id, e.g. qh-001')
      return withWhistle(async ({ core, config }) => {
        const school = await core.schools.get(schoolId)
        if (!school) {
          console.error(`no school ${schoolId}`)
          return 1
        }
        const contacts = consoleOptions(config)
        const out = values.out ?? `poster-${school.id}.html`
        const html = await (<PosterPage school={school} contacts={contacts} stylesheet="inline" />).toString()
        writeFileSync(out, html)
        console.log(out)
        if (!contacts.phoneNumber)
          console.error(
            'Twilio is not configured (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER): the poster has no number.',
          )
        if (!contacts.telegramBotUsername)
          console.error('TELEGRAM_BOT_USERNAME is not set: the poster has no QR code.')
        return 0
      })
    },
  },
}
