// React 19 pages: index.html uses the Socle elements directly, wrappers.html
// runs the @socle/react wrappers on React 19.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', rollupOptions: { input: ['index.html', 'wrappers.html'] } },
});
