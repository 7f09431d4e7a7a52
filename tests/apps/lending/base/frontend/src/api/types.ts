export interface Book {
  id: number;
  title: string;
  author: string;
  available: number;
}

export interface Loan {
  id: number;
  book_title: string;
  due: string;
}
