from bottle import Bottle, run

from gazette.articles import articles
from gazette.comments import comments

app = Bottle()
app.mount("/api/articles", articles)
app.mount("/api/comments", comments)

if __name__ == "__main__":
    run(app, host="localhost", port=8080)
