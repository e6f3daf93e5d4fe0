import { DefaultTemplate } from '@payloadcms/next/templates'
import Link from 'next/link'
import type { AdminViewServerProps, PayloadRequest, Where } from 'payload'

import { can, idOfRelation, withRole } from '@/access'
import { defineTexts, formatDate, langOf, type Lang } from '@/lib/i18n'
import type { Text } from '@/lib/messages'

import type { Member, MemberDocument, Region, User } from '../../../payload-types'
import { MEMBER_DOCUMENTS } from '../collections/MemberDocuments'
import { MEMBERS } from '../collections/Members'
import { onboardingLabels, type OnboardingState } from '../onboarding/states'
import { CandidateActions } from './CandidateActions'

const PAGE_SIZE = 10
const waiting: OnboardingState[] = ['email_verified', 'payment_submitted', 'registered']

const docTypeLabels: Record<MemberDocument['docType'], Text> = {
  id_proof: { id: 'KTP', en: 'Identity card' },
  employee_card: { id: 'Kartu pegawai', en: 'Employee card' },
  dues_payment_proof: { id: 'Bukti bayar', en: 'Payment proof' },
  profile_photo: { id: 'Pas foto', en: 'Photo' },
  membership_form: { id: 'Formulir', en: 'Form' },
  other: { id: 'Lainnya', en: 'Other' },
}

