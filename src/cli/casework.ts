import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'
import { fromBase64 } from '../crypto/encoding'
import { KEY_BYTES } from '../crypto/primitives'
import { openEscrow } from '../crypto/vault'
import { monthlyReport, monthlyReportCsv, ReportError } from '../officer/reports'
import { unmaskTipster } from '../officer/unmask'
import { type Commands, UsageError, withWhistle } from './command'

function readEscrowSecretKey(file: string): Uint8Array {
  let key: Uint8Array
  try {
    key = fromBase64(readFileSync(file, 'utf8'))
  } catch {
    throw new UsageError(`${file} is not readable as an escrow secret key (base64, from keys generate)`)
  }
  if (key.length !== KEY_BYTES) throw new UsageError(`${file} is not an escrow secret key (32 bytes, base64)`)
  return key
}

/** What the joint office and the operator run about casework: the monthly report, and unmasking. */
export const caseworkCommands: Commands = {
  'report monthly': {
    usage: 'YYYY-MM [--format json|csv]   the monthly report per school and for the county',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'json' } },
      })
      const [month] = positionals
      if (!month) throw new UsageError('report monthly needs a month, e.g. 2026-11')
      if (values.format !== 'json' && values.format !== 'csv') throw new UsageError('--format is json or csv')
      return withWhistle(async ({ core }) => {
        try {
          const report = await monthlyReport(core, { month })
          process.stdout.write(
            values.format === 'csv' ? monthlyReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`,
          )
          return 0
        } catch (error) {
          if (error instanceof ReportError) throw new UsageError(error.message)
          throw error
        }
      })
    },
  },
  unmask: {
    usage:
      'REF --escrow-secret-key FILE --reason TEXT   offline: the address behind a case, to this terminal only; recorded',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { 'escrow-secret-key': { type: 'string' }, reason: { type: 'string' } },
      })
      const [ref] = positionals
      const keyFile = values['escrow-secret-key']
      const reason = values.reason?.trim()
      if (!ref || !/^\d{8}$/.test(ref)) throw new UsageError('unmask needs a case reference (8 digits)')
      if (!keyFile) throw new UsageError('unmask needs --escrow-secret-key FILE (the key kept offline)')
      if (!reason || reason.length < 5 || reason.length > 500)
        throw new UsageError('unmask needs --reason TEXT (5 to 500 characters): it is recorded')
      const secretKey = readEscrowSecretKey(keyFile)
      return withWhistle(async ({ core, sodium, escrowPublicKey }) => {
        const result = await unmaskTipster(
          core,
          (box) => openEscrow(sodium, escrowPublicKey, secretKey, box),
          { ref, reason, operator: userInfo().username },
        )
        switch (result.outcome) {
          case 'opened':
            console.log(`${result.channel} ${result.address}`)
            console.error('Recorded in the audit trail. Do not copy this address anywhere else.')
            return 0
          case 'no_such_case':
            console.error(`no case ${ref}`)
            return 1
          case 'no_escrow_copy':
            console.error(
              `case ${ref}: the escrow copy was deleted by retention; nobody can unmask it (recorded)`,
            )
            return 1
          case 'wrong_key':
            console.error(`case ${ref}: this key does not open the escrow copy (attempt recorded)`)
            return 1
        }
      })
    },
  },
}
