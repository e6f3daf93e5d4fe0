export { defineTexts, isLang, langOf, languages, toLang, type Lang, type Text, type TextKey, type TextsIn } from './texts'
export { formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah } from './format'
