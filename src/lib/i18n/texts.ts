/** The site's languages: Indonesian first (the default, at the root), English for those who choose it. */
export type Lang = 'id' | 'en'

export const languages: readonly Lang[] = ['id', 'en']

export const isLang = (value: unknown): value is Lang => (languages as readonly unknown[]).includes(value)

/** Any language setting read as one of ours: English only when asked for, Indonesian otherwise. */
export const toLang = (value: unknown): Lang => (value === 'en' ? 'en' : 'id')

/** The language of a request (Payload's `req.i18n`): the admin's or the API caller's choice. */
export const langOf = (req: { i18n?: { language?: string } } | undefined): Lang => toLang(req?.i18n?.language)

/** One text in both languages; `T` may be a function for texts with values in them. */
export type Text<T = string> = { id: T; en: T }

type Table = Record<string, Text<unknown>>

/** A table's texts in one language, keyed as in the table. */
export type TextsIn<T extends Table> = { readonly [K in keyof T]: T[K]['id'] }

/** The keys of a table's plain texts, for maps that name a text by its key. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T]

const inLang = <T extends Table>(table: T, lang: Lang) =>
  Object.fromEntries(Object.entries(table).map(([key, text]) => [key, text[lang]])) as TextsIn<T>

/**
 * A table of texts, each `{ id, en }`, read in one language: `texts(lang).key`. A text may be a
 * function of its values (`{ id: (n: number) => \`${n} anggota\`, en: … }`), called as `texts(lang).key(n)`.
 */
export const defineTexts = <T extends Table & { [K in keyof T]: { en: T[K]['id'] } }>(table: T) => {
  const byLang: Record<Lang, TextsIn<T>> = { id: inLang(table, 'id'), en: inLang(table, 'en') }
  return (lang: Lang): TextsIn<T> => byLang[lang]
}
