"""cookbook: a FastAPI backend (APIRouter prefixes, pydantic response models) and a React
frontend on TanStack Query whose `queryOptions(...)` factories live in their own module
(`src/queries.ts`), used directly (`useQuery(recipesQuery())`) and through a custom hook
(`hooks/useRecipe.ts`); the rating is asked for in place (`useQuery({ queryKey, queryFn })`)."""

BACKEND = "backend/app"
FRONTEND = "frontend/src"

CHANGES = {
    # Rating is a PUT now; the frontend still POSTs to /recipes/{id}/rating.
    "rate-verb-changed": [
        ("edit", f"{BACKEND}/routers/ratings.py", '@router.post("", response_model=RatingOut)',
         '@router.put("", response_model=RatingOut)'),
    ],
    # The recipe models send `total_minutes`; the list and the page still read `cook_minutes`
    # (through the imported query options, and through useRecipe()).
    "cook-minutes-renamed": [
        ("edit", f"{BACKEND}/schemas.py", "    title: str\n    cook_minutes: int\n\n\nclass RecipeOut",
         "    title: str\n    total_minutes: int\n\n\nclass RecipeOut"),
        ("edit", f"{BACKEND}/schemas.py", "    cook_minutes: int\n    servings: int",
         "    total_minutes: int\n    servings: int"),
    ],
    # The rating model sends `mean`; the badge still shows `rating.average`.
    "rating-average-renamed": [
        ("edit", f"{BACKEND}/schemas.py", "    average: float\n", "    mean: float\n"),
        ("edit", f"{BACKEND}/services/ratings.py", '"average": round(average, 1)', '"mean": round(average, 1)'),
    ],
    # scale_recipe() takes a unit system too; the recipe route still passes two arguments.
    "scale-signature-changed": [
        ("edit", f"{BACKEND}/services/scaling.py", "def scale_recipe(recipe: dict, servings: int) -> dict:",
         "def scale_recipe(recipe: dict, servings: int, unit_system: str) -> dict:"),
    ],
    # services/scaling.py moved up to app/scaling.py; the recipe route still imports the old path.
    "scaling-module-moved": [
        ("move", f"{BACKEND}/services/scaling.py", f"{BACKEND}/scaling.py"),
    ],
    # Refactor: the rating routes live under /ratings now, and both frontend calls follow.
    "refactor-rating-route-moved": [
        ("edit", f"{BACKEND}/routers/ratings.py", 'prefix="/recipes/{recipe_id}/rating"',
         'prefix="/recipes/{recipe_id}/ratings"'),
        ("edit", f"{FRONTEND}/api/recipes.ts", "getJson<Rating>(`/recipes/${id}/rating`)",
         "getJson<Rating>(`/recipes/${id}/ratings`)"),
        ("edit", f"{FRONTEND}/api/recipes.ts", "postJson<Rating>(`/recipes/${id}/rating`,",
         "postJson<Rating>(`/recipes/${id}/ratings`,"),
    ],
    # Refactor: formatMinutes() renamed to formatDuration() with its two callers.
    "refactor-format-minutes-renamed": [
        ("edit", f"{FRONTEND}/lib/format.ts", "export function formatMinutes(", "export function formatDuration("),
        ("edit", f"{FRONTEND}/components/RecipeList.tsx", "import { formatMinutes } from '../lib/format';",
         "import { formatDuration } from '../lib/format';"),
        ("edit", f"{FRONTEND}/components/RecipeList.tsx", "{formatMinutes(recipe.cook_minutes)}",
         "{formatDuration(recipe.cook_minutes)}"),
        ("edit", f"{FRONTEND}/components/RecipePage.tsx", "import { formatMinutes } from '../lib/format';",
         "import { formatDuration } from '../lib/format';"),
        ("edit", f"{FRONTEND}/components/RecipePage.tsx", "{formatMinutes(recipe.cook_minutes)}",
         "{formatDuration(recipe.cook_minutes)}"),
    ],
}
