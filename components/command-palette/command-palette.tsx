'use client'

import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Command } from 'cmdk'
import { BuildingComplex, Loader2, MessagesSquare, Search, Store, UserRound, type LucideIcon } from 'lucide-react'
import { signOut } from 'next-auth/react'
import { useTheme } from 'next-themes'
import { useTranslations } from 'next-intl'

import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { accountCommands, createCommands, matches, pageCommands, type CommandWords, type PaletteCommand } from './palette-commands'
import { useRecordSearch } from './use-record-search'

const groupClass =
  'px-1 py-1 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground'
const itemClass =
  'flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-2 text-sm outline-none select-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground [&_svg]:size-4 [&_svg]:shrink-0 [&_svg]:text-muted-foreground'

const HINTS = ['move', 'open', 'close'] as const

/** Opens on ⌘K / Ctrl+K anywhere in the dashboard, and from the top bar's search button (`open-command-palette`). */
export const OPEN_PALETTE_EVENT = 'open-command-palette'

function Item({
  icon: Icon,
  label,
  detail,
  value,
  onSelect,
  children,
}: {
  icon: LucideIcon
  label: string
  detail?: string
  value: string
  onSelect: () => void
  children?: React.ReactNode
}) {
  return (
    <Command.Item value={value} onSelect={onSelect} className={itemClass}>
      <Icon aria-hidden />
      <span className="min-w-0 truncate">{label}</span>
      {detail ? <span className="min-w-0 truncate text-xs text-muted-foreground">{detail}</span> : null}
      {children ? <span className="ms-auto shrink-0">{children}</span> : null}
    </Command.Item>
  )
}

/**
 * The dashboard's command palette: jump to any user, company, booth or room by name (searched on the
 * server as you type), or run a common command — keyboard only, arrows and Enter.
 */
export function CommandPalette({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations('palette')
  const words: CommandWords = (command) => ({ label: t(`commands.${command.label}`), keywords: command.keywords ? t(`keywords.${command.keywords}`) : '' })
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const router = useRouter()
  const { resolvedTheme, setTheme } = useTheme()
  const records = useRecordSearch(open ? search : '')

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        setOpen((wasOpen) => !wasOpen)
      }
    }
    const onOpen = () => setOpen(true)
    window.addEventListener('keydown', onKey)
    window.addEventListener(OPEN_PALETTE_EVENT, onOpen)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(OPEN_PALETTE_EVENT, onOpen)
    }
  }, [])

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (!next) setSearch('')
  }
  const go = (href: string) => {
    onOpenChange(false)
    router.push(href)
  }
  const runCommand = (command: PaletteCommand) => {
    if ('href' in command.run) return go(command.run.href)
    onOpenChange(false)
    if (command.run.action === 'toggle-theme') setTheme(resolvedTheme === 'dark' ? 'light' : 'dark')
    else void signOut({ callbackUrl: '/sign-in' })
  }
  const commandGroup = (heading: string, commands: PaletteCommand[]) => {
    const shown = commands.filter((command) => (isAdmin || !command.adminOnly) && matches(command, search, words))
    if (shown.length === 0) return null
    return (
      <Command.Group heading={heading} className={groupClass}>
        {shown.map((command) => (
          <Item key={command.id} value={command.id} icon={command.icon} label={words(command).label} onSelect={() => runCommand(command)} />
        ))}
      </Command.Group>
    )
  }

  const hits = records.status === 'done' ? records.hits : null
  const hitCount = hits ? hits.users.length + hits.companies.length + hits.booths.length + hits.rooms.length : 0

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="top-[15vh] max-w-xl translate-y-0 gap-0 overflow-hidden p-0 [&>button:last-child]:hidden">
        <DialogTitle className="sr-only">{t('title')}</DialogTitle>
        <DialogDescription className="sr-only">{t('description')}</DialogDescription>
        {/* Filtering is ours: records are matched by the server, commands by their words. */}
        <Command shouldFilter={false} loop label={t('label')} className="flex flex-col">
          <div className="flex items-center gap-2 border-b px-3">
            <Search aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            <Command.Input
              value={search}
              onValueChange={setSearch}
              placeholder={t('placeholder')}
              className="h-12 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
            />
            {records.status === 'loading' ? <Loader2 aria-label={t('searching')} className="size-4 shrink-0 animate-spin text-muted-foreground" /> : null}
          </div>
          <Command.List className="max-h-[min(60vh,26rem)] overflow-y-auto overscroll-contain">
            {records.status === 'failed' ? <p className="px-4 py-3 text-sm text-destructive">{records.message}</p> : null}
            {hits && hitCount === 0 && !pageCommands.concat(createCommands, accountCommands).some((command) => matches(command, search, words)) ? (
              <p className="px-4 py-6 text-center text-sm text-muted-foreground">{t('nothingFound', { search: search.trim() })}</p>
            ) : null}
            {hits?.users.length ? (
              <Command.Group heading={t('groups.users')} className={groupClass}>
                {hits.users.map((user) => (
                  <Item
                    key={user.id}
                    value={`user-${user.id}`}
                    icon={UserRound}
                    label={user.name ?? user.email}
                    detail={user.name ? user.email : undefined}
                    onSelect={() => go(`/users?q=${encodeURIComponent(user.email)}`)}
                  />
                ))}
              </Command.Group>
            ) : null}
            {hits?.companies.length ? (
              <Command.Group heading={t('groups.companies')} className={groupClass}>
                {hits.companies.map((company) => (
                  <Item
                    key={company.id}
                    value={`company-${company.id}`}
                    icon={BuildingComplex}
                    label={company.name}
                    onSelect={() => go(`/companies/${company.id}`)}
                  />
                ))}
              </Command.Group>
            ) : null}
            {hits?.booths.length ? (
              <Command.Group heading={t('groups.booths')} className={groupClass}>
                {hits.booths.map((booth) => (
                  <Item
                    key={booth.id}
                    value={`booth-${booth.id}`}
                    icon={Store}
                    label={booth.title}
                    detail={booth.companyName}
                    onSelect={() => go(`/booths/${booth.id}`)}
                  >
                    <BoothStatusBadge status={booth.status} />
                  </Item>
                ))}
              </Command.Group>
            ) : null}
            {hits?.rooms.length ? (
              <Command.Group heading={t('groups.rooms')} className={groupClass}>
                {hits.rooms.map((room) => (
                  <Item key={room.id} value={`room-${room.id}`} icon={MessagesSquare} label={room.name} onSelect={() => go(`/rooms/${room.id}`)} />
                ))}
              </Command.Group>
            ) : null}
            {commandGroup(t('groups.create'), createCommands)}
            {commandGroup(t('groups.goTo'), pageCommands)}
            {commandGroup(t('groups.account'), accountCommands)}
          </Command.List>
          <div className="flex items-center gap-3 border-t px-3 py-2 text-xs text-muted-foreground">
            {HINTS.map((hint) => (
              <span key={hint}>{t.rich(`hints.${hint}`, { kbd: (chunks) => <kbd className="font-sans">{chunks}</kbd> })}</span>
            ))}
          </div>
        </Command>
      </DialogContent>
    </Dialog>
  )
}
