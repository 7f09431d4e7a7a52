export interface Ingredient {
  name: string;
  quantity: number;
  unit: string;
}

export interface RecipeSummary {
  id: number;
  title: string;
  cook_minutes: number;
}

export interface Recipe extends RecipeSummary {
  servings: number;
  ingredients: Ingredient[];
  steps: string[];
}

export interface Rating {
  recipe_id: number;
  average: number;
  count: number;
}
