import logging
import time

from fastapi import Header, HTTPException, Request
from fastapi.routing import APIRoute

log = logging.getLogger("smithy")


class TimedRoute(APIRoute):
    """Logs how long each request of the router took."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def timed(request: Request):
            started = time.monotonic()
            response = await handler(request)
            log.info("%s %s took %.3fs", request.method, request.url.path, time.monotonic() - started)
            return response

        return timed


def forge_key(x_forge_key: str = Header(default="dev")):
    if not x_forge_key:
        raise HTTPException(status_code=401, detail="no key")
    return x_forge_key


def pagination(limit: int = 20, offset: int = 0):
    return {"limit": min(limit, 100), "offset": offset}
