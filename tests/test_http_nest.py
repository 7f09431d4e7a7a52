"""NestJS controllers: `@Controller('tickets')` + `@Get(':id')` (decorators imported from
`@nestjs/common`) serve `/tickets/:id`, under `app.setGlobalPrefix('api')` when the app sets
one; a prefix impact cannot read, modules mounted under paths (`RouterModule.register`) or
versioned URLs (`enableVersioning`) leave the routes unanchored, and the rules abstain. The
cases run in memory (conftest.selected_keys); `impact routes` through the real CLI."""

from __future__ import annotations

from conftest import build_repo, run_impact, selected_keys

MAIN = '''\
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  await app.listen(3000);
}
bootstrap();
'''
CONTROLLER = '''\
import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { TicketsService } from './tickets.service';

@Controller('tickets')
export class TicketsController {
  constructor(private readonly tickets: TicketsService) {}

  @Get()
  findAll() {
    return this.tickets.all();
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.tickets.one(id);
  }

  @Post(':id/replies')
  reply(@Param('id') id: string, @Body() body: { text: string }) {
    return this.tickets.reply(id, body.text);
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.tickets.remove(id);
  }
}
'''
CLIENT = '''\
export async function getTicket(id: string) {
  const res = await fetch(`/api/tickets/${id}`);
  return res.json();
}

export const reply = (id: string, text: string) =>
  fetch(`/api/tickets/${id}/replies`, { method: 'POST', body: JSON.stringify({ text }) });
'''
BASE = {"api/src/main.ts": MAIN, "api/src/tickets/tickets.controller.ts": CONTROLLER,
        "web/src/api.ts": CLIENT}
RENAMED = {"api/src/tickets/tickets.controller.ts":
           CONTROLLER.replace("@Post(':id/replies')", "@Post(':id/comments')")}


def _keys(change: dict, base: dict = BASE) -> list[tuple]:
    """(code, file, line, severity) of each finding."""
    return sorted(k[:4] for k in selected_keys(base, change, ("IMP4",)))


def test_a_renamed_controller_route_is_reported_at_its_callers_under_the_global_prefix():
    assert _keys(RENAMED) == [
        ("IMP401", "web/src/api.ts", 7, "error"),
        ("IMP403", "api/src/tickets/tickets.controller.ts", 18, "error")]


def test_a_method_decorator_removed_from_a_handler_is_a_removed_route():
    change = {"api/src/tickets/tickets.controller.ts": CONTROLLER.replace("  @Get(':id')\n", "")}
    assert ("IMP401", "web/src/api.ts", 2, "error") in _keys(change)


def test_without_a_global_prefix_the_controller_serves_at_the_root():
    base = {**BASE, "api/src/main.ts": MAIN.replace("  app.setGlobalPrefix('api');\n", ""),
            "web/src/api.ts": CLIENT.replace("/api/tickets", "/tickets")}
    assert ("IMP401", "web/src/api.ts", 7, "error") in _keys(RENAMED, base)


def test_modules_mounted_under_paths_or_versioned_urls_leave_the_routes_unjudged():
    for call in ("RouterModule.register([{ path: 'admin', module: AdminModule }]);",
                 "app.enableVersioning({ type: VersioningType.URI });"):
        main = MAIN.replace("  await app.listen(3000);", f"  {call}\n  await app.listen(3000);")
        assert [k for k in _keys(RENAMED, {**BASE, "api/src/main.ts": main})
                if k[3] == "error"] == [], call


def test_decorators_that_are_not_nests_declare_no_route():
    # a local `Get` decorator, and a file that does not import from @nestjs/common
    local = CONTROLLER.replace("Delete, Get, Param", "Delete, Param") + \
        "\nfunction Get(path?: string) { return () => undefined; }\n"
    other = CONTROLLER.replace("'@nestjs/common'", "'routing-controllers'")
    for controller in (local, other):
        base = {**BASE, "api/src/tickets/tickets.controller.ts": controller}
        change = {"api/src/tickets/tickets.controller.ts": controller.replace(
            "@Get(':id')", "@Get('detail/:id')")}
        assert ("IMP401", "web/src/api.ts", 2, "error") not in _keys(change, base)
    change = {"api/src/tickets/tickets.controller.ts": other.replace(":id/replies", ":id/c")}
    base = {**BASE, "api/src/tickets/tickets.controller.ts": other}
    assert _keys(change, base) == []


def test_routes_lists_the_controllers_routes_under_the_global_prefix(tmp_path):
    repo = build_repo(tmp_path / "repo", [BASE])
    out = run_impact(repo, "routes").stdout
    assert "GET /api/tickets  api/src/tickets/tickets.controller.ts:8 findAll" in out
    assert "POST /api/tickets/:id/replies  api/src/tickets/tickets.controller.ts:18 reply" in out
    assert "DELETE /api/tickets/:id  api/src/tickets/tickets.controller.ts:23 remove" in out
