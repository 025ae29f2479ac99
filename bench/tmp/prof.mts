import twilio from 'twilio'
import { SERVER_TWILIO, startServerProcess } from '../../test/support/server'
import { runLoad } from '../../bench/load'
const TIPS = [
  '1001 有人在厕所打人',
  '1006 我们班有人天天骂我胖',
  '1012 he took my money again today',
  '1020 群里有人发我的丑照',
  '1003 放学后他们说要在校门口堵我',
]
const server = await startServerProcess(
  process.env.PROF ? { env: { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/prof' } } : {},
)
const path = '/webhooks/twilio/sms'
const signedUrl = `${server.url}${path}`
const pool = Array.from({ length: 20000 }, (_, i) => {
  const params = {
    MessageSid: `SM${i.toString(16).padStart(32, '0')}`,
    AccountSid: SERVER_TWILIO.accountSid,
    From: `+86139${String(i).padStart(8, '0')}`,
    To: SERVER_TWILIO.phoneNumber,
    Body: TIPS[i % TIPS.length] as string,
    NumMedia: '0',
  }
  return {
    method: 'POST',
    path,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': twilio.getExpectedTwilioSignature(SERVER_TWILIO.authToken, signedUrl, params),
    },
    body: new URLSearchParams(params).toString(),
  }
})
import { readFileSync } from 'node:fs'
const cpu = () => {
  const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(f[11]) + Number(f[12])) * 10
}
const c0 = cpu()
const sms = await runLoad(server.url, (i) => pool[i % pool.length]!, {
  concurrency: 32,
  seconds: Number(process.env.SECS ?? 8),
  maxRequests: pool.length,
})
console.log(sms, 'server CPU ms/tip', (cpu() - c0) / sms.requests)
await server.stop()
