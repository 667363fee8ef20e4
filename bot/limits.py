"""Limits on what a request may be: header size and count (checked before any route reads it), body size,
and how deeply its JSON may nest. Odd input gets 4xx, never a 500 or a swollen process."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MAX_JSON_DEPTH = 32  # real LINE and Telegram bodies nest about 6 deep


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes whatever Content-Length claims."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


def json_depth(value: object) -> int:
    """How deeply objects and arrays nest in parsed JSON, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is not None:
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_json(body: bytes) -> Any:
    """A webhook body as JSON; ValueError for anything not valid, or nested deeper than a platform sends
    (the decoder itself gives up around 1,000 levels with RecursionError)."""
    try:
        data = json.loads(body)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    if json_depth(data) > MAX_JSON_DEPTH:
        raise ValueError("nested too deeply")
    return data


class HeaderLimits:
    """431 for requests whose headers are too many or too large, before any route sees them. The h11
    parser (see `server_config`) already stops a connection from buffering more than about one read
    beyond the limit; this gives the exact limit and the proper status."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_count: int) -> None:
        self.app, self.max_bytes, self.max_count = app, max_bytes, max_count

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = scope.get("headers", []) if scope["type"] == "http" else []
        if len(headers) > self.max_count or sum(len(k) + len(v) for k, v in headers) > self.max_bytes:
            await PlainTextResponse("request header fields too large", status_code=431)(scope, receive, send)
            return
        await self.app(scope, receive, send)
