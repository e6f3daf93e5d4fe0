import type { PayloadRequest } from 'payload'

import { escapeHtml } from '../html'
import type { Lang } from '../i18n'
import type { Text } from '../messages'

/** A button-like link; `href` may be a site path ("/langganan/konfirmasi?token=…"). */
export type MailAction = { label: Text; href: string }

export type MailContent = {
  subject: Text
  /** Paragraphs, each in both languages; line breaks are kept. Plain text: it is escaped here. */
  paragraphs: Text[]
  actions?: MailAction[]
}

export type ComposedMail = { subject: string; text: string; html: string }

const divider = { text: '— English —', html: '<hr style="border:0;border-top:1px solid #ddd;margin:24px 0">' }

const paragraphHtml = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`

const actionHtml = (label: string, url: string) =>
  `<p style="margin:16px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#14532d;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a><br><span style="font-size:12px;color:#555">${escapeHtml(url)}</span></p>`

/**
 * One message in both languages: Indonesian first, then English below for readers who need it.
 * Links become absolute from the config's serverURL (SERVER_URL), so they work from a mail client.
 * Use with queueEmail: `queueEmail(req, { to, ...composeEmail(req, content) })`.
 */
export const composeEmail = (req: Pick<PayloadRequest, 'payload'>, content: MailContent): ComposedMail => {
  const base = req.payload.config.serverURL
  const actions = (content.actions ?? []).map(({ label, href }) => ({ label, url: new URL(href, base).toString() }))
  const section = (lang: Lang) => ({
    text: [
      ...content.paragraphs.map((paragraph) => paragraph[lang]),
      ...actions.map(({ label, url }) => `${label[lang]}: ${url}`),
    ].join('\n\n'),
    html: `<div lang="${lang}">${content.paragraphs.map((paragraph) => paragraphHtml(paragraph[lang])).join('')}${actions.map(({ label, url }) => actionHtml(label[lang], url)).join('')}</div>`,
  })
  const id = section('id')
  const en = section('en')
  const { subject } = content
  return {
    subject: subject.id === subject.en ? subject.id : `${subject.id} / ${subject.en}`,
    text: `${id.text}\n\n${divider.text}\n\n${en.text}\n`,
    html: `<!doctype html><html lang="id"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:600px">${id.html}${divider.html}${en.html}</body></html>`,
  }
}
