/**
 * Every text a person reads goes through here: a table per module made with `defineTexts`, read
 * as `texts(lang).key`, and numbers, rupiah and dates in the house formats (Jakarta time). Server
 * messages that reach users are `{ id, en }` too, picked by `userError`/`pick` in `@/lib/messages`.
 */
export { defineTexts, isLang, langOf, languages, toLang, type Lang, type Text, type TextKey, type TextsIn } from './texts'
export { formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah } from './format'
