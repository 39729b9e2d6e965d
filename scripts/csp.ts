import type { Plugin } from "vite";

// The Content-Security-Policy of the production build: only this site's own
// scripts, styles, fonts and connections; no inline script, no eval, no remote
// loads of any kind. A document's text can therefore never run as code, and the
// app cannot phone home. Images may be data:/blob: URLs (exports and previews
// made in the page); workers may come from blob: for a future offline worker.
//
// It is a <meta> tag added at build time only: the dev server injects inline
// scripts for React refresh, which this policy (rightly) forbids. frame-ancestors
// cannot be set from a meta tag; a host serving the build may add it as a header.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "selaras-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
