// The list of namespaces: one JSON file per namespace and language, so that work on one part
// of the dashboard never touches another's file. Add a namespace here and in both folders.
import type { Locale } from '@/lib/i18n/locales'

import en_common from './en/common.json'
import en_shell from './en/shell.json'
import en_palette from './en/palette.json'
import en_auth from './en/auth.json'
import en_overview from './en/overview.json'
import en_profile from './en/profile.json'
import en_security from './en/security.json'
import en_users from './en/users.json'
import en_audit from './en/audit.json'
import en_trash from './en/trash.json'
import en_table from './en/table.json'
import en_savedViews from './en/savedViews.json'
import en_booths from './en/booths.json'
import en_companies from './en/companies.json'
import en_review from './en/review.json'
import en_calendar from './en/calendar.json'
import en_rooms from './en/rooms.json'
import en_apiDocs from './en/apiDocs.json'
import en_errors from './en/errors.json'
import en_mail from './en/mail.json'
import en_files from './en/files.json'
import en_accounts from './en/accounts.json'
import ar_common from './ar/common.json'
import ar_shell from './ar/shell.json'
import ar_palette from './ar/palette.json'
import ar_auth from './ar/auth.json'
import ar_overview from './ar/overview.json'
import ar_profile from './ar/profile.json'
import ar_security from './ar/security.json'
import ar_users from './ar/users.json'
import ar_audit from './ar/audit.json'
import ar_trash from './ar/trash.json'
import ar_table from './ar/table.json'
import ar_savedViews from './ar/savedViews.json'
import ar_booths from './ar/booths.json'
import ar_companies from './ar/companies.json'
import ar_review from './ar/review.json'
import ar_calendar from './ar/calendar.json'
import ar_rooms from './ar/rooms.json'
import ar_apiDocs from './ar/apiDocs.json'
import ar_errors from './ar/errors.json'
import ar_mail from './ar/mail.json'
import ar_files from './ar/files.json'
import ar_accounts from './ar/accounts.json'

const en = {
  common: en_common,
  shell: en_shell,
  palette: en_palette,
  auth: en_auth,
  overview: en_overview,
  profile: en_profile,
  security: en_security,
  users: en_users,
  audit: en_audit,
  trash: en_trash,
  table: en_table,
  savedViews: en_savedViews,
  booths: en_booths,
  companies: en_companies,
  review: en_review,
  calendar: en_calendar,
  rooms: en_rooms,
  apiDocs: en_apiDocs,
  errors: en_errors,
  mail: en_mail,
  files: en_files,
  accounts: en_accounts,
}

/** English is the reference: every other language must have exactly its keys (tests/unit/i18n-messages.test.ts). */
export type Messages = typeof en

export const messages: Record<Locale, Messages> = {
  en,
  // The type makes a key missing in Arabic a compile error; the unit test also refuses extra or untranslated ones.
  ar: {
    common: ar_common,
    shell: ar_shell,
    palette: ar_palette,
    auth: ar_auth,
    overview: ar_overview,
    profile: ar_profile,
    security: ar_security,
    users: ar_users,
    audit: ar_audit,
    trash: ar_trash,
    table: ar_table,
    savedViews: ar_savedViews,
    booths: ar_booths,
    companies: ar_companies,
    review: ar_review,
    calendar: ar_calendar,
    rooms: ar_rooms,
    apiDocs: ar_apiDocs,
    errors: ar_errors,
    mail: ar_mail,
    files: ar_files,
    accounts: ar_accounts,
  },
}
