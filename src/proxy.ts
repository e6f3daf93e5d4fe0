import { NextResponse, type NextRequest } from 'next/server'

/**
 * Indonesian is the site's first language and lives at the root (`/berita/…`); English lives under
 * `/en/…`. Both are served by `src/app/(frontend)/[lang]`: root paths are rewritten to the `id`
 * segment here, and `/id/…` redirects to the root so every page has one address.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const url = request.nextUrl.clone()
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    const member = memberVariant(request, pathname.slice(3))
    if (!member) return NextResponse.next()
    url.pathname = `/en${member}`
    return NextResponse.rewrite(url)
  }
  if (pathname === '/id' || pathname.startsWith('/id/')) {
    url.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(url, 308)
  }
  url.pathname = pathname === '/' ? '/id' : `/id${memberVariant(request, pathname) ?? pathname}`
  return NextResponse.rewrite(url)
}

const contentDetail = /^\/(berita|kegiatan|pengumuman)\/([^/]+)\/?$/

/**
 * Content details are static pages for visitors. A request carrying Payload's auth cookie goes to
 * their dynamic twin `[lang]/m/<list>/<slug>` instead, which checks the user and lets the
 * collection's access decide (members-only items). Routing only: a forged cookie gets a 404 there.
 */
const memberVariant = (request: NextRequest, path: string) =>
  request.cookies.has('payload-token') && contentDetail.test(path) ? path.replace(contentDetail, '/m/$1/$2') : null

export const config = {
  // Not Payload (/admin, /api), not Next's own files, not the route handlers outside [lang], not
  // the static files of public/.
  matcher: ['/((?!api/|admin(?:/|$)|_next/|next/|brand/|dokumen/[^/]+/unduh|feed(?:\\.xml|/)|sitemap\\.xml|robots\\.txt|favicon\\.ico).*)'],
}
