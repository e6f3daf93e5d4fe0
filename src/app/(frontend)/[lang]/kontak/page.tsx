import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Form } from '../../../../../payload-types'
import { RichText } from '@/site/components/RichText'
import { getSite } from '@/site/data'
import { ContactForm, type FormFieldProps } from '@/site/forms/ContactForm'
import { getContactForm } from '@/site/forms/data'
import { isLang, texts, type Lang } from '@/site/i18n'

// Made on first request and kept until the site settings or the form change (tags) or an hour passes.
export const revalidate = 3600

export const generateMetadata = async ({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).contact } : {}
}

/** The form's blocks as the client form takes them; message blocks are rendered here. */
const formFields = (form: Form): FormFieldProps[] =>
  (form.fields ?? []).map((field, index) => {
    const key = field.id ?? String(index)
    if (field.blockType === 'message') return { kind: 'message', key, content: <RichText data={field.message} /> }
    return {
      kind: field.blockType,
      key,
      name: field.name,
      label: field.label || field.name,
      required: Boolean(field.required),
      width: field.width ?? null,
      defaultValue: 'defaultValue' in field && field.defaultValue != null ? String(field.defaultValue) : undefined,
      options: field.blockType === 'select' ? (field.options ?? []).map(({ label, value }) => ({ label, value })) : undefined,
    }
  })

const digits = (phone: string) => phone.replace(/[^+\d]/g, '')

const ContactDetails = async ({ lang }: { lang: Lang }) => {
  const site = await getSite()
  return (
    <section aria-labelledby="kontak-detail" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-black/5">
      <h2 id="kontak-detail" className="mb-3 text-xl font-bold">{texts(lang).contactDetails}</h2>
      <address className="space-y-3 not-italic">
        <p className="font-semibold">{site.name}</p>
        {site.address && (
          <p>
            <span className="block text-sm text-muted">{texts(lang).address}</span>
            <span className="whitespace-pre-line">{site.address}</span>
          </p>
        )}
        {site.phone && (
          <p>
            <span className="block text-sm text-muted">{texts(lang).phone}</span>
            <a href={`tel:${digits(site.phone)}`}>{site.phone}</a>
          </p>
        )}
        {site.whatsapp && (
          <p>
            <span className="block text-sm text-muted">WhatsApp</span>
            <a href={`https://wa.me/${digits(site.whatsapp).replace('+', '')}`} rel="noopener noreferrer">{site.whatsapp}</a>
          </p>
        )}
        {site.email && (
          <p>
            <span className="block text-sm text-muted">{texts(lang).email}</span>
            <a href={`mailto:${site.email}`}>{site.email}</a>
          </p>
        )}
      </address>
    </section>
  )
}

/** The site's contact details and the contact form (form-builder, key "kontak"). */
const ContactPage = async ({ params }: { params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const form = await getContactForm()
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{texts(lang).contact}</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">{texts(lang).contactIntro}</p>
      <div className="grid gap-8 md:grid-cols-3">
        <ContactDetails lang={lang} />
        <section aria-labelledby="kontak-form" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-black/5 md:col-span-2">
          <h2 id="kontak-form" className="mb-4 text-xl font-bold">{texts(lang).sendMessage}</h2>
          {form ? (
            <ContactForm
              lang={lang}
              formId={form.id}
              fields={formFields(form)}
              submitLabel={form.submitButtonLabel ?? null}
              confirmation={<RichText data={form.confirmationMessage} />}
            />
          ) : (
            <p>{texts(lang).formUnavailable}</p>
          )}
        </section>
      </div>
    </>
  )
}

export default ContactPage
