import crypto from 'node:crypto'
import fs from 'node:fs'

import type { TestProject } from 'vitest/node'

import { prepareDatabase } from '../helpers/prepare'
import type { Seeded } from '../helpers/prepare-db'
import { startProdServer } from '../helpers/prod-server'
import { startSmtpServer } from '../helpers/smtp'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production server; `mailDir` is where the loopback SMTP server stores its mail: read it with `inbox(dir)`. */
    site: { url: string; seeded: Seeded; mailDir: string }
  }
}

/** The production build on a throw-away database, with the test fixtures loaded; its mail goes to loopback SMTP. */
export default async function setup(project: TestProject) {
  const secret = crypto.randomBytes(32).toString('hex')
  const smtp = await startSmtpServer()
  const stopSmtp = async () => {
    await smtp.stop()
    fs.rmSync(smtp.dir, { recursive: true, force: true })
  }
  let server: Awaited<ReturnType<typeof startProdServer>>
  try {
    server = await startProdServer({ env: { PAYLOAD_SECRET: secret, SMTP_URL: smtp.url } })
  } catch (error) {
    await stopSmtp()
    throw error
  }
  try {
    const seeded = prepareDatabase({
      DATABASE_URL: server.databaseUrl,
      PAYLOAD_SECRET: secret,
      BALAI_DATA_DIR: server.dataDir,
      SERVER_URL: server.url,
    })
    project.provide('site', { url: server.url, seeded, mailDir: smtp.dir })
  } catch (error) {
    await server.stop()
    await stopSmtp()
    throw error
  }
  return async () => {
    await server.stop()
    await stopSmtp()
  }
}
