export function tripPrice(dayRate: number, climbers: number) {
  return dayRate + Math.max(0, climbers - 2) * 90;
}
