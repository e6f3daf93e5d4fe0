import Link from 'next/link'

import { formatDate, localePath, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'

import { memberOfUser } from '../card/card'
import { membershipStatusLabels, onboardingLabels } from '../onboarding/states'
import { currentStep, stepLabels } from '../registration/steps'
import { CancelRegistration } from './forms/Actions'
import { texts } from './i18n'

/**
 * `/anggota/status`: where the registration stands and what comes next; candidates can cancel
 * from here. No member number, no card for candidates.
 */
export const StatusView = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requireUser(lang, '/anggota/status')
  const member = await memberOfUser(payload, user.id)
  if (!member) {
    return (
      <section>
        <h1 className="text-3xl font-bold">{texts(lang).statusTitle}</h1>
        <p className="mt-4">{texts(lang).notCandidate}</p>
      </section>
    )
  }
  const state = member.onboardingState
  const open = state === 'registered' || state === 'payment_submitted' || state === 'email_verified'
  const step = currentStep(member.registrationStep, true)
  const next =
    state === 'approved'
      ? texts(lang).nextApproved
      : state === 'rejected'
        ? texts(lang).nextRejected(member.rejectionReason ?? '—')
        : state === 'email_verified'
          ? texts(lang).nextReview
          : step === 'verify'
            ? state === 'payment_submitted'
              ? texts(lang).nextPayment
              : texts(lang).nextVerify
            : texts(lang).nextContinue(stepLabels[step][lang])
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">{texts(lang).statusTitle}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{texts(lang).statusStep}</dt>
        <dd data-testid="onboarding-state">{onboardingLabels[state][lang]}</dd>
        <dt className="font-semibold">{texts(lang).statusMembership}</dt>
        <dd>{membershipStatusLabels[member.membershipStatus][lang]}</dd>
        <dt className="font-semibold">{texts(lang).registeredOn}</dt>
        <dd>{formatDate(lang, member.createdAt)}</dd>
        <dt className="font-semibold">{texts(lang).emailVerified}</dt>
        <dd>{member.emailVerifiedAt ? formatDate(lang, member.emailVerifiedAt) : texts(lang).notYet}</dd>
      </dl>
      <section aria-labelledby="selanjutnya">
        <h2 id="selanjutnya" className="text-xl font-bold">
          {texts(lang).nextTitle}
        </h2>
        <p className="mt-2" data-testid="next-step">
          {next}
        </p>
        {open && step !== 'done' && (
          <p className="mt-3">
            <Link href={localePath(lang, '/daftar')}>{texts(lang).continueRegistration}</Link>
          </p>
        )}
        {state === 'approved' && (
          <p className="mt-3">
            <Link href={localePath(lang, '/anggota/kartu')}>{texts(lang).openCard}</Link>
          </p>
        )}
      </section>
      {open && <CancelRegistration lang={lang} />}
    </section>
  )
}
