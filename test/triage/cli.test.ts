import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { triageCommand } from '../../src/cli/triage'
import { DEMO_SCHOOLS_CSV } from './county'

async function run(args: string[], input: string) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()))
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()))
  const code = await triageCommand(args, { stdin: Readable.from([input]), stdout, stderr })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('whistle triage', () => {
  it('triages a stream of tips in order and reports a malformed line by number only', async () => {
    const secret = '我的名字叫小红 电话13800000000'
    const input = [
      JSON.stringify({ id: 'a', channel: 'sms', text: '1004 有人在厕所打我' }),
      `{"id": "b", "channel": "sms", "text": "${secret}`,
      '',
      JSON.stringify({
        id: 'c',
        channel: 'telegram',
        text: 'my friend at minzu middle wants to kill herself',
      }),
    ].join('\n')
    const { code, stdout, stderr } = await run(['--schools', DEMO_SCHOOLS_CSV], input)
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.id)).toEqual(['a', 'c'])
    expect(lines[0]).toMatchObject({
      school_id: 'qh-004',
      category: 'physical',
      urgency: 'P1',
      language: 'zh-Hans',
    })
    expect(lines[1]).toMatchObject({
      school_id: 'qh-025',
      category: 'self_harm',
      urgency: 'P1',
      language: 'en',
    })
    expect(Array.isArray(lines[0]?.reasons)).toBe(true)
    expect(stderr).toContain('line 2')
    expect(stderr).not.toContain('13800000000')
    expect(code).toBe(1)
  })

  it('answers each line before the input ends', async () => {
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    const running = triageCommand(['--schools', DEMO_SCHOOLS_CSV], {
      stdin,
      stdout,
      stderr: new PassThrough(),
    })
    const first = new Promise<string>((resolve) =>
      stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    )
    stdin.write(`${JSON.stringify({ id: 1, channel: 'voice', text: '喂我是育才的有人要打我' })}\n`)
    expect(JSON.parse(await first)).toMatchObject({ id: 1, school_id: 'qh-008' })
    stdin.end()
    expect(await running).toBe(0)
  })

  it('fails with usage when --schools is missing or unreadable', async () => {
    expect((await run([], '')).code).toBe(2)
    const missing = await run(['--schools', '/nonexistent/schools.csv'], '')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read')
  })
})
