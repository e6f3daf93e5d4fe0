/** Tailwind for the public site's stylesheet; Payload's admin styles pass through untouched. */
const config = { plugins: { '@tailwindcss/postcss': {} } }

export default config
