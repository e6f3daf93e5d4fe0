import { youtubeEmbedUrl } from '@/lib/youtube'

/** The privacy-enhanced YouTube player (no cookies until played). */
export const YouTube = ({ url, title }: { url: string | null | undefined; title: string }) => {
  const src = url ? youtubeEmbedUrl(url) : null
  if (!src) return null
  return (
    <div className="my-6 aspect-video overflow-hidden rounded-lg bg-black">
      <iframe
        src={src}
        title={title}
        className="h-full w-full"
        loading="lazy"
        allow="accelerometer; encrypted-media; gyroscope; picture-in-picture"
        referrerPolicy="strict-origin-when-cross-origin"
        allowFullScreen
      />
    </div>
  )
}
