/** Shared classes of the site's form controls (Tailwind). */
export const inputClass =
  'mt-1 block w-full rounded border border-muted/60 bg-white px-3 py-2 text-ink focus:border-brand focus:outline-2 focus:outline-brand'
export const labelClass = 'block font-medium'
export const buttonClass =
  'rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-70'
export const alertClass = 'rounded border border-red-700 bg-red-50 p-3 text-red-800'
export const successClass = 'rounded border border-brand bg-white p-4'
