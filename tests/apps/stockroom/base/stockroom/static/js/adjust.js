document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('adjust')
  const error = document.getElementById('adjust-error')
  if (!form) return

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const itemId = form.dataset.itemId
    const body = {
      delta: Number(form.elements.delta.value),
      reason: form.elements.reason.value,
    }
    const response = await fetch(`/api/items/${itemId}/adjust`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const data = await response.json()
    if (!response.ok) {
      error.textContent = data.error
      return
    }
    document.getElementById('qty').textContent = data.quantity
    form.reset()
  })
})
