import type { Core } from './core'
import { deliverDueMessages, type Senders } from './relay/deliver'

export interface JobsReport {
  outbox: { sent: number; retrying: number; failed: number }
}

/** Runs every job that is due at the core's clock once: the same on the background loop, cron, and the CLI. */
export async function runDueJobs(core: Core, senders: Senders): Promise<JobsReport> {
  return { outbox: await deliverDueMessages(core, senders) }
}

export function describeJobs(report: JobsReport): string {
  const { sent, retrying, failed } = report.outbox
  return `outbox: ${sent} sent, ${retrying} to retry, ${failed} failed`
}
