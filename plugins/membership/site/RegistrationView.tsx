import Link from 'next/link'
import { redirect } from 'next/navigation'
import { createLocalReq } from 'payload'
import type React from 'react'

import { getSite } from '@/site/data'
import { Honeypot } from '@/site/forms/Honeypot'
import { formatDate, localePath, type Lang } from '@/site/i18n'
import { currentUser } from '@/site/member/auth'
import { MediaImage } from '@/site/components/MediaImage'
import { registrationDuesOf } from '@/plugin-kit'

import type { Member } from '../../../payload-types'
import { memberOfUser, qrSvg } from '../card/card'
import { duesQuote } from '../registration/dues'
import { registrationGroups, type FormField } from '../registration/fields'
import { currentStep, editableSteps, isStep, reached, stepLabels, stepsFor, type RegistrationStep } from '../registration/steps'
import { CancelRegistration, ResendButton } from './forms/Actions'
import { Checkbox, Input, Select, StepForm } from './forms/StepForm'
import { mt } from './i18n'

type Shown = RegistrationStep | 'account'

const rupiah = (amount: number) => new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount)

/** The steps as a list: where the candidate is, and links back to the answers they may still change. */
const StepList = ({ lang, steps, shown, current, editable }: { lang: Lang; steps: Shown[]; shown: Shown; current: Shown; editable: boolean }) => {
  const index = steps.indexOf(shown)
  return (
    <nav aria-label={mt(lang, 'stepsLabel')} className="mb-6">
      <p className="mb-2 font-semibold">{mt(lang, 'stepOf', { n: Math.max(index, 0) + 1, total: steps.length })}</p>
      <ol className="flex flex-wrap gap-2 text-sm">
        {steps.map((step, i) => {
          const open = editable && step !== 'account' && step !== shown && editableSteps.includes(step as RegistrationStep) && reached(current as RegistrationStep, step as RegistrationStep)
          const cls = step === shown ? 'bg-brand-dark text-white' : i < steps.indexOf(current) ? 'bg-white ring-1 ring-brand' : 'bg-white text-muted'
          return (
            <li key={step} aria-current={step === shown ? 'step' : undefined} className={`rounded px-3 py-1 ${cls}`}>
              {open ? <Link href={`${localePath(lang, '/daftar')}?langkah=${step}`}>{stepLabels[step][lang]}</Link> : stepLabels[step][lang]}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

const Shell = ({ lang, children, steps }: { lang: Lang; children: React.ReactNode; steps?: React.ReactNode }) => (
  <section className="mx-auto max-w-2xl space-y-6">
    <header>
      <h1 className="text-3xl font-bold">{mt(lang, 'registerTitle')}</h1>
      <p className="mt-2 text-muted">{mt(lang, 'registerIntro')}</p>
    </header>
    {steps}
    <div className="rounded-lg bg-white p-6 shadow">{children}</div>
  </section>
)

const valueOf = (member: Member, field: FormField) => {
  const value = (member as unknown as Record<string, unknown>)[field.name]
  if (value == null) return undefined
  return field.kind === 'date' ? String(value).slice(0, 10) : String(value)
}

const FieldInput = ({ lang, field, member, required }: { lang: Lang; field: FormField; member: Member; required: boolean }) =>
  field.kind === 'select' ? (
    <Select
      name={field.name}
      label={field.label[lang]}
      required={required}
      placeholder={mt(lang, 'choose')}
      defaultValue={valueOf(member, field)}
      options={(field.options ?? []).map((option) => ({ value: option.value, label: option.label[lang] }))}
    />
  ) : (
    <Input name={field.name} label={field.label[lang]} required={required} kind={field.kind} maxLength={field.maxLength} defaultValue={valueOf(member, field)} />
  )

const api = (step: string) => `/api/members/registration/${step}`

/**
 * `/daftar`: the visitor's account step, then — signed in as the candidate — the step the server
 * has them at (or an earlier one they chose to change, `?langkah=`), and the way to cancel.
 */
export const RegistrationView = async ({ lang, wanted }: { lang: Lang; wanted?: string }) => {
  const { payload, user } = await currentUser()
  const here = localePath(lang, '/daftar')
  if (!user) {
    const steps: Shown[] = ['account', ...stepsFor(registrationDuesOf(payload.config) != null).filter((step) => step !== 'done')]
    return (
      <Shell lang={lang} steps={<StepList lang={lang} steps={steps} shown="account" current="account" editable={false} />}>
        <StepForm lang={lang} action="/api/members/register" submitLabel={mt(lang, 'createAccount')} next={here}>
          <Input name="fullName" label={mt(lang, 'fullName')} required autoComplete="name" maxLength={120} />
          <Input name="email" label={mt(lang, 'email')} kind="email" required autoComplete="email" maxLength={150} />
          <Input name="password" label={mt(lang, 'password')} kind="password" required autoComplete="new-password" hint={mt(lang, 'passwordHint')} />
          <Input name="passwordConfirm" label={mt(lang, 'passwordConfirm')} kind="password" required autoComplete="new-password" />
          <Honeypot lang={lang} id="daftar-website" />
        </StepForm>
        <p className="mt-6">
          <Link href={`${localePath(lang, '/masuk')}?next=${encodeURIComponent(here)}`}>{mt(lang, 'haveAccount')}</Link>
        </p>
      </Shell>
    )
  }

  const member = await memberOfUser(payload, user.id, 1)
  if (!member) return <Shell lang={lang}>{mt(lang, 'notCandidate')}</Shell>
  if (member.onboardingState === 'approved') {
    return (
      <Shell lang={lang}>
        <p>{mt(lang, 'alreadyMember')}</p>
        <p className="mt-4">
          <Link href={localePath(lang, '/anggota/kartu')}>{mt(lang, 'openCard')}</Link>
        </p>
      </Shell>
    )
  }
  if (member.onboardingState === 'rejected') redirect(localePath(lang, '/anggota/status'))

  const req = await createLocalReq({ user }, payload)
  const quote = await duesQuote(req, member)
  const steps = stepsFor(quote != null)
  const current = currentStep(member.registrationStep, quote != null)
  const editable = member.onboardingState === 'registered'
  const shown: RegistrationStep =
    isStep(wanted) && editable && editableSteps.includes(wanted) && steps.includes(wanted) && reached(current, wanted) ? wanted : current

  let body: React.ReactNode
  switch (shown) {
    case 'data': {
      const groups = registrationGroups(payload)
      body = (
        <StepForm lang={lang} action={api('data')} submitLabel={mt(lang, 'continue')} next={here}>
          <p>{mt(lang, 'dataIntro')}</p>
          {groups.map((group) =>
            group.oneOf ? (
              <fieldset key={group.fields[0].name} className="space-y-3 rounded border border-muted/40 p-3">
                <legend className="px-1 font-semibold">{mt(lang, 'oneOfHint')}</legend>
                {group.fields.map((field) => (
                  <FieldInput key={field.name} lang={lang} field={field} member={member} required={false} />
                ))}
              </fieldset>
            ) : (
              <FieldInput key={group.fields[0].name} lang={lang} field={group.fields[0]} member={member} required />
            ),
          )}
        </StepForm>
      )
      break
    }
    case 'region': {
      const { docs } = await payload.find({ collection: 'regions', sort: 'name', limit: 500, depth: 0, overrideAccess: false, pagination: false })
      const chosen = typeof member.region === 'object' && member.region ? member.region.id : member.region
      body = (
        <StepForm lang={lang} action={api('region')} submitLabel={mt(lang, 'continue')} next={here}>
          <p>{mt(lang, 'regionIntro')}</p>
          {docs.length > 0 ? (
            <Select
              name="region"
              label={mt(lang, 'region')}
              required
              placeholder={mt(lang, 'choose')}
              defaultValue={chosen != null ? String(chosen) : undefined}
              options={docs.map((region) => ({ value: String(region.id), label: region.name }))}
            />
          ) : (
            <p>{mt(lang, 'noRegions')}</p>
          )}
        </StepForm>
      )
      break
    }
    case 'agreement':
      body = (
        <StepForm lang={lang} action={api('agreement')} submitLabel={mt(lang, 'continue')} next={here}>
          <p>{mt(lang, 'agreementIntro')}</p>
          <p>
            <a href={localePath(lang, '/ad-art')} target="_blank" rel="noopener">
              {mt(lang, 'readAdArt')}
            </a>
          </p>
          <Checkbox name="agree" label={mt(lang, 'agree')} defaultChecked={Boolean(member.agreedToTermsAt)} />
          {member.agreedToTermsAt && <p className="text-sm text-muted">{mt(lang, 'agreedAt', { date: formatDate(lang, member.agreedToTermsAt) })}</p>}
        </StepForm>
      )
      break
    case 'dues':
      body = (
        <StepForm lang={lang} action={api('dues')} submitLabel={mt(lang, 'next')} next={here}>
          <p>{mt(lang, 'duesIntro')}</p>
          <p className="text-2xl font-bold" data-testid="dues-amount">
            {quote?.label[lang]}: {rupiah(quote?.amount ?? 0)}
          </p>
        </StepForm>
      )
      break
    case 'payment': {
      const site = await getSite()
      const bank = site.bankAccount
      const qr = site.paymentQr ? null : site.paymentQrPayload ? await qrSvg(site.paymentQrPayload) : null
      body = (
        <StepForm lang={lang} action={api('payment')} submitLabel={mt(lang, 'paid')} next={here}>
          <p>{mt(lang, 'paymentIntro')}</p>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">{mt(lang, 'amount')}</dt>
            <dd>{rupiah(quote?.amount ?? 0)}</dd>
            {bank?.accountNumber ? (
              <>
                <dt className="font-semibold">{mt(lang, 'bank')}</dt>
                <dd>{bank.bankName}</dd>
                <dt className="font-semibold">{mt(lang, 'accountNumber')}</dt>
                <dd className="font-mono">{bank.accountNumber}</dd>
                <dt className="font-semibold">{mt(lang, 'accountHolder')}</dt>
                <dd>{bank.accountHolder}</dd>
              </>
            ) : null}
          </dl>
          {site.paymentQr ? (
            <figure>
              <MediaImage media={site.paymentQr} size="card" className="h-56 w-56 object-contain" />
              <figcaption className="text-sm text-muted">{mt(lang, 'paymentQr')}</figcaption>
            </figure>
          ) : qr ? (
            <figure>
              {/* Our own SVG, drawn on the server from the QRIS text. */}
              <div className="h-56 w-56" role="img" aria-label={mt(lang, 'paymentQr')} dangerouslySetInnerHTML={{ __html: qr }} />
            </figure>
          ) : null}
          {!bank?.accountNumber && !site.paymentQr && !qr && <p>{mt(lang, 'noPaymentInfo')}</p>}
        </StepForm>
      )
      break
    }
    case 'proof':
      body = (
        <StepForm lang={lang} action={api('proof')} submitLabel={mt(lang, 'upload')} next={here} upload>
          <p>{mt(lang, 'proofIntro')}</p>
          <Input name="file" label={mt(lang, 'proofFile')} kind="file" required accept="image/jpeg,image/png,application/pdf" />
        </StepForm>
      )
      break
    case 'verify':
      body = (
        <div className="space-y-4">
          <p data-testid="verify-intro">{mt(lang, 'verifyIntro', { email: user.email })}</p>
          <ResendButton lang={lang} />
        </div>
      )
      break
    default:
      body = (
        <div className="space-y-4">
          <p role="status">{mt(lang, 'doneIntro')}</p>
          <Link href={localePath(lang, '/anggota/status')}>{mt(lang, 'seeStatus')}</Link>
        </div>
      )
  }

  return (
    <>
      <Shell lang={lang} steps={<StepList lang={lang} steps={['account', ...steps.filter((step) => step !== 'done')]} shown={shown === 'done' ? 'verify' : shown} current={current} editable={editable} />}>
        <h2 className="mb-4 text-xl font-bold">{stepLabels[shown][lang]}</h2>
        {body}
      </Shell>
      <div className="mx-auto mt-8 max-w-2xl">
        <CancelRegistration lang={lang} />
      </div>
    </>
  )
}
