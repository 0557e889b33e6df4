/** The page's one inline script: marks <html> before the first paint, so JavaScript-only controls show without a shift. Its hash is in the CSP (astro.config.mjs). */
export const jsClassScript = "document.documentElement.classList.add('js')";
