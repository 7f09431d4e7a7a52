def scale_quantity(quantity: float, factor: float) -> float:
    return round(quantity * factor, 2)


def scale_recipe(recipe: dict, servings: int) -> dict:
    factor = servings / recipe["servings"]
    ingredients = [
        {**item, "quantity": scale_quantity(item["quantity"], factor)}
        for item in recipe["ingredients"]
    ]
    return {**recipe, "servings": servings, "ingredients": ingredients}
