import type { Ingredient } from '../api/types';
import { formatQuantity } from '../lib/format';

export function IngredientList({ ingredients }: { ingredients: Ingredient[] }) {
  return (
    <ul>
      {ingredients.map((item) => (
        <li key={item.name}>
          {formatQuantity(item.quantity, item.unit)} {item.name}
        </li>
      ))}
    </ul>
  );
}
