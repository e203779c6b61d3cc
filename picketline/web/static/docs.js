// Starts the vendored Swagger UI on /docs (no inline script: the page's CSP forbids it).
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  if (typeof SwaggerUIBundle === "undefined") return;
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: false,  // true puts a link inside each operation's button (nested-interactive)
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    persistAuthorization: false,
    tryItOutEnabled: false,
  });
});
