import { notFound } from 'next/navigation'

/** Any deeper address nothing else answers: the site's own 404 page, inside its layout. */
const Unknown = () => notFound()

export default Unknown
