import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import type { Core } from '../core'
import { caseStatuses } from '../store/schema'
import {
  ackCase,
  addNote,
  CaseworkError,
  caseView,
  changeStatus,
  listQueue,
  QUEUE_MAX,
  replyToTipster,
  transferCase,
} from './casework'
import { listOverdue } from './escalation'
import { MONTH, monthlyReport, monthlyReportCsv } from './reports'
import { type Officer, officerForToken } from './tokens'

/** The schools whose cases go to this officer: what their monthly report covers. */
async function schoolsOf(core: Core, officerId: string): Promise<string[]> {
  return (await core.schools.all()).filter((s) => s.officerId === officerId).map((s) => s.id)
}

type Env = { Variables: { officer: Officer } }

const Ref = z
  .string()
  .regex(/^\d{8}$/)
  .openapi({ param: { name: 'ref', in: 'path' }, example: '48210937' })
const RefParams = z.object({ ref: Ref })
const ErrorBody = z.object({ error: z.string() }).openapi('Error')
const Text = (max: number) => z.string().trim().min(1).max(max)

const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'No valid token', content: { 'application/json': { schema: ErrorBody } } },
  404: { description: 'No such case in your scope', content: { 'application/json': { schema: ErrorBody } } },
  409: {
    description: 'Not allowed in the case’s state',
    content: { 'application/json': { schema: ErrorBody } },
  },
  429: {
    description: 'Too many messages to this tipster',
    content: { 'application/json': { schema: ErrorBody } },
  },
} as const

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
})

/** What every list of cases says of each one: enough to pick it out, nothing of the tip itself. */
const caseLine = {
  ref: z.string(),
  status: z.enum(caseStatuses),
  urgency: z.enum(['P1', 'P2', 'P3']),
  category: z.string(),
  schoolId: z.string().nullable(),
  schoolName: z.string().nullable(),
  officerId: z.string(),
  createdAt: z.string(),
}

const QueueItem = z
  .object({
    ...caseLine,
    channel: z.string(),
    acknowledgedAt: z.string().nullable(),
    awaitingSchool: z.boolean(),
    incidentId: z.string().nullable(),
  })
  .openapi('QueueItem')

const CaseChange = z
  .object({
    ref: z.string(),
    status: z.enum(caseStatuses),
    incident: z
      .object({ cases: z.number().int(), fedBack: z.number().int(), unreachable: z.number().int() })
      .optional()
      .openapi({
        description: 'Closing a whole incident: the other cases closed, and how many tipsters heard',
      }),
  })
  .openapi('CaseChange')

const Count = z.union([z.number().int().min(3), z.literal('<3')])
const Figures = z
  .object({
    tips: Count,
    byChannel: z.record(z.string(), Count),
    byCategory: z.record(z.string(), Count),
    byUrgency: z.record(z.string(), Count),
    medianAckMinutes: z.number().nullable(),
    medianCloseMinutes: z.number().nullable(),
    open: Count,
    overdue: Count,
  })
  .openapi('ReportFigures')
const MonthlyReportBody = z
  .object({
    month: z.string(),
    from: z.string(),
    to: z.string(),
    asOf: z.string(),
    county: Figures.nullable(),
    schools: z.array(
      Figures.extend({
        school: z
          .object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string() })
          .nullable(),
      }),
    ),
  })
  .openapi('MonthlyReport')

const OverdueCase = z
  .object({
    ...caseLine,
    dueAt: z.string(),
    minutesOverdue: z.number().int(),
  })
  .openapi('OverdueCase')

