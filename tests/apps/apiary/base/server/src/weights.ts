export function toKg(grams: number): number {
  return Math.round(grams / 100) / 10;
}
