'use client'

import { useEffect, useId, useState } from 'react'

import type { Lang } from '../i18n'

/** The search field with title suggestions from /api/content/suggest as the visitor types. */
export const SearchBox = ({ lang, defaultValue, label, button }: { lang: Lang; defaultValue: string; label: string; button: string }) => {
  const [value, setValue] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<string[]>([])
  const listId = useId()

  useEffect(() => {
    if (value.trim().length < 2) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/content/suggest?lang=${lang}&q=${encodeURIComponent(value)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((body: { suggestions: Array<{ title: string }> }) => setSuggestions(body.suggestions.map((s) => s.title)))
        .catch(() => undefined)
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, lang])

  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-1 flex-col text-sm font-semibold">
        {label}
        <input
          type="search"
          name="q"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          list={listId}
          autoComplete="off"
          maxLength={200}
          className="mt-1 rounded border border-black/30 bg-white p-2 text-base font-normal"
        />
      </label>
      <datalist id={listId}>
        {suggestions.map((title) => (
          <option key={title} value={title} />
        ))}
      </datalist>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {button}
      </button>
    </div>
  )
}
