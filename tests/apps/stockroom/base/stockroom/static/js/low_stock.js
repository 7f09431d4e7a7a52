async function loadLowStock() {
  const section = document.getElementById('low-stock')
  const response = await fetch('/api/low-stock')
  const items = await response.json()
  if (items.length === 0) {
    section.textContent = 'Nothing is running low.'
    return
  }
  const list = document.createElement('ul')
  for (const item of items) {
    const li = document.createElement('li')
    li.textContent = `${item.sku} ${item.name}: ${item.quantity} left`
    list.appendChild(li)
  }
  section.appendChild(list)
}

loadLowStock()
