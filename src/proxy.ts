import { NextResponse, type NextRequest } from 'next/server'

/**
 * Indonesian is the site's first language and lives at the root (`/berita/…`); English lives under
 * `/en/…`. Both are served by `src/app/(frontend)/[lang]`: root paths are rewritten to the `id`
 * segment here, and `/id/…` redirects to the root so every page has one address.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) return NextResponse.next()
  const url = request.nextUrl.clone()
  if (pathname === '/id' || pathname.startsWith('/id/')) {
    url.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(url, 308)
  }
  url.pathname = pathname === '/' ? '/id' : `/id${pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Not Payload (/admin, /api), not Next's own files, not the route handlers outside [lang].
  matcher: ['/((?!api/|admin(?:/|$)|_next/|next/|dokumen/[^/]+/unduh|feed(?:\\.xml|/)|sitemap\\.xml|robots\\.txt|favicon\\.ico).*)'],
}
