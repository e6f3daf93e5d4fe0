/**
 * Floor 1's server, run as its own process (like the app server) so it does not share an event
 * loop with the load generator: a bare node:http server answering every request with the JSON
 * body it read from stdin. Prints `{"port":…}` once listening.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const readStdin = async () => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const body = await readStdin()
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  console.info(JSON.stringify({ port: (server.address() as AddressInfo).port }))
})
