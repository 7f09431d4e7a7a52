function loadTelescopes() {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/telescopes');
  xhr.onload = function () {
    const telescopes = JSON.parse(xhr.responseText);
    const list = document.getElementById('telescopes');
    list.innerHTML = telescopes.map((t) => `<li>${t.name}: ${t.aperture_mm} mm</li>`).join('');
  };
  xhr.send();
}

function moveTelescope(id, site) {
  const xhr = new XMLHttpRequest();
  xhr.open('PUT', `/api/telescopes/${id}/site?site=${encodeURIComponent(site)}`);
  xhr.send();
}

function logSession(telescopeId, target) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/sessions');
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.onload = function () {
    const session = JSON.parse(xhr.responseText);
    document.title = `Seeing ${session.seeing_arcsec}"`;
  };
  xhr.send(JSON.stringify({ telescope_id: telescopeId, target: target }));
}

function dropSession(id) {
  const xhr = new XMLHttpRequest();
  xhr.open('DELETE', `/api/sessions/${id}`);
  xhr.send();
}

document.getElementById('session').addEventListener('submit', function (event) {
  event.preventDefault();
  logSession(1, new FormData(event.target).get('target'));
});

loadTelescopes();
