const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** For text placed into HTML we build by hand (emails); React escapes everything else. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char])
