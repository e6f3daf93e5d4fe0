import { texts, type Lang } from '../i18n'

/** The honeypot's name, the one the subscribe endpoint and the contact-submission check look at. */
export const HONEYPOT_NAME = 'website'

/**
 * A field people never meet: off-screen, hidden from screen readers and out of the tab order.
 * Bots that fill every input fill it, and the server then quietly drops what they sent.
 */
export const Honeypot = ({ lang, id }: { lang: Lang; id: string }) => (
  <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
    <label htmlFor={id}>{texts(lang).honeypotLabel}</label>
    <input id={id} name={HONEYPOT_NAME} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
  </div>
)
