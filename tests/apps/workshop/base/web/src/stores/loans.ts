import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import { http } from '../api/http';
import type { Loan, NewLoan } from '../api/types';

export const useLoanStore = defineStore('loans', () => {
  const loans = ref<Loan[]>([]);
  const totalCost = computed(() => loans.value.reduce((sum, loan) => sum + loan.cost, 0));

  async function fetchLoans() {
    const { data } = await http.get<Loan[]>('/loans/');
    loans.value = data;
  }

  async function borrow(input: NewLoan) {
    const { data: loan } = await http.post<Loan>('/loans/', input);
    loans.value.push(loan);
    return loan;
  }

  async function giveBack(id: number) {
    const { data } = await http.post<{ id: number; lateDays: number }>(`/loans/${id}/return`);
    loans.value = loans.value.filter((loan) => loan.id !== id);
    return data.lateDays;
  }

  return { loans, totalCost, fetchLoans, borrow, giveBack };
});
