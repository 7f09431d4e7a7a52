import { defineStore } from 'pinia';
import { ref } from 'vue';
import { checkoutBook, listBooks, returnLoan } from '../api/books';
import type { Book, Loan } from '../api/types';

export const useBooksStore = defineStore('books', () => {
  const books = ref<Book[]>([]);
  const loans = ref<Loan[]>([]);
  const loading = ref(false);

  async function load() {
    loading.value = true;
    try {
      books.value = await listBooks();
    } finally {
      loading.value = false;
    }
  }

  async function borrow(bookId: number, memberId: number) {
    const loan = await checkoutBook(bookId, memberId);
    loans.value.push(loan);
    await load();
  }

  async function giveBack(loanId: number) {
    await returnLoan(loanId);
    loans.value = loans.value.filter((l) => l.id !== loanId);
    await load();
  }

  return { books, loans, loading, load, borrow, giveBack };
});
