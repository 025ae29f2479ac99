import { expect, it } from 'vitest'
import { consoleLogger } from '../src/runtime/console-log'

it('writes pino-shaped JSON lines with the same fields redacted as on Node', () => {
  const lines: string[] = []
  const log = consoleLogger('info', (line) => lines.push(line))
  log.warn(
    { outbox: 'o1', to: '+8613912345678', detail: { body: 'tip text', attempts: 2 } },
    'delivery failed',
  )
  const [line] = lines.map((l) => JSON.parse(l))
  expect(line).toMatchObject({
    level: 40,
    service: 'whistle',
    outbox: 'o1',
    to: '[redacted]',
    detail: { body: '[redacted]', attempts: 2 },
    msg: 'delivery failed',
  })
  expect(lines.join('\n')).not.toMatch(/13912345678|tip text/)
})

it('leaves out lines below the configured level', () => {
  const lines: string[] = []
  consoleLogger('error', (line) => lines.push(line)).warn({}, 'quiet')
  consoleLogger('nonsense', (line) => lines.push(line)).info({}, 'info is the default')
  expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['info is the default'])
})
