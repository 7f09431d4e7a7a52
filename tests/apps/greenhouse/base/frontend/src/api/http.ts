export const API_BASE = '/api'

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message)
  }
}

function csrfToken(): string {
  const match = document.cookie.match(/csrftoken=([^;]+)/)
  return match ? match[1] : ''
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRFToken': csrfToken() },
    body: JSON.stringify(body),
  })
  if (!response.ok) {
    throw new HttpError(response.status, await response.text())
  }
  return (await response.json()) as T
}
