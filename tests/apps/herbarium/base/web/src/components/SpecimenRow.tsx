import type { Specimen } from '../client';

type Props = { specimen: Specimen; onPress: () => void; onDiscard: () => void };

export default function SpecimenRow({ specimen, onPress, onDiscard }: Props) {
  return (
    <tr>
      <td>{specimen.taxon}</td>
      <td>{specimen.collector}</td>
      <td>{specimen.site}</td>
      <td>{specimen.pressed ? 'pressed' : <button onClick={onPress}>Press</button>}</td>
      <td><button onClick={onDiscard}>Discard</button></td>
    </tr>
  );
}