const routes = {
  queue: createRoute({
    method: 'get',
    path: '/queue',
    summary: 'The caller’s open cases, most urgent and oldest first',
    request: { query: z.object({ limit: z.coerce.number().int().min(1).max(QUEUE_MAX).default(50) }) },
    responses: { ...json(z.object({ cases: z.array(QueueItem) }), 'The queue'), ...errors },
  }),
  getCase: createRoute({
    method: 'get',
    path: '/cases/{ref}',
    summary: 'A case: triage and its reasons, the conversation, evidence, deliveries and audit trail',
    request: { params: RefParams },
    responses: { ...json(z.object({}).passthrough().openapi('Case'), 'The case'), ...errors },
  }),
  ack: createRoute({
    method: 'post',
    path: '/cases/{ref}/ack',
    summary: 'Acknowledge a case (stops its escalation)',
    request: { params: RefParams },
    responses: { ...json(CaseChange, 'Acknowledged'), ...errors },
  }),
  status: createRoute({
    method: 'post',
    path: '/cases/{ref}/status',
    summary:
      'Move a case through the workflow; closing needs a resolution and feedback or a reason for none; referring needs a note; whole_incident closes the case’s incident with it',
    request: {
      params: RefParams,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z
              .object({
                status: z.enum(caseStatuses),
                note: Text(4000).optional(),
                resolution: Text(4000).optional(),
                feedback: Text(1000).optional(),
                no_feedback_reason: Text(500).optional(),
                whole_incident: z.boolean().optional(),
              })
              .strict(),
          },
        },
      },
    },
    responses: { ...json(CaseChange, 'Changed'), ...errors },
  }),
  reply: createRoute({
    method: 'post',
    path: '/cases/{ref}/replies',
    summary: 'Reply to the tipster through the anonymous relay',
    request: {
      params: RefParams,
      body: {
        required: true,
        content: { 'application/json': { schema: z.object({ text: Text(1000) }).strict() } },
      },
    },
    responses: {
      ...json(z.object({ ref: z.string(), queued: z.boolean() }), 'Queued for delivery'),
      ...errors,
    },
  }),
  note: createRoute({
    method: 'post',
    path: '/cases/{ref}/notes',
    summary: 'An internal note (never sent to the tipster)',
    request: {
      params: RefParams,
      body: {
        required: true,
        content: { 'application/json': { schema: z.object({ text: Text(4000) }).strict() } },
      },
    },
    responses: { ...json(z.object({ ref: z.string(), noteId: z.string() }), 'Noted'), ...errors },
  }),
  transfer: createRoute({
    method: 'post',
    path: '/cases/{ref}/transfer',
    summary: 'Move a case to another school’s officer, or to the duty desk',
    request: {
      params: RefParams,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.union([
              z.object({ school_id: z.string().min(1).max(64), reason: Text(1000).optional() }).strict(),
              z.object({ duty_desk: z.literal(true), reason: Text(1000).optional() }).strict(),
            ]),
          },
        },
      },
    },
    responses: {
      ...json(
        z.object({ ref: z.string(), officerId: z.string(), status: z.literal('assigned') }),
        'Transferred',
      ),
      ...errors,
    },
  }),
  overdue: createRoute({
    method: 'get',
    path: '/overdue',
    summary:
      'Cases in the caller’s scope that nobody took up by their deadline, counted per officer and school',
    responses: {
      ...json(
        z.object({
          cases: z.array(OverdueCase),
          byOfficer: z.array(z.object({ officerId: z.string(), count: z.number().int() })),
          bySchool: z.array(z.object({ schoolId: z.string().nullable(), count: z.number().int() })),
        }),
        'Overdue cases',
      ),
      ...errors,
    },
  }),
  monthlyReport: createRoute({
    method: 'get',
    path: '/reports/monthly',
    summary:
      'The monthly report: the county and every school for supervisors and the duty desk, an officer’s own schools for them; counts below 3 show as "<3"',
    request: {
      query: z.object({
        month: z.string().regex(MONTH),
        format: z.enum(['json', 'csv']).default('json'),
      }),
    },
    responses: {
      200: {
        description: 'The report',
        content: {
          'application/json': { schema: MonthlyReportBody },
          'text/csv': { schema: z.string() },
        },
      },
      ...errors,
    },
  }),
}

