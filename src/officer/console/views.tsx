import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { CaseStatus } from '../../store/schema'
import type { School } from '../../store/schools'
import { type caseView, TRANSITIONS } from '../casework'
import { CategoryChart, MedianAckChart, UrgencyBySchoolChart } from './charts'
import type { Category, Urgency } from '../../intake/triage/index'
import { escalatesAt } from '../escalation'
import type { MonthlyReport } from '../reports'
import type { schoolLoad } from './figures'
import { type ConsoleLanguage, formatTime, type Strings, strings } from './i18n'
import type { ConsoleSession } from './session'

export const BASE = '/console'

/** What every page needs to speak to the officer: their language, the clock, and the escalation rule. */
export interface PageContext {
  language: ConsoleLanguage
  t: Strings
  now: Date
  p1AckMinutes: number
  session: ConsoleSession | null
  path: string
}

export const pageContext = (
  session: ConsoleSession | null,
  language: ConsoleLanguage,
  now: Date,
  p1AckMinutes: number,
  path: string,
): PageContext => ({ language, t: strings(language), now, p1AckMinutes, session, path })

function CsrfField({ session }: { session: ConsoleSession | null }) {
  return session ? <input type="hidden" name="_csrf" value={session.csrf} /> : null
}

export function Layout(props: { ctx: PageContext; title: string; live?: boolean; children?: Child }) {
  const { ctx, title, live, children } = props
  const { t, session } = ctx
  const role = session?.officer.role
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={t.htmlLang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <title>{`${title} · ${t.title}`}</title>
          <link rel="stylesheet" href={`${BASE}/static/console.css`} />
          {live && <script src={`${BASE}/static/queue.js`} defer />}
        </head>
        <body>
          <header>
            <span class="who">{session ? session.officer.displayName : t.title}</span>
            {session && (
              <>
                <nav>
                  <a href={BASE}>{t.queue}</a>
                  {(role === 'duty_desk' || role === 'supervisor') && <a href={`${BASE}/desk`}>{t.desk}</a>}
                  {role === 'supervisor' && <a href={`${BASE}/supervisor`}>{t.supervisor}</a>}
                </nav>
                <form method="post" action={`${BASE}/locale`}>
                  <CsrfField session={session} />
                  <input type="hidden" name="back" value={ctx.path} />
                  <input type="hidden" name="locale" value={ctx.language === 'en' ? 'zh-Hans' : 'en'} />
                  <button type="submit">{t.language}</button>
                </form>
                <form method="post" action={`${BASE}/logout`}>
                  <CsrfField session={session} />
                  <button type="submit">{t.signOut}</button>
                </form>
              </>
            )}
          </header>
          <main>{children}</main>
        </body>
      </html>
    </>
  )
}

export function LoginPage({ ctx, failed }: { ctx: PageContext; failed?: boolean }) {
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t.signIn}>
      <h1>{t.signIn}</h1>
      {failed && (
        <p class="flash" role="alert">
          {t.badToken}
        </p>
      )}
      <form class="stack card" method="post" action={`${BASE}/login`}>
        <label for="token">{t.token}</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required />
        <p class="meta">{t.signInHelp}</p>
        <button class="primary" type="submit">
          {t.signIn}
        </button>
      </form>
    </Layout>
  )
}

export function MessagePage(props: { ctx: PageContext; title: string; message: string; back?: string }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <p class="flash" role="alert">
        {props.message}
      </p>
      <p>
        <a href={props.back ?? BASE}>←</a>
      </p>
    </Layout>
  )
}

/** How long until a case escalates, or how long it is overdue. */
function Deadline(props: {
  ctx: PageContext
  item: { urgency: Urgency; createdAt: Date; acknowledgedAt: Date | null }
}) {
  const { ctx, item } = props
  const { t } = ctx
  if (item.acknowledgedAt) return <span class="due">{t.acknowledged}</span>
  const due = escalatesAt(ctx, item)
  if (!due) return <span class="due muted">{t.noDeadline}</span>
  const minutes = (due.getTime() - ctx.now.getTime()) / 60_000
  return minutes >= 0 ? (
    <span class="due">{t.escalatesIn(t.duration(minutes))}</span>
  ) : (
    <span class="due late">{t.overdueBy(t.duration(-minutes))}</span>
  )
}

export interface QueueRow {
  ref: string
  status: CaseStatus
  urgency: Urgency
  category: Category
  schoolName: string | null
  createdAt: Date
  acknowledgedAt: Date | null
}

/** The list items of a queue: the queue page's body and the partial its script polls. */
export function QueueItems({ ctx, rows }: { ctx: PageContext; rows: readonly QueueRow[] }) {
  const { t } = ctx
  if (!rows.length) return <li class="card muted">{t.emptyQueue}</li>
  return (
    <>
      {rows.map((row) => (
        <li class="card" data-ref={row.ref}>
          <a class="item" href={`${BASE}/cases/${row.ref}`}>
            <div class="top">
              <span class={`badge ${row.urgency}`}>{row.urgency}</span>
              <span class="ref">{row.ref}</span>
              <span>{t.categories[row.category]}</span>
              <Deadline ctx={ctx} item={row} />
            </div>
            <div class="meta">
              {row.schoolName ?? t.noSchool} · {t.statuses[row.status]} ·{' '}
              {formatTime(ctx.language, row.createdAt)}
            </div>
          </a>
        </li>
      ))}
    </>
  )
}

