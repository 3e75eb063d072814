// Size budgets, checked by `npm test` (gzip). A budget is raised only with a
// written reason in the commit that raises it.
const themes = ['socle', 'etat', 'commune-exemple', 'contraste-eleve'];

module.exports = [
  {
    name: 'Whole kit with Lit (@socle/components)',
    path: 'packages/components/dist/index.js',
    import: '*',
    limit: '45 KB',
    gzip: true,
  },
  {
    name: 'socle-button without Lit',
    path: 'packages/components/dist/button/define.js',
    import: '*',
    ignore: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'],
    limit: '4 KB',
    gzip: true,
  },
  ...themes.map((theme) => ({
    name: `Theme CSS: ${theme}`,
    path: `packages/tokens/dist/css/${theme}.css`,
    limit: '6 KB',
    gzip: true,
  })),
];
