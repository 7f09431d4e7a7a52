import { request } from './http';
import type { Book, Loan } from './types';

export async function listBooks(): Promise<Book[]> {
  const body = await request<{ books: Book[] }>('/books/');
  return body.books;
}

export function getBook(id: number): Promise<Book> {
  return request<Book>(`/books/${id}/`);
}

export function checkoutBook(id: number, memberId: number): Promise<Loan> {
  return request<Loan>(`/books/${id}/checkout/`, {
    method: 'POST',
    body: JSON.stringify({ member_id: memberId }),
  });
}

export function returnLoan(id: number): Promise<Loan> {
  return request<Loan>(`/loans/${id}/return/`, { method: 'POST' });
}
