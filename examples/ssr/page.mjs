// The server-rendered page. Importing the Socle define modules in Node
// registers the elements in the Lit SSR DOM shim, so that render() outputs
// each element's shadow root as declarative shadow DOM. The page is a
// server-only template, which may hold a whole document: the browser
// hydrates each element's own shadow root, never the page itself.
import { html } from '@lit-labs/ssr';
import '@socle/components/input';
import '@socle/components/checkbox';
import '@socle/components/button';

/** Returns the template of the page with its form. */
export function formPage() {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>Demande de rappel – exemple SSR Socle</title>
        <link rel="stylesheet" href="/tokens.css" />
        <style>
          body { font-family: var(--socle-font-family-body, system-ui, sans-serif); max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
          form { display: grid; gap: 1.5rem; }
        </style>
      </head>
      <body>
        <main>
          <h1>Demande de rappel</h1>
          <form method="post" action="/submit">
            <socle-input name="nom" label="Nom de famille" autocomplete="family-name" required></socle-input>
            <socle-checkbox name="rappel" value="oui" label="Je souhaite être rappelé"></socle-checkbox>
            <socle-button type="submit">Envoyer la demande</socle-button>
          </form>
        </main>
        <script type="module" src="/client.js"></script>
      </body>
    </html>`;
}
