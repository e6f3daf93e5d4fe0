'use client'

import { localePath, texts, type Lang } from '../i18n'

/** Ends the session (Payload clears the cookie) and goes home, reloading so no page keeps it. */
export const LogoutButton = ({ lang, className }: { lang: Lang; className?: string }) => (
  <button
    type="button"
    className={className}
    onClick={async () => {
      await fetch('/api/users/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => null)
      window.location.assign(localePath(lang, '/'))
    }}
  >
    {texts(lang).signOut}
  </button>
)
