import { expect } from 'vitest'
import { PUBLIC_URL, type TestWhistle } from '../support/whistle'

/** A browser's view of the console through app.request: the cookie it holds and the form token it last saw. */
export class ConsoleClient {
  cookie = ''
  csrf = ''

  constructor(private readonly w: TestWhistle) {}

  async signIn(officerId: string) {
    const response = await this.form('/console/login', { token: await this.w.token(officerId) })
    expect(response.status).toBe(303)
    const setCookie = response.headers.get('set-cookie') ?? ''
    this.cookie = setCookie.split(';')[0] ?? ''
    await this.get('/console')
    return { response, setCookie }
  }

  async get(path: string) {
    const response = await this.w.app.request(`${PUBLIC_URL}${path}`, { headers: { Cookie: this.cookie } })
    const html = await response.text()
    const token = /name="_csrf" value="([0-9a-f]{64})"/.exec(html)?.[1]
    if (token) this.csrf = token
    return { status: response.status, html, headers: response.headers }
  }

  /** A form post as the browser sends it: same Origin, the session cookie, and the page's form token. */
  form(
    path: string,
    fields: Record<string, string>,
    options: { origin?: string | null; csrf?: string } = {},
  ) {
    const origin = options.origin === undefined ? PUBLIC_URL : options.origin
    return this.w.app.request(`${PUBLIC_URL}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: this.cookie,
        ...(origin ? { Origin: origin } : {}),
      },
      body: new URLSearchParams({ _csrf: options.csrf ?? this.csrf, ...fields }).toString(),
    })
  }
}
