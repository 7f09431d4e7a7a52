import { getJson, postJson } from './client';
import type { Rating, Recipe, RecipeSummary } from './types';

export function fetchRecipes(): Promise<RecipeSummary[]> {
  return getJson<RecipeSummary[]>('/recipes');
}

export function fetchRecipe(id: number): Promise<Recipe> {
  return getJson<Recipe>(`/recipes/${id}`);
}

export function fetchRating(id: number): Promise<Rating> {
  return getJson<Rating>(`/recipes/${id}/rating`);
}

export function rateRecipe(id: number, stars: number): Promise<Rating> {
  return postJson<Rating>(`/recipes/${id}/rating`, { stars });
}
