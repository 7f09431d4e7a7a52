export function formatMinutes(minutes: number): string {
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

export function formatQuantity(quantity: number, unit: string): string {
  return unit === 'pc' ? `${quantity}` : `${quantity} ${unit}`;
}
