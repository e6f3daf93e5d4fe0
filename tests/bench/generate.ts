import crypto from 'node:crypto'

import type pg from 'pg'

export type Account = { id: number; email: string; password: string }

/**
 * One super admin through Payload's Local API in this process, so the password hash, the role
 * checks and the account's own audit entry are exactly what the app writes. Payload runs with
 * NODE_ENV=production here only so it skips dev-time work (type generation in a child process,
 * the HMR socket) that would otherwise still be running when the measurements start.
 */
export const createSuperAdmin = async (env: { databaseUrl: string; dataDir: string }): Promise<Account> => {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URL: env.databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    BALAI_DATA_DIR: env.dataDir,
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { closePayload } = await import('../../src/lib/db/boot')
  const payload = await getPayload({ config })
  try {
    const { docs } = await payload.find({
      collection: 'roles',
      where: { name: { equals: 'super_admin' } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    const email = 'superadmin@bench.balai.test'
    const password = `Bench-${crypto.randomBytes(12).toString('hex')}-1`
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password, name: 'Bench Super Admin', role: docs[0].id, accountStatus: 'active' },
    })
    return { id: user.id, email, password }
  } finally {
    await closePayload(payload)
  }
}

/** `count` active members, set-based; they have no password (nobody logs in as them). */
export const generateMembers = async (pool: pg.Pool, count: number): Promise<number[]> => {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO users (name, email, role_id, account_status)
     SELECT 'Anggota Bench ' || i, 'member-' || i || '@bench.balai.test',
            (SELECT id FROM roles WHERE name = 'member'), 'active'
       FROM generate_series(1, $1::int) AS i
     RETURNING id`,
    [count],
  )
  return rows.map((row) => row.id)
}

/**
 * `count` audit entries spread over `actorIds` and one per minute back in time, shaped like the
 * ones writeAudit records for account changes.
 */
export const generateAuditLogs = async (pool: pg.Pool, count: number, actorIds: number[]) => {
  await pool.query(
    `INSERT INTO audit_logs
       (actor_id, actor_type, action, target_type, target_id, old_values, new_values,
        ip_address, user_agent, created_at, updated_at)
     SELECT ($2::int[])[1 + i % cardinality($2::int[])], 'member',
            (ARRAY['user.created', 'account.active', 'user.role_changed', 'user.region_changed'])[1 + i % 4],
            'users', (i % 997)::text,
            jsonb_build_object('accountStatus', 'pending', 'region', i % 7),
            jsonb_build_object('accountStatus', 'active', 'region', (i + 1) % 7),
            '10.0.' || (i / 256) % 256 || '.' || i % 256,
            'Mozilla/5.0 (X11; Linux x86_64) Balai bench',
            now() - make_interval(mins => i), now() - make_interval(mins => i)
       FROM generate_series(1, $1::int) AS i`,
    [count, actorIds],
  )
}

/** Anything that runs SQL: a pool, or one client holding a transaction. */
type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.ClientBase, 'query'>

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`

const activities = ['Musyawarah', 'Pembangunan', 'Pelatihan', 'Penyuluhan', 'Gotong royong', 'Pemeriksaan', 'Perbaikan', 'Penyaluran bantuan', 'Lomba', 'Rapat koordinasi', 'Sosialisasi', 'Peresmian']
const subjects = ['jalan desa', 'irigasi sawah', 'balai warga', 'kesehatan ibu dan anak', 'pertanian organik', 'usaha kecil warga', 'air bersih', 'sekolah dasar', 'anggaran dana desa', 'karang taruna', 'posyandu lansia', 'jembatan dusun', 'bank sampah', 'koperasi nelayan', 'perpustakaan desa', 'pemilihan ketua RT']
const places = ['Dusun Sukamaju', 'Desa Mekarsari', 'RW 03 Cibeureum', 'Kampung Nelayan Tanjung', 'Dusun Krajan', 'Desa Sidomulyo', 'Kelurahan Pasirjati', 'Dusun Tegalrejo']
const sentences = [
  'Kegiatan dihadiri oleh kepala desa, perangkat desa, dan puluhan warga dari setiap dusun.',
  'Warga menyampaikan usulan secara bergantian dan semua pendapat dicatat oleh sekretaris.',
  'Pemerintah desa berkomitmen menyelesaikan pekerjaan sebelum musim hujan tiba.',
  'Para petani berharap hasil panen meningkat setelah saluran air diperbaiki bersama.',
  'Ibu-ibu PKK menyiapkan konsumsi dan membantu pendataan peserta sejak pagi.',
  'Dana yang digunakan berasal dari anggaran pendapatan dan belanja desa tahun berjalan.',
  'Pemuda karang taruna membersihkan lingkungan dan memasang spanduk di sepanjang jalan.',
  'Petugas kesehatan memberikan penyuluhan tentang gizi seimbang bagi balita dan ibu hamil.',
  'Kegiatan ditutup dengan doa bersama dan makan siang di halaman balai desa.',
  'Laporan pertanggungjawaban akan diumumkan kepada seluruh warga melalui papan informasi.',
  'Perempuan nelayan mengolah hasil tangkapan menjadi kerupuk dan abon ikan untuk dijual.',
  'Musyawarah berlangsung tertib dan menghasilkan kesepakatan yang ditandatangani bersama.',
]
const categoryNames = ['Pemerintahan', 'Pembangunan', 'Kesehatan', 'Pendidikan', 'Ekonomi', 'Sosial Budaya', 'Pertanian', 'Lingkungan']

/**
 * `count` content items in one INSERT … SELECT, shaped like an editor's: an Indonesian title and
 * excerpt, a Lexical body of three paragraphs, one of eight categories (created when missing),
 * spread over the four types and the last six years; about 90 % published (a tenth of those for
 * members only), the rest drafts. The database's trigger fills `search_vector` as for any save.
 */
export const generateContent = async (db: Queryable, count: number, slugPrefix = 'gen') => {
  await db.query(
    `INSERT INTO categories (name, slug, active)
     SELECT name, 'gen-' || lower(replace(name, ' ', '-')), true FROM unnest(${sqlArray(categoryNames)}) AS name
     ON CONFLICT (slug) DO NOTHING`,
  )
  await db.query(
    `WITH words AS (
       SELECT ${sqlArray(activities)} AS activities, ${sqlArray(subjects)} AS subjects,
              ${sqlArray(places)} AS places, ${sqlArray(sentences)} AS sentences,
              (SELECT array_agg(id ORDER BY id) FROM categories WHERE slug LIKE 'gen-%') AS categories
     ),
     items AS (
       SELECT i,
              activities[1 + i % cardinality(activities)] || ' ' || subjects[1 + (i / 7) % cardinality(subjects)]
                || ' di ' || places[1 + (i / 3) % cardinality(places)] AS title,
              sentences[1 + i % cardinality(sentences)] || ' ' || sentences[1 + (i / 5) % cardinality(sentences)] AS excerpt,
              ARRAY[sentences[1 + (i / 2) % cardinality(sentences)] || ' ' || sentences[1 + (i / 11) % cardinality(sentences)],
                    'Topik utama: ' || subjects[1 + (i / 13) % cardinality(subjects)] || '. ' || sentences[1 + (i / 17) % cardinality(sentences)],
                    sentences[1 + (i / 23) % cardinality(sentences)] || ' ' || sentences[1 + (i / 29) % cardinality(sentences)]] AS paragraphs,
              categories[1 + (i / 19) % cardinality(categories)] AS category_id,
              now() - make_interval(hours => (i * 37) % (6 * 365 * 24)) AS published_at
         FROM words, generate_series(1, $1::int) AS i
     )
     INSERT INTO content (title, slug, excerpt, body, type, workflow_status, _status, visibility, category_id, published_at, created_at, updated_at)
     SELECT title, $2 || '-' || i, excerpt,
            jsonb_build_object('root', jsonb_build_object('type', 'root', 'version', 1, 'direction', 'ltr', 'format', '', 'indent', 0,
              'children', (SELECT jsonb_agg(jsonb_build_object('type', 'paragraph', 'version', 1, 'direction', 'ltr', 'format', '', 'indent', 0, 'textFormat', 0,
                 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'version', 1, 'text', p, 'format', 0, 'style', '', 'mode', 'normal', 'detail', 0))))
                 FROM unnest(paragraphs) AS p))),
            (ARRAY['news', 'activity', 'announcement', 'article'])[1 + i % 4]::enum_content_type,
            (CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END)::enum_content_workflow_status,
            (CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END)::enum_content_status,
            (CASE WHEN i % 10 = 5 THEN 'members' ELSE 'public' END)::enum_content_visibility,
            category_id, published_at, published_at, published_at
       FROM items`,
    [count, slugPrefix],
  )
}

/** Fresh planner statistics, as a long-lived database would have. */
export const analyze = async (pool: pg.Pool) => {
  await pool.query('ANALYZE users, audit_logs')
}

/** `count` regions `R01`, `R02`, … (created when missing); their ids in code order. */
export const generateRegions = async (db: Queryable, count: number): Promise<number[]> => {
  await db.query(
    `INSERT INTO regions (code, name)
     SELECT 'R' || lpad(i::text, 2, '0'), 'Wilayah Bench ' || i FROM generate_series(1, $1::int) AS i
     ON CONFLICT (code) DO NOTHING`,
    [count],
  )
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM regions WHERE code ~ '^R[0-9]{2}$' ORDER BY code LIMIT $1`, [count])
  return rows.map((row) => row.id)
}

/**
 * `count` approved members with their accounts (role member, no password), spread evenly over
 * `regionIds`, set-based: one statement. Names vary the way real ones do, so sorting by name
 * is real work.
 */
export const generateMemberRecords = async (db: Queryable, count: number, regionIds: number[], prefix = 'gen') => {
  await db.query(
    `WITH input AS (
       SELECT i,
              (ARRAY['Siti','Budi','Dewi','Agus','Rina','Joko','Maya','Hendra','Lestari','Fajar','Wulan','Yusuf'])[1 + i % 12] || ' ' ||
              (ARRAY['Rahmawati','Santoso','Wijaya','Hidayat','Pratama','Kusuma','Nugroho','Saputra','Siregar','Harahap','Wibowo'])[1 + (i * 7) % 11] || ' ' ||
              md5(i::text) AS full_name,
              ($3::int[])[1 + i % cardinality($3::int[])] AS region_id
         FROM generate_series(1, $1::int) AS i
     ),
     accounts AS (
       INSERT INTO users (name, email, role_id, region_id, account_status)
       SELECT left(full_name, 120), $2 || '-' || i || '@bench.balai.test', (SELECT id FROM roles WHERE name = 'member'), region_id, 'active'
         FROM input ORDER BY i
       RETURNING id, email
     )
     INSERT INTO members (user_id, member_number, region_id, membership_status, onboarding_state, verification_status, full_name,
                          phone_number, university_name, faculty, academic_rank, employment_status, salary_range, joined_at)
     SELECT a.id, upper($2) || '-2020-' || lpad(i::text, 6, '0'), region_id, 'active', 'approved', 'verified', full_name,
            '0812' || lpad(i::text, 8, '0'), 'Universitas Bench', 'Fakultas Hukum', 'lektor', 'kontrak_pkwt', '3_6', now() - make_interval(days => i % 3000)
       FROM input JOIN accounts a ON a.email = $2 || '-' || i || '@bench.balai.test'`,
    [count, prefix, regionIds],
  )
}
