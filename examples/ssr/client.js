// Browser entry. The hydration support must load before any LitElement is
// defined, so that the elements adopt their server-rendered shadow roots
// instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@socle/components/input';
import '@socle/components/checkbox';
import '@socle/components/button';
