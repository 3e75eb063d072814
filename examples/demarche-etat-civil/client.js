// Page script of the démarche, bundled by the server with esbuild at start.
// It registers the request widget, which loads the controls it uses.
import '@socle/components/etat-civil-request';
