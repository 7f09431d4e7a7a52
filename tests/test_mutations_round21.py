"""Found by the twenty-first round of seeded mutations against pyright and tsc (flask-restx,
pygit2, telegraf, react-native-paper; benchmarks/RESULTS.md, "Seeded mutations, round 21")."""

from __future__ import annotations

from tests.conftest import diff_keys

CLIENT = {
    "package.json": '{"name": "bot", "type": "module"}\n',
    "src/client.ts": "class ApiClient {\n"
                     "  constructor(readonly token: string) {}\n"
                     "  callApi(method: string) { return method; }\n"
                     "}\n"
                     "namespace ApiClient {\n  export interface Options { root: string }\n}\n"
                     "export default ApiClient;\n",
    "src/telegram.ts": "import ApiClient from './client.js';\n"
                       "export class Telegram extends ApiClient {\n"
                       "  deleteMessage(id: number) { return this.callApi('deleteMessage'); }\n"
                       "}\n",
    "src/opened.ts": "class Opened {\n  run() { return 1; }\n}\n"
                     "interface Opened {\n  extra(): number;\n}\n"
                     "namespace Opened {\n  export const x = 1;\n}\n"
                     "export class Child extends Opened {\n  stop() { return 2; }\n}\n",
    "src/context.ts": "import { Telegram } from './telegram.js';\n"
                      "import { Child } from './opened.js';\n"
                      "export class Context {\n"
                      "  constructor(readonly telegram: Telegram, readonly child: Child) {}\n"
                      "  deleteMessage(id: number) {\n"
                      "    this.child.stop();\n"
                      "    return this.telegram.deleteMessage(id);\n"
                      "  }\n"
                      "}\n",
}


def test_a_method_removed_is_missing_on_a_subclass_of_a_class_merged_with_a_namespace():
    """telegraf's `Telegram extends ApiClient`, where `client.ts` merges `class ApiClient` with
    `namespace ApiClient { export interface Options ... }`; with `Telegram.deleteMessage`
    removed, tsc reports `this.telegram.deleteMessage(...)` in `context.ts` (TS2551). impact
    took a class merged with a namespace as one whose instances may have members it cannot
    name, so no use of a subclass's instances was judged. A namespace adds statics only; an
    interface merged with the class adds instance members, and leaves them unjudged."""
    change = {"src/telegram.ts": "import ApiClient from './client.js';\n"
                                 "export class Telegram extends ApiClient {}\n",
              "src/opened.ts": CLIENT["src/opened.ts"].replace("  stop() { return 2; }\n", "")}
    assert diff_keys(CLIENT, change) == [("IMP103", "src/context.ts", 7, "deleteMessage")]


THIS_TYPED = {
    "package.json": '{"name": "bot", "type": "module"}\n',
    "src/telegram.ts": "export class Telegram {\n"
                       "  sendGame(chat: number) { return chat; }\n"
                       "  sendDice(chat: number) { return chat; }\n"
                       "}\n",
    "src/context.ts": "import { Telegram } from './telegram.js';\n"
                      "export class Context {\n"
                      "  constructor(readonly telegram: Telegram) {}\n"
                      "  assert(value: unknown) { return value; }\n"
                      "}\n"
                      "export interface Shape {\n  telegram: Telegram;\n  assert(v: unknown): unknown;\n}\n",
    "src/future.ts": "import { Context, Shape } from './context.js';\n"
                     "export const replies = {\n"
                     "  replyWithGame(this: Context, chat: number) {\n"
                     "    this.assert(chat);\n"
                     "    return this.telegram.sendGame(chat);\n"
                     "  },\n"
                     "  replyWithDice(this: Shape, chat: number) {\n"
                     "    this.assert(chat);\n"
                     "    return this.telegram.sendGame(chat);\n"
                     "  },\n"
                     "};\n"
                     "export function replyLater(this: Context, chat: number) {\n"
                     "  const later = function (this: unknown) { return this; };\n"
                     "  return [this.telegram.sendGame(chat), later, () => this.assert(chat)];\n"
                     "}\n",
}


def test_a_member_removed_is_missing_through_this_a_function_declares():
    """telegraf's `future.ts`: methods of an object literal declare `this: Context`
    (`replyWithGame(this: Context, game, extra) { return this.telegram.sendGame(...) }`);
    with `Telegram.sendGame` removed, tsc reports it there (TS2339). impact took `this` for an
    instance of a class only in the class's own members. Now the class a function or method
    declares as `this` types it, through its typed properties too; so does an interface
    extending nothing (Definition.object_members): `this: Shape`, whose `telegram: Telegram`
    lost `sendGame`, is TS2339 at line 9 too, while Shape still declares `assert`."""
    change = {"src/telegram.ts": "export class Telegram {\n"
                                 "  sendDice(chat: number) { return chat; }\n}\n",
              "src/context.ts": THIS_TYPED["src/context.ts"].replace(
                  "  assert(value: unknown) { return value; }\n", "")}
    assert diff_keys(THIS_TYPED, change) == [("IMP103", "src/future.ts", 4, "assert"),
                                             ("IMP103", "src/future.ts", 5, "sendGame"),
                                             ("IMP103", "src/future.ts", 9, "sendGame"),
                                             ("IMP103", "src/future.ts", 14, "assert"),
                                             ("IMP103", "src/future.ts", 14, "sendGame")]


def test_a_file_reaching_a_class_through_a_property_of_another_is_checked_by_a_scoped_run():
    """telegraf's `future.ts` imports `Context` only, and reads `this.telegram.sendGame(...)`
    with `this: Context` and `Context`'s property `telegram: Telegram`; with `sendGame` removed
    from `telegram.ts` alone, a scoped run did not check `future.ts` (it imports nothing the
    change touches), where a full scan finds it. A class declaring a property with a changed
    class now carries the change to its importers, as a subclass does."""
    base = dict(THIS_TYPED)
    change = {"src/telegram.ts": "export class Telegram {\n"
                                 "  sendDice(chat: number) { return chat; }\n}\n"}
    assert diff_keys(base, change) == [("IMP103", "src/future.ts", 5, "sendGame"),
                                       ("IMP103", "src/future.ts", 9, "sendGame"),  # this: Shape
                                       ("IMP103", "src/future.ts", 14, "sendGame")]


def test_a_class_holding_a_changed_class_carries_the_change_under_its_default_export():
    """The same through telegraf's default exports (`export default Context`, `import Context
    from './context'`): the importers of a class built on a changed one take it under the
    names its module exports it as, `default` too (a subclass as well)."""
    base = dict(THIS_TYPED)
    base["src/telegram.ts"] += "export default Telegram;\n"
    base["src/context.ts"] = base["src/context.ts"].replace(
        "import { Telegram } from './telegram.js';", "import Telegram from './telegram.js';") + \
        "export default Context;\n"
    base["src/future.ts"] = base["src/future.ts"].replace(
        "import { Context, Shape } from './context.js';",
        "import Context from './context.js';\nimport { Shape } from './context.js';")
    change = {"src/telegram.ts": "export class Telegram {\n"
                                 "  sendDice(chat: number) { return chat; }\n}\n"
                                 "export default Telegram;\n"}
    assert diff_keys(base, change) == [("IMP103", "src/future.ts", 6, "sendGame"),
                                       ("IMP103", "src/future.ts", 10, "sendGame"),  # this: Shape
                                       ("IMP103", "src/future.ts", 15, "sendGame")]
