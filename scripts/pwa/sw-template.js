// The service worker of the production build (written to sw.js by
// scripts/pwa/plugin.ts, which fills in the two constants). It precaches the
// whole app at install, so that after one visit Selaras opens and works with
// no network, and answers the app's own requests from that cache.
//
// A new build installs beside the running one and waits: the page shows
// "A new version is available — Reload", saves the open document first, and
// only then sends SKIP_WAITING, so an update never interrupts unsaved work.

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `selaras-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith("selaras-") && k !== CACHE).map((k) => caches.delete(k))),
      )
      // The first install takes charge of the open page at once (nothing older is running).
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") void self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every page of the app is the one index.html (the query, such as ?lang=id, is read by the app).
    // A file of the build opened on its own (the icon, the manifest) is that file, not the app.
    const file = PRECACHE.includes(url.pathname) ? url.pathname : "/index.html";
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(file).then((hit) => hit || fetch(request))),
    );
    return;
  }
  // ignoreVary: module scripts are fetched with an Origin header, the precache without one.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request))),
  );
});
