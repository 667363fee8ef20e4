"""Command line: thin commands over the library. Each command's docstring is its help text."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bot.core.loader import BundleError


def _settings(args: argparse.Namespace):
    from bot.settings import get_settings

    return get_settings(knowledge_dir=args.knowledge, intents_dir=args.intents, data_dir=args.data)


def _engine(args: argparse.Namespace):
    from bot.runtime import load_engine

    loaded = load_engine(_settings(args))
    for problem in loaded.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if loaded.on_last_good:
        print("warning: serving the last good knowledge until the files above are fixed", file=sys.stderr)
    return loaded.engine


def cmd_chat(args: argparse.Namespace) -> int:
    """Chat with the bot in the terminal (Thai or English); /quit (or another quit word) or Ctrl-D quits."""
    from bot.channels.console import chat

    chat(_engine(args))
    return 0


def _reply_json(ident: object, reply) -> str:
    data = {"id": ident, "answer": reply.text, **reply.to_dict()}
    data.pop("text")
    return json.dumps(data, ensure_ascii=False)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or JSON lines {"id", "session", "q"} from stdin with --jsonl."""
    from bot.core.types import Inbound

    engine = _engine(args)
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question, session = str(item.get("q", "")), str(item.get("session") or item.get("id") or "jsonl")
            except (json.JSONDecodeError, AttributeError) as exc:
                print(json.dumps({"id": None, "error": f"bad input line: {exc}"}), flush=True)
                continue
            reply = engine.handle(Inbound(question, session, "jsonl"))
            print(_reply_json(item.get("id"), reply), flush=True)
        return 0
    if not args.question:
        print("ask: give a question, or --jsonl to read JSON lines from stdin", file=sys.stderr)
        return 2
    reply = engine.handle(Inbound(" ".join(args.question), args.session, "cli"))
    print(_reply_json(None, reply) if args.json else reply.text)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Intent accuracy on labelled JSON lines ({"q", "intent"} or the dev set's {"q", "kind"}), per intent,
    and how often answers in each band of confidence state their expected facts."""
    from bot.core.types import Inbound
    from bot.evaluation import evaluate, expected_intent, reliability, reliability_report, report, right

    engine = _engine(args)
    rows = []
    judged: list[tuple[float, bool | None]] = []  # confidence and whether the answer was right
    for path in args.files:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            turns = item.get("turns", [item])
            for i, turn in enumerate(turns):
                want = expected_intent(turn)
                got = engine.handle(Inbound(turn["q"], f"{path}:{n}", "eval"))
                rows.append((want, got.intent, got.fallback, f"{path}:{n}#{i + 1}"))
                if not got.fallback:
                    judged.append((got.confidence, right(turn, got.text)))
    print(report(evaluate(rows)))
    print(reliability_report(reliability(judged)))
    return 0


def _bundle_or_report(args: argparse.Namespace, outcome: str):
    """The validated files, or None after printing every problem and what that means."""
    from bot.core.loader import load_bundle

    settings = _settings(args)
    try:
        return load_bundle(settings.knowledge_dir, settings.intents_dir)
    except BundleError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); {outcome}", file=sys.stderr)
        return None


def cmd_kb_validate(args: argparse.Namespace) -> int:
    """Check every knowledge and intent file; print each problem with its file, line and field."""
    bundle = _bundle_or_report(args, "nothing was loaded")
    if bundle is None:
        return 1
    print(f"ok: {len(bundle.records)} records, {len(bundle.intents)} intents, version {bundle.version}")
    return 0


def cmd_kb_build(args: argparse.Namespace) -> int:
    """Validate, compile into SQLite with the understanding index beside it, and swap both in atomically;
    a build that takes more than a moment shows its steps on a terminal."""
    from tqdm import tqdm

    from bot.core.nlu import Understander
    from bot.runtime import write_build

    settings = _settings(args)
    with tqdm(total=4, unit="step", delay=1.0, disable=not sys.stderr.isatty()) as progress:

        def step(name: str) -> None:
            progress.set_description(name)
            progress.update()

        progress.set_description("reading the files")
        bundle = _bundle_or_report(args, "build refused: the previous database is unchanged")
        if bundle is None:
            return 1
        step("indexing the records")
        understanding = Understander(bundle)
        write_build(bundle, understanding, settings, step)
        progress.update()
    print(f"built {settings.db_path} version {bundle.version} ({len(bundle.records)} records)")
    return 0


def cmd_kb_stats(args: argparse.Namespace) -> int:
    """Records per source, and within each per category and section; with --source FILE, the sections of
    that text (the 2564 report's) that no record covers."""
    from bot.core.coverage import report_sections

    bundle = _bundle_or_report(args, "no statistics")
    if bundle is None:
        return 1
    sections = Counter(s for r in bundle.records for s in r.sections)
    print(
        f"version {bundle.version}: {len(bundle.records)} records, {len(bundle.sources)} sources, "
        f"{len(bundle.categories)} categories, {len(bundle.intents)} intents"
    )
    for source in bundle.sources.values():
        records = [r for r in bundle.records if r.source == source.id]
        years = sorted({y for r in records for y in r.known_years()})
        print(f"source {source.id}: {source.title.en} ({len(records)} records, years {', '.join(map(str, years))})")
        when = source.date or source.year or "undated"
        print(f"  published by {source.publisher.en}, {when}" + (f", {source.url}" if source.url else ""))
        print("  records per category:")
        for kind, count in sorted(Counter(r.kind for r in records).items()):
            print(f"    {bundle.categories[kind].en:<40} {count}")
        print("  records per section:")
        for section, count in sorted(Counter(s for r in records for s in r.sections).items()):
            print(f"    {section:<16} {count}")
    if args.source:
        missing = sorted(set(report_sections(Path(args.source))) - set(sections))
        print("sections of the source not covered: " + (", ".join(missing) if missing else "none"))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the webhook server (LINE and Telegram) with uvicorn; the Procfile's web process."""
    import logging

    import uvicorn

    from bot.web import create_app, server_config

    settings = _settings(args)
    if args.watch:
        settings = settings.model_copy(update={"watch": True})
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per API call is noise
    config = server_config(create_app(settings), args.host, args.port or settings.port, settings, log_level="info")
    uvicorn.Server(config).run()
    return 0


async def _refuse(inbound):  # set-webhook answers nobody
    raise RuntimeError("set-webhook does not answer questions")


def cmd_telegram(args: argparse.Namespace) -> int:
    """Telegram without the web server: `--polling` for development, `set-webhook` to register PUBLIC_URL."""
    import asyncio
    import logging

    from bot.channels.telegram import ALLOWED_UPDATES, TelegramChannel, command_menu, set_webhook
    from bot.charts import Charts
    from bot.logsafe import redact
    from bot.state import open_state

    settings = _settings(args)
    if settings.telegram_bot_token is None:
        print("set TELEGRAM_BOT_TOKEN first", file=sys.stderr)
        return 2
    redact(v.get_secret_value() for v in settings.secrets())
    token = settings.telegram_bot_token.get_secret_value()
    if args.action == "set-webhook":
        if not settings.public_url or settings.telegram_webhook_secret is None:
            print("set PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET first", file=sys.stderr)
            return 2
        from bot.core.loader import load_bundle

        menu = command_menu(load_bundle(settings.knowledge_dir, settings.intents_dir).replies)
        state = open_state(settings.redis_url, settings.data_dir, settings.redis_prefix)
        channel = TelegramChannel(token, settings.telegram_api_base_url, _refuse, state)
        secret = settings.telegram_webhook_secret.get_secret_value()
        asyncio.run(set_webhook(channel, settings.public_url, secret, menu))
        print(f"webhook set to {settings.public_url.rstrip('/')}/webhooks/telegram with the command menu")
        return 0
    if not args.polling:
        print("telegram: give --polling or set-webhook", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from bot.service import build_service

    service = build_service(settings)
    channel = TelegramChannel(
        token,
        settings.telegram_api_base_url,
        service.ask,
        service.state,
        polling=True,
        charts=Charts(settings.data_dir / "charts"),
        engine=lambda: service.knowledge.engine,
    )

    async def commands(app) -> None:
        await app.bot.delete_webhook()
        await app.bot.set_my_commands(command_menu(service.knowledge.engine.say))

    channel.app.post_init = commands
    channel.app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def cmd_line_rich_menu(args: argparse.Namespace) -> int:
    """Draw the LINE rich menu (six buttons with Thai labels), create it, upload its image and make it every
    user's default; the menu this command made before is then deleted, menus made by others are kept."""
    from linebot.v3.messaging.exceptions import ApiException

    from bot.channels.rich_menu import menu_image, menu_request, publish
    from bot.core.loader import load_bundle

    settings = _settings(args)
    say = load_bundle(settings.knowledge_dir, settings.intents_dir).replies
    image = menu_image(say)
    if args.save:
        args.save.write_bytes(image)
        print(f"menu image saved to {args.save}")
    if args.no_upload:
        return 0
    token = settings.line_channel_access_token
    if token is None or not token.get_secret_value().strip():
        print("set LINE_CHANNEL_ACCESS_TOKEN first", file=sys.stderr)
        return 2
    try:
        published = publish(
            token.get_secret_value(),
            settings.line_api_base_url,
            settings.line_data_api_base_url,
            menu_request(say),
            image,
        )
    except ApiException as exc:
        print(f"LINE refused the rich menu ({exc.status}): {exc.body}", file=sys.stderr)
        return 1
    replaced = f"; deleted the earlier {', '.join(published.replaced)}" if published.replaced else ""
    print(f"rich menu {published.menu_id} is the default{replaced}")
    return 0


def cmd_kb_reload(args: argparse.Namespace) -> int:
    """Ask the running server to reload its knowledge (POST /admin/reload with ADMIN_TOKEN)."""
    import httpx

    settings = _settings(args)
    if settings.admin_token is None:
        print("set ADMIN_TOKEN first", file=sys.stderr)
        return 2
    url = (args.server or f"http://127.0.0.1:{settings.port}").rstrip("/") + "/admin/reload"
    headers = {"authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    try:
        response = httpx.post(url, headers=headers, timeout=120)
    except httpx.HTTPError as exc:
        print(f"could not reach {url}: {exc}", file=sys.stderr)
        return 1
    body = response.json()
    if response.status_code == 200:
        print(f"reloaded: version {body['version']}")
        for kind, c in sorted(body["changes"].items()):
            print(f"  {kind:<14} +{c['added']} ~{c['changed']} -{c['removed']}")
        return 0
    for problem in body.get("problems", []):
        print(f"{problem['file']}:{problem['line']}: {problem['field']}: {problem['message']}", file=sys.stderr)
    print(
        f"reload refused ({response.status_code}): {body.get('error') or 'still serving ' + body['version']}",
        file=sys.stderr,
    )
    return 1


def cmd_report(args: argparse.Namespace) -> int:
    """Reports from the question log: `unanswered` (grouped near-duplicates) or `usage`."""
    import time

    from bot.reports import unanswered_report, usage_report
    from bot.state import open_state

    settings = _settings(args)
    state = open_state(settings.redis_url, settings.data_dir, settings.redis_prefix)
    events = state.events(time.time() - args.days * 86400)
    print(unanswered_report(events, limit=args.top) if args.kind == "unanswered" else usage_report(events))
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", type=Path, help="knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge)")
    common.add_argument("--intents", type=Path, help="intents folder (default: $INTENTS_DIR or ./intents)")
    common.add_argument("--data", type=Path, help="where the compiled database lives (default: $DATA_DIR or ./var)")

    parser = argparse.ArgumentParser(prog="python -m bot", description="NongLert, the public-sector report bot")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, func, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=func.__doc__, description=func.__doc__)
        p.set_defaults(func=func)
        return p

    add("chat", cmd_chat)
    serve = add("serve", cmd_serve)
    serve.add_argument("--host", default="0.0.0.0", help="address to bind (default 0.0.0.0)")
    serve.add_argument("--port", type=int, help="port (default $PORT or 8000)")
    serve.add_argument("--watch", action="store_true", help="reload when a knowledge or intents file changes")
    telegram = add("telegram", cmd_telegram)
    telegram.add_argument("action", nargs="?", choices=["set-webhook"], help="register PUBLIC_URL as the webhook")
    telegram.add_argument("--polling", action="store_true", help="fetch updates by long polling (development)")
    line_help = "LINE set-up: rich-menu creates the bot's rich menu and makes it the default"
    line = sub.add_parser("line", help=line_help, description=line_help)
    line_sub = line.add_subparsers(dest="line_command", required=True)
    rich_menu = add("rich-menu", cmd_line_rich_menu, line_sub)
    rich_menu.add_argument("--save", type=Path, help="also write the menu image to this file (a PNG)")
    rich_menu.add_argument("--no-upload", action="store_true", help="only draw the image: nothing is sent to LINE")
    ask = add("ask", cmd_ask)
    ask.add_argument("question", nargs="*")
    ask.add_argument("--json", action="store_true", help="print the whole reply object")
    ask.add_argument("--jsonl", action="store_true", help="read JSON lines from stdin, write one per question")
    ask.add_argument("--session", default="cli", help="session id, for follow-up context")
    evaluate = add("eval", cmd_eval)
    evaluate.add_argument("files", nargs="+")
    kb = sub.add_parser("kb", help="knowledge base: validate, build, stats")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    add("validate", cmd_kb_validate, kb_sub)
    add("build", cmd_kb_build, kb_sub)
    stats = add("stats", cmd_kb_stats, kb_sub)
    stats.add_argument("--source", help="the report's source text, to list sections no record covers")
    reload = add("reload", cmd_kb_reload, kb_sub)
    reload.add_argument("--server", help="the running server (default http://127.0.0.1:$PORT)")
    report = add("report", cmd_report)
    report.add_argument("kind", choices=["unanswered", "usage"])
    report.add_argument("--days", type=int, default=7, help="how far back (default 7)")
    report.add_argument("--top", type=int, default=20, help="groups to list (unanswered; default 20)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BundleError as exc:
        print(exc, file=sys.stderr)
        print("no valid knowledge and no earlier build to fall back on", file=sys.stderr)
        return 1
