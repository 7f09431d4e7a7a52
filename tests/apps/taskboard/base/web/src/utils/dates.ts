export function formatDue(iso: string | null): string {
  if (!iso) return 'No due date'
  return new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
}

export function isOverdue(iso: string | null, now = new Date()): boolean {
  return iso !== null && new Date(iso) < now
}
