import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Leaves socle-* tags to the browser instead of resolving them as
        // Vue components. v-model on them then binds `value` and the
        // `input` event, as on a native input.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('socle-') },
      },
    }),
  ],
  build: { target: 'es2022' },
});
