"""A fake Telegram Bot API server (stdlib only) for end-to-end tests.

Point a real python-telegram-bot ``Bot``/``Application`` at it with
``base_url=f"{emu.url}/bot"`` and ``base_file_url=f"{emu.url}/file/bot"``; tests then play
the users' side (``send_message``, ``press_button``, ...) and inspect what the bot sent
(``sent_messages``, ``calls``, ...). All public methods are thread-safe. Blocking waits have
``*_async`` twins for use inside an event loop that also runs the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import itertools
import json
import re
import socket
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.botapi.tghtml import HtmlParseError, ParsedText, parse_html, trim, utf16_len

JSON = dict[str, Any]
Params = dict[str, Any]

DEFAULT_TOKEN = "123456789:TEST-emulator-token"
BOT_ID = 777000111
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
WEBHOOK_PORTS = frozenset({443, 80, 88, 8443})
FAULTS = frozenset({"http500", "http502", "429", "timeout", "drop", "403", "409", "400"})
DEFAULT_FAULT_DELAY = 6.0  # > PTB's default read timeout of 5 s
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BAD_GATEWAY_HTML = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
# Update kinds delivered when allowed_updates is empty/unset (Bot API default).
NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Form-encoded values are JSON-decoded (PTB JSON-encodes non-str values), except these,
# which are strings even when they look like numbers.
STRING_FIELDS = frozenset(
    {
        "text", "caption", "parse_mode", "callback_query_id", "inline_query_id", "file_id",
        "url", "action", "language_code", "next_offset", "secret_token", "title",
        "description", "short_description", "name", "query", "emoji", "ip_address",
        "business_connection_id", "inline_message_id", "message_effect_id", "document",
    }
)  # fmt: skip
_API_PATH = re.compile(r"/bot([^/]+)/([A-Za-z0-9_]+)/?")
_FILE_PATH = re.compile(r"/file/bot([^/]+)/(.+)")
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])")


class ApiError(Exception):
    """A Bot API error answer (``ok: false``)."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made; ``fault`` is the injected fault it hit, if any."""

    method: str
    params: Params
    time: float
    fault: str | None = None


@dataclass(frozen=True)
class Upload:
    filename: str
    content: bytes
    content_type: str


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    file_name: str
    mime_type: str
    content: bytes


@dataclass
class Fault:
    kind: str
    seconds: float = DEFAULT_FAULT_DELAY
    retry_after: int = 1
    description: str | None = None


@dataclass
class Reply:
    """What the server answers one request: status and body, or a dropped connection, possibly late."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    # Seconds to hold the answer back (the "timeout" fault): the call is carried out, its answer is late.
    late: float = 0.0

    @classmethod
    def ok(cls, result: object) -> Reply:
        return cls.json(200, {"ok": True, "result": result})

    @classmethod
    def error(cls, exc: ApiError) -> Reply:
        payload: JSON = {"ok": False, "error_code": exc.code, "description": exc.description}
        if exc.parameters:
            payload["parameters"] = exc.parameters
        return cls.json(exc.code, payload)

    @classmethod
    def json(cls, status: int, payload: JSON) -> Reply:
        return cls(status, json.dumps(payload, ensure_ascii=False).encode())


# ---------------------------------------------------------------- request parsing


def _coerce(name: str, value: str) -> Any:
    if name in STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _split_multipart(body: bytes, boundary: str) -> list[tuple[bytes, bytes]]:
    """Return (header block, content) per part; exact bytes, unlike the email parser."""
    chunks = (b"\r\n" + body).split(b"\r\n--" + boundary.encode())
    parts = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.partition(b"\r\n\r\n")
        parts.append((head.strip(), content))
    return parts


def _parse_multipart(body: bytes, boundary: str) -> tuple[Params, dict[str, Upload]]:
    params: Params = {}
    files: dict[str, Upload] = {}
    header_parser = email.parser.BytesParser(policy=email.policy.default)
    for head, content in _split_multipart(body, boundary):
        headers = header_parser.parsebytes(head + b"\r\n\r\n", headersonly=True)
        name = str(headers.get_param("name", "", header="content-disposition"))
        filename = headers.get_filename()
        if filename is not None:
            files[name] = Upload(filename, content, headers.get_content_type())
        else:
            params[name] = _coerce(name, content.decode())
    return params, files


def parse_request(content_type: str, body: bytes, query: str) -> tuple[Params, dict[str, Upload]]:
    """Decode a Bot API request the way the real server accepts them."""
    params: Params = {k: _coerce(k, v) for k, v in parse_qsl(query, keep_blank_values=True)}
    files: dict[str, Upload] = {}
    header = email.parser.Parser(policy=email.policy.default).parsestr(
        f"Content-Type: {content_type or 'text/plain'}\n\n", headersonly=True
    )
    kind = header.get_content_type()
    if kind == "application/json" and body:
        decoded = json.loads(body)
        if not isinstance(decoded, dict):
            raise ValueError("JSON body must be an object")
        params.update(decoded)
    elif kind == "application/x-www-form-urlencoded":
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
        params.update({k: _coerce(k, v) for k, v in pairs})
    elif kind == "multipart/form-data":
        form, files = _parse_multipart(body, str(header.get_param("boundary", "")))
        params.update(form)
    return params, files


# ---------------------------------------------------------------- param helpers


def _required(params: Params, name: str) -> Any:
    value = params.get(name)
    if value is None or value == "":
        raise ApiError(400, f"Bad Request: {name} is empty")
    return value


def _as_int(value: object, name: str) -> int:
    try:
        return int(cast(Any, value))
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {name} specified") from None


def _opt_int(params: Params, name: str, default: int) -> int:
    value = params.get(name)
    return default if value is None or value == "" else _as_int(value, name)


def _opt_float(params: Params, name: str, default: float) -> float:
    try:
        return float(params.get(name) or default)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: invalid {name} specified") from None


def _check_markup(markup: object) -> JSON | None:
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if "force_reply" in markup:
        placeholder = str(markup.get("input_field_placeholder") or "")
        if markup["force_reply"] is not True or len(placeholder) > 64:
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


def _inline_markup(markup: JSON | None) -> JSON | None:
    """Only inline keyboards are echoed back in the returned Message."""
    return markup if markup and "inline_keyboard" in markup else None


def _has_button(message: JSON, data: str) -> bool:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return any(button.get("callback_data") == data for row in rows for button in row)


def _check_webhook_url(url: str) -> None:
    """Refuse a webhook URL the way Telegram does: HTTPS only, on four ports only."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
    try:
        port = parts.port or 443
    except ValueError:
        port = 0
    if port not in WEBHOOK_PORTS:
        ports = "80, 88, 443 or 8443"
        raise ApiError(400, f"Bad Request: bad webhook: Webhook can be set up only on ports {ports}")


