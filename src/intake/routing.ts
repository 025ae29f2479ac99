import { type Core, newId } from '../core'
import { enqueueForOfficer } from '../relay/outbox'
import type { AuditDraft } from '../store/audit'
import { alerts } from '../store/schema'
import type { School } from '../store/schools'
import { insertRow, type Write } from '../store/store'
import type { Category, Urgency } from './triage/index'

/** The callback data of an alert's Acknowledge button: this prefix and the case reference. */
export const ACK_CALLBACK = 'ack:'

export class RoutingError extends Error {
  override name = 'RoutingError'
}

/** Whose queue a case belongs in: the school's officer, or the duty desk while no school is known. */
export async function routeCase(core: Core, school: School | undefined): Promise<string> {
  if (school?.officerId) return school.officerId
  const desk = await core.schools.dutyDeskId()
  if (!desk) throw new RoutingError('no duty desk officer is configured')
  return desk
}

export interface AlertSubject {
  caseId: string
  ref: string
  urgency: Urgency
  category: Category
  schoolName: string | null
}

/** Alert text for an officer: case facts only, never the tipster or their words. */
function alertText(subject: AlertSubject, locale: string, reason: 'p1' | 'escalation' | 'new_case'): string {
  const zh = locale !== 'en'
  const where = subject.schoolName ?? (zh ? '学校未知' : 'school unknown')
  if (reason === 'escalation')
    return zh
      ? `[Whistle] 升级：${subject.urgency} 案件 ${subject.ref}（${where}）无人签收，请立即处理。`
      : `[Whistle] Escalation: ${subject.urgency} case ${subject.ref} (${where}) is not acknowledged. Act now.`
  return zh
    ? `[Whistle] ${subject.urgency} 新案件 ${subject.ref}（${where}，${subject.category}），请在控制台签收。`
    : `[Whistle] New ${subject.urgency} case ${subject.ref} (${where}, ${subject.category}). Acknowledge in the console.`
}

/**
 * Alerts for a case, each an alert row and an outbox message written with the case. A P1 goes to the
 * queue's officer and the duty desk at once.
 */
export async function alertWrites(
  core: Core,
  subject: AlertSubject,
  recipientIds: readonly string[],
  reason: 'p1' | 'escalation' | 'new_case',
  level = 0,
): Promise<{ writes: Write[]; audit: AuditDraft[] }> {
  const ids = [...new Set(recipientIds)]
  if (!ids.length) return { writes: [], audit: [] }
  const recipients = await core.schools.officers(ids)
  const writes: Write[] = []
  const audit: AuditDraft[] = []
  const now = core.clock()
  for (const officer of recipients) {
    if (!officer.active) continue
    const message = enqueueForOfficer(core, {
      caseId: subject.caseId,
      officer,
      kind: 'alert',
      text: alertText(subject, officer.locale, reason),
      // One tap on the alert acknowledges the case (on channels that show buttons).
      buttons: [
        [{ text: officer.locale === 'en' ? 'Acknowledge' : '签收', data: `${ACK_CALLBACK}${subject.ref}` }],
      ],
    })
    if (message) writes.push(message.write)
    writes.push(
      insertRow(alerts, {
        id: newId(),
        caseId: subject.caseId,
        officerId: officer.id,
        reason,
        level,
        outboxId: message?.id ?? null,
        createdAt: now,
      }),
    )
    audit.push({
      at: now,
      actor: 'system',
      action: 'alert',
      caseId: subject.caseId,
      detail: { officer: officer.id, reason, level, channel: message ? 'queued' : 'none' },
    })
  }
  return { writes, audit }
}
