from bottle import Bottle, request

from gazette.store import ARTICLES, Comment

comments = Bottle()


def comment_json(comment: Comment) -> dict:
    return {"id": comment.id, "author": comment.author, "text": comment.text}


@comments.post("/<article_id:int>")
def add_comment(article_id: int):
    data = request.json
    article = ARTICLES[article_id]
    comment = Comment(len(article.comments) + 1, data.get("author", "anonymous"), data["text"])
    article.comments.append(comment)
    return comment_json(comment)
