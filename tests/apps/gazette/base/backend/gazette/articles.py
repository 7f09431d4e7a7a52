from bottle import Bottle, abort

from gazette.store import ARTICLES, Article

articles = Bottle()


def article_json(article: Article) -> dict:
    return {
        "id": article.id,
        "headline": article.headline,
        "byline": article.byline,
        "published": article.published,
    }


@articles.get("/")
def list_articles():
    return {"articles": [article_json(a) for a in ARTICLES.values()]}


@articles.route("/<article_id:int>/publish", method="POST")
def publish(article_id: int):
    article = ARTICLES.get(article_id) or abort(404, "no such article")
    article.published = True
    return article_json(article)


@articles.delete("/<article_id:int>")
def delete_article(article_id: int):
    ARTICLES.pop(article_id, None)
    return {"deleted": article_id}
