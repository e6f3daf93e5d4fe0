import fs from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { dataDir } from './paths'

type NodemailerArgs = NonNullable<Parameters<typeof nodemailerAdapter>[0]>
type Transport = NonNullable<NodemailerArgs['transport']>

/**
 * Without SMTP_URL (dev), every message is written to .data/mail/<time>-<id>.eml and logged,
 * so sign-up and reset links can be followed without a mail server.
 */
const fileTransport = (dir: string) =>
  ({
    name: 'balai-eml-files',
    version: '1',
    send(mail: { message: { createReadStream(): NodeJS.ReadableStream; messageId(): string } }, done: (err: Error | null, info?: unknown) => void) {
      fs.mkdirSync(dir, { recursive: true })
      const messageId = mail.message.messageId()
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]/gi, '').slice(0, 16)}.eml`)
      const out = fs.createWriteStream(file)
      mail.message.createReadStream().pipe(out)
      out.on('finish', () => {
        console.info(`[mail] written to ${path.relative(process.cwd(), file)}`)
        done(null, { messageId, envelope: {}, accepted: [], rejected: [], pending: [], response: file })
      })
      out.on('error', (err) => done(err))
    },
  }) as unknown as Transport

export const emailAdapter = (): Promise<EmailAdapter> | EmailAdapter => {
  const from = {
    defaultFromAddress: process.env.EMAIL_FROM ?? 'noreply@balai.test',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Balai',
  }
  const url = process.env.SMTP_URL
  if (url) return nodemailerAdapter({ ...from, transportOptions: url as never, skipVerify: true })
  return nodemailerAdapter({ ...from, transport: fileTransport(path.join(dataDir(), 'mail')), skipVerify: true })
}
