import type { Customer, NewCustomer } from '@ledger/shared'
import { apiFetch } from './client'

export const listCustomers = () => apiFetch<Customer[]>('/customers')

export const createCustomer = (input: NewCustomer) =>
  apiFetch<Customer>('/customers', { method: 'POST', body: JSON.stringify(input) })
