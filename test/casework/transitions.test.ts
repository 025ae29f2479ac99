import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { TRANSITIONS } from '../../src/officer/casework'
import { type CaseStatus, caseStatuses, cases, messages } from '../../src/store/schema'
import { type TestWhistle, testWhistle } from '../support/whistle'
import { api, caseRow, newPhone, post, tip, tipsterOutbox } from './support'

let w: TestWhistle
const freshWhistle = async () => {
  w = await testWhistle()
}
const cleanup = () => w.cleanup()

/** What each target status needs to be asked for properly, so that only the transition rule decides. */
const complete: Record<CaseStatus, Record<string, string>> = {
  new: {},
  assigned: {},
  acknowledged: {},
  in_progress: {},
  resolved: { resolution: 'talked to both families' },
  closed: { resolution: 'talked to both families', feedback: 'we spoke to the school' },
  referred: { note: 'to the criminal investigation team' },
  merged: {},
  invalid: {},
}

async function caseIn(status: CaseStatus) {
  const ref = await tip(w, '1001 有人在厕所打人')
  // Put the case straight into the state under test, as earlier work would have left it.
  w.store.sqlite
    .prepare('update cases set status = ?, resolution = ? where ref = ?')
    .run(status, w.core.vault.sealContent('earlier resolution'), ref)
  return ref
}

describe('every transition', () => {
  // One database for the whole table: each transition works on a case of its own.
  beforeAll(freshWhistle)
  afterAll(cleanup)
  for (const from of caseStatuses) {
    for (const to of caseStatuses) {
      const allowed = TRANSITIONS[from].includes(to)
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const ref = await caseIn(from)
        const answer = await post(w, `/cases/${ref}/status`, 'off-01', { status: to, ...complete[to] })
        expect(answer.status).toBe(allowed ? 200 : 409)
        expect((await caseRow(w, ref)).status).toBe(allowed ? to : from)
      })
    }
  }
})

describe('the workflow’s rules', () => {
  beforeEach(freshWhistle)
  afterEach(cleanup)
  it('resolving needs a resolution; referring needs a note; closing needs feedback or the reason for none', async () => {
    const ref = await caseIn('in_progress')
    expect((await post(w, `/cases/${ref}/status`, 'off-01', { status: 'resolved' })).status).toBe(400)
    expect((await post(w, `/cases/${ref}/status`, 'off-01', { status: 'referred' })).status).toBe(400)
    const resolved = await post(w, `/cases/${ref}/status`, 'off-01', {
      status: 'resolved',
      resolution: 'done',
    })
    expect(resolved.status).toBe(200)
    const bare = await post(w, `/cases/${ref}/status`, 'off-01', { status: 'closed' })
    expect(bare).toEqual({ status: 400, body: { error: expect.stringContaining('feedback') } })
    const noFeedback = await post(w, `/cases/${ref}/status`, 'off-01', {
      status: 'closed',
      no_feedback_reason: 'the tipster asked for no more messages in person',
    })
    expect(noFeedback.status).toBe(200)
    const row = await caseRow(w, ref)
    expect(row.closedAt).toEqual(w.clock.now)
    const view = await api(w, `/cases/${ref}`, 'off-01')
    expect(view.body.audit.map((e: { action: string }) => e.action)).toContain('no_feedback')
    expect(view.body.messages).toContainEqual(
      expect.objectContaining({ kind: 'note', text: 'the tipster asked for no more messages in person' }),
    )
  })

  it('a closed case takes no more changes, replies or transfers', async () => {
    const ref = await caseIn('closed')
    for (const status of caseStatuses)
      expect((await post(w, `/cases/${ref}/status`, 'off-01', { status, ...complete[status] })).status).toBe(
        409,
      )
    expect((await post(w, `/cases/${ref}/replies`, 'off-01', { text: 'hello' })).status).toBe(409)
    expect((await post(w, `/cases/${ref}/transfer`, 'off-01', { school_id: 'qh-002' })).status).toBe(409)
  })

  it('another school’s officer can change nothing: 404, as if there were no case', async () => {
    const ref = await tip(w, '1001 有人在厕所打人')
    expect((await post(w, `/cases/${ref}/ack`, 'off-02', {})).status).toBe(404)
    expect((await post(w, `/cases/${ref}/status`, 'off-02', { status: 'in_progress' })).status).toBe(404)
    expect((await post(w, `/cases/${ref}/notes`, 'off-02', { text: 'x' })).status).toBe(404)
    expect((await caseRow(w, ref)).status).toBe('assigned')
  })
})

