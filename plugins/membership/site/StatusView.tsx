import Link from 'next/link'

import { formatDate, localePath, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'

import { memberOfUser } from '../card/card'
import { membershipStatusLabels, onboardingLabels } from '../onboarding/states'
import { currentStep, stepLabels } from '../registration/steps'
import { CancelRegistration } from './forms/Actions'
import { mt } from './i18n'

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
        <h1 className="text-3xl font-bold">{mt(lang, 'statusTitle')}</h1>
        <p className="mt-4">{mt(lang, 'notCandidate')}</p>
      </section>
    )
  }
  const state = member.onboardingState
  const open = state === 'registered' || state === 'payment_submitted' || state === 'email_verified'
  const step = currentStep(member.registrationStep, true)
  const next =
    state === 'approved'
      ? mt(lang, 'nextApproved')
      : state === 'rejected'
        ? mt(lang, 'nextRejected', { reason: member.rejectionReason ?? '—' })
        : state === 'email_verified'
          ? mt(lang, 'nextReview')
          : step === 'verify'
            ? state === 'payment_submitted'
              ? mt(lang, 'nextPayment')
              : mt(lang, 'nextVerify')
            : mt(lang, 'nextContinue', { step: stepLabels[step][lang] })
  return (
    <section className="space-y-6">
      <h1 className="text-3xl font-bold">{mt(lang, 'statusTitle')}</h1>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg bg-white p-4 shadow sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{mt(lang, 'statusStep')}</dt>
        <dd data-testid="onboarding-state">{onboardingLabels[state][lang]}</dd>
        <dt className="font-semibold">{mt(lang, 'statusMembership')}</dt>
        <dd>{membershipStatusLabels[member.membershipStatus][lang]}</dd>
        <dt className="font-semibold">{mt(lang, 'registeredOn')}</dt>
        <dd>{formatDate(lang, member.createdAt)}</dd>
        <dt className="font-semibold">{mt(lang, 'emailVerified')}</dt>
        <dd>{member.emailVerifiedAt ? formatDate(lang, member.emailVerifiedAt) : mt(lang, 'notYet')}</dd>
      </dl>
      <section aria-labelledby="selanjutnya">
        <h2 id="selanjutnya" className="text-xl font-bold">
          {mt(lang, 'nextTitle')}
        </h2>
        <p className="mt-2" data-testid="next-step">
          {next}
        </p>
        {open && step !== 'done' && (
          <p className="mt-3">
            <Link href={localePath(lang, '/daftar')}>{mt(lang, 'continueRegistration')}</Link>
          </p>
        )}
        {state === 'approved' && (
          <p className="mt-3">
            <Link href={localePath(lang, '/anggota/kartu')}>{mt(lang, 'openCard')}</Link>
          </p>
        )}
      </section>
      {open && <CancelRegistration lang={lang} />}
    </section>
  )
}
