import type { Core } from './core'
import { type EvidenceFetchers, fetchPendingEvidence } from './intake/evidence'
import { runEscalations } from './officer/escalation'
import { deliverDueMessages, type Senders } from './relay/deliver'
import { type RetentionReport, runRetention } from './store/retention'

/** The ways out to providers that due jobs use: senders for the outbox, fetchers for evidence. */
export interface ProviderClients {
  senders: Senders
  evidence: EvidenceFetchers
}

export interface JobsReport {
  escalations: { escalated: number }
  outbox: { sent: number; retrying: number; failed: number }
  evidence: { stored: number; failed: number; retrying: number; waiting: number }
  retention: RetentionReport
}

/** Runs every job that is due at the core's clock once: the same on the background loop, cron, and the CLI. */
export async function runDueJobs(core: Core, clients: ProviderClients): Promise<JobsReport> {
  // Escalations first: the alerts they queue go out with this run's outbox.
  const escalations = await runEscalations(core)
  return {
    escalations,
    outbox: await deliverDueMessages(core, clients.senders),
    evidence: await fetchPendingEvidence(core, clients.evidence),
    retention: await runRetention(core),
  }
}

export function describeJobs(report: JobsReport): string {
  const { escalations, outbox, evidence, retention } = report
  return [
    `escalations: ${escalations.escalated} cases escalated`,
    `outbox: ${outbox.sent} sent, ${outbox.retrying} to retry, ${outbox.failed} failed`,
    `evidence: ${evidence.stored} stored, ${evidence.retrying} to retry, ${evidence.failed} failed, ${evidence.waiting} waiting`,
    `retention: ${retention.relayRemoved} relay copies and ${retention.escrowRemoved} escrow copies deleted`,
  ].join('; ')
}

/** Whether a run did anything worth a log line. */
export const jobsDidWork = (r: JobsReport) =>
  r.escalations.escalated +
    r.outbox.sent +
    r.outbox.retrying +
    r.outbox.failed +
    r.evidence.stored +
    r.evidence.retrying +
    r.evidence.failed +
    r.retention.relayRemoved +
    r.retention.escrowRemoved >
  0
