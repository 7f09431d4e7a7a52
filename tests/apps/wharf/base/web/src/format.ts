export function metres(value: number) {
  return `${value.toFixed(1)} m`;
}

export function flagEmoji(code: string) {
  return code.toUpperCase().replace(/./g, (c) => String.fromCodePoint(127397 + c.charCodeAt(0)));
}
