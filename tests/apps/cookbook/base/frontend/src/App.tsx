import { useState } from 'react';
import { RecipeList } from './components/RecipeList';
import { RecipePage } from './components/RecipePage';

export function App() {
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <main>
      <RecipeList onSelect={setSelected} />
      {selected !== null && <RecipePage recipeId={selected} />}
    </main>
  );
}
