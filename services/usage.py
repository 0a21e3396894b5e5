"""Usage of the online services (Art. 14.2): views, form downloads and
online-submission clicks per procedure per day.

The public views call :func:`record` for every countable action. It writes
nothing to the database: the count goes to a counter, and a flush adds the
counters to ``services.UsageDay`` later.

- **With Redis** (``REDIS_URL``): one hash per schema and day,
  ``aggov:usage:{<schema>}:<yyyy-mm-dd>``, field ``<page id>:<kind>``, ``HINCRBY``
  (the schema is in the key: page ids repeat across portals). The day is also
  put in the schema's set of pending days, in the same ``MULTI``. The beat task
  ``services.tasks.flush_usage_everywhere`` (every 5 minutes) flushes each
  portal on its own: a Lua script renames the day's hash to a flush key
  (atomic: an increment lands either in the batch or in a new hash) and stamps
  the batch with a token; the batch is added to the database in one
  transaction that also stores its token (``UsageFlush``), then deleted from
  Redis only if it is still that batch. A flush key left by a crash is applied
  by the next flush: before the commit it was never counted, after the commit
  its token is found and it is only deleted. So nothing is lost or counted
  twice beyond a crash of Redis itself.
- **Without Redis**, or while Redis is unreachable: an in-process buffer
  (thread-safe). There is no beat then (``make run``), so the buffer flushes
  itself at the end of a request, at most every ``USAGE_FLUSH_SECONDS``
  (60 s by default), and when the process exits. A process killed without
  exiting loses what it counted since its last flush.

Bots are not counted: an empty User-Agent, one that crawlerdetect's patterns
(search engines, monitors, curl/wget/python-requests, headless browsers)
recognise, HEAD and OPTIONS requests, and Wagtail's previews. ``record`` never
raises: usage is never worth a citizen's page.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import Counter
from datetime import date

from django.conf import settings
from django.db import connection

logger = logging.getLogger("aggov.services.usage")

VIEW = "view"
DOWNLOAD = "download"
SUBMIT = "submit"
KINDS = (VIEW, DOWNLOAD, SUBMIT)

#: Requests that read nothing a citizen sees.
UNCOUNTED_METHODS = frozenset({"HEAD", "OPTIONS"})
#: Longer User-Agents are cut before matching (bounded regex time).
MAX_USER_AGENT = 512
#: Seconds during which a Redis that failed is not asked again (counts go to
#: the in-process buffer meanwhile).
RETRY_AFTER = 5.0
KEY_PREFIX = "aggov:usage"
BATCH_FIELD = "batch"  # the token of a flush key (page fields have a colon)


# --- Who is counted --------------------------------------------------------


def _crawler_detect():
    from crawlerdetect import CrawlerDetect

    return CrawlerDetect()


_detector = None


def is_bot(user_agent: str) -> bool:
    """True for an empty User-Agent or one of a crawler, a monitor, a command
    line client or a headless browser (crawlerdetect's patterns)."""
    global _detector
    user_agent = (user_agent or "").strip()[:MAX_USER_AGENT]
    if not user_agent:
        return True
    if _detector is None:
        _detector = _crawler_detect()
    return _detector.is_crawler(user_agent)


def counted(request) -> bool:
    """Whether ``request`` is a person's action worth counting."""
    if request.method in UNCOUNTED_METHODS:
        return False
    if getattr(request, "is_preview", False):
        return False
    return not is_bot(request.META.get("HTTP_USER_AGENT", ""))


# --- The in-process buffer -------------------------------------------------


class Buffer:
    """Counts per (schema, day, page id, kind), shared by a process's threads."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts: Counter = Counter()

    def add(self, key: tuple, n: int = 1) -> None:
        with self._lock:
            self._counts[key] += n

    def take(self) -> Counter:
        """Everything counted so far; the buffer starts again empty."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
            return counts

    def put_back(self, counts: Counter) -> None:
        """Counts a flush could not store, kept for the next one."""
        with self._lock:
            self._counts.update(counts)

    def __len__(self):
        with self._lock:
            return len(self._counts)

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


buffer = Buffer()
_flush_lock = threading.Lock()
_last_flush = time.monotonic()


# --- Redis -----------------------------------------------------------------

_clients: dict[str, object] = {}
_down_until = 0.0

# KEYS: day hash, flush key, pending days; ARGV: day, token.
# 2: a batch is already there (a crash's leftover or another flusher's): apply
# it first. 1: the day's hash became a batch. 0: nothing to flush for the day.
_TAKE_BATCH = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 2 end
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('HSET', KEYS[2], 'batch', ARGV[2])
  return 1
end
redis.call('SREM', KEYS[3], ARGV[1])
return 0
"""
# KEYS: flush key; ARGV: token. Deletes the batch only if it is still that one.
_DROP_BATCH = """
if redis.call('HGET', KEYS[1], 'batch') == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def redis_url() -> str:
    return settings.REDIS_URL


def redis_client():
    """The Redis client of the settings' URL, or None (no Redis configured)."""
    url = redis_url()
    if not url:
        return None
    client = _clients.get(url)
    if client is None:
        import redis

        client = redis.Redis.from_url(
            url,
            decode_responses=True,
            socket_connect_timeout=0.5,
            socket_timeout=1.0,
        )
        _clients[url] = client
    return client


# The schema is a hash tag ({...}): a schema's keys share one slot, so the
# flush's scripts also run on a Redis Cluster.
def day_key(schema: str, day: str) -> str:
    return f"{KEY_PREFIX}:{{{schema}}}:{day}"


def flush_key(schema: str, day: str) -> str:
    return f"{KEY_PREFIX}:{{{schema}}}:{day}:flushing"


def pending_key(schema: str) -> str:
    return f"{KEY_PREFIX}:{{{schema}}}:days"


def _count_in_redis(client, schema: str, day: str, field: str) -> None:
    pipe = client.pipeline(transaction=True)
    pipe.hincrby(day_key(schema, day), field, 1)
    pipe.sadd(pending_key(schema), day)
    pipe.execute()


# --- Counting --------------------------------------------------------------


def record(request, procedure, kind: str) -> None:
    """Count one ``kind`` action on ``procedure`` (a ProcedurePage) for today,
    without writing to the database in the request; bots are not counted.
    Never raises."""
    global _down_until
    try:
        if kind not in KINDS:
            logger.warning("Usage kind %r unknown; not counted", kind)
            return
        if not counted(request):
            return
        schema = connection.schema_name
        if not schema or schema == settings.PUBLIC_SCHEMA_NAME:
            return
        page_id = int(getattr(procedure, "pk", procedure))
        from django.utils import timezone

        day = timezone.localdate().isoformat()
        client = redis_client()
        if client is not None and time.monotonic() >= _down_until:
            import redis

            try:
                _count_in_redis(client, schema, day, f"{page_id}:{kind}")
                return
            except redis.RedisError as error:
                _down_until = time.monotonic() + RETRY_AFTER
                logger.warning("Usage counter: Redis failed (%s); counted here", error)
        buffer.add((schema, day, page_id, kind))
    except Exception:  # noqa: BLE001 - counting never breaks a citizen's page
        logger.exception("Usage of %r not counted", procedure)


# --- Flushing --------------------------------------------------------------


# Table names from the models' meta (no user input in either).
_MARK_BATCH_SQL = (
    "INSERT INTO {table} (token, applied_at) VALUES (%s, now())"
    " ON CONFLICT (token) DO NOTHING RETURNING id"
)
# Adds to an existing row (bulk_create's update_conflicts would replace it).
_UPSERT_SQL = (
    "INSERT INTO {table} (procedure_id, day, kind, count) VALUES {values}"
    " ON CONFLICT (procedure_id, day, kind) DO UPDATE"
    " SET count = {table}.count + EXCLUDED.count"
)


def _apply(rows: Counter, token: str | None = None) -> int:
    """Add ``rows`` ({(day, page id, kind): n}) to UsageDay in the current
    schema, in one transaction; with ``token``, only if that batch was never
    applied. Rows of pages that are no longer procedures are dropped.
    Returns the number of actions added."""
    from django.db import transaction

    from .models import ProcedurePage, UsageDay, UsageFlush

    with transaction.atomic():
        with connection.cursor() as cursor:
            if token is not None:
                cursor.execute(
                    _MARK_BATCH_SQL.format(table=UsageFlush._meta.db_table), [token]
                )
                if cursor.fetchone() is None:
                    return 0  # applied before a crash: only its deletion was lost
            ids = {page_id for _day, page_id, _kind in rows}
            known = set(
                ProcedurePage.objects.filter(pk__in=ids).values_list("pk", flat=True)
            )
            values = [
                (page_id, day, kind, n)
                for (day, page_id, kind), n in sorted(rows.items())
                if page_id in known and n > 0
            ]
            if len(known) < len(ids):
                logger.info(
                    "Usage of pages %s dropped (not procedures here)",
                    sorted(ids - known),
                )
            table = UsageDay._meta.db_table
            for start in range(0, len(values), 500):
                chunk = values[start : start + 500]
                cursor.execute(
                    _UPSERT_SQL.format(
                        table=table,
                        values=", ".join(["(%s, %s, %s, %s)"] * len(chunk)),
                    ),
                    [item for row in chunk for item in row],
                )
    return sum(row[3] for row in values)


def _parse_batch(day: str, data: dict) -> Counter:
    rows: Counter = Counter()
    try:
        date.fromisoformat(day)
    except ValueError:
        logger.warning("Usage batch of day %r ignored", day)
        return rows
    for field, value in data.items():
        page_id, _sep, kind = field.partition(":")
        if kind not in KINDS or not page_id.isascii() or not page_id.isdecimal():
            continue
        try:
            rows[(day, int(page_id), kind)] += int(value)
        except ValueError:
            continue
    return rows


def flush_redis_here(client=None) -> int:
    """The current schema's Redis counters into UsageDay (every pending day)."""
    client = client or redis_client()
    if client is None:
        return 0
    schema = connection.schema_name
    take = client.register_script(_TAKE_BATCH)
    drop = client.register_script(_DROP_BATCH)
    total = 0
    for day in sorted(client.smembers(pending_key(schema))):
        keys = [day_key(schema, day), flush_key(schema, day), pending_key(schema)]
        # At most a leftover batch, then the day's own: a busy day never
        # keeps the flush in this loop.
        for _attempt in range(2):
            state = take(keys=keys, args=[day, uuid.uuid4().hex])
            if state == 0:
                break
            data = client.hgetall(keys[1])
            token = data.pop(BATCH_FIELD, None)
            if token is None:
                # A batch renamed but not stamped cannot exist (one script);
                # a hand-made key: stamp it so it is applied once.
                token = uuid.uuid4().hex
                client.hset(keys[1], BATCH_FIELD, token)
            total += _apply(_parse_batch(day, data), token)
            drop(keys=[keys[1]], args=[token])
            if state == 1:
                break
    _prune_flushes()
    return total


def _prune_flushes() -> None:
    from datetime import timedelta

    from django.utils import timezone

    from .models import UsageFlush

    UsageFlush.objects.filter(
        applied_at__lt=timezone.now() - timedelta(days=1)
    ).delete()


def flush_buffer() -> int:
    """This process's buffer into UsageDay, each schema in its own transaction;
    what a schema could not store stays in the buffer for the next flush."""
    from django_tenants.utils import schema_context

    global _last_flush
    with _flush_lock:
        _last_flush = time.monotonic()
        counts = buffer.take()
        if not counts:
            return 0
        by_schema: dict[str, Counter] = {}
        for (schema, day, page_id, kind), n in counts.items():
            by_schema.setdefault(schema, Counter())[(day, page_id, kind)] += n
        total = 0
        for schema, rows in sorted(by_schema.items()):
            try:
                with schema_context(schema):
                    total += _apply(rows)
            except Exception:  # noqa: BLE001 - one schema never stops the others
                logger.exception("Usage of %s not stored; kept for later", schema)
                buffer.put_back(Counter({(schema, *key): n for key, n in rows.items()}))
        return total


def flush_buffer_here() -> int:
    """The buffer's counts of the current schema only (the beat's flush)."""
    schema = connection.schema_name
    counts = buffer.take()
    mine = Counter({k: n for k, n in counts.items() if k[0] == schema})
    buffer.put_back(counts - mine)
    if not mine:
        return 0
    rows = Counter({k[1:]: n for k, n in mine.items()})
    try:
        return _apply(rows)
    except Exception:
        buffer.put_back(mine)
        raise


def flush_here() -> int:
    """Everything counted for the current schema: its Redis counters and this
    process's buffer. Returns the number of actions added."""
    return flush_redis_here() + flush_buffer_here()


def flush_after_request(**_kwargs) -> None:
    """``request_finished``: the buffer flushes itself at most every
    ``USAGE_FLUSH_SECONDS`` (no beat without Redis). Never raises."""
    try:
        if not len(buffer):
            return
        if time.monotonic() - _last_flush < settings.USAGE_FLUSH_SECONDS:
            return
        flush_buffer()
    except Exception:  # noqa: BLE001 - after the response; never break it
        logger.exception("Usage buffer not flushed")


def flush_at_exit() -> None:
    """``atexit``: what this process counted since its last flush. Off in the
    test suite (USAGE_FLUSH_AT_EXIT), whose database is gone or reused."""
    if not getattr(settings, "USAGE_FLUSH_AT_EXIT", True):
        return
    try:
        flush_buffer()
    except Exception:  # noqa: BLE001 - the process is leaving
        logger.exception("Usage buffer not flushed at exit")
