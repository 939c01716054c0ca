import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // SAMRAD_BUILD_DIR / SAMRAD_KIT_DIR let several builds of one checkout run side by side.
    adapter: adapter({ out: process.env.SAMRAD_BUILD_DIR ?? 'build', precompress: true }),
    outDir: process.env.SAMRAD_KIT_DIR ?? '.svelte-kit',
    // The pages are a client-rendered app talking to the socket; the server routes
    // (/api, /healthz, socket.io) live in the Express app in server/.
    // Everything comes from the app's own origin; SvelteKit adds the hash of its inline
    // start-up script. Inline style attributes are allowed (bar widths, fitted font sizes).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'connect-src': ['self'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        // 'self': the console shows the projector page in a frame, as its live thumbnail.
        'frame-ancestors': ['self']
      }
    }
  }
};

export default config;
