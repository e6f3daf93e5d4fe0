/** SEO building blocks for the public site's pages and its feed, sitemap and robots routes. */
export { alternatesFor, contentMetadata, homeMetadata, ogImage, openGraphLocales, pageMetadata, routeMetadata } from './metadata'
export { breadcrumbJsonLd, newsArticleJsonLd, organizationJsonLd, serializeJsonLd, type JsonLdData } from './json-ld'
export { absoluteUrl, docPath, localisedPath, siteOrigin } from './urls'
