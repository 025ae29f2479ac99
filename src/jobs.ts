import type { Core } from './core'
import { type EvidenceFetchers, fetchPendingEvidence } from './intake/evidence'
import { deliverDueMessages, type Senders } from './relay/deliver'

/** The ways out to providers that due jobs use: senders for the outbox, fetchers for evidence. */
export interface ProviderClients {
  senders: Senders
  evidence: EvidenceFetchers
}

export interface JobsReport {
  outbox: { sent: number; retrying: number; failed: number }
  evidence: { stored: number; failed: number; retrying: number; waiting: number }
}

/** Runs every job that is due at the core's clock once: the same on the background loop, cron, and the CLI. */
export async function runDueJobs(core: Core, clients: ProviderClients): Promise<JobsReport> {
  return {
    outbox: await deliverDueMessages(core, clients.senders),
    evidence: await fetchPendingEvidence(core, clients.evidence),
  }
}

export function describeJobs(report: JobsReport): string {
  const { outbox, evidence } = report
  return [
    `outbox: ${outbox.sent} sent, ${outbox.retrying} to retry, ${outbox.failed} failed`,
    `evidence: ${evidence.stored} stored, ${evidence.retrying} to retry, ${evidence.failed} failed, ${evidence.waiting} waiting`,
  ].join('; ')
}

/** Whether a run did anything worth a log line. */
export const jobsDidWork = (r: JobsReport) =>
  r.outbox.sent +
    r.outbox.retrying +
    r.outbox.failed +
    r.evidence.stored +
    r.evidence.retrying +
    r.evidence.failed >
  0
