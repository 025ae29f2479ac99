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
import { type Officer, officerForToken } from './tokens'

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

const QueueItem = z
  .object({
    ref: z.string(),
    status: z.enum(caseStatuses),
    urgency: z.enum(['P1', 'P2', 'P3']),
    category: z.string(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    officerId: z.string(),
    channel: z.string(),
    createdAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    awaitingSchool: z.boolean(),
  })
  .openapi('QueueItem')

const CaseChange = z.object({ ref: z.string(), status: z.enum(caseStatuses) }).openapi('CaseChange')

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
    summary: 'Move a case through the workflow; closing needs a resolution and feedback or a reason for none',
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
}
