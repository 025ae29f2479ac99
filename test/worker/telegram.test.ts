import { describe, expect, it } from 'vitest'
import { telegramSender } from '../../src/relay/telegram'

describe('the Telegram client inside workerd', () => {
  it('reaches the Bot API through the Worker’s fetch and returns the message id', async () => {
    const sender = telegramSender({
      botToken: '123:test',
      webhookSecret: null,
      apiRoot: 'https://telegram.fake',
    })
    expect(await sender.send('5123456789', '你好')).toEqual({ providerMessageId: '77' })
  })
})
