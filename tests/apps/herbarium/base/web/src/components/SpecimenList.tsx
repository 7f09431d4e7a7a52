import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SpecimensService } from '../client';
import SpecimenRow from './SpecimenRow';

export default function SpecimenList() {
  const queryClient = useQueryClient();
  const { data: specimens = [] } = useQuery({
    queryKey: ['specimens'],
    queryFn: () => SpecimensService.listSpecimens(),
  });
  const press = useMutation({
    mutationFn: (id: number) => SpecimensService.press(id),
    onSuccess: (pressed) => {
      alert(`${pressed.taxon} is pressed`);
      queryClient.invalidateQueries({ queryKey: ['specimens'] });
    },
  });
  const discard = useMutation({
    mutationFn: (id: number) => SpecimensService.discard(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['specimens'] }),
  });
  return (
    <table>
      <tbody>
        {specimens.map((specimen) => (
          <SpecimenRow key={specimen.id} specimen={specimen} onPress={() => press.mutate(specimen.id)}
            onDiscard={() => discard.mutate(specimen.id)} />
        ))}
      </tbody>
    </table>
  );
}
