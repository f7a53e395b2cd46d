/** A rendered mail, ready for any transport. */
export interface MailMessage {
  to: string
  subject: string
  text: string
  html: string
}
