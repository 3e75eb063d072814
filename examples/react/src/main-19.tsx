// React 19 sets props on custom elements as properties and listens to their
// events, so the Socle elements need no wrapper: only their JSX types.
import '@socle/components/button';
import '@socle/components/checkbox';
import '@socle/components/form';
import '@socle/components/input';
import type {} from '@socle/components/jsx';
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

function CallbackRequest() {
  const [name, setName] = useState('');
  const [callback, setCallback] = useState(false);
  const [submitted, setSubmitted] = useState<Record<string, string> | null>(null);

  return (
    <main>
      <h1>Demande de rappel (React {version})</h1>
      {/* React 19 listens to a custom event with `on` and its exact name. */}
      <socle-form
        prevent-submit
        onsocle-submit={(event) => {
          setSubmitted(Object.fromEntries(event.detail.formData) as Record<string, string>);
        }}
      >
        <form>
          <socle-input
            name="nom"
            label="Nom de famille"
            autocomplete="family-name"
            required
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <socle-checkbox
            name="rappel"
            value="oui"
            label="Je souhaite être rappelé"
            checked={callback}
            onChange={(event) => setCallback(event.currentTarget.checked)}
          />
          <socle-button type="submit">Envoyer la demande</socle-button>
        </form>
      </socle-form>
      <p id="live">
        Nom : {name || '—'}, rappel : {callback ? 'oui' : 'non'}
      </p>
      {submitted && <pre id="submitted">{JSON.stringify(submitted)}</pre>}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CallbackRequest />
  </StrictMode>,
);
