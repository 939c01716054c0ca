// The pages are a client-rendered app around a live socket; there is nothing useful to
// render on the server, and client-only rendering keeps the language choice (stored in
// the browser) from flashing Swedish first.
export const ssr = false;
export const prerender = false;
