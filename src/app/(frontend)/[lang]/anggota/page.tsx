import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLang, localePath, texts } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'
import { homeBlocksOf } from '@/site/member/home-blocks'
import { memberMenuFor } from '@/site/member/menu'
import { PostButton } from '@/site/member/PostButton'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).memberArea, robots: { index: false } } : {}
}

/** `/anggota`: a greeting, the plugins' blocks (read as this member) and the member menu's entries as cards. */
const MemberHome = async ({ params }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const { payload, user } = await requireUser(lang, '/anggota')
  const blocks = (await Promise.all(homeBlocksOf(payload.config).map(async (block) => ({ key: block.key, content: await block.load(payload, user) })))).filter(
    (block) => block.content !== null,
  )
  return (
    <section>
      <h1 className="text-3xl font-bold">{texts(lang).welcome(user.name)}</h1>
      <p className="mt-2 text-muted">{texts(lang).memberIntro}</p>
      {blocks.map(({ key, content }) => (
        <section key={key} aria-labelledby={`blok-${key}`} className="mt-6 rounded-lg bg-white p-4 shadow" data-testid={`home-block-${key}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`blok-${key}`} className="text-xl font-bold">
              {content!.title[lang]}
            </h2>
            {content!.actions?.map((action) => <PostButton key={action.post} post={action.post} label={action.label[lang]} lang={lang} />)}
          </div>
          {content!.items.length === 0 ? (
            <p className="mt-2 text-muted">{content!.empty[lang]}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {content!.items.map((item) => (
                <li key={item.key} className={item.highlight ? 'border-l-4 border-brand pl-3' : 'pl-4'}>
                  <p className="font-semibold">
                    {item.href ? (
                      <a href={item.href} target="_blank" rel="noopener noreferrer">
                        {item.title}
                      </a>
                    ) : (
                      item.title
                    )}
                  </p>
                  {item.body && <p className="whitespace-pre-line">{item.body}</p>}
                  {item.meta && <p className="text-sm text-muted">{item.meta}</p>}
                  {item.action && <PostButton post={item.action.post} label={item.action.label[lang]} lang={lang} />}
                </li>
              ))}
            </ul>
          )}
          {content!.link && (
            <Link href={localePath(lang, content!.link.href)} className="mt-3 inline-block font-semibold">
              {content!.link.label[lang]}
            </Link>
          )}
        </section>
      ))}
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {memberMenuFor(payload.config, user, lang).map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block rounded-lg bg-white p-4 font-semibold shadow">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export default MemberHome
