/** Tailwind for the public site's stylesheet; Payload's admin styles pass through untouched. */
export default { plugins: { '@tailwindcss/postcss': {} } }