/** The officer API under /api/v1: bearer tokens, zod-validated input, object-level scope on every case. */
export function officerApi(core: Core) {
  const api = new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = result.error.issues.map((issue) => issue.path.join('.') || 'body')
        return c.json({ error: `invalid ${[...new Set(fields)].join(', ')}` }, 400)
      }
    },
  })

  api.openAPIRegistry.registerComponent('securitySchemes', 'officerToken', { type: 'http', scheme: 'bearer' })
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Whistle officer API', version: '1' },
    security: [{ officerToken: [] }],
  })

  api.use(
    '*',
    bearerAuth({
      verifyToken: async (token, c) => {
        const officer = await officerForToken(core, token)
        if (officer) (c as Context<Env>).set('officer', officer)
        return Boolean(officer)
      },
      noAuthenticationHeader: { message: { error: 'missing bearer token' } },
      invalidAuthenticationHeader: { message: { error: 'malformed bearer token' } },
      invalidToken: { message: { error: 'invalid or expired token' } },
    }),
  )

  api.onError((error, c) => {
    if (error instanceof CaseworkError) return c.json({ error: error.message }, error.status)
    throw error
  })

  return api
    .openapi(routes.queue, async (c) => {
      const rows = await listQueue(core, c.get('officer'), c.req.valid('query').limit)
      return c.json(
        {
          cases: rows.map((r) => ({
            ...r,
            createdAt: r.createdAt.toISOString(),
            acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
          })),
        },
        200,
      )
    })
    .openapi(routes.getCase, async (c) =>
      c.json(await caseView(core, c.get('officer'), c.req.valid('param').ref), 200),
    )
    .openapi(routes.ack, async (c) =>
      c.json(await ackCase(core, c.get('officer'), c.req.valid('param').ref), 200),
    )
    .openapi(routes.status, async (c) => {
      const body = c.req.valid('json')
      const change = await changeStatus(core, c.get('officer'), c.req.valid('param').ref, {
        status: body.status,
        ...(body.note ? { note: body.note } : {}),
        ...(body.resolution ? { resolution: body.resolution } : {}),
        ...(body.feedback ? { feedback: body.feedback } : {}),
        ...(body.no_feedback_reason ? { noFeedbackReason: body.no_feedback_reason } : {}),
        ...(body.whole_incident ? { wholeIncident: true } : {}),
      })
      return c.json(change, 200)
    })
    .openapi(routes.reply, async (c) =>
      c.json(
        await replyToTipster(core, c.get('officer'), c.req.valid('param').ref, c.req.valid('json').text),
        200,
      ),
    )
    .openapi(routes.note, async (c) =>
      c.json(await addNote(core, c.get('officer'), c.req.valid('param').ref, c.req.valid('json').text), 200),
    )
    .openapi(routes.transfer, async (c) => {
      const body = c.req.valid('json')
      const target = 'school_id' in body ? { schoolId: body.school_id } : { dutyDesk: true as const }
      const moved = await transferCase(core, c.get('officer'), c.req.valid('param').ref, target, body.reason)
      return c.json(moved, 200)
    })
    .openapi(routes.overdue, async (c) => {
      const overdue = await listOverdue(core, c.get('officer'))
      return c.json(
        {
          ...overdue,
          cases: overdue.cases.map((r) => ({
            ...r,
            createdAt: r.createdAt.toISOString(),
            dueAt: r.dueAt.toISOString(),
          })),
        },
        200,
      )
    })
    .openapi(routes.monthlyReport, async (c) => {
      const { month, format } = c.req.valid('query')
      const officer = c.get('officer')
      const report = await monthlyReport(core, {
        month,
        ...(officer.role === 'school_officer' ? { schoolIds: await schoolsOf(core, officer.id) } : {}),
      })
      if (format === 'csv') {
        c.header('Content-Disposition', `attachment; filename="whistle-${month}.csv"`)
        return c.body(monthlyReportCsv(report), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
      }
      return c.json(report, 200)
    })
}
