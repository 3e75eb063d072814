// React 18 page, built on its own so that `react` and `react-dom` resolve
// to the React 18 copies installed under the aliases `react-18` and
// `react-dom-18`, for this page and for @socle/react alike.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
      { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
    ],
  },
  build: { target: 'es2022', emptyOutDir: false, rollupOptions: { input: 'react18.html' } },
});
