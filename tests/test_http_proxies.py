"""Development proxies: a Vite frontend whose `server.proxy` strips `/api` before its FastAPI
backend sees the request, and a webpack `devServer.proxy` with `pathRewrite`, on revisions
held in memory."""

from __future__ import annotations

from conftest import selected_keys

BACKEND = '''\
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Thread(BaseModel):
    id: int
    title: str


@app.get("/threads/{thread_id}", response_model=Thread)
async def get_thread(thread_id: int):
    return Thread(id=thread_id, title="t")
'''
VITE = '''\
import { defineConfig } from "vite"

export default defineConfig({
  server: {
    proxy: {
      "/api": { target: "http://localhost:8000", changeOrigin: true, rewrite: (path) => path.replace(/^\\/api/, "") },
    },
  },
})
'''
CLIENT = '''\
export async function threadTitle(id: number): Promise<string> {
  const response = await fetch(`/api/threads/${id}`)
  const thread = await response.json()
  return thread.title
}
'''
BASE = {"backend/main.py": BACKEND, "web/vite.config.ts": VITE, "web/src/threads.ts": CLIENT}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    return selected_keys(base, change, ("IMP4",))


def test_a_route_renamed_behind_a_vite_proxy_that_strips_its_prefix():
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    assert _keys(change) == [
        ("IMP403", "backend/main.py", 12, "error", "GET /threads/{thread_id}"),
        ("IMP401", "web/src/threads.ts", 2, "error", "GET /threads/{param}")]


def test_a_field_removed_behind_the_proxy():
    change = {"backend/main.py": BACKEND.replace("    title: str\n", "")}
    assert [k[:3] for k in _keys(change)] == [
        ("IMP404", "backend/main.py", 9), ("IMP402", "web/src/threads.ts", 4)]


def test_requests_a_proxy_sends_elsewhere_or_rewrites_unreadably_are_not_judged():
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    elsewhere = {**BASE, "web/vite.config.ts": VITE.replace('"http://localhost:8000"', '"https://api.example.com"')}
    unreadable = {**BASE, "web/vite.config.ts": VITE.replace('path.replace(/^\\/api/, "")', "strip(path)")}
    for base in (elsewhere, unreadable):
        assert [k[:2] for k in _keys(change, base)] == [("IMP403", "backend/main.py")]


def test_a_webpack_dev_server_path_rewrite():
    webpack = ("module.exports = {\n  devServer: {\n    proxy: {\n      '/api': { target: 'http://localhost:8000', "
               "pathRewrite: { '^/api': '' } },\n    },\n  },\n}\n")
    base = {"backend/main.py": BACKEND, "web/webpack.config.js": webpack, "web/src/threads.ts": CLIENT}
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    assert [k[:3] for k in _keys(change, base)] == [
        ("IMP403", "backend/main.py", 12), ("IMP401", "web/src/threads.ts", 2)]


def test_a_create_react_app_proxy_to_another_host_takes_every_request_elsewhere():
    """package.json `proxy`: paths are unchanged; to a host that is not this machine, the
    requests are not this backend's."""
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    client = CLIENT.replace("/api/threads/", "/threads/")
    local = {"backend/main.py": BACKEND, "web/package.json": '{"name": "web", "proxy": "http://localhost:8000"}',
             "web/src/threads.ts": client}
    assert [k[:3] for k in _keys(change, local)] == [
        ("IMP403", "backend/main.py", 12), ("IMP401", "web/src/threads.ts", 2)]
    remote = {**local, "web/package.json": '{"name": "web", "proxy": "https://api.example.com"}'}
    assert [k[:2] for k in _keys(change, remote)] == [("IMP403", "backend/main.py")]


NEXT_CONFIG = '''\
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  async rewrites() {
    return [
      { source: "/api/:path*", destination: "http://localhost:8000/:path*" },
      { source: "/docs", destination: "https://docs.example.com" },
    ]
  },
}

module.exports = nextConfig
'''


def test_a_route_renamed_behind_next_rewrites():
    """next.config.js `rewrites()`: `/api/:path*` to the backend's `/:path*` on localhost."""
    base = {"backend/main.py": BACKEND, "web/next.config.js": NEXT_CONFIG, "web/src/threads.ts": CLIENT}
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    assert [k[:3] for k in _keys(change, base)] == [
        ("IMP403", "backend/main.py", 12), ("IMP401", "web/src/threads.ts", 2)]
    field = {"backend/main.py": BACKEND.replace("    title: str\n", "")}
    assert [k[:3] for k in _keys(field, base)] == [
        ("IMP404", "backend/main.py", 9), ("IMP402", "web/src/threads.ts", 4)]


def test_next_rewrites_to_another_host_or_unreadable_are_not_judged():
    change = {"backend/main.py": BACKEND.replace('"/threads/{thread_id}"', '"/topics/{thread_id}"')}
    remote = NEXT_CONFIG.replace("http://localhost:8000/:path*", "https://api.example.com/:path*")
    conditional = NEXT_CONFIG.replace('destination: "http://localhost:8000/:path*" }',
                                      'destination: "http://localhost:8000/:path*", has: [{ type: "cookie", key: "beta" }] }')
    computed = NEXT_CONFIG.replace('"http://localhost:8000/:path*"', "`${process.env.BACKEND}/:path*`")
    for config in (remote, conditional, computed):
        base = {"backend/main.py": BACKEND, "web/next.config.js": config, "web/src/threads.ts": CLIENT}
        assert [k[:2] for k in _keys(change, base)] == [("IMP403", "backend/main.py")]
