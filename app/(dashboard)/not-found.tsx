import { NotFoundMessage } from '@/components/shell/not-found-message'

// A record that does not exist (or was deleted) keeps the sidebar and top bar around the message.
export default function DashboardNotFound() {
  return <NotFoundMessage />
}
