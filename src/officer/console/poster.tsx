import { raw } from 'hono/html'
import qrcode from 'qrcode-generator'
import type { School } from '../../store/schools'
import { POSTER_CSS } from './assets'
import { type ConsoleLanguage, strings } from './i18n'

export interface PosterContacts {
  /** TWILIO_PHONE_NUMBER: texts and the voice hotline both arrive on it. */
  phoneNumber: string | null
  telegramBotUsername: string | null
}

/** The Telegram deep link that opens the bot with the school already chosen. */
export const telegramLink = (bot: string, school: Pick<School, 'code'>) =>
  `https://t.me/${bot}?start=s${school.code}`

/** A QR code as one SVG path, drawn from the library's module matrix (no generated markup is injected). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const size = qr.getModuleCount()
  const quiet = 4
  // One rectangle per run of dark modules in a row keeps the path short.
  let d = ''
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size;) {
      if (!qr.isDark(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < size && qr.isDark(row, col)) col++
      d += `M${start + quiet} ${row + quiet}h${col - start}v1h-${col - start}z`
    }
  }
  const full = size + 2 * quiet
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
      shape-rendering="crispEdges"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}

function PosterHalf(props: { school: School; contacts: PosterContacts; language: ConsoleLanguage }) {
  const { school, contacts, language } = props
  const t = strings(language)
  const phone = contacts.phoneNumber ?? t.posterNotConfigured
  return (
    <section class="half" lang={t.htmlLang}>
      <div class="words">
        <h1>{t.posterTitle}</h1>
        <p class="sms">{t.posterSms(phone, school.code)}</p>
        <p>{t.posterExample(school.code)}</p>
        <p>{t.posterCall(phone)}</p>
        <p>{t.posterPromise}</p>
        <p class="danger">{t.posterDanger}</p>
        <p class="school">{language === 'en' ? school.nameEn : school.nameZh}</p>
      </div>
      {contacts.telegramBotUsername && (
        <div class="qr">
          <QrCode text={telegramLink(contacts.telegramBotUsername, school)} label={t.posterTelegram} />
          <div>{t.posterTelegram}</div>
        </div>
      )}
    </section>
  )
}

/**
 * A printable A4 poster for a school gate, Chinese above and English below. `stylesheet` links the
 * console's copy (its CSP forbids inline style); a standalone file carries the same CSS inline.
 */
export function PosterPage(props: {
  school: School
  contacts: PosterContacts
  stylesheet: { href: string } | 'inline'
  back?: string
}) {
  const { school, contacts, stylesheet, back } = props
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="zh-Hans">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${school.code} ${school.nameZh} / ${school.nameEn}`}</title>
          {stylesheet === 'inline' ? (
            <style>{raw(POSTER_CSS)}</style>
          ) : (
            <link rel="stylesheet" href={stylesheet.href} />
          )}
        </head>
        <body>
          {back && (
            <p class="noprint">
              <a href={back}>←</a>
            </p>
          )}
          <div class="sheet">
            <PosterHalf school={school} contacts={contacts} language="zh-Hans" />
            <PosterHalf school={school} contacts={contacts} language="en" />
          </div>
        </body>
      </html>
    </>
  )
}