const texts = defineTexts({
  allWaiting: { id: 'Semua yang menunggu', en: 'All waiting' },
  download: { id: 'Unduh', en: 'Download' },
  candidates: { id: 'Calon anggota', en: 'Candidates' },
  notAllowed: { id: 'Anda tidak berhak memutuskan calon anggota.', en: 'You are not allowed to decide on candidates.' },
  onboardingStep: { id: 'Tahap pendaftaran', en: 'Onboarding step' },
  noCandidatesHere: { id: 'Tidak ada calon anggota di sini.', en: 'No candidates here.' },
  step: { id: 'Tahap', en: 'Step' },
  region: { id: 'Wilayah', en: 'Region' },
  university: { id: 'Perguruan tinggi', en: 'University' },
  faculty: { id: 'Fakultas', en: 'Faculty' },
  phone: { id: 'Nomor HP', en: 'Phone' },
  registered: { id: 'Mendaftar', en: 'Registered' },
  noDocumentsUploaded: { id: 'Belum ada dokumen.', en: 'No documents uploaded.' },
  pages: { id: 'Halaman', en: 'Pages' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
})

/** Read as the signed-in staff member: coordinators get their own region's candidates only. */
const loadQueue = async (req: PayloadRequest, state: OnboardingState | 'all', page: number) => {
  const where: Where = {
    and: [{ onboardingState: state === 'all' ? { in: waiting } : { equals: state } }, { deletedAt: { exists: false } }],
  }
  const members = await req.payload.find({
    collection: MEMBERS,
    where,
    sort: 'createdAt',
    page,
    limit: PAGE_SIZE,
    depth: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const ids = members.docs.map((member) => member.id)
  const documents = ids.length
    ? await req.payload.find({
        collection: MEMBER_DOCUMENTS,
        where: { member: { in: ids } },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
    : { docs: [] as MemberDocument[] }
  return { members, documents: documents.docs }
}

const DocumentPreview = ({ doc, lang }: { doc: MemberDocument; lang: Lang }) => {
  const src = `/api/${MEMBER_DOCUMENTS}/${doc.id}/download`
  return (
    <figure style={{ margin: 0, minWidth: 0 }}>
      <figcaption style={{ fontWeight: 600 }}>{docTypeLabels[doc.docType][lang]}</figcaption>
      {doc.mimeType === 'application/pdf' ? (
        <iframe src={`${src}?inline=1`} title={doc.originalName ?? ''} style={{ width: '100%', height: 260, border: '1px solid var(--theme-elevation-150)' }} />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a private file from our own route, not an optimisable asset
        <img src={`${src}?inline=1`} alt={doc.originalName ?? ''} style={{ width: '100%', maxHeight: 260, objectFit: 'contain', background: 'var(--theme-elevation-50)' }} />
      )}
      <a href={src}>{texts(lang).download}</a>
    </figure>
  )
}

const Row = ({ label, value }: { label: string; value?: string | null }) => (
  <>
    <dt style={{ color: 'var(--theme-elevation-500)' }}>{label}</dt>
    <dd style={{ margin: 0 }}>{value || '—'}</dd>
  </>
)

/**
 * `/admin/calon-anggota`: candidates waiting for a decision, each with their data and their
 * documents (identity, employee card, payment proof, photo) side by side, and the approve and
 * reject actions. The view checks the permission itself; the endpoints check again.
 */
export const CandidatesView = async ({ initPageResult, searchParams, params }: AdminViewServerProps) => {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const user = await withRole(req)
  const lang = langOf(req)
  const canApprove = can(user, 'member.approve_candidate')
  const canReject = can(user, 'member.reject_candidate')
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user: user ?? undefined, visibleEntities, req }

  if (!canApprove && !canReject) {
    return (
      <DefaultTemplate {...template}>
        <div className="gutter--left gutter--right">
          <h1>{texts(lang).candidates}</h1>
          <p>{texts(lang).notAllowed}</p>
        </div>
      </DefaultTemplate>
    )
  }

  const stateParam = typeof searchParams?.state === 'string' ? searchParams.state : 'email_verified'
  const state = (waiting as string[]).includes(stateParam) ? (stateParam as OnboardingState) : 'all'
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const { members, documents } = await loadQueue(req, state, page)
  const link = (next: Record<string, string | number>) => `?${new URLSearchParams(Object.entries({ state, page, ...next }).map(([k, v]) => [k, String(v)]))}`

  return (
    <DefaultTemplate {...template}>
      <div className="gutter--left gutter--right" style={{ paddingBottom: 'calc(var(--base) * 2)' }}>
        <h1>{texts(lang).candidates}</h1>
        <nav style={{ display: 'flex', gap: 'var(--base)', margin: 'var(--base) 0' }} aria-label={texts(lang).onboardingStep}>
          {[...waiting, 'all' as const].map((option) => (
            <Link key={option} href={link({ state: option, page: 1 })} aria-current={option === state ? 'page' : undefined} style={{ fontWeight: option === state ? 700 : 400 }}>
              {option === 'all' ? texts(lang).allWaiting : onboardingLabels[option][lang]}
            </Link>
          ))}
        </nav>
        {members.docs.length === 0 && <p>{texts(lang).noCandidatesHere}</p>}
        {members.docs.map((member: Member) => {
          const account = typeof member.user === 'object' ? (member.user as User) : null
          const region = typeof member.region === 'object' ? (member.region as Region | null) : null
          const docs = documents.filter((doc) => String(idOfRelation(doc.member)) === String(member.id))
          return (
            <article key={member.id} style={{ display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) 3fr minmax(200px, 1fr)', gap: 'var(--base)', padding: 'var(--base)', marginBottom: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
              <div>
                <h2 style={{ marginTop: 0 }}>
                  <Link href={`/admin/collections/${MEMBERS}/${member.id}`}>{member.fullName}</Link>
                </h2>
                <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
                  <Row label={texts(lang).step} value={onboardingLabels[member.onboardingState][lang]} />
                  <Row label="Email" value={account?.email} />
                  <Row label={texts(lang).region} value={region?.name} />
                  <Row label={texts(lang).university} value={member.universityName} />
                  <Row label={texts(lang).faculty} value={member.faculty} />
                  <Row label={texts(lang).phone} value={member.phoneNumber} />
                  <Row label={texts(lang).registered} value={formatDate(lang, member.createdAt)} />
                </dl>
              </div>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 'var(--base)' }}>
                {docs.length ? docs.map((doc) => <DocumentPreview key={doc.id} doc={doc} lang={lang} />) : <p>{texts(lang).noDocumentsUploaded}</p>}
              </div>
              <CandidateActions memberId={member.id} canApprove={canApprove && member.onboardingState === 'email_verified'} canReject={canReject} />
            </article>
          )
        })}
        {members.totalPages > 1 && (
          <nav style={{ display: 'flex', gap: 'var(--base)' }} aria-label={texts(lang).pages}>
            {members.hasPrevPage && <Link href={link({ page: page - 1 })}>{texts(lang).previous}</Link>}
            <span>
              {page} / {members.totalPages}
            </span>
            {members.hasNextPage && <Link href={link({ page: page + 1 })}>{texts(lang).next}</Link>}
          </nav>
        )}
      </div>
    </DefaultTemplate>
  )
}
