import config from '@payload-config'
import { getPayload } from 'payload'

import { alertClass, successClass } from '@/site/forms/styles'
import { formatDate, type Lang } from '@/site/i18n'

import { cardStatusLabels, checkCard } from '../card/card'
import { texts } from './i18n'

/**
 * `/verifikasi/<token>`: is the card genuine, and what is the member's status now. Shows the
 * name and number only — nothing else about the member.
 */
export const CardCheckView = async ({ lang, token }: { lang: Lang; token: string }) => {
  const payload = await getPayload({ config })
  const check = await checkCard(payload, decodeURIComponent(token))
  return (
    <section className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{texts(lang).checkTitle}</h1>
      {check.valid ? (
        <div data-result="valid" className={successClass}>
          <p className="text-lg font-bold">{texts(lang).checkValid}</p>
          <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[14rem_1fr]">
            <dt className="font-semibold">{texts(lang).name}</dt>
            <dd data-testid="check-name">{check.fullName}</dd>
            <dt className="font-semibold">{texts(lang).memberNumber}</dt>
            <dd data-testid="check-number">{check.memberNumber}</dd>
            <dt className="font-semibold">{texts(lang).currentStatus}</dt>
            <dd data-testid="check-status" data-status={check.status}>
              {cardStatusLabels[check.status][lang]}
            </dd>
            <dt className="font-semibold">{texts(lang).validUntil}</dt>
            <dd>{formatDate(lang, `${check.validUntil}T12:00:00+07:00`)}</dd>
          </dl>
          {check.expired && <p className="mt-3 font-semibold text-red-800">{texts(lang).checkExpired(formatDate(lang, `${check.validUntil}T12:00:00+07:00`))}</p>}
        </div>
      ) : (
        <p data-result="invalid" role="alert" className={alertClass}>
          {texts(lang).checkInvalid}
        </p>
      )}
    </section>
  )
}
