import { translator } from '@/lib/i18n/translator'
import { directionOf, type Locale } from '@/lib/i18n/locales'
import type { MailMessage } from '../message'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => escapes[char]!)

/** One block of a mail: a paragraph, a code shown large, or a button link (also spelled out). */
export type MailBlock = { paragraph: string } | { code: string } | { link: { label: string; url: string } }

/** The mail namespace's words in the recipient's language (every template words its mail through this). */
export const mailWords = (locale: Locale) => translator(locale, 'mail')

/**
 * Renders the same blocks as plain text and as simple, inline-styled HTML (mail clients ignore
 * stylesheets), in the recipient's language: its signature, and `<html lang dir>` with the text
 * aligned to the start of the line (right for Arabic). Codes and links stay left to right.
 */
export function renderMail(to: string, subject: string, blocks: MailBlock[], locale: Locale): MailMessage {
  const team = mailWords(locale)('team')
  const dir = directionOf(locale)
  const text = [...blocks.map(textOf), `— ${team}`].join('\n\n')
  const body = blocks.map(htmlOf).join('\n')
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body dir="${dir}" style="margin:0;padding:24px;background:#f4f4f5;font-family:system-ui,-apple-system,Segoe UI,Tahoma,sans-serif;color:#18181b">
<div dir="${dir}" style="max-width:520px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;text-align:${dir === 'rtl' ? 'right' : 'left'}">
<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(subject)}</h1>
${body}
<p style="color:#71717a;font-size:12px;margin-top:24px">${escapeHtml(team)}</p>
</div></body></html>`
  return { to, subject, text, html }
}

function textOf(block: MailBlock): string {
  if ('paragraph' in block) return block.paragraph
  if ('code' in block) return `    ${block.code}`
  return `${block.link.label}: ${block.link.url}`
}

function htmlOf(block: MailBlock): string {
  if ('paragraph' in block) return `<p style="line-height:1.5">${escapeHtml(block.paragraph)}</p>`
  if ('code' in block)
    return `<p dir="ltr" style="font-size:28px;font-weight:700;letter-spacing:6px;font-family:ui-monospace,monospace">${escapeHtml(block.code)}</p>`
  const url = escapeHtml(block.link.url)
  return `<p><a href="${url}" style="display:inline-block;background:#18181b;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(block.link.label)}</a></p>
<p dir="ltr" style="font-size:12px;color:#71717a;word-break:break-all">${url}</p>`
}