def _now() -> int:
    return int(time.time())


# ---------------------------------------------------------------- HTTP plumbing


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: TelegramEmulator) -> None:
        self.emulator = emulator
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body are separate writes: with Nagle on, each answer waits ~40 ms.
    disable_nagle_algorithm = True

    @property
    def emulator(self) -> TelegramEmulator:
        return cast(_Server, self.server).emulator

    def setup(self) -> None:
        super().setup()
        self.emulator._track_connection(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.emulator._track_connection(self.connection, add=False)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Silence per-request logging; ``emu.calls()`` is the log."""

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _read_chunked(self) -> bytes:
        body = b""
        while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
            body += self.rfile.read(size)
            self.rfile.readline()
        while self.rfile.readline().strip():
            pass  # trailers
        return body

    def _serve(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        try:
            params, files = parse_request(self.headers.get("Content-Type", ""), body, url.query)
        except (ValueError, UnicodeDecodeError):
            response = Reply.error(ApiError(400, "Bad Request: can't parse request"))
        else:
            response = self.emulator.handle(url.path, params, files)
        self._send(response)

    def _send(self, response: Reply) -> None:
        if response.late:
            self.emulator._stopping.wait(response.late)
        if response.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
        except OSError:
            self.close_connection = True  # the client gave up (e.g. after its read timeout)


# ---------------------------------------------------------------- the emulator


class TelegramEmulator:
    """Fake Bot API server plus the users' side of the conversation."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "TalksTestBot",
        bot_id: int = BOT_ID,
        host: str = "127.0.0.1",
        port: int = 0,
        strict_ampersand: bool = True,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_id = bot_id
        self.strict_ampersand = strict_ampersand
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._connections: set[socket.socket] = set()
        self._ids = itertools.count(1)
        self._init_state()
        self._handlers: dict[str, Callable[[Params, dict[str, Upload]], object]] = {
            name.lower(): handler for name, handler in self._api_methods().items()
        }

    def _init_state(self) -> None:
        self._calls: list[ApiCall] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._updates: list[JSON] = []
        self._next_update_id = 100_000_001
        self._allowed_updates: set[str] | None = None
        self._poll_generation = 0
        self._webhook_url = ""
        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._last_message_id: dict[int, int] = {}
        self._sent: list[JSON] = []
        self._edits: list[JSON] = []
        self._files: dict[str, StoredFile] = {}
        self._open_callbacks: set[str] = set()
        self._open_inline_queries: set[str] = set()
        self._callback_answers: list[JSON] = []
        self._inline_answers: list[JSON] = []
        self._chat_actions: list[tuple[int, str]] = []
        # Groups upgraded to supergroups: old id -> new id (sends to the old id fail, as on Telegram).
        self._migrated: dict[int, int] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._descriptions: dict[tuple[str, str], str] = {}
        self._errors: list[str] = []

    def reset(self) -> None:
        """Forget all chats, messages, updates, calls and faults (keeps the server running)."""
        with self._changed:
            self._init_state()
            self._changed.notify_all()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> TelegramEmulator:
        """Start serving in a daemon thread; returns self."""
        if self._server is not None:
            raise RuntimeError("emulator already started")
        self._stopping.clear()
        self._server = _Server(self._address, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="telegram-emulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wakes blocked long polls and closes open connections."""
        self._stopping.set()
        with self._changed:
            self._changed.notify_all()
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> TelegramEmulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321``."""
        if self._server is None:
            raise RuntimeError("emulator not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def bot_user(self) -> JSON:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Talks Test Bot",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def _track_connection(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    # ------------------------------------------------------------ fault injection

    def inject(
        self,
        method: str,
        fault: str,
        times: int = 1,
        *,
        seconds: float = DEFAULT_FAULT_DELAY,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``fault``.

        Faults: ``http500``, ``http502`` (HTML body, like a proxy), ``429`` (``retry_after``),
        ``timeout`` (answer normally after ``seconds``), ``drop`` (close the socket without
        answering), ``403``, ``409``, ``400`` (``description`` overrides the text).
        A faulted call has no effect, except ``timeout``: like real Telegram, the call is
        carried out (a sendMessage IS delivered) and only the answer is late.
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {sorted(FAULTS)}")
        spec = Fault(fault, seconds, retry_after, description)
        with self._lock:
            self._faults.setdefault(method.lower(), deque()).extend([spec] * times)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self, method: str) -> Fault | None:
        queue = self._faults.get(method.lower())
        return queue.popleft() if queue else None

    @staticmethod
    def _fault_response(fault: Fault) -> Reply:
        if fault.kind == "drop":
            return Reply(0, drop=True)
        if fault.kind == "http502":
            return Reply(502, BAD_GATEWAY_HTML, "text/html")
        if fault.kind == "429":
            text = f"Too Many Requests: retry after {fault.retry_after}"
            error = ApiError(429, text, {"retry_after": fault.retry_after})
            response = Reply.error(error)
            response.headers["Retry-After"] = str(fault.retry_after)
            return response
        defaults = {
            "http500": (500, "Internal Server Error"),
            "403": (403, "Forbidden: bot was blocked by the user"),
            "409": (409, CONFLICT_POLL),
            "400": (400, "Bad Request: injected error"),
        }
        code, text = defaults[fault.kind]
        return Reply.error(ApiError(code, fault.description or text))

    # ------------------------------------------------------------ request handling

    def handle(self, path: str, params: Params, files: dict[str, Upload]) -> Reply:
        """Answer one request for `path` (``/bot<token>/<method>`` or ``/file/bot<token>/<file path>``).

        The HTTP server calls it for every request; tests/bot/offline.py calls it in-process, with no socket.
        """
        path = unquote(path)  # PTB percent-encodes file URLs (the token's ":" too)
        if api := _API_PATH.fullmatch(path):
            return self._handle_api(api[1], api[2], params, files)
        if download := _FILE_PATH.fullmatch(path):
            return self._handle_download(download[1], download[2])
        return Reply.error(ApiError(404, "Not Found"))

    def _handle_api(self, token: str, method: str, params: Params, files: dict[str, Upload]) -> Reply:
        if token != self.token:
            return Reply.error(ApiError(401, "Unauthorized"))
        with self._changed:
            fault = self._take_fault(method)
            self._calls.append(ApiCall(method, params, time.time(), fault.kind if fault else None))
            self._changed.notify_all()
        if fault and fault.kind != "timeout":
            return self._fault_response(fault)
        response = self._run_method(method, params, files)
        if fault:
            response.late = fault.seconds
        return response

    def _run_method(self, method: str, params: Params, files: dict[str, Upload]) -> Reply:
        handler = self._handlers.get(method.lower())
        if handler is None:
            return Reply.error(ApiError(400, "Bad Request: method not implemented in emulator"))
        try:
            with self._changed:
                result = copy.deepcopy(handler(params, files))
                self._changed.notify_all()
            return Reply.ok(result)
        except ApiError as exc:
            return Reply.error(exc)
        except Exception as exc:  # noqa: BLE001 - an emulator bug must not kill the server
            with self._lock:
                self._errors.append(traceback.format_exc())
            return Reply.error(ApiError(500, f"Internal Server Error: emulator bug: {exc!r}"))

    def _handle_download(self, token: str, file_path: str) -> Reply:
        if token != self.token:
            return Reply.error(ApiError(401, "Unauthorized"))
        with self._lock:
            stored = next((f for f in self._files.values() if f.file_path == file_path), None)
        if stored is None:
            return Reply.error(ApiError(404, "Not Found"))
        return Reply(200, stored.content, "application/octet-stream")

    def _api_methods(self) -> dict[str, Callable[[Params, dict[str, Upload]], object]]:
        return {
            "getMe": lambda p, f: self.bot_user,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": self._set_my_description,
            "getMyDescription": self._get_my_description,
            "setMyShortDescription": self._set_my_short_description,
            "getMyShortDescription": self._get_my_short_description,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "answerInlineQuery": self._answer_inline_query,
            "getFile": self._get_file,
            "sendDocument": self._send_document,
            "getChat": self._get_chat,
            "close": lambda p, f: True,
            "logOut": lambda p, f: True,
        }

    # ------------------------------------------------------------ API: updates

    def _get_updates(self, params: Params, files: dict[str, Upload]) -> list[JSON]:
        if self._webhook_url:
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = _opt_int(params, "offset", 0)
        limit = min(max(_opt_int(params, "limit", 100), 1), 100)
        deadline = time.monotonic() + max(_opt_float(params, "timeout", 0.0), 0.0)
        if "allowed_updates" in params:
            self._allowed_updates = set(params["allowed_updates"] or []) or None
        # Like Telegram, a newer getUpdates terminates a pending one with 409.
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed.notify_all()
        while True:
            self._confirm_updates(offset)
            remaining = deadline - time.monotonic()
            if self._updates or remaining <= 0 or self._stopping.is_set():
                return self._updates[:limit]
            self._changed.wait(remaining)
            if generation != self._poll_generation:
                raise ApiError(409, CONFLICT_POLL)

    def _confirm_updates(self, offset: int) -> None:
        """Forget confirmed (id < offset) and not-allowed updates, like the real queue."""
        if offset < 0:
            self._updates = self._updates[offset:]
        elif offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._updates = [u for u in self._updates if self._is_allowed(u)]

    def _is_allowed(self, update: JSON) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self._allowed_updates is None:
            return kind not in NOT_DEFAULT_UPDATES
        return kind in self._allowed_updates

    def _set_webhook(self, params: Params, files: dict[str, Upload]) -> bool:
        url = str(params.get("url") or "")
        if url:
            _check_webhook_url(url)
        self._webhook_url = url
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _delete_webhook(self, params: Params, files: dict[str, Upload]) -> bool:
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: Params, files: dict[str, Upload]) -> JSON:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    # ------------------------------------------------------------ API: chats & text

    def _chat_for_send(self, params: Params) -> JSON:
        chat_id = _required(params, "chat_id")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self._chats.values():
                if chat.get("username", "").lower() == chat_id[1:].lower():
                    return chat
            raise ApiError(400, "Bad Request: chat not found")
        number = _as_int(chat_id, "chat_id")
        if number in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[number]},
            )
        return self._chat(number)

    def _chat(self, chat_id: int) -> JSON:
        """The known chat, or a plausible one inferred from the id's shape."""
        if chat_id not in self._chats:
            if chat_id > 0:
                self._chats[chat_id] = {"id": chat_id, "type": "private", "first_name": "User"}
            elif str(chat_id).startswith("-100"):
                title = f"Supergroup {chat_id}"
                self._chats[chat_id] = {"id": chat_id, "type": "supergroup", "title": title}
            else:
                self._chats[chat_id] = {"id": chat_id, "type": "group", "title": f"Group {chat_id}"}
        return self._chats[chat_id]

    def _format(self, params: Params, key: str) -> ParsedText:
        """Parse ``params[key]`` (text or caption) and check it like Telegram does."""
        limit, too_long = (
            (MAX_TEXT_LENGTH, "message is too long")
            if key == "text"
            else (MAX_CAPTION_LENGTH, "message caption is too long")
        )
        raw = params.get(key)
        parsed = trim(self._parse_text(params, key)) if raw not in (None, "") else ParsedText("")
        if not parsed.text and key == "text":
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(parsed.text) > limit:
            raise ApiError(400, f"Bad Request: {too_long}")
        return parsed

    def _parse_text(self, params: Params, key: str) -> ParsedText:
        raw = str(params[key])
        mode = str(params.get("parse_mode") or "").lower()
        if mode == "html":
            try:
                return parse_html(raw, strict_ampersand=self.strict_ampersand)
            except HtmlParseError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        if mode in ("", "markdown", "markdownv2"):
            # Markdown is passed through unvalidated; only HTML is emulated.
            entities = params.get("entities" if key == "text" else "caption_entities")
            return ParsedText(raw, list(entities or []))
        raise ApiError(400, "Bad Request: unsupported parse_mode")

    def _reply_target(self, chat_id: int, params: Params) -> JSON | None:
        reply = params.get("reply_parameters")
        if not isinstance(reply, dict):
            reply = {"message_id": params.get("reply_to_message_id")}
            reply["allow_sending_without_reply"] = params.get("allow_sending_without_reply")
        if reply.get("message_id") is None:
            return None
        target_chat = _as_int(reply.get("chat_id", chat_id), "chat_id")
        target = self._messages.get((target_chat, _as_int(reply["message_id"], "message_id")))
        if target is None and not reply.get("allow_sending_without_reply"):
            raise ApiError(400, "Bad Request: message to be replied not found")
        if target is None:
            return None
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _bot_message(self, chat: JSON, params: Params) -> JSON:
        reply_to = self._reply_target(chat["id"], params)
        markup = _check_markup(params.get("reply_markup"))
        message: JSON = {
            "message_id": self._next_message_id(chat["id"]),
            "date": _now(),
            "chat": chat,
        }
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = self.bot_user
        if reply_to:
            message["reply_to_message"] = reply_to
        self._place_in_topic(message, chat, params, reply_to)
        if inline := _inline_markup(markup):
            message["reply_markup"] = inline
        return message

    @staticmethod
    def _place_in_topic(message: JSON, chat: JSON, params: Params, reply_to: JSON | None) -> None:
        """A forum topic: the one named by message_thread_id, else the replied message's, else General."""
        thread = params.get("message_thread_id")
        if thread is not None and not chat.get("is_forum"):
            raise ApiError(400, "Bad Request: message thread not found")
        if thread is None and reply_to is not None and reply_to.get("is_topic_message"):
            thread = reply_to.get("message_thread_id")
        if thread is not None:
            message["message_thread_id"] = _as_int(thread, "message_thread_id")
            message["is_topic_message"] = True

    def _deliver(self, message: JSON, params: Params, method: str, parsed: ParsedText) -> JSON:
        key = "caption" if method == "sendDocument" else "text"
        if parsed.text:
            message[key] = parsed.text
        if parsed.entities:
            message["entities" if key == "text" else "caption_entities"] = parsed.entities
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        self._sent.append(
            {
                "method": method,
                "chat_id": message["chat"]["id"],
                "message_id": message["message_id"],
                "text": params.get(key),
                "plain_text": parsed.text,
                "parse_mode": params.get("parse_mode"),
                "entities": parsed.entities,
                "reply_markup": params.get("reply_markup"),
                "reply_to_message_id": message.get("reply_to_message", {}).get("message_id"),
                # The forum topic it landed in (None: the chat itself, or a forum's General topic).
                "message_thread_id": message.get("message_thread_id"),
                "document": message.get("document"),
                "date": message["date"],
                # perf_counter() when the bot's message arrived, for latency measurements.
                "received_at": time.perf_counter(),
            }
        )
        return message

    # ------------------------------------------------------------ API: messages

    def _send_message(self, params: Params, files: dict[str, Upload]) -> JSON:
        chat = self._chat_for_send(params)
        parsed = self._format(params, "text")
        return self._deliver(self._bot_message(chat, params), params, "sendMessage", parsed)

    def _send_document(self, params: Params, files: dict[str, Upload]) -> JSON:
        chat = self._chat_for_send(params)
        parsed = self._format(params, "caption")
        stored = self._document_param(params, files)
        message = self._bot_message(chat, params)
        message["document"] = self._document_json(stored)
        return self._deliver(message, params, "sendDocument", parsed)

    def _document_param(self, params: Params, files: dict[str, Upload]) -> StoredFile:
        upload = files.get("document")
        if upload is not None:
            return self._store_file(upload.filename, upload.content, upload.content_type)
        ref = str(_required(params, "document"))
        if ref.startswith("attach://") and ref[9:] in files:
            upload = files[ref[9:]]
            return self._store_file(upload.filename, upload.content, upload.content_type)
        if ref in self._files:
            return self._files[ref]
        if ref.startswith(("http://", "https://")):
            raise ApiError(400, "Bad Request: failed to get HTTP URL content")
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")

    def _editable(self, params: Params) -> JSON:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: method not implemented in emulator")
        chat_id = _as_int(_required(params, "chat_id"), "chat_id")
        message_id = _as_int(_required(params, "message_id"), "message_id")
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id and "sender_chat" not in message:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _record_edit(self, message: JSON, params: Params, method: str) -> JSON:
        message["edit_date"] = _now()
        self._edits.append(
            {
                "method": method,
                "chat_id": message["chat"]["id"],
                "message_id": message["message_id"],
                "text": params.get("text"),
                "plain_text": message.get("text"),
                "parse_mode": params.get("parse_mode"),
                "reply_markup": params.get("reply_markup"),
                "date": message["edit_date"],
            }
        )
        return message

    def _edit_message_text(self, params: Params, files: dict[str, Upload]) -> JSON:
        message = self._editable(params)
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        parsed = self._format(params, "text")
        # Like Telegram, omitting reply_markup removes the inline keyboard.
        markup = _inline_markup(_check_markup(params.get("reply_markup")))
        unchanged = (
            parsed.text == message["text"]
            and parsed.entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        )
        if unchanged:
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = parsed.text
        self._set_optional(message, "entities", parsed.entities)
        self._set_optional(message, "reply_markup", markup)
        return self._record_edit(message, params, "editMessageText")

    def _edit_message_reply_markup(self, params: Params, files: dict[str, Upload]) -> JSON:
        message = self._editable(params)
        markup = _inline_markup(_check_markup(params.get("reply_markup")))
        if markup == message.get("reply_markup"):
            raise ApiError(400, NOT_MODIFIED)
        self._set_optional(message, "reply_markup", markup)
        return self._record_edit(message, params, "editMessageReplyMarkup")

    @staticmethod
    def _set_optional(target: JSON, key: str, value: object) -> None:
        if value:
            target[key] = value
        else:
            target.pop(key, None)

    # ------------------------------------------------------------ API: misc

    def _answer_callback_query(self, params: Params, files: dict[str, Upload]) -> bool:
        query_id = str(_required(params, "callback_query_id"))
        if query_id not in self._open_callbacks:
            raise ApiError(400, QUERY_INVALID)
        self._open_callbacks.discard(query_id)
        self._callback_answers.append({**params, "callback_query_id": query_id})
        return True

    def _answer_inline_query(self, params: Params, files: dict[str, Upload]) -> bool:
        query_id = str(_required(params, "inline_query_id"))
        if query_id not in self._open_inline_queries:
            raise ApiError(400, QUERY_INVALID)
        self._open_inline_queries.discard(query_id)
        self._inline_answers.append({**params, "inline_query_id": query_id})
        return True

    def _send_chat_action(self, params: Params, files: dict[str, Upload]) -> bool:
        chat = self._chat_for_send(params)
        action = str(_required(params, "action"))
        if action not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        if params.get("message_thread_id") is not None and not chat.get("is_forum"):
            raise ApiError(400, "Bad Request: message thread not found")
        self._chat_actions.append((chat["id"], action))
        return True

    @staticmethod
    def _commands_key(params: Params) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: Params, files: dict[str, Upload]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: commands is empty")
        scope = params.get("scope") or {}
        chat_scoped = scope.get("type") in ("chat", "chat_administrators", "chat_member")
        # Like Telegram: a chat scope needs a chat the bot knows (a user who has written to it).
        if chat_scoped and _as_int(scope.get("chat_id"), "chat_id") not in self._chats:
            raise ApiError(400, "Bad Request: chat not found")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        self._commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: Params, files: dict[str, Upload]) -> list[JSON]:
        return self._commands.get(self._commands_key(params), [])

    def _delete_my_commands(self, params: Params, files: dict[str, Upload]) -> bool:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _set_description(self, params: Params, kind: str, limit: int) -> bool:
        text = str(params.get(kind) or "")
        if len(text) > limit:
            raise ApiError(400, f"Bad Request: {kind} is too long")
        self._descriptions[(kind, str(params.get("language_code") or ""))] = text
        return True

    def _set_my_description(self, params: Params, files: dict[str, Upload]) -> bool:
        return self._set_description(params, "description", 512)

    def _set_my_short_description(self, params: Params, files: dict[str, Upload]) -> bool:
        return self._set_description(params, "short_description", 120)

    def _get_my_description(self, params: Params, files: dict[str, Upload]) -> JSON:
        return {"description": self.description("description", str(params.get("language_code") or ""))}

    def _get_my_short_description(self, params: Params, files: dict[str, Upload]) -> JSON:
        kind = "short_description"
        return {kind: self.description(kind, str(params.get("language_code") or ""))}

    def _get_file(self, params: Params, files: dict[str, Upload]) -> JSON:
        stored = self._files.get(str(_required(params, "file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if len(stored.content) > MAX_DOWNLOAD_SIZE:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }

    def _get_chat(self, params: Params, files: dict[str, Upload]) -> JSON:
        gifts = ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription")
        return {
            **self._chat_for_send(params),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": dict.fromkeys((*gifts, "gifts_from_channels"), False),
        }

    # ------------------------------------------------------------ users' side

    def _push_update(self, kind: str, payload: JSON) -> JSON:
        with self._changed:
            # Snapshot: later edits must not change an update already queued.
            payload = copy.deepcopy(payload)
            self._updates.append({"update_id": self._next_update_id, kind: payload})
            self._next_update_id += 1
            self._changed.notify_all()
        return copy.deepcopy(payload)

    def _user(self, user_id: int, username: str | None = None) -> JSON:
        user = self._users.setdefault(
            user_id,
            {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"},
        )
        if username:
            user["username"] = username
        return user

    def _sender(self, chat_id: int, chat_type: str, user_id: int | None) -> int:
        if chat_type == "private":
            if chat_id <= 0 or user_id not in (None, chat_id):
                raise ValueError("private chats: chat_id must be positive and equal user_id")
            return chat_id
        if chat_type not in ("group", "supergroup") or chat_id >= 0:
            raise ValueError("group chats: chat_type group/supergroup and a negative chat_id")
        if user_id is None:
            raise ValueError("user_id is required for group chats")
        return user_id

    def _user_chat(self, chat_id: int, chat_type: str, user: JSON, title: str | None) -> JSON:
        if chat_type == "private":
            chat = {k: v for k, v in user.items() if k in ("first_name", "username")}
            self._chats[chat_id] = {"id": chat_id, "type": "private", **chat}
        else:
            known = self._chats.get(chat_id, {})
            title = title or known.get("title") or f"Group {chat_id}"
            self._chats[chat_id] = {"id": chat_id, "type": chat_type, "title": title}
            if known.get("is_forum"):
                self._chats[chat_id]["is_forum"] = True
        return self._chats[chat_id]

    def _stored(self, chat_id: int, message_id: int) -> JSON:
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise KeyError(f"no message {message_id} in chat {chat_id}")
        return message

    def send_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
        reply_to_message_id: int | None = None,
        chat_title: str | None = None,
        thread_id: int | None = None,
    ) -> JSON:
        """A user writes ``text`` in a chat; returns the Message put in the update.

        ``thread_id`` posts it in that forum topic of a supergroup (which becomes a forum).
        """
        with self._lock:
            if thread_id is not None:
                if chat_type != "supergroup":
                    raise ValueError("forum topics exist only in supergroups")
                self._chat(chat_id)["is_forum"] = True
            message = self._user_message(chat_id, chat_type, user_id, username, chat_title)
            message["text"] = text
            if thread_id is not None:
                message["message_thread_id"] = thread_id
                message["is_topic_message"] = True
            if match := _COMMAND.match(text):
                length = utf16_len(match[0])
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
            if reply_to_message_id is not None:
                replied = self._stored(chat_id, reply_to_message_id)
                message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
            self._messages[(chat_id, message["message_id"])] = message
            return self._push_update("message", message)

    def _user_message(
        self,
        chat_id: int,
        chat_type: str,
        user_id: int | None,
        username: str | None,
        chat_title: str | None,
    ) -> JSON:
        user = self._user(self._sender(chat_id, chat_type, user_id), username)
        chat = self._user_chat(chat_id, chat_type, user, chat_title)
        return {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": _now(),
        }

    def edit_message(self, chat_id: int, message_id: int, new_text: str) -> JSON:
        """The user edits their earlier message; pushes an ``edited_message`` update."""
        with self._lock:
            message = self._stored(chat_id, message_id)
            if message.get("from", {}).get("id") == self.bot_id:
                raise ValueError("users cannot edit the bot's messages")
            message["caption" if "caption" in message else "text"] = new_text
            message["edit_date"] = _now()
            return self._push_update("edited_message", message)

    def press_button(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        force: bool = False,
        expired: bool = False,
    ) -> JSON:
        """Press the inline button with ``callback_data == data`` on a bot message.

        Raises LookupError if that message has no such button, unless ``force`` (which
        simulates a forged/stale callback). With ``expired`` the query is already too old to
        answer, as when the bot took over 15 s to see it: answerCallbackQuery fails.
        """
        with self._lock:
            message = self._stored(chat_id, message_id)
            if not force and not _has_button(message, data):
                raise LookupError(f"message {message_id} in chat {chat_id} has no button {data!r}")
            chat_type = message["chat"]["type"]
            sender = self._sender(chat_id, chat_type, user_id)
            query_id = str(4_000_000_000_000_000 + next(self._ids))
            if not expired:
                self._open_callbacks.add(query_id)
            query = {
                "id": query_id,
                "from": self._user(sender),
                "chat_instance": str(abs(chat_id) * 1_000_003 % 2**62),
                "data": data,
                "message": message,
            }
            return self._push_update("callback_query", query)

    def send_document(
        self,
        chat_id: int,
        filename: str,
        content: bytes,
        *,
        user_id: int | None = None,
        mime_type: str | None = None,
        caption: str | None = None,
        chat_type: str = "private",
    ) -> JSON:
        """A user sends a file; the bot can fetch it via getFile + download."""
        with self._lock:
            message = self._user_message(chat_id, chat_type, user_id, None, None)
            stored = self._store_file(filename, content, mime_type or "application/octet-stream")
            message["document"] = self._document_json(stored)
            if caption:
                message["caption"] = caption
            self._messages[(chat_id, message["message_id"])] = message
            return self._push_update("message", message)

    def send_photo(
        self,
        chat_id: int,
        caption: str | None = None,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
    ) -> JSON:
        """A user sends a photo, with ``caption`` if given."""
        size = {"file_id": f"AgACAgIAAxkBAAEmu{next(self._ids):08d}", "file_unique_id": "AQADemu"}
        photo = [{**size, "width": 90, "height": 60}, {**size, "width": 1280, "height": 853}]
        return self._send_media(
            chat_id,
            "photo",
            photo,
            caption,
            user_id=user_id,
            chat_type=chat_type,
            reply_to_message_id=reply_to_message_id,
        )

    def send_sticker(self, chat_id: int, emoji: str = "👍", *, user_id: int | None = None) -> JSON:
        """A user sends a sticker."""
        sticker = {
            "file_id": f"CAACAgIAAxkBAAEmu{next(self._ids):08d}",
            "file_unique_id": "AgADemusticker",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._send_media(chat_id, "sticker", sticker, None, user_id=user_id)

    def send_voice(self, chat_id: int, duration: int = 3, *, user_id: int | None = None) -> JSON:
        """A user sends a voice note."""
        voice = {
            "file_id": f"AwACAgIAAxkBAAEmu{next(self._ids):08d}",
            "file_unique_id": "AgADemuvoice",
            "duration": duration,
            "mime_type": "audio/ogg",
        }
        return self._send_media(chat_id, "voice", voice, None, user_id=user_id)

    def _send_media(
        self,
        chat_id: int,
        kind: str,
        payload: object,
        caption: str | None,
        *,
        user_id: int | None,
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
    ) -> JSON:
        with self._lock:
            message = self._user_message(chat_id, chat_type, user_id, None, None)
            message[kind] = payload
            if caption:
                if utf16_len(caption) > MAX_CAPTION_LENGTH:
                    raise ValueError("Telegram refuses captions over 1024 characters")
                message["caption"] = caption
            if reply_to_message_id is not None:
                replied = self._stored(chat_id, reply_to_message_id)
                message["reply_to_message"] = {k: v for k, v in replied.items() if k != "reply_to_message"}
            self._messages[(chat_id, message["message_id"])] = message
            return self._push_update("message", message)

    def _store_file(self, filename: str, content: bytes, mime_type: str) -> StoredFile:
        n = next(self._ids)
        suffix = filename[filename.rfind(".") :] if "." in filename else ""
        stored = StoredFile(
            file_id=f"BQACAgIAAxkBAAEmu{n:08d}",
            file_unique_id=f"AgADemu{n:06d}",
            file_path=f"documents/file_{n}{suffix}",
            file_name=filename,
            mime_type=mime_type,
            content=content,
        )
        self._files[stored.file_id] = stored
        return stored

    @staticmethod
    def _document_json(stored: StoredFile) -> JSON:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.file_name,
            "mime_type": stored.mime_type,
            "file_size": len(stored.content),
        }

    def send_inline_query(self, user_id: int, query: str) -> JSON:
        """A user types ``@bot query``; pushes an ``inline_query`` update."""
        with self._lock:
            query_id = str(5_000_000_000_000_000 + next(self._ids))
            self._open_inline_queries.add(query_id)
            payload = {"id": query_id, "from": self._user(user_id), "query": query, "offset": ""}
            return self._push_update("inline_query", payload)

    def migrate_group(
        self, old_id: int, new_id: int, *, user_id: int, announce: bool = True
    ) -> tuple[JSON, JSON]:
        """Telegram upgrades a group to a supergroup: the two service messages, then a new chat id.

        The old group gets a message with ``migrate_to_chat_id``, the new supergroup one with
        ``migrate_from_chat_id``; from then on the bot's sends to the old id fail with 400 and
        ``migrate_to_chat_id``, and users write from the new id (``chat_type="supergroup"``).
        ``announce=False``: the bot never gets the two service messages (it was offline, updates expired).
        """
        if old_id >= 0 or not str(new_id).startswith("-100"):
            raise ValueError("a group id is negative; a supergroup id starts with -100")
        with self._lock:
            old = self._user_message(old_id, "group", user_id, None, None)
            old["migrate_to_chat_id"] = new_id
            title = old["chat"]["title"]
            self._migrated[old_id] = new_id
            new = self._user_message(new_id, "supergroup", user_id, None, title)
            # Telegram sends the supergroup's message from the "Group" anonymous bot; its sender chat is it.
            new["sender_chat"] = new["chat"]
            new["migrate_from_chat_id"] = old_id
            if not announce:
                return old, new
            return self._push_update("message", old), self._push_update("message", new)

    def send_channel_post(self, chat_id: int, text: str) -> JSON:
        """A post in a channel (negative id) where the bot is admin."""
        if chat_id >= 0:
            raise ValueError("channel ids are negative")
        with self._lock:
            chat = self._chats.setdefault(
                chat_id, {"id": chat_id, "type": "channel", "title": f"Channel {chat_id}"}
            )
            message: JSON = {
                "message_id": self._next_message_id(chat_id),
                "sender_chat": chat,
                "chat": chat,
                "date": _now(),
                "text": text,
            }
            self._messages[(chat_id, message["message_id"])] = message
            return self._push_update("channel_post", message)

    # ------------------------------------------------------------ inspection

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """Every request the bot made (including failed/faulted ones), in order."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | None = None) -> list[JSON]:
        """Messages the bot delivered (sendMessage/sendDocument), as sent, in order.

        Keys: method, chat_id, message_id, text (raw text, or caption for documents),
        plain_text (after entity parsing), parse_mode, entities, reply_markup,
        reply_to_message_id, document, date, received_at.
        """
        with self._lock:
            return copy.deepcopy([m for m in self._sent if chat_id in (None, m["chat_id"])])

    def edits(self, chat_id: int | None = None) -> list[JSON]:
        """Successful editMessageText/editMessageReplyMarkup calls, in order."""
        with self._lock:
            return copy.deepcopy([e for e in self._edits if chat_id in (None, e["chat_id"])])

    def message(self, chat_id: int, message_id: int) -> JSON:
        """Current state of any message (after edits), as the Bot API would return it."""
        with self._lock:
            return copy.deepcopy(self._stored(chat_id, message_id))

    def pending_updates(self) -> list[JSON]:
        """Updates the bot has not confirmed yet."""
        with self._lock:
            return copy.deepcopy(self._updates)

    def take_updates(self) -> list[JSON]:
        """Hand over every pending update and forget it, as a getUpdates confirmed at once would."""
        with self._changed:
            self._confirm_updates(0)
            updates, self._updates = self._updates, []
            self._changed.notify_all()
            return copy.deepcopy(updates)

    def callback_answers(self) -> list[JSON]:
        with self._lock:
            return copy.deepcopy(self._callback_answers)

    def inline_answers(self) -> list[JSON]:
        with self._lock:
            return copy.deepcopy(self._inline_answers)

    def chat_actions(self, chat_id: int | None = None) -> list[str]:
        with self._lock:
            return [action for cid, action in self._chat_actions if chat_id in (None, cid)]

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Commands set via setMyCommands for ``scope`` (default scope if None)."""
        with self._lock:
            key = self._commands_key({"scope": scope, "language_code": language_code})
            return copy.deepcopy(self._commands.get(key, []))

    def description(self, kind: str = "description", language_code: str = "") -> str:
        """The text set via setMyDescription (``kind="description"``) or setMyShortDescription
        (``kind="short_description"``), "" if none."""
        with self._lock:
            return self._descriptions.get((kind, language_code), "")

    def file_content(self, file_id: str) -> bytes:
        """Bytes of a file the bot uploaded or a user sent."""
        with self._lock:
            return self._files[file_id].content

    def server_errors(self) -> list[str]:
        """Tracebacks of emulator bugs hit while serving (should stay empty)."""
        with self._lock:
            return list(self._errors)

    # ------------------------------------------------------------ waiting

    def wait_for_messages(self, chat_id: int | None, count: int, timeout: float = 10.0) -> list[JSON]:
        """Block until >= ``count`` messages were sent to ``chat_id`` (None: any chat).

        Returns all messages sent there so far. Don't call from the event loop running
        the bot (it would block the bot): use :meth:`wait_for_messages_async` there.
        """
        with self._changed:
            done = self._changed.wait_for(lambda: len(self.sent_messages(chat_id)) >= count, timeout)
            if not done:
                raise TimeoutError(self._describe_miss(chat_id, count, timeout))
            return self.sent_messages(chat_id)

    def _describe_miss(self, chat_id: int | None, count: int, timeout: float) -> str:
        sent = [(m["chat_id"], m["plain_text"]) for m in self._sent]
        recent = [(c.method, c.fault) for c in self._calls[-10:]]
        return (
            f"expected {count} message(s) to chat {chat_id} within {timeout}s, "
            f"got {len(self.sent_messages(chat_id))}. All sent (chat, text): {sent}. "
            f"Last calls (method, fault): {recent}. Emulator errors: {len(self._errors)}"
        )

    def wait_for_calls(self, method: str, count: int, timeout: float = 10.0) -> list[ApiCall]:
        """Block until the bot made >= ``count`` calls of ``method``; returns them."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.calls(method)) >= count, timeout):
                got = [c.method for c in self._calls[-10:]]
                raise TimeoutError(f"expected {count} {method} call(s), last calls: {got}")
            return self.calls(method)

    # ASYNC109: asyncio.timeout() could not interrupt the waiting thread; pass it through.
    async def wait_for_messages_async(
        self,
        chat_id: int | None,
        count: int,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[JSON]:
        return await asyncio.to_thread(self.wait_for_messages, chat_id, count, timeout)

    async def wait_for_calls_async(
        self,
        method: str,
        count: int,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[ApiCall]:
        return await asyncio.to_thread(self.wait_for_calls, method, count, timeout)


def main() -> None:
    """Run a standalone emulator for manual experiments: ``python -m tests.botapi.emulator``."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args()
    with TelegramEmulator(args.token, port=args.port) as emu:
        print(f"Bot API emulator at {emu.url}/bot{emu.token}/getMe", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
