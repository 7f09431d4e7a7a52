const DAILY = { car: 4.5, van: 7, truck: 16 } as const;

export function fare(vehicle: keyof typeof DAILY, days: number) {
  return Math.round(DAILY[vehicle] * days * (days >= 30 ? 0.8 : 1) * 100) / 100;
}
