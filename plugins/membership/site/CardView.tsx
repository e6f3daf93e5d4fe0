import { formatDate, type Lang } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import { getSite } from '@/site/data'

import { cardOf, cardRefusal, hasCard, memberOfUser, qrSvg } from '../card/card'
import { texts } from './i18n'

/** `/anggota/kartu`: the active member's card, its QR code and the PDF download. */
export const CardView = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requirePermission(lang, '/anggota/kartu', 'membercard.view_self')
  const member = await memberOfUser(payload, user.id, 1)
  const refusal = cardRefusal(user.accountStatus)
  if (!member || !hasCard(member) || refusal) {
    return (
      <section>
        <h1 className="text-3xl font-bold">{texts(lang).cardTitle}</h1>
        <p className="mt-4" role="status">
          {refusal ? refusal[lang] : texts(lang).noCard}
        </p>
      </section>
    )
  }
  const [card, site] = await Promise.all([cardOf(payload, member), getSite()])
  const svg = await qrSvg(card.verifyUrl)
  const keyUrl = new URL('/api/members/card-key', payload.config.serverURL).toString()
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">{texts(lang).cardTitle}</h1>
      <article data-testid="member-card" data-token={card.token} className="max-w-xl overflow-hidden rounded-xl bg-white shadow-lg ring-1 ring-black/10">
        <header className="bg-brand-dark px-5 py-3 text-white">
          <p className="text-lg font-bold">{site.name}</p>
          <p className="text-sm">{texts(lang).cardFor}</p>
        </header>
        <div className="flex flex-wrap gap-5 p-5">
          {card.photoId != null && (
            // The photo comes through the access-checked download (only the member and the board may read it).
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/api/member-documents/${card.photoId}/download?inline=1`} alt={texts(lang).photoAlt(card.fullName)} className="h-32 w-24 rounded object-cover" />
          )}
          <dl className="min-w-48 flex-1 space-y-1">
            <dt className="sr-only">{texts(lang).name}</dt>
            <dd className="text-xl font-bold" data-testid="card-name">
              {card.fullName}
            </dd>
            <dt className="text-sm text-muted">{texts(lang).memberNumber}</dt>
            <dd className="font-mono text-lg font-semibold" data-testid="card-number">
              {card.memberNumber}
            </dd>
            <dt className="text-sm text-muted">{texts(lang).region}</dt>
            <dd>{card.region ?? '—'}</dd>
            <dt className="text-sm text-muted">{texts(lang).validUntil}</dt>
            <dd data-testid="card-valid-until">{formatDate(lang, `${card.validUntil}T12:00:00+07:00`)}</dd>
          </dl>
          {/* Our own SVG, drawn on the server from the verification address. */}
          <div className="h-36 w-36" role="img" aria-label={card.verifyUrl} dangerouslySetInnerHTML={{ __html: svg }} />
        </div>
      </article>
      <p>
        <a href="/api/members/card.pdf" download className="rounded bg-brand-dark px-5 py-2 font-semibold text-white no-underline">
          {texts(lang).downloadPdf}
        </a>
      </p>
      <p className="text-sm text-muted">{texts(lang).qrHelp(keyUrl)}</p>
    </section>
  )
}
