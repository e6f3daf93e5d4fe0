/**
 * A real SMTP server on loopback for tests, and a reader for what it received.
 *
 * The server runs in the process that starts it (vitest's global setup, or the e2e setup) and
 * stores every accepted message as a JSON file in `dir`; tests in other processes read that
 * directory through `inbox(dir)`. Point the app at it with `SMTP_URL=server.url`.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

type Stored = { receivedAt: string; envelope: { from: string; to: string[] }; raw: string }

export type Mail = {
  /** Envelope recipients, lower-cased. */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  /** Every http(s) link, from the text part and the HTML's hrefs, once each. */
  links: string[]
  receivedAt: string
}

export type MailMatch = { to: string; subject?: string | RegExp }

const rulesDir = (dir: string) => path.join(dir, '.reject')
const ruleFile = (dir: string, address: string) =>
  path.join(rulesDir(dir), crypto.createHash('sha1').update(address.toLowerCase()).digest('hex'))

/** Takes one refusal planned for this address, if any (see `inbox().refuseNext`). */
const takeRefusal = (dir: string, address: string) => {
  const file = ruleFile(dir, address)
  if (!fs.existsSync(file)) return false
  const left = Number(fs.readFileSync(file, 'utf8')) - 1
  if (left > 0) fs.writeFileSync(file, String(left))
  else fs.rmSync(file, { force: true })
  return true
}

export type SmtpServerHandle = { url: string; dir: string; stop: () => Promise<void> }

/** Starts the server on a free loopback port; messages land in `dir` (a new temp dir by default). */
export const startSmtpServer = async (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-inbox-'))): Promise<SmtpServerHandle> => {
  fs.mkdirSync(rulesDir(dir), { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!takeRefusal(dir, address.address)) return callback()
      // A temporary refusal, as a greylisting or overloaded server gives: the sender should retry.
      callback(Object.assign(new Error('Greylisted, please try again later'), { responseCode: 451 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const stored: Stored = {
          receivedAt: new Date().toISOString(),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          },
          raw: Buffer.concat(chunks).toString('utf8'),
        }
        // Written before the 250 reply, and renamed into place so readers never see half a file.
        const name = `${Date.now()}-${crypto.randomBytes(4).toString('hex')}.json`
        fs.writeFileSync(path.join(dir, `.${name}`), JSON.stringify(stored))
        fs.renameSync(path.join(dir, `.${name}`), path.join(dir, name))
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  // The listener alone must not keep a test process alive if the setup fails after this.
  server.server.unref()
  const { port } = server.server.address() as { port: number }
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const parse = async (stored: Stored): Promise<Mail> => {
  const parsed = await simpleParser(stored.raw)
  const text = parsed.text ?? ''
  const html = typeof parsed.html === 'string' ? parsed.html : ''
  const hrefs = [...html.matchAll(/href="(https?:[^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
  return {
    to: stored.envelope.to,
    from: stored.envelope.from,
    subject: parsed.subject ?? '',
    text,
    html,
    links: [...new Set([...(text.match(/https?:\/\/[^\s<>"\]\[()]+/g) ?? []), ...hrefs])],
    receivedAt: stored.receivedAt,
  }
}

const matches = (mail: Mail, { to, subject }: MailMatch) =>
  mail.to.includes(to.toLowerCase()) &&
  (subject === undefined || (typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject)))

/** Reads the messages a server started with `startSmtpServer` stored in `dir`. */
export const inbox = (dir: string) => {
  const cache = new Map<string, Mail>()
  const all = async (): Promise<Mail[]> => {
    const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort()
    for (const name of names) {
      if (!cache.has(name)) cache.set(name, await parse(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Stored))
    }
    return names.map((name) => cache.get(name)!)
  }
  const find = async (match: MailMatch) => (await all()).filter((mail) => matches(mail, match))

  return {
    all,
    /** Every message received so far for this recipient (and subject), oldest first. */
    find,
    /** The first message for this recipient (and subject); waits for it, failing after `timeoutMs`. */
    waitForMail: async (match: MailMatch, timeoutMs = 5000): Promise<Mail> => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const [mail] = await find(match)
        if (mail) return mail
        if (Date.now() > deadline) throw new Error(`No mail to ${match.to}${match.subject ? ` about ${String(match.subject)}` : ''} within ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    /** The server answers the next `times` deliveries to this address with a temporary 451. */
    refuseNext: (address: string, times = 1) => fs.writeFileSync(ruleFile(dir, address), String(times)),
  }
}

export type Inbox = ReturnType<typeof inbox>
