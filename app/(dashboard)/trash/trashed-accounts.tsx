import { getTranslations } from 'next-intl/server'

import { TRASH_DAYS } from '@/lib/services/booths/booth-trash'
import type { TrashedUser } from '@/lib/services/users/list-trashed-users'
import { AccountTrashRowActions } from './account-trash-row-actions'
import { TrashTable } from './trash-table'

/** The Trash page's accounts (admins only): each with the companies that went with it. */
export async function TrashedAccounts({ accounts }: { accounts: TrashedUser[] }) {
  const t = await getTranslations('accounts.trash')
  return (
    <section aria-labelledby="trash-accounts" className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <h2 id="trash-accounts" className="text-base font-semibold text-foreground">
          {t('heading')}
        </h2>
        <p className="text-sm text-muted-foreground">{t('description', { days: TRASH_DAYS })}</p>
      </div>
      <TrashTable
        label={t('label')}
        nameHeading={t('nameHeading')}
        extraHeading={t('extraHeading')}
        rows={accounts.map((account) => ({
          ...account,
          name: account.name ?? account.email,
          detail: account.name ? account.email : undefined,
          extra: t('companies', { count: account.companies }),
          actions: <AccountTrashRowActions account={{ id: account.id, name: account.name ?? account.email }} />,
        }))}
      />
    </section>
  )
}
