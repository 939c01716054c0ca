import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ out: 'build', precompress: true }),
    // The pages are a client-rendered app talking to the socket; the server routes
    // (/api, /healthz, socket.io) live in the Express app in server/.
  }
};

export default config;
