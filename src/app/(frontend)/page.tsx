import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** A placeholder home until the public website lands: the organisation's name and the way in. */
const HomePage = async () => {
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
  return (
    <main className="home">
      <h1>{settings.name}</h1>
      {settings.tagline ? <p className="tagline">{settings.tagline}</p> : null}
      <p>
        <Link href="/admin">Masuk ke panel pengurus</Link>
      </p>
    </main>
  )
}

export default HomePage
