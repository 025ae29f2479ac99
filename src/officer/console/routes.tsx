import { eq } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import { z } from 'zod'
import type { Config } from '../../config'
import type { Core } from '../../core'
import { readEvidence } from '../../intake/evidence'
import { caseStatuses, media } from '../../store/schema'
import {
  ackCase,
  addNote,
  CaseworkError,
  caseInScope,
  caseView,
  changeStatus,
  listQueue,
  QUEUE_MAX,
  replyToTipster,
  transferCase,
} from '../casework'
import { officerForToken } from '../tokens'
import { CONSOLE_CSS, POSTER_CSS, QUEUE_JS } from './assets'
import { listOverdue } from '../escalation'
import { countyMonth, MONTH, monthlyReport, monthlyReportCsv } from '../reports'
import { escalatedRefs, schoolLoad } from './figures'
import { consoleLanguage } from './i18n'
import { type PosterContacts, PosterPage } from './poster'
import {
  type ConsoleSession,
  csrfMatches,
  endSession,
  SESSION_HOURS,
  sessionFor,
  setSessionLocale,
  startSession,
} from './session'
import {
  BASE,
  CasePage,
  DeskPage,
  LoginPage,
  MessagePage,
  type PageContext,
  pageContext,
  QueueItems,
  QueuePage,
  SupervisorPage,
} from './views'

export interface ConsoleOptions extends PosterContacts {
  /** PUBLIC_URL: its origin is the one forms may come from, and https makes the cookie Secure. */
  publicUrl: string
}

/** The console's options from the validated environment. */
export const consoleOptions = (config: Config): ConsoleOptions => ({
  publicUrl: config.publicUrl,
  phoneNumber: config.twilio?.phoneNumber ?? null,
  telegramBotUsername: config.telegramBotUsername,
})

type Env = { Variables: { session: ConsoleSession } }

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ')

/** Evidence opens in a sandbox: whatever a tipster sent can show but never run. */
const EVIDENCE_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; sandbox"

/** Evidence types a browser may show inline; anything else downloads as opaque bytes. */
const INLINE_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
}

const Ref = z.string().regex(/^\d{8}$/)
const Text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
const forms = {
  text: (max: number) => z.object({ text: Text(max) }),
  status: z.object({
    status: z.enum(caseStatuses),
    note: optionalText(4000),
    resolution: optionalText(4000),
    feedback: optionalText(1000),
    no_feedback_reason: optionalText(500),
  }),
  transfer: z.object({
    target: z.union([z.literal('duty_desk'), z.string().regex(/^school:[\w-]{1,64}$/)]),
    reason: optionalText(1000),
  }),
  locale: z.object({
    locale: z.enum(['zh-Hans', 'zh-Hant', 'en']),
    back: z
      .string()
      .regex(/^\/console(\/[\w/-]*)?(\?[\w=&-]*)?$/)
      .catch(BASE),
  }),
}

/**
 * The officer console under /console: server-rendered pages for a phone on patrol, a session cookie
 * after a token sign-in, and every case action through the same casework functions as the API.
 */
