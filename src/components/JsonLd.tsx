import { type JsonLdData, serializeJsonLd } from '@/lib/site-seo/json-ld'

/** Structured data for search engines, serialised so stored text cannot leave the script element. */
export const JsonLd = ({ data }: { data: JsonLdData | JsonLdData[] }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
)
