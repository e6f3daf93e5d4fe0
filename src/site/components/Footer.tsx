import Link from 'next/link'

import type { Navigation, SiteSetting } from '../../../payload-types'
import { texts, type Lang } from '../i18n'
import { resolveLink } from '../links'

export const Footer = ({ lang, site, navigation }: { lang: Lang; site: SiteSetting; navigation: Navigation }) => (
  <footer className="mt-16 bg-ink text-white">
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
      <div>
        <p className="text-lg font-bold">{site.name}</p>
        {site.tagline && <p className="mt-1 text-white/80">{site.tagline}</p>}
      </div>
      <address className="not-italic text-white/90">
        {site.address && (
          <p className="whitespace-pre-line">
            <span className="sr-only">{texts(lang).address}: </span>
            {site.address}
          </p>
        )}
        {site.phone && <p>{texts(lang).phone}: <a className="text-white" href={`tel:${site.phone.replace(/[^+\d]/g, '')}`}>{site.phone}</a></p>}
        {site.email && <p>{texts(lang).email}: <a className="text-white" href={`mailto:${site.email}`}>{site.email}</a></p>}
      </address>
      <nav aria-label={texts(lang).followUs}>
        <ul className="space-y-1">
          {(navigation.footer ?? []).map((item, index) => {
            const href = resolveLink(lang, item.link)
            const text = (lang === 'en' && item.labelEn) || item.label
            return <li key={item.id ?? index}>{href ? <Link className="text-white" href={href}>{text}</Link> : text}</li>
          })}
          {(site.socialLinks ?? []).map((social, index) => (
            <li key={social.id ?? index}>
              <a className="text-white" href={social.url} rel="noopener noreferrer">
                {social.platform}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  </footer>
)
