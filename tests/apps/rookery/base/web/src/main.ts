import { bindFitForm } from './pages/fit';
import { renderRing, renderRings } from './pages/rings';
import { renderSightings } from './pages/sightings';
import { colonyCount, recentRecoveries } from './widgets/colony';

const byId = (id: string) => document.getElementById(id)!;

renderRings(byId('rings'));
renderRing(byId('ring'), 1);
renderSightings(byId('sightings'), 'rook');
bindFitForm(byId('fit') as HTMLFormElement, byId('fit-result'));
colonyCount('rook').then((count) => (byId('colony').textContent = `${count} rooks`));
recentRecoveries(1).then((lines) => (byId('recoveries').textContent = lines.join(', ')));
