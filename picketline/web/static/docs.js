// Starts the vendored Swagger UI on /docs (no inline script: the page's CSP forbids it).
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  if (typeof SwaggerUIBundle === "undefined") return;
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    persistAuthorization: false,
    tryItOutEnabled: false,
  });
});
