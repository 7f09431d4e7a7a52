from catalog.models import Book, Loan


def book_to_dict(book: Book) -> dict:
    return {
        "id": book.id,
        "title": book.title,
        "author": book.author,
        "available": book.copies - book.loans.filter(returned=False).count(),
    }


def loan_to_dict(loan: Loan) -> dict:
    return {
        "id": loan.id,
        "book_title": loan.book.title,
        "due": loan.due.isoformat(),
    }
