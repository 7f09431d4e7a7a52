from cooperage import create_app

app = create_app()
