import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess } from '../support/server'

/**
 * Body limits through the real Node HTTP server, not app.request: the lengths come from the wire, where
 * Content-Length and Transfer-Encoding can lie or disagree.
 */

let server: Awaited<ReturnType<typeof startServerProcess>>

beforeAll(async () => {
  server = await startServerProcess()
})
afterAll(async () => {
  await server.stop()
})

/** Sends raw bytes and answers the status code of the first response (0 if the connection just closed). */
function raw(head: string, body: Buffer | string): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)
      if (status) {
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', () => resolve(0))
    socket.on('close', () => resolve(0))
    socket.write(head)
    socket.write(body, () => undefined)
  })
}

const BIG = 200_000
const chunked = (total: number) => {
  const piece = 'a'.repeat(10_000)
  let body = ''
  for (let sent = 0; sent < total; sent += piece.length)
    body += `${piece.length.toString(16)}\r\n${piece}\r\n`
  return `${body}0\r\n\r\n`
}

describe('body limits on the wire', () => {
  const paths = [
    '/webhooks/twilio/sms',
    '/webhooks/twilio/voice',
    '/webhooks/telegram',
    '/api/v1/cases/12345678/notes',
    '/console/login',
  ]
  const request = (path: string, headers: string) =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n${headers}\r\n`

  it('refuses a declared, a chunked, and a doubly framed oversized body, and keeps serving', async () => {
    for (const path of paths) {
      expect(
        await raw(request(path, `Content-Length: ${BIG}\r\n`), 'a'.repeat(BIG)),
        `declared ${path}`,
      ).toBe(413)
      expect(
        await raw(request(path, 'Transfer-Encoding: chunked\r\n'), chunked(BIG)),
        `chunked ${path}`,
      ).toBe(413)
      // Both headers: request smuggling's raw material. Node refuses the framing itself.
      const both = await raw(
        request(path, `Content-Length: 10\r\nTransfer-Encoding: chunked\r\n`),
        chunked(BIG),
      )
      expect([400, 413], `both ${path}: ${both}`).toContain(both)
    }
    const health = await fetch(`${server.url}/health`)
    expect(health.status).toBe(200)
  })
})
