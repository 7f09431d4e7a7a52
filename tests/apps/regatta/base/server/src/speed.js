export function knots(metresPerSecond) {
  return Math.round(metresPerSecond * 1.94384 * 10) / 10;
}
