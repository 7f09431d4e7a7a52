from marina import create_app

app = create_app()