export const QUEUE_ITEMS_PATH = `${BASE}/queue/items`

export function QueuePage(props: {
  ctx: PageContext
  rows: readonly QueueRow[]
  schools: readonly School[]
}) {
  const { ctx, rows, schools } = props
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t.queue} live>
      <h1>{t.queue}</h1>
      <p class="meta">{t.liveNote}</p>
      <ul class="queue" id="queue" data-source={QUEUE_ITEMS_PATH}>
        <QueueItems ctx={ctx} rows={rows} />
      </ul>
      {schools.length > 0 && (
        <>
          <h2>{t.poster}</h2>
          <ul class="card">
            {schools.map((s) => (
              <li>
                <a
                  href={`${BASE}/schools/${s.id}/poster`}
                >{`${s.code} ${ctx.language === 'en' ? s.nameEn : s.nameZh}`}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  )
}

type CaseView = Awaited<ReturnType<typeof caseView>>

function messageLabel(t: Strings, m: CaseView['messages'][number]) {
  if (m.kind === 'note') return t.note
  if (m.direction === 'in') return t.fromTipster
  return m.kind === 'receipt' ? t.whistle : t.toTipster
}

export function CasePage(props: { ctx: PageContext; view: CaseView; schools: School[]; error?: string }) {
  const { ctx, view, schools, error } = props
  const { t, session } = ctx
  const action = (name: string) => `${BASE}/cases/${view.ref}/${name}`
  const next = TRANSITIONS[view.status]
  const open = view.status !== 'closed'
  return (
    <Layout ctx={ctx} title={view.ref}>
      <h1>
        <span class={`badge ${view.urgency}`}>{view.urgency}</span> {view.ref} · {t.categories[view.category]}
      </h1>
      {error && (
        <p class="flash" role="alert">
          {error}
        </p>
      )}
      <div class="card">
        <div>
          {t.status}: <strong>{t.statuses[view.status]}</strong>
          {!view.acknowledgedAt && (
            <>
              {' · '}
              <Deadline ctx={ctx} item={{ ...view, acknowledgedAt: null }} />
            </>
          )}
        </div>
        <div>
          {t.school}: {view.school ? `${view.school.code} ${view.school.name}` : t.noSchool}
        </div>
        <div class="meta">
          {t.received}: {formatTime(ctx.language, view.createdAt)} · {view.channel} · {view.language}
        </div>
        {(view.status === 'new' || view.status === 'assigned') && (
          <form method="post" action={action('ack')} class="actions">
            <CsrfField session={session} />
            <button class="ack" type="submit">
              {t.acknowledge}
            </button>
          </form>
        )}
      </div>

      <h2>{t.triage}</h2>
      <ul class="card">
        {view.triageReasons.map((reason) => (
          <li>{reason}</li>
        ))}
      </ul>

      <h2>{t.conversation}</h2>
      {view.messages.map((m) => (
        <div class={`msg ${m.kind === 'note' ? 'note' : m.direction}`}>
          <div class="meta">
            {messageLabel(t, m)} · {formatTime(ctx.language, m.createdAt)}
            {m.authorId ? ` · ${m.authorId}` : ''}
          </div>
          <div class="text">{m.text}</div>
        </div>
      ))}

      <h2>{t.evidence}</h2>
      {view.media.length ? (
        <ul class="card">
          {view.media.map((m) => (
            <li>
              {m.contentType} · {Math.ceil(m.size / 1024)} KB · {m.state}{' '}
              {m.state === 'stored' && (
                <a href={`${BASE}/cases/${view.ref}/evidence/${m.id}`} target="_blank" rel="noopener">
                  {t.open}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.noEvidence}</p>
      )}

      <h2>{t.actions}</h2>
      {open &&
        (view.tipsterReachable ? (
          <form class="stack card actions" method="post" action={action('reply')}>
            <CsrfField session={session} />
            <label for="reply">{t.reply}</label>
            <textarea id="reply" name="text" maxlength={1000} required />
            <span class="meta">{t.replyHelp}</span>
            <button type="submit">{t.send}</button>
          </form>
        ) : (
          <p class="muted">{t.unreachable}</p>
        ))}
      <form class="stack card actions" method="post" action={action('note')}>
        <CsrfField session={session} />
        <label for="note">{t.addNote}</label>
        <textarea id="note" name="text" maxlength={4000} required />
        <button type="submit">{t.save}</button>
      </form>
      {next.some((s) => s !== 'closed') && (
        <form class="stack card actions" method="post" action={action('status')}>
          <CsrfField session={session} />
          <label for="status">{t.changeStatus}</label>
          <select id="status" name="status">
            {next
              .filter((s) => s !== 'closed')
              .map((s) => (
                <option value={s}>{t.statuses[s]}</option>
              ))}
          </select>
          <label for="status-resolution">{t.resolution}</label>
          <textarea id="status-resolution" name="resolution" maxlength={4000} />
          <button type="submit">{t.change}</button>
        </form>
      )}
      {next.includes('closed') && (
        <form class="stack card actions" method="post" action={action('status')}>
          <CsrfField session={session} />
          <input type="hidden" name="status" value="closed" />
          <strong>{t.closeCase}</strong>
          <label for="close-resolution">{t.resolution}</label>
          <textarea id="close-resolution" name="resolution" maxlength={4000} />
          <label for="feedback">{t.feedback}</label>
          <textarea id="feedback" name="feedback" maxlength={1000} />
          <label for="no-feedback">{t.noFeedbackReason}</label>
          <input id="no-feedback" type="text" name="no_feedback_reason" maxlength={500} />
          <button type="submit">{t.close}</button>
        </form>
      )}
      {open && (
        <form class="stack card actions" method="post" action={action('transfer')}>
          <CsrfField session={session} />
          <label for="target">
            {t.transfer} · {t.transferTo}
          </label>
          <select id="target" name="target">
            <option value="duty_desk">{t.toDutyDesk}</option>
            {schools.map((s) => (
              <option value={`school:${s.id}`}>{`${s.code} ${s.nameZh}`}</option>
            ))}
          </select>
          <label for="transfer-reason">{t.reason}</label>
          <input id="transfer-reason" type="text" name="reason" maxlength={1000} />
          <button type="submit">{t.transfer}</button>
        </form>
      )}

      <details>
        <summary>{t.deliveries}</summary>
        <div class="scroll">
          <table>
            {view.deliveries.map((d) => (
              <tr>
                <td>{d.kind}</td>
                <td>{d.status}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? ''}</td>
              </tr>
            ))}
          </table>
        </div>
      </details>
      <details>
        <summary>{t.auditTrail}</summary>
        <div class="scroll">
          <table>
            {view.audit.map((e) => (
              <tr>
                <td>{e.seq}</td>
                <td>{formatTime(ctx.language, e.at)}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td class="text">{JSON.stringify(e.detail)}</td>
              </tr>
            ))}
          </table>
        </div>
      </details>
    </Layout>
  )
}

function Section(props: { ctx: PageContext; title: string; rows: readonly QueueRow[] }) {
  return (
    <>
      <h2>{props.title}</h2>
      <ul class="queue">
        {props.rows.length ? (
          <QueueItems ctx={props.ctx} rows={props.rows} />
        ) : (
          <li class="muted">{props.ctx.t.none}</li>
        )}
      </ul>
    </>
  )
}

export function DeskPage(props: {
  ctx: PageContext
  p1: readonly QueueRow[]
  noSchool: readonly QueueRow[]
  escalations: readonly QueueRow[]
}) {
  const { ctx } = props
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t.desk}>
      <h1>{t.desk}</h1>
      <Section ctx={ctx} title={t.deskP1} rows={props.p1} />
      <Section ctx={ctx} title={t.deskNoSchool} rows={props.noSchool} />
      <Section ctx={ctx} title={t.deskEscalations} rows={props.escalations} />
    </Layout>
  )
}

export function SupervisorPage(props: {
  ctx: PageContext
  report: MonthlyReport
  overdue: readonly QueueRow[]
  schools: Awaited<ReturnType<typeof schoolLoad>>
}) {
  const { ctx, report, overdue, schools } = props
  const { t } = ctx
  return (
    <Layout ctx={ctx} title={t.supervisor}>
      <h1>{t.supervisor}</h1>
      <h2>{t.report}</h2>
      <form method="get" action={`${BASE}/supervisor`} class="card month">
        <label for="month">{t.month}</label>{' '}
        <input id="month" type="month" name="month" value={report.month} />{' '}
        <button class="primary" type="submit">
          {t.show}
        </button>{' '}
        <a href={`${BASE}/supervisor/report.csv?month=${report.month}`}>{t.downloadCsv}</a>
      </form>
      <UrgencyBySchoolChart report={report} t={t} />
      {report.county && <CategoryChart county={report.county} t={t} />}
      <MedianAckChart report={report} t={t} />
      <Section ctx={ctx} title={t.overdueCases} rows={overdue} />
      <h2>{t.schools}</h2>
      <div class="scroll">
        <table>
          <tr>
            <th>{t.school}</th>
            <th>{t.officer}</th>
            <th>{t.openCases}</th>
            <th>{t.poster}</th>
          </tr>
          {schools.map((s) => (
            <tr>
              <td>
                {s.code} {ctx.language === 'en' ? s.nameEn : s.name}
              </td>
              <td>{s.officer ?? '—'}</td>
              <td>{s.open}</td>
              <td>
                <a href={`${BASE}/schools/${s.id}/poster`}>{t.poster}</a>
              </td>
            </tr>
          ))}
        </table>
      </div>
    </Layout>
  )
}