describe('what the tipster hears', () => {
  beforeEach(freshWhistle)
  afterEach(cleanup)
  it('acknowledged, resolved, closed with feedback: each in the tipster’s language, with the reference', async () => {
    const ref = await tip(w, '1001 有人在厕所打人')
    const { id } = await caseRow(w, ref)
    expect((await post(w, `/cases/${ref}/ack`, 'off-01', {})).status).toBe(200)
    await post(w, `/cases/${ref}/status`, 'off-01', { status: 'resolved', resolution: '已约谈双方家长' })
    await post(w, `/cases/${ref}/status`, 'off-01', { status: 'closed', feedback: '学校已经处理，谢谢你。' })
    const heard = (await tipsterOutbox(w, id)).filter((m) => m.kind !== 'receipt')
    expect(heard).toEqual([
      { caseId: id, kind: 'status', text: `你的举报 ${ref} 已由负责民警受理，正在处理。` },
      { caseId: id, kind: 'status', text: `你的举报 ${ref} 反映的问题已经处理。` },
      { caseId: id, kind: 'feedback', text: `关于你的举报 ${ref}：学校已经处理，谢谢你。` },
    ])
  })

  it('a referral, in English for an English tipster; an internal note is never sent', async () => {
    const ref = await tip(w, '1001 some older boys hit my brother behind the gym')
    const { id } = await caseRow(w, ref)
    await post(w, `/cases/${ref}/notes`, 'off-01', { text: 'called the class teacher' })
    await post(w, `/cases/${ref}/status`, 'off-01', { status: 'referred', note: 'criminal team, injury' })
    const heard = (await tipsterOutbox(w, id)).filter((m) => m.kind !== 'receipt')
    expect(heard).toEqual([
      {
        caseId: id,
        kind: 'status',
        text: `Your report ${ref} has been passed to the investigators who handle such cases.`,
      },
    ])
    expect((await caseRow(w, ref)).acknowledgedAt).toEqual(w.clock.now)
  })

  it('nothing when the tipster opted out, and the officer’s change still lands', async () => {
    const phone = newPhone()
    const ref = await tip(w, '1001 有人在厕所打人', phone)
    await tip(w, 'STOP', phone).catch(() => null)
    expect((await post(w, `/cases/${ref}/ack`, 'off-01', {})).status).toBe(200)
    const { id } = await caseRow(w, ref)
    expect((await tipsterOutbox(w, id)).filter((m) => m.kind === 'status')).toEqual([])
  })
})

describe('transfer and notes', () => {
  beforeEach(freshWhistle)
  afterEach(cleanup)
  it('moves a case to another school’s officer, out of the first officer’s reach, with the reason as a note', async () => {
    const ref = await tip(w, '1001 有人在厕所打人')
    await post(w, `/cases/${ref}/ack`, 'off-01', {})
    const moved = await post(w, `/cases/${ref}/transfer`, 'off-01', {
      school_id: 'qh-002',
      reason: 'the tipster meant 二中',
    })
    expect(moved).toEqual({ status: 200, body: { ref, officerId: 'off-02', status: 'assigned' } })
    expect((await api(w, `/cases/${ref}`, 'off-01')).status).toBe(404)
    const view = await api(w, `/cases/${ref}`, 'off-02')
    expect(view.body).toMatchObject({ status: 'assigned', acknowledgedAt: null, school: { id: 'qh-002' } })
    expect(view.body.messages).toContainEqual(
      expect.objectContaining({ kind: 'note', text: 'the tipster meant 二中' }),
    )
    const [noteRow] = await w.core.store.db.select().from(messages).where(eq(messages.kind, 'note'))
    expect(noteRow?.body).not.toContain('二中')
    expect((await post(w, `/cases/${ref}/transfer`, 'off-02', { school_id: 'nowhere' })).status).toBe(400)
    const [row] = await w.core.store.db.select().from(cases).where(eq(cases.ref, ref))
    expect(row?.officerId).toBe('off-02')
  })
})
