import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { AuditLogs } from './collections/AuditLogs'
import { Categories } from './collections/Categories'
import { Content } from './collections/Content'
import { contactInbox } from './collections/ContactInbox'
import { Documents } from './collections/Documents'
import { Landing } from './collections/Landing'
import { Media } from './collections/Media'
import { mediaFolders } from './collections/Media/folders'
import { Navigation } from './collections/Navigation'
import { Officers } from './collections/Officers'
import { Pages } from './collections/Pages'
import { Regions } from './collections/Regions'
import { Roles } from './collections/Roles'
import { SiteSettings } from './collections/SiteSettings'
import { Subscribers } from './collections/Subscribers'
import { Users } from './collections/Users'
import { hideLockedAccount } from './collections/Users/hooks/hideLockedAccount'
import { migrations } from './migrations'
import { duesPlugin } from './plugins/dues'
import { forumPlugin } from './plugins/forum'
import { membershipPlugin } from './plugins/membership'
import { outreachPlugin } from './plugins/outreach'
import { accessMatrixPlugin, can, explicit, withRole } from './src/access'
import { answerBadInput } from './src/lib/db/bad-input'
import { answerBusyDatabase } from './src/lib/db/busy'
import { poolConfig } from './src/lib/db/pool'
import { editor } from './src/lib/editor'
import { emailAdapter } from './src/lib/email'
import { graphQLTimeBudget } from './src/lib/graphql-budget'
import { costLimit, depthLimit, MAX_QUERY_DEPTH } from './src/lib/graphql-limits'
import { rateLimitTable } from './src/lib/rate-limit-table'
import { searchColumn } from './src/lib/search/column'
import { contentSearch } from './src/lib/search/plugin'
import { seo } from './src/lib/seo'
import { payloadSecret } from './src/lib/secret'
import { publishScheduledContent } from './src/jobs/publishScheduledContent'
import { parserMaxBytes } from './src/lib/uploads/limits'
import { purgeRateLimits } from './src/jobs/purgeRateLimits'
import { sendEmail } from './src/jobs/sendEmail'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.SERVER_URL ?? 'http://localhost:3000'
const settingsManager = explicit(async ({ req }: { req: PayloadRequest }) => can(await withRole(req), 'settings.manage'))

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' — Balai',
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/brand/icon.svg' },
        { rel: 'apple-touch-icon', url: '/brand/apple-touch-icon.png' },
      ],
    },
    // Gravatar would load from another origin, which the CSP (rightly) refuses.
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  i18n: { supportedLanguages: { id, en }, fallbackLanguage: 'id' },
  collections: [Users, Roles, Regions, AuditLogs, Categories, Content, Pages, Media, Documents, Officers, Subscribers],
  globals: [SiteSettings, Landing, Navigation],
  // Media folders get our access, not Payload's "any signed-in user".
  folders: { collectionOverrides: [mediaFolders] },
  // Multipart parsing: keep the sent file name whole, so a path-like name is refused rather than
  // silently cut to its last part; the parser's size cap sits above our per-kind limits.
  upload: {
    preservePath: true,
    limits: { fileSize: parserMaxBytes() },
    requestSizeLimit: parserMaxBytes() + 1024 * 1024,
    responseOnLimit: 'Berkas terlalu besar. / File too large.',
  },
  editor,
  db: postgresAdapter({
    pool: poolConfig(),
    // The schema comes only from the committed migrations, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    beforeSchemaInit: [rateLimitTable],
    afterSchemaInit: [searchColumn],
  }),
  email: emailAdapter(),
  sharp,
  // Cookie-authenticated requests must come from our own origin.
  csrf: [serverURL],
  cors: [serverURL],
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
    validationRules: (args) => [depthLimit(MAX_QUERY_DEPTH), costLimit(args.variableValues ?? {})],
  },
  jobs: {
    tasks: [purgeRateLimits, publishScheduledContent, sendEmail],
    deleteJobOnComplete: true,
    access: { run: settingsManager, queue: settingsManager, cancel: settingsManager },
  },
  // LOG_LEVEL switches to plain JSON logs at that level; unset, Payload's readable default.
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  // Refusals we raise on purpose (4xx APIErrors, failed logins) are routine, not errors.
  loggingLevels: { APIError: 'info', AuthenticationError: 'info', LockedAuth: 'warn' },
  hooks: { afterError: [answerBusyDatabase, answerBadInput, hideLockedAccount] },
  // Regenerated on purpose (`npm run generate`, checked in CI), not by every dev or test boot.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  // Must stay last: it collects the permissions every plugin before it declared.
  plugins: [contactInbox(), seo(), contentSearch(), membershipPlugin(), duesPlugin(), forumPlugin(), outreachPlugin(), graphQLTimeBudget(), accessMatrixPlugin()],
})
