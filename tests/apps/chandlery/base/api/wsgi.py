from chandlery import create_app

app = create_app()
