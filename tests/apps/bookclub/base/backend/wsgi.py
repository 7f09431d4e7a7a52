from bookclub import create_app

app = create_app()
