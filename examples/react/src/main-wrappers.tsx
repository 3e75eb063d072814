// The @socle/react wrappers, which set properties and add event listeners.
// React 18 needs them because it sets every prop of a custom element as an
// attribute and cannot listen to custom events. react18.html builds this
// page with React 18, wrappers.html with React 19.
import { SocleButton, SocleCheckbox, SocleForm, SocleInput } from '@socle/react';
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

function CallbackRequest() {
  const [name, setName] = useState('');
  const [callback, setCallback] = useState(false);
  const [submitted, setSubmitted] = useState<Record<string, string> | null>(null);

  return (
    <main>
      <h1>Demande de rappel (React {version})</h1>
      <SocleForm
        preventSubmit
        onSocleSubmit={(event) => {
          setSubmitted(Object.fromEntries(event.detail.formData) as Record<string, string>);
        }}
      >
        <form>
          <SocleInput
            name="nom"
            label="Nom de famille"
            autocomplete="family-name"
            required
            value={name}
            onInput={(event) => setName((event.target as HTMLElementTagNameMap['socle-input']).value)}
          />
          <SocleCheckbox
            name="rappel"
            value="oui"
            label="Je souhaite être rappelé"
            checked={callback}
            onChange={(event) => setCallback((event.target as HTMLElementTagNameMap['socle-checkbox']).checked)}
          />
          <SocleButton type="submit">Envoyer la demande</SocleButton>
        </form>
      </SocleForm>
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