export function officerConsole(core: Core, options: ConsoleOptions) {
  const secure = options.publicUrl.startsWith('https:')
  // __Host- binds the cookie to this exact origin (Secure, Path=/, no Domain), out of reach of subdomains.
  const cookieName = secure ? '__Host-whistle-console' : 'whistle-console'
  const publicOrigin = new URL(options.publicUrl).origin
  const app = new Hono<Env>()

  const ctxOf = (c: Context, session: ConsoleSession | null): PageContext =>
    pageContext(
      session,
      consoleLanguage(
        session?.locale ?? (c.req.header('accept-language')?.startsWith('en') ? 'en' : undefined),
      ),
      core.clock(),
      core.config.p1AckMinutes,
      new URL(c.req.url).pathname + new URL(c.req.url).search,
    )

  app.use('*', async (c, next) => {
    await next()
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CSP)
    if (!c.req.path.startsWith(`${BASE}/static/`)) c.header('Cache-Control', 'no-store')
  })
  app.use('*', bodyLimit({ maxSize: 32 * 1024, onError: (c) => c.text('Payload Too Large', 413) }))
  // Every console form is urlencoded; anything else (a broken multipart body threw inside parseBody) is refused.
  app.use('*', async (c, next) => {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (c.req.method === 'POST' && type !== 'application/x-www-form-urlencoded')
      return c.text('Unsupported Media Type: the console takes form posts', 415)
    await next()
  })
  // Forms must come from the console itself: the Origin check refuses a cross-site post before anything runs.
  app.use(
    '*',
    csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin }),
  )

  app.get('/static/console.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(CONSOLE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })
  app.get('/static/poster.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(POSTER_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })
  app.get('/static/queue.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600')
    return c.body(QUEUE_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' })
  })

  app.get('/login', (c) => c.html(<LoginPage ctx={ctxOf(c, null)} />))
  app.post('/login', async (c) => {
    const body = await c.req.parseBody()
    const officer = await officerForToken(
      core,
      typeof body.token === 'string' ? body.token.trim() : undefined,
    )
    if (!officer) return c.html(<LoginPage ctx={ctxOf(c, null)} failed />, 401)
    setCookie(c, cookieName, await startSession(core, officer), {
      path: '/',
      httpOnly: true,
      secure,
      sameSite: 'Strict',
      maxAge: SESSION_HOURS * 3600,
    })
    return c.redirect(BASE, 303)
  })

  // Everything below needs a session; every post also carries the session's form token.
  app.use('*', async (c, next) => {
    const session = await sessionFor(core, getCookie(c, cookieName))
    if (!session) {
      if (c.req.method === 'GET' && !c.req.path.startsWith(`${BASE}/queue/items`))
        return c.redirect(`${BASE}/login`, 303)
      return c.text('Unauthorized', 401)
    }
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody()
      if (!csrfMatches(session, body._csrf))
        return c.text('Forbidden: the form is stale, reload the page', 403)
    }
    c.set('session', session)
    await next()
  })

  const pageOf = (c: Context<Env>) => ctxOf(c, c.get('session'))

  app.post('/logout', async (c) => {
    await endSession(core, c.get('session'))
    deleteCookie(c, cookieName, { path: '/', secure })
    return c.redirect(`${BASE}/login`, 303)
  })

  app.post('/locale', async (c) => {
    const form = forms.locale.safeParse(await c.req.parseBody())
    if (!form.success) return c.text('Bad Request', 400)
    await setSessionLocale(core, c.get('session'), form.data.locale)
    return c.redirect(form.data.back, 303)
  })

  const queueRows = (c: Context<Env>) => listQueue(core, c.get('session').officer, QUEUE_MAX)

  app.get('/', async (c) => {
    const officerId = c.get('session').officer.id
    const schools = (await core.schools.all()).filter((s) => s.officerId === officerId)
    return c.html(<QueuePage ctx={pageOf(c)} rows={await queueRows(c)} schools={schools} />)
  })
  app.get('/queue/items', async (c) => c.html(<QueueItems ctx={pageOf(c)} rows={await queueRows(c)} />))

  /** Renders a case, with a refusal from casework shown as a message on the page rather than an error. */
  const renderCase = async (c: Context<Env>, ref: string, error?: CaseworkError | string) => {
    const ctx = pageOf(c)
    try {
      const view = await caseView(core, c.get('session').officer, ref)
      const message =
        error instanceof CaseworkError
          ? `${ctx.t.errors[error.status] ?? ctx.t.error}: ${error.message}`
          : error
      return c.html(
        <CasePage
          ctx={ctx}
          view={view}
          schools={await core.schools.all()}
          {...(message ? { error: message } : {})}
        />,
        error instanceof CaseworkError ? error.status : error ? 400 : 200,
      )
    } catch (e) {
      if (e instanceof CaseworkError && e.status === 404) return notFound(c)
      throw e
    }
  }
  const notFound = (c: Context<Env>) => {
    const ctx = pageOf(c)
    return c.html(
      <MessagePage ctx={ctx} title={ctx.t.errors[404] ?? ''} message={ctx.t.errors[404] ?? ''} />,
      404,
    )
  }

  app.get('/cases/:ref', async (c) => {
    const ref = Ref.safeParse(c.req.param('ref'))
    return ref.success ? renderCase(c, ref.data) : notFound(c)
  })

  /** A case action: validate the form, run the casework function, then back to the case (post/redirect/get). */
  const caseAction = <T extends z.ZodType>(
    name: string,
    schema: T,
    run: (officer: ConsoleSession['officer'], ref: string, form: z.infer<T>) => Promise<unknown>,
  ) =>
    app.post(`/cases/:ref/${name}`, async (c) => {
      const ref = Ref.safeParse(c.req.param('ref'))
      if (!ref.success) return notFound(c)
      const form = schema.safeParse(await c.req.parseBody())
      if (!form.success) return renderCase(c, ref.data, pageOf(c).t.invalidForm)
      try {
        await run(c.get('session').officer, ref.data, form.data)
      } catch (error) {
        if (error instanceof CaseworkError)
          return error.status === 404 ? notFound(c) : renderCase(c, ref.data, error)
        throw error
      }
      return c.redirect(`${BASE}/cases/${ref.data}`, 303)
    })

  caseAction('ack', z.object({}), (officer, ref) => ackCase(core, officer, ref))
  caseAction('reply', forms.text(1000), (officer, ref, form) => replyToTipster(core, officer, ref, form.text))
  caseAction('note', forms.text(4000), (officer, ref, form) => addNote(core, officer, ref, form.text))
  caseAction('status', forms.status, (officer, ref, form) =>
    changeStatus(core, officer, ref, {
      status: form.status,
      ...(form.note ? { note: form.note } : {}),
      ...(form.resolution ? { resolution: form.resolution } : {}),
      ...(form.feedback ? { feedback: form.feedback } : {}),
      ...(form.no_feedback_reason ? { noFeedbackReason: form.no_feedback_reason } : {}),
    }),
  )
  caseAction('transfer', forms.transfer, (officer, ref, form) =>
    transferCase(
      core,
      officer,
      ref,
      form.target === 'duty_desk' ? { dutyDesk: true } : { schoolId: form.target.slice('school:'.length) },
      form.reason,
    ),
  )

  app.get('/cases/:ref/evidence/:id', async (c) => {
    const ref = Ref.safeParse(c.req.param('ref'))
    if (!ref.success) return notFound(c)
    let found: Awaited<ReturnType<typeof caseInScope>>
    try {
      found = await caseInScope(core, c.get('session').officer, ref.data)
    } catch (error) {
      if (error instanceof CaseworkError) return notFound(c)
      throw error
    }
    const [item] = await core.store.db
      .select()
      .from(media)
      .where(eq(media.id, c.req.param('id')))
    if (!item || item.caseId !== found.id || item.state !== 'stored') return notFound(c)
    const bytes = await readEvidence(core, item.id)
    await core.store.commit(
      [],
      [
        {
          at: core.clock(),
          actor: `officer:${c.get('session').officer.id}`,
          action: 'evidence_viewed',
          caseId: found.id,
          detail: { media: item.id },
        },
      ],
    )
    const type = item.contentType.toLowerCase().split(';')[0]?.trim() ?? ''
    const extension = INLINE_TYPES[type]
    const name = `evidence-${found.ref}-${item.id.slice(0, 8)}.${extension ?? 'bin'}`
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': extension ? type : 'application/octet-stream',
      'Content-Disposition': `${extension ? 'inline' : 'attachment'}; filename="${name}"`,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': EVIDENCE_CSP,
      'X-Content-Type-Options': 'nosniff',
    })
  })

  const requireRole = (c: Context<Env>, roles: readonly string[]) =>
    roles.includes(c.get('session').officer.role)

  app.get('/desk', async (c) => {
    if (!requireRole(c, ['duty_desk', 'supervisor'])) return notFound(c)
    const [rows, escalated] = await Promise.all([queueRows(c), escalatedRefs(core)])
    return c.html(
      <DeskPage
        ctx={pageOf(c)}
        p1={rows.filter((r) => r.urgency === 'P1')}
        noSchool={rows.filter((r) => !r.schoolId)}
        escalations={rows.filter((r) => escalated.has(r.ref))}
      />,
    )
  })

  const monthOf = (c: Context) => {
    const month = c.req.query('month')
    return month && MONTH.test(month) ? month : countyMonth(core, core.clock())
  }

  app.get('/supervisor', async (c) => {
    if (!requireRole(c, ['supervisor'])) return notFound(c)
    const [report, overdue, schools] = await Promise.all([
      monthlyReport(core, { month: monthOf(c) }),
      listOverdue(core, c.get('session').officer),
      schoolLoad(core),
    ])
    return c.html(
      <SupervisorPage
        ctx={pageOf(c)}
        report={report}
        overdue={overdue.cases.map((r) => ({ ...r, acknowledgedAt: null }))}
        schools={schools}
      />,
    )
  })

  app.get('/supervisor/report.csv', async (c) => {
    if (!requireRole(c, ['supervisor'])) return notFound(c)
    const month = monthOf(c)
    return c.body(monthlyReportCsv(await monthlyReport(core, { month })), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="whistle-report-${month}.csv"`,
    })
  })

  app.get('/schools/:id/poster', async (c) => {
    const school = await core.schools.get(c.req.param('id'))
    if (!school) return notFound(c)
    return c.html(
      <PosterPage
        school={school}
        contacts={options}
        stylesheet={{ href: `${BASE}/static/poster.css` }}
        back={BASE}
      />,
    )
  })

  app.onError((error, c) => {
    if (error instanceof CaseworkError && error.status === 404) return notFound(c as Context<Env>)
    throw error
  })

  return app
}
