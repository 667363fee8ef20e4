"""Who may frame the page and call the API: a Content-Security-Policy on every response (no inline
script, nothing from elsewhere), and CORS for `/api/` answered only for WEB_ALLOWED_ORIGINS.

A browser request to the API from any other site is refused with 403 before it is answered, so a page
elsewhere cannot spend a visitor's rate limit even with a request that needs no preflight.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ORIGIN_SHAPE = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
PREFLIGHT = {  # what an allowed site's script may send: a JSON POST
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": "content-type",
    "access-control-max-age": "600",
}


def checked(origins: tuple[str, ...]) -> tuple[str, ...]:
    """The origins as given, or ValueError: each goes into a header verbatim, so nothing but
    scheme://host[:port] may pass (a stray ';' would rewrite the policy)."""
    bad = [o for o in origins if not ORIGIN_SHAPE.match(o)]
    if bad:
        raise ValueError(f"WEB_ALLOWED_ORIGINS: not an origin like https://www.example.go.th: {', '.join(bad)}")
    return origins


class WebHeaders:
    """ASGI middleware: security headers on every response; CORS and the origin check on `/api/`.
    `origins` have passed `checked` (when the app was made, so a bad one stops the server at start)."""

    def __init__(self, app: ASGIApp, origins: tuple[str, ...]) -> None:
        self.app = app
        self.origins = frozenset(origins)
        ancestors = " ".join(("'self'", *origins))
        policy = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            f"base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}"
        )
        self.fixed = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
        ]
        if not origins:  # browsers without frame-ancestors: the page's own site only
            self.fixed.append((b"x-frame-options", b"SAMEORIGIN"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(self.fixed)
        if scope["path"].startswith("/api/"):
            headers = Headers(scope=scope)
            origin = headers.get("origin")
            allowed = origin is not None and origin in self.origins
            if origin is not None and not allowed and not _same_origin(origin, headers):
                refused = JSONResponse({"error": "origin not allowed"}, 403)
                refused.raw_headers.extend(extra)
                await refused(scope, receive, send)
                return
            extra.append((b"vary", b"origin"))
            if origin is not None and allowed:
                extra.append((b"access-control-allow-origin", origin.encode()))
            if scope["method"] == "OPTIONS":
                preflight = Response(status_code=204, headers=PREFLIGHT)
                preflight.raw_headers.extend(extra)
                await preflight(scope, receive, send)
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _same_origin(origin: str, headers: Headers) -> bool:
    """The page's own site: as the browser says (Sec-Fetch-Site, which a page cannot forge), or else the
    origin's host and port are the Host the request came to."""
    return headers.get("sec-fetch-site") == "same-origin" or urlsplit(origin).netloc == headers.get("host")
