import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { CONTRAST, tokensUnder, valueIn, type ContrastEntry, type TokenEntry } from './token-data.js';

const meta: Meta = {
  title: 'Jetons/Référence',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};

export default meta;

function colourRows(tokens: TokenEntry[], theme: string, scheme: string) {
  return tokens.map(
    (token) => html`<tr>
      <td><span class="swatch" style="background: var(${token.cssVar})"></span></td>
      <td><code>${token.cssVar}</code></td>
      <td><code>${valueIn(token, theme, scheme)}</code></td>
      <td>${token.alias ? html`<code>${token.alias}</code>` : nothing}</td>
      <td>${token.description ?? ''}</td>
    </tr>`,
  );
}

function tokenTable(caption: string, rows: unknown) {
  return html`<table>
    <caption style="text-align: start; font-weight: bold; padding-block: 0.5rem">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Aperçu</th>
        <th scope="col">Propriété CSS</th>
        <th scope="col">Valeur</th>
        <th scope="col">Alias</th>
        <th scope="col">Description</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** A sample that shows the pair as it is used: text, large text, or a border. */
function pairSample(pair: ContrastEntry) {
  const colours = `color: ${pair.foregroundValue}; background: ${pair.backgroundValue}`;
  if (pair.kind === 'text') return html`<span style="${colours}; padding: 0.25rem 0.5rem">Texte</span>`;
  if (pair.kind === 'large-text') {
    return html`<span style="${colours}; padding: 0.25rem 0.5rem; font-size: 1.5rem; font-weight: bold">Titre</span>`;
  }
  return html`<span
    role="img"
    aria-label="Bordure"
    style="display: inline-block; width: 3rem; height: 1.5rem; background: ${pair.backgroundValue}; border: 3px solid ${pair.foregroundValue}"
  ></span>`;
}

export const Couleurs: StoryObj = {
  render: (_args, { globals }) => {
    const theme = String(globals['theme'] ?? 'socle');
    const scheme = String(globals['scheme'] ?? 'light');
    return html`<h2>Couleurs sémantiques — ${theme}, ${scheme === 'dark' ? 'sombre' : 'clair'}</h2>
      <style>
        table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
        th, td { border-bottom: 1px solid var(--socle-color-border-default, #ddd); padding: 0.5rem; text-align: start; }
        .swatch { display: inline-block; width: 2.5rem; height: 1.5rem; border: 1px solid var(--socle-color-border-strong, #666); }
      </style>
      ${tokenTable('Rôles de couleur', colourRows(tokensUnder('semantic', 'color'), theme, scheme))}`;
  },
};

export const PairesDeContraste: StoryObj = {
  name: 'Paires de contraste',
  render: (_args, { globals }) => {
    const theme = String(globals['theme'] ?? 'socle');
    const scheme = String(globals['scheme'] ?? 'light');
    const pairs = CONTRAST.filter((pair) => pair.theme === theme && pair.scheme === scheme);
    return html`<h2>Paires vérifiées (WCAG 2.2) — ${theme}, ${scheme === 'dark' ? 'sombre' : 'clair'}</h2>
      <p>Chaque paire est vérifiée à la construction ; un ratio sous le minimum fait échouer le build.</p>
      <style>
        table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
        th, td { border-bottom: 1px solid var(--socle-color-border-default, #ddd); padding: 0.5rem; text-align: start; }
      </style>
      <table>
        <thead>
          <tr>
            <th scope="col">Aperçu</th>
            <th scope="col">Premier plan</th>
            <th scope="col">Arrière-plan</th>
            <th scope="col">Usage</th>
            <th scope="col">Ratio</th>
            <th scope="col">Minimum</th>
          </tr>
        </thead>
        <tbody>
          ${pairs.map(
            (pair) => html`<tr>
              <td>${pairSample(pair)}</td>
              <td><code>${pair.foreground}</code> (${pair.foregroundValue})</td>
              <td><code>${pair.background}</code> (${pair.backgroundValue})</td>
              <td>${pair.kind}</td>
              <td>${pair.ratio.toFixed(2)}:1</td>
              <td>${pair.minimum}:1</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  },
};

function scaleRows(tokens: TokenEntry[], theme: string, sample: (token: TokenEntry, value: string) => unknown) {
  return tokens.map((token) => {
    const value = valueIn(token, theme, 'light');
    return html`<tr>
      <td>${sample(token, value)}</td>
      <td><code>${token.cssVar}</code></td>
      <td><code>${value}</code></td>
    </tr>`;
  });
}

function scaleTable(caption: string, rows: unknown) {
  return html`<table style="border-collapse: collapse; width: 100%">
    <caption style="text-align: start; font-weight: bold; padding-block: 0.5rem">
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col" style="text-align: start">Aperçu</th>
        <th scope="col" style="text-align: start">Propriété CSS</th>
        <th scope="col" style="text-align: start">Valeur</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

export const Typographie: StoryObj = {
  render: (_args, { globals }) => {
    const theme = String(globals['theme'] ?? 'socle');
    const sizes = tokensUnder('semantic', 'font').filter((token) => token.path[1] === 'size');
    const families = tokensUnder('semantic', 'font').filter((token) => token.path[1] === 'family');
    return html`<h2>Typographie — ${theme}</h2>
      ${scaleTable(
        'Familles',
        scaleRows(families, theme, (token) => html`<span style="font-family: var(${token.cssVar})">Liberté, égalité</span>`),
      )}
      ${scaleTable(
        'Tailles',
        scaleRows(sizes, theme, (token) => html`<span style="font-size: var(${token.cssVar})">Démarche en ligne</span>`),
      )}`;
  },
};

export const Espacements: StoryObj = {
  render: (_args, { globals }) => {
    const theme = String(globals['theme'] ?? 'socle');
    return html`<h2>Espacements — ${theme}</h2>
      ${scaleTable(
        'Échelle d’espacement',
        scaleRows(
          tokensUnder('semantic', 'space'),
          theme,
          (token) =>
            html`<span
              style="display: inline-block; height: 1rem; width: var(${token.cssVar}); background: var(--socle-color-text-default)"
            ></span>`,
        ),
      )}`;
  },
};
