from app.db import RATINGS


def add_rating(recipe_id: int, stars: int) -> dict:
    stars = max(1, min(5, stars))
    votes = RATINGS.setdefault(recipe_id, [])
    votes.append(stars)
    return summarize(recipe_id)


def summarize(recipe_id: int) -> dict:
    votes = RATINGS.get(recipe_id, [])
    average = sum(votes) / len(votes) if votes else 0.0
    return {"recipe_id": recipe_id, "average": round(average, 1), "count": len(votes)}
