import { Menu } from './components/Menu'
import { OrderQueue } from './components/OrderQueue'

export function App() {
  return (
    <main>
      <Menu />
      <OrderQueue />
    </main>
  )
}
