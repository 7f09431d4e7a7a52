from wharf import create_app

app = create_app()
