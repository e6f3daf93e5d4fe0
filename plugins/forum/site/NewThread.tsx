import { inputClass, labelClass } from '@/site/forms/styles'
import { localePath } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import type { PluginPageArgs } from '@/site/plugin-page'

import { CategoryOptions } from './CategoryOptions'
import { JsonForm } from './JsonForm'
import { FORUM_PATH, NEW_THREAD_PATH } from './paths'
import { texts } from './text'

/** `/anggota/forum/baru`: a new thread with its opening post (`POST /api/forum-threads/start`). */
export const NewThread = async ({ lang }: PluginPageArgs) => {
  await requirePermission(lang, NEW_THREAD_PATH, 'forum.post')
  return (
    <section className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{texts(lang).newThread}</h1>
      <JsonForm lang={lang} action="/api/forum-threads/start" submitLabel={texts(lang).start} next={localePath(lang, FORUM_PATH)} className="space-y-4 rounded-lg bg-white p-4 shadow">
        <label className={labelClass}>
          {texts(lang).title}
          <input name="title" required minLength={3} maxLength={200} className={inputClass} />
        </label>
        <label className={labelClass}>
          {texts(lang).category}
          <select name="category" className={inputClass} defaultValue="umum">
            <CategoryOptions lang={lang} />
          </select>
        </label>
        <label className={labelClass}>
          {texts(lang).body}
          <textarea name="body" required rows={8} maxLength={10000} className={inputClass} />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="regionOnly" />
          {texts(lang).onlyMyRegion}
        </label>
      </JsonForm>
    </section>
  )
}
