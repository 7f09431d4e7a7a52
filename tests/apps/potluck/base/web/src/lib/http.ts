export class FetchError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

export async function fetcher<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) {
    throw new FetchError(response.status, await response.text())
  }
  return response.json()
}

export async function postJson<T>(url: string, { arg }: { arg: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(arg),
  })
  if (!response.ok) {
    throw new FetchError(response.status, await response.text())
  }
  return response.json()
}
