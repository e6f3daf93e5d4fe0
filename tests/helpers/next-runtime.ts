// Next's request-scoped APIs (draftMode, cookies) need the AsyncLocalStorage its server installs at
// start; import this before anything that loads `next/headers` or `next/cache`.
import 'next/dist/server/node-environment-baseline.js'
