export function formatDue(iso: string): string {
  return new Date(`${iso}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export function isOverdue(iso: string, today: Date = new Date()): boolean {
  return new Date(`${iso}T23:59:59`).getTime() < today.getTime();
}
