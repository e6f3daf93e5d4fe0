import fs from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { dataDir } from './paths'

/**
 * Without SMTP_URL (dev), every message is written to .data/mail/<time>.eml and logged, so sign-up
 * and reset links can be followed without a mail server.
 */
const writeToFiles = (dir: string) => {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const send = transporter.sendMail.bind(transporter)
  transporter.sendMail = (async (message: nodemailer.SendMailOptions) => {
    const info = await send(message)
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-z0-9]/gi, '').slice(0, 12)}.eml`)
    fs.writeFileSync(file, info.message as Buffer)
    console.info(`[mail] "${message.subject}" to ${String(message.to)} written to ${path.relative(process.cwd(), file)}`)
    return info
  }) as typeof transporter.sendMail
  return transporter
}

/**
 * SMTP connections are pooled (nodemailer's default five, each reused for up to 100 messages), so
 * a broadcast's email batches do not open one connection per message. A URL may still say `pool=false`.
 */
const pooled = (url: string) => (/[?&]pool=/.test(url) ? url : `${url}${url.includes('?') ? '&' : '?'}pool=true`)

export const emailAdapter = (): Promise<EmailAdapter> => {
  const from = {
    defaultFromAddress: process.env.EMAIL_FROM ?? 'noreply@balai.test',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Balai',
  }
  const url = process.env.SMTP_URL
  const transport = url ? nodemailer.createTransport(pooled(url)) : writeToFiles(path.join(dataDir(), 'mail'))
  return nodemailerAdapter({ ...from, transport, skipVerify: true })
}
