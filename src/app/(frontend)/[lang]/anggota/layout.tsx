import Link from 'next/link'
import { notFound } from 'next/navigation'
import type React from 'react'

import { isStaff } from '@/access'
import { isLang, texts } from '@/site/i18n'
import { currentUser } from '@/site/member/auth'
import { LogoutButton } from '@/site/member/LogoutButton'
import { memberMenuWithCounts } from '@/site/member/menu'

// Per user: never prerendered at build (there is no database then) nor cached.
export const dynamic = 'force-dynamic'

/**
 * The member area's frame: the member menu (core's entries and the plugins', from the config) and
 * the way out. Visitors are sent to the login page by each page, which knows its own address.
 */
const MemberLayout = async ({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const { payload, user } = await currentUser()
  if (!user) return children
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <nav aria-label={texts(lang).memberMenu} className="rounded-lg bg-white p-4 shadow md:self-start">
        <p className="mb-3 font-bold">{user.name}</p>
        <ul className="space-y-2">
          {(await memberMenuWithCounts(payload, user, lang)).map((item) => (
            <li key={item.href}>
              <Link href={item.href}>
                {item.label}
                {item.count > 0 && (
                  <span className="ml-2 rounded-full bg-brand px-2 text-sm font-semibold text-white" data-testid="menu-count">
                    {item.count}
                    <span className="sr-only">{` ${texts(lang).unread}`}</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
          {isStaff(user) && (
            <li>
              {/* Another root layout: the browser loads it afresh, nothing to prefetch. */}
              <Link href="/admin" prefetch={false}>
                {texts(lang).adminPanel}
              </Link>
            </li>
          )}
        </ul>
        <LogoutButton lang={lang} className="mt-4 rounded border border-brand px-3 py-1 font-semibold text-brand-dark" />
      </nav>
      <div>{children}</div>
    </div>
  )
}

export default MemberLayout
