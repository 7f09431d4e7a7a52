from stockroom import create_app

app = create_app()
