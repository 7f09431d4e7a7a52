export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function formatRange(start: string, end: string): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}
