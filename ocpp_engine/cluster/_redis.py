"""The cluster's bus on Redis: presence keys with a lease, a request stream per node, pub/sub.

Keys, for a *prefix* ``P`` (every name below is built in one place, `_Keys`):

============================  ====================================================================
``P:station:{identity}``      the presence of a station: ``"{token} {node}"``, with a TTL of
                              *presence_ttl*; the token comes from ``INCR P:fence`` at each claim
``P:fence``                   the counter of fencing tokens (monotonic while Redis keeps its data)
``P:node:{node}:inbox``       the node's stream: requests for its stations, and takeover notices
``P:caller:{id}:replies``     one bus instance's stream of replies (a fresh *id* per instance)
``P:events``                  the pub/sub channel of events
``P:work``                    the worker pool's stream (consumer group ``workers``)
``P:workers``                 the pool's presence: a sorted set, worker -> end of its lease (ms,
                              by Redis's clock), renewed every *refresh_interval*
============================  ====================================================================

Rules, and where each one is kept:

- A claim is one script (`_CLAIM`): a new token, ``SET ... PX ttl GET``, and when the key named
  another node, a ``lost`` notice on that node's stream, so that its ``on_lost`` runs at once
  rather than at its next refresh.
- Presence is refreshed by a task every *refresh_interval* (a third of the TTL by default), one
  script per 500 stations (`_REFRESH`): a key that is still ours gets its TTL again, a missing one
  is written again (Redis restarted or evicted it: presence is rebuilt, not lost, and the fence
  counter is raised to the rebuilt tokens, so tokens stay monotonic across a restart without
  persistence), one that names another claim means a takeover. A reader that lost its
  connection asks for a refresh at once when it is back, so a restarted Redis has its presence
  again within one round trip.
- A release deletes the key only if it still holds our claim (`_RELEASE`, compare-and-delete on
  the whole value, fencing token included): a node that was taken over cannot remove the newer
  claim.
- A request is one script (`_SEND`): read the holder, append to its stream. Nobody holds the
  station: nothing is sent and the caller raises `StationNotConnected` at once. The reply comes
  on the caller's own stream, matched by a request id; none by the deadline is
  `CallOutcomeUnknown`. Nothing is retried (the connection pool has no retries either: a retried
  write could deliver a call twice).
- No replay: a node reads its stream from the last entry that existed when it started, and drops
  an entry whose deadline has passed by Redis's own clock (the entry id is the time Redis added
  it; the node keeps the offset between Redis's clock and its own from ``TIME``).
- Order: one caller sends the requests for one station one at a time (a lock per station, held
  only while the script runs), and the node hands the requests of one (caller, station) pair to
  ``on_request`` one at a time, in stream order; other pairs run concurrently. The replies made
  while one pipeline of replies is on its way go together in the next.

- Worker pool: `submit` is one script (`_SUBMIT`): drop the workers whose lease ended, and
  when none is left answer "no workers" (`NoWorkers`, at once, nothing sent); else append the
  request to ``P:work``. Each worker reads the stream through the consumer group (``XREADGROUP
  ... >``), so an entry goes to one worker; it answers on the caller's reply stream and
  ``XACK`` s the entry in the same pipeline. At most once: no entry is ever claimed again
  (no ``XCLAIM``/``XAUTOCLAIM``), so a worker that dies with entries in hand leaves them
  pending under its own consumer name and their callers get `CallOutcomeUnknown` at their
  deadlines; a worker that starts later reads only what is new to the group, and drops an
  entry whose deadline has passed (as a node does). A dead worker's lease still counts for up
  to *presence_ttl*: meanwhile, with no other worker, a submit is sent and ends unknown rather
  than failing at once with `NoWorkers`. Each worker reads under a fresh consumer name (its
  lease's name) and deletes it when it closes. A dead worker's consumer is deleted by a live
  worker (`_SWEEP`, at its start and with each renewal of its lease) once it has no lease and
  has been idle for *presence_ttl* + *block*, longer than a live worker's blocking read; its
  pending entries go with it, as they are never delivered again anyway. So ``XINFO CONSUMERS``
  does not grow with every restart of a worker.

Cost at scale, measured on one core of a laptop-class machine: a refresh costs Redis about
1.5 µs per station (a 500-station script holds Redis for under a millisecond), so 1,000,000
stations refreshed every 5 s (the default TTL of 15 s) take about a quarter of Redis's core, and
every 20 s (a TTL of 60 s) under a tenth; `RedisBus.stations` reads about 150,000 stations a
second.

The scripts reach keys they do not declare (the holder's stream), which standalone Redis and
replicas allow but Redis Cluster does not: this bus needs one Redis primary (with replicas or
Sentinel if wished), not a Redis Cluster.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Sequence
from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import NoScriptError, RedisError, ResponseError

from .._tasks import TaskSet
from ._bus import (
    Bus,
    BusClosedError,
    CallOutcomeUnknown,
    ClusterError,
    NoWorkers,
    OnLost,
    OnRequest,
    OnWork,
    StationNotConnected,
)
from ._common import Turns

__all__ = ["RedisBus"]

logger = logging.getLogger("ocpp_engine.cluster.redis")

_CLAIM = """
local token = redis.call('INCR', KEYS[2])
local value = token .. ' ' .. ARGV[1]
local old = redis.call('SET', KEYS[1], value, 'PX', ARGV[2], 'GET')
if old then
  local space = string.find(old, ' ', 1, true)
  if space then
    local node = string.sub(old, space + 1)
    if node ~= ARGV[1] then
      local inbox = ARGV[3] .. ':node:' .. node .. ':inbox'
      redis.call('XADD', inbox, 'MAXLEN', '~', ARGV[5], '*', 'm', 'lost\0' .. ARGV[4], 'b', old)
      redis.call('PEXPIRE', inbox, ARGV[6])
    end
  end
end
return value
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

_REFRESH = """
local result = {}
for n = 1, #KEYS do
  local current = redis.call('GET', KEYS[n])
  if current == ARGV[n + 2] then
    redis.call('PEXPIRE', KEYS[n], ARGV[1])
    result[n] = 0
  elseif not current then
    redis.call('SET', KEYS[n], ARGV[n + 2], 'PX', ARGV[1])
    local token = tonumber(string.match(ARGV[n + 2], '^%d+'))
    if token and token > tonumber(redis.call('GET', ARGV[2]) or '0') then
      redis.call('SET', ARGV[2], token)
    end
    result[n] = 1
  else
    result[n] = 2
  end
end
return result
"""

_SEND = """
local value = redis.call('GET', KEYS[1])
if not value then
  return false
end
local space = string.find(value, ' ', 1, true)
if not space then
  return false
end
local node = string.sub(value, space + 1)
local inbox = ARGV[1] .. ':node:' .. node .. ':inbox'
redis.call('XADD', inbox, 'MAXLEN', '~', ARGV[2], '*',
  'm', 'req\0' .. ARGV[4] .. '\0' .. ARGV[7] .. '\0' .. ARGV[5] .. '\0' .. ARGV[6], 'b', ARGV[8])
redis.call('PEXPIRE', inbox, ARGV[3])
return node
"""

_SUBMIT = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms)
if redis.call('ZCARD', KEYS[1]) == 0 then
  return 0
end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], '*',
  'm', 'req\0' .. ARGV[2] .. '\0' .. ARGV[3] .. '\0' .. ARGV[4] .. '\0' .. ARGV[5], 'b', ARGV[6])
return 1
"""

_LEASE = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[1]), ARGV[2])
return 1
"""

_SWEEP = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local ok, consumers = pcall(redis.call, 'XINFO', 'CONSUMERS', KEYS[2], ARGV[1])
if not ok then
  return {}
end
local removed = {}
for _, consumer in ipairs(consumers) do
  local name, idle
  for n = 1, #consumer, 2 do
    if consumer[n] == 'name' then
      name = consumer[n + 1]
    elseif consumer[n] == 'idle' then
      idle = consumer[n + 1]
    end
  end
  if name and idle and idle > tonumber(ARGV[2]) then
    local lease = redis.call('ZSCORE', KEYS[1], name)
    if not lease or tonumber(lease) <= ms then
      redis.call('XGROUP', 'DELCONSUMER', KEYS[2], ARGV[1], name)
      redis.call('ZREM', KEYS[1], name)
      removed[#removed + 1] = name
    end
  end
end
return removed
"""

#: The consumer group of the worker pool.
_GROUP = "workers"

#: Reply statuses: answered, the node does not hold the station, its handler failed.
_OK, _GONE, _FAILED = b"ok", b"gone", b"fail"
#: Stations per refresh script: long enough to amortise a round trip, short enough that Redis
#: (single-threaded) is never blocked for long.
_REFRESH_BATCH = 500
#: Entries read from a stream at once.
_READ_COUNT = 512
#: The longest pause between two attempts to reach a Redis that went away, in seconds.
_MAX_PAUSE = 1.0


class _Script:
    __slots__ = ("sha", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.sha = hashlib.sha1(source.encode()).hexdigest()


_SCRIPTS = {
    "claim": _Script(_CLAIM),
    "release": _Script(_RELEASE),
    "refresh": _Script(_REFRESH),
    "send": _Script(_SEND),
    "submit": _Script(_SUBMIT),
    "lease": _Script(_LEASE),
    "sweep": _Script(_SWEEP),
}


class _Keys:
    """The names of every key and channel under one prefix."""

    __slots__ = ("events", "fence", "prefix", "station_prefix", "work", "workers")

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.station_prefix = f"{prefix}:station:"
        self.fence = f"{prefix}:fence"
        self.events = f"{prefix}:events"
        self.work = f"{prefix}:work"
        self.workers = f"{prefix}:workers"

    def station(self, identity: str) -> str:
        return self.station_prefix + identity

    def inbox(self, node: str) -> str:
        return f"{self.prefix}:node:{node}:inbox"

    def replies(self, caller: str) -> str:
        return f"{self.prefix}:caller:{caller}:replies"


def _node_of(value: bytes | None) -> str | None:
    if value is None:
        return None
    _, _, node = value.partition(b" ")
    return node.decode("utf-8", "replace") or None


def _glob_escape(text: str) -> str:
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)


class RedisBus(Bus):
    """The cluster's `Bus` on one Redis server (``redis-server`` 6.2 or later; not Redis Cluster).

    Args:
        url: the Redis URL (``redis://host:port/db``, ``rediss://`` for TLS).
        prefix: the first part of every key and channel; buses share a cluster when they share
            the Redis database and the prefix.
        presence_ttl: seconds a station's presence outlives its node: the longest a dead node's
            stations still look connected (calls to them end as `CallOutcomeUnknown` meanwhile).
        refresh_interval: seconds between two refreshes of this node's presence; a third of
            *presence_ttl* when ``None``.
        stream_maxlen: about how many entries a node's request stream keeps (trimmed with
            ``MAXLEN ~``); read entries stay until trimmed.
        stream_ttl: seconds a stream (a node's requests, a caller's replies) outlives its last
            entry, so that the streams of nodes and callers gone for good do not pile up.
        block: seconds a stream read blocks in Redis before it is issued again; also how soon a
            reader notices a half-open connection (with *socket_timeout*).
        socket_timeout: seconds any Redis command may take before its connection is given up.
        max_connections: the most connections to Redis at once (the stream readers hold one
            each); a command waits for a free one, within its request's deadline.

    Raises:
        ValueError: a duration or size is not positive, *refresh_interval* is not below
            *presence_ttl*, or *socket_timeout* is not above *block*.
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        prefix: str = "ocpp",
        *,
        presence_ttl: float = 15.0,
        refresh_interval: float | None = None,
        stream_maxlen: int = 10_000,
        stream_ttl: float = 3600.0,
        block: float = 2.0,
        socket_timeout: float = 10.0,
        max_connections: int = 64,
    ) -> None:
        interval = presence_ttl / 3 if refresh_interval is None else refresh_interval
        if min(presence_ttl, interval, stream_ttl, block, socket_timeout) <= 0 or (
            min(stream_maxlen, max_connections) <= 0
        ):
            raise ValueError("durations and sizes must be positive")
        if interval >= presence_ttl:
            raise ValueError("refresh_interval must be shorter than presence_ttl")
        if socket_timeout <= block:
            raise ValueError("socket_timeout must be longer than block")
        self.url = url
        self.prefix = prefix
        self.presence_ttl = presence_ttl
        self.refresh_interval = interval
        self.stream_maxlen = stream_maxlen
        self.stream_ttl = stream_ttl
        self.block = block
        self.socket_timeout = socket_timeout
        self.max_connections = max_connections
        self._keys = _Keys(prefix)
        self._caller = uuid.uuid4().hex  # a fresh reply stream per bus: none is read twice
        # Any: redis-py's command signatures vary with its version and response protocol
        self._redis: Any = None
        self._pubsub: Any = None
        self._started = False
        self._closed = False
        self._tasks = TaskSet()  # readers, the refresh loop, workers, on_lost callbacks
        # serving
        self._node: str | None = None
        self._on_request: OnRequest | None = None
        self._on_lost: OnLost | None = None
        self._on_work: OnWork | None = None
        self._acks: list[bytes] = []  # work entries answered, acknowledged with the replies
        self._turns = Turns()
        self._held: dict[str, bytes] = {}  # identity -> our claim's value
        # stations held here whose claim could not be written (Redis was down): claimed by
        # the refresh loop once Redis is back
        self._unclaimed: set[str] = set()
        self._queues: dict[tuple[bytes, str], deque[tuple[bytes, bytes, int, bytes]]] = {}
        self._refresh_now = asyncio.Event()
        self._replies: list[tuple[bytes, bytes, bytes, bytes]] = []  # waiting to be sent
        self._reply_writer: asyncio.Task[Any] | None = None
        self._clock_offset_ms = 0.0  # Redis's clock minus time.monotonic(), in ms
        # calling
        self._pending: dict[bytes, asyncio.Future[tuple[bytes, bytes]]] = {}
        self._next_id = 0
        self._reply_reader: asyncio.Task[Any] | None = None
        self._send_locks: dict[str, tuple[asyncio.Lock, int]] = {}
        # events
        self._event_queues: set[asyncio.Queue[bytes | None]] = set()
        #: counters, for tests and logs
        self.expired_dropped = 0
        self.rebuilt = 0
        self.dead_workers_removed = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect to Redis; when `serve` was called, start answering and refreshing.

        Raises:
            OSError: Redis cannot be reached (the `redis.exceptions.RedisError` is its cause).
            BusClosedError: the bus was closed.
        """
        if self._closed:
            raise BusClosedError("the bus was closed")
        if self._started:
            return
        # A request waits for a free connection rather than fail (timeout=None: its own
        # deadline bounds the wait); no retries, since a retried write could run twice.
        pool = aioredis.BlockingConnectionPool.from_url(
            self.url,
            max_connections=self.max_connections,
            timeout=None,
            retry=Retry(NoBackoff(), 0),
            socket_timeout=self.socket_timeout,
            socket_connect_timeout=self.socket_timeout,
            socket_keepalive=True,
        )
        client: Any = aioredis.Redis.from_pool(pool)
        try:
            await client.ping()
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            await pubsub.subscribe(self._keys.events)
        except RedisError as exc:
            await client.aclose()
            raise OSError(f"cannot reach Redis at {self.url}: {exc}") from exc
        except BaseException:
            await client.aclose()
            raise
        self._redis, self._pubsub = client, pubsub
        self._started = True
        self._tasks.spawn(self._read_events())
        if self._node is not None:
            try:
                await self._sync_clock()
                inbox = self._keys.inbox(self._node)
                # no replay: only what is added from now on (an entry older than its deadline
                # is dropped as well, after a stall or a reconnect)
                last = await client.execute_command("XREVRANGE", inbox, "+", "-", "COUNT", 1)
            except BaseException:
                await self.close()
                raise
            start_id = last[0][0] if last else b"0-0"
            self._tasks.spawn(self._read_inbox(inbox, start_id))
            self._tasks.spawn(self._refresh_loop())
        if self._on_work is not None:
            try:
                await self._sync_clock()
                await self._join_group()
                await self._lease()
                await self._sweep()
            except BaseException:
                await self.close()
                raise
            self._tasks.spawn(self._read_work())
            self._tasks.spawn(self._lease_loop())

    async def close(self) -> None:
        """Let go of every station held here (fenced), stop every task, disconnect.

        Requests still waiting for a reply raise `BusClosedError`; `events` iterators end.
        Idempotent; raises nothing.
        """
        if self._closed:
            return
        self._closed = True
        if self._on_work is not None and self._redis is not None:
            with contextlib.suppress(RedisError, OSError, asyncio.TimeoutError):
                await asyncio.wait_for(self._leave_pool(), self.socket_timeout)
        await self._stop_tasks()  # a request being handled here ends unknown at its caller
        held, self._held = self._held, {}
        if self._redis is not None and (held or self._replies):
            with contextlib.suppress(RedisError, OSError, asyncio.TimeoutError):
                await asyncio.wait_for(self._release_all(held), self.socket_timeout)
        self._shut_down()
        await self._disconnect()

    async def _stop_tasks(self) -> None:
        # redis-py (8.1 on Python 3.10 and 3.11) can swallow the cancellation of a command in
        # flight and finish it instead, so a reader blocked in XREAD could outlive its
        # cancellation by up to *block*: its connections are closed first, the readers check
        # _closed, and the next command of the pool opens a fresh connection.
        if self._redis is not None:
            with contextlib.suppress(Exception):
                await self._redis.connection_pool.disconnect(inuse_connections=True)
        await self._tasks.cancel_all()

    async def _release_all(self, held: dict[str, bytes]) -> None:
        assert self._redis is not None
        if self._replies:  # answers made but not yet sent: their callers are waiting
            await self._write_replies(self._redis)
        pipe = self._redis.pipeline(transaction=False)
        script = _SCRIPTS["release"]
        for identity, value in held.items():
            pipe.execute_command("EVAL", script.source, 1, self._keys.station(identity), value)
        await pipe.execute()

    def _shut_down(self) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(BusClosedError("the bus was closed"))
        self._pending.clear()
        for queue in self._event_queues:
            if queue.full():  # the reader is far behind: it loses one more event, not the end
                queue.get_nowait()
            queue.put_nowait(None)

    async def _disconnect(self) -> None:
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()
        if self._redis is not None:
            with contextlib.suppress(Exception):
                await self._redis.aclose()

    async def _crash(self) -> None:
        """Stop as a killed process would: no release, no reply; for tests of a dead node."""
        self._closed = True
        await self._stop_tasks()
        self._held = {}
        self._unclaimed = set()
        self._shut_down()
        await self._disconnect()

    def serve(self, node: str, on_request: OnRequest, on_lost: OnLost) -> None:
        """Make this bus the edge node *node*: call before `start`.

        Args:
            node: this node's name, unique in the cluster (a restarted node may reuse it).
            on_request: answers a request for a station held here.
            on_lost: runs when another node took a station over, or its presence was lost.

        Raises:
            BusClosedError: the bus is already started, or closed.
            ValueError: *node* is empty or contains a space.
        """
        if self._started or self._closed:
            raise BusClosedError("serve() must be called before start()")
        if not node or " " in node:
            raise ValueError("a node name must be non-empty and contain no space")
        self._node, self._on_request, self._on_lost = node, on_request, on_lost

    def _check(self) -> Any:
        if self._closed:
            raise BusClosedError("the bus was closed")
        if not self._started or self._redis is None:
            raise BusClosedError("the bus is not started")
        return self._redis

    async def _eval(self, name: str, keys: Sequence[str | bytes], *args: Any) -> Any:
        client = self._check()
        script = _SCRIPTS[name]
        try:
            return await client.execute_command("EVALSHA", script.sha, len(keys), *keys, *args)
        except NoScriptError:  # a restarted Redis forgot it; EVALSHA did not run, so no repeat
            return await client.execute_command("EVAL", script.source, len(keys), *keys, *args)

    # -- presence --------------------------------------------------------------------------

    async def hold(self, identity: str) -> None:
        """Claim *identity* for this node; the node that held it is told to let go.

        Args:
            identity: the station.

        Raises:
            BusClosedError: the bus is not started, or `serve` was not called.
            redis.exceptions.RedisError: Redis could not be reached. The station still counts
                as held here: the refresh loop claims it once Redis is back (unless `let_go`
                comes first).
        """
        self._check()
        if self._node is None:
            raise BusClosedError("serve() was not called: this bus is not an edge node")
        try:
            value = await self._eval(
                "claim",
                [self._keys.station(identity), self._keys.fence],
                self._node,
                self._ttl_ms,
                self.prefix,
                identity,
                self.stream_maxlen,
                int(self.stream_ttl * 1000),
            )
        except (RedisError, OSError):
            self._unclaimed.add(identity)
            raise
        self._unclaimed.discard(identity)
        self._held[identity] = bytes(value)

    async def let_go(self, identity: str) -> None:
        """Drop the claim on *identity* if Redis still holds ours (never a newer holder's).

        When Redis cannot be reached the claim expires on its own after *presence_ttl*, since
        it is no longer refreshed. Raises nothing.
        """
        self._unclaimed.discard(identity)
        value = self._held.pop(identity, None)
        if value is None or self._closed or self._redis is None:
            return
        await self._release(identity, value)

    async def _release(self, identity: str, value: bytes) -> None:
        try:
            await self._eval("release", [self._keys.station(identity)], value)
        except (RedisError, OSError, BusClosedError) as exc:
            logger.warning("could not release %r (it expires on its own): %r", identity, exc)

    @property
    def _ttl_ms(self) -> int:
        return max(1, int(self.presence_ttl * 1000))

    async def locate(self, identity: str) -> str | None:
        """Return the node that holds *identity*, or ``None``.

        Raises:
            BusClosedError: the bus is not started.
            redis.exceptions.RedisError: Redis could not be reached.
        """
        client = self._check()
        return _node_of(await client.get(self._keys.station(identity)))

    async def stations(self) -> dict[str, str]:
        """Return every held station and its node, by ``SCAN`` over the presence keys.

        The cost grows with the keys of the whole database: one ``SCAN`` and one ``MGET`` per
        thousand keys, so about 2,000 round trips and 40 MB read for 1,000,000 stations (some
        seconds); Redis serves other clients in between. A station claimed or released during
        the scan may be missing or listed once.

        Raises:
            BusClosedError: the bus is not started.
            redis.exceptions.RedisError: Redis could not be reached.
        """
        client = self._check()
        pattern = _glob_escape(self._keys.station_prefix) + "*"
        start = len(self._keys.station_prefix.encode())
        result: dict[str, str] = {}
        cursor: int | bytes = 0
        while True:
            cursor, keys = await client.execute_command(
                "SCAN", cursor, "MATCH", pattern, "COUNT", 1000
            )
            if keys:
                values = await client.execute_command("MGET", *keys)
                for key, value in zip(keys, values, strict=True):
                    node = _node_of(value)
                    if node is not None:
                        result[bytes(key)[start:].decode("utf-8", "replace")] = node
            if int(cursor) == 0:
                return result

    async def _refresh_loop(self) -> None:
        pause = self.refresh_interval
        while not self._closed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._refresh_now.wait(), pause)
            self._refresh_now.clear()
            try:
                await self._sync_clock()
                await self._refresh()
            except (RedisError, OSError) as exc:
                logger.warning("presence refresh failed, trying again: %r", exc)
                pause = min(self.refresh_interval, _MAX_PAUSE / 4)
            else:
                pause = self.refresh_interval

    async def _refresh(self) -> None:
        for identity in list(self._unclaimed):  # held while Redis was down: claim them now
            if identity in self._unclaimed:
                await self.hold(identity)
        snapshot = list(self._held.items())
        for n in range(0, len(snapshot), _REFRESH_BATCH):
            batch = snapshot[n : n + _REFRESH_BATCH]
            statuses = await self._eval(
                "refresh",
                [self._keys.station(identity) for identity, _ in batch],
                self._ttl_ms,
                self._keys.fence,
                *(value for _, value in batch),
            )
            for (identity, value), status in zip(batch, statuses, strict=True):
                if status == 1:
                    self.rebuilt += 1
                    if self._held.get(identity) != value:  # let go meanwhile: undo
                        await self._release(identity, value)
                elif status == 2 and self._held.get(identity) == value:
                    self._lose(identity, value)

    def _lose(self, identity: str, value: bytes) -> None:
        del self._held[identity]
        self._tasks.spawn(self._lost(identity, value))

    async def _lost(self, identity: str, value: bytes) -> None:
        await self._release(identity, value)  # in case a refresh wrote it back meanwhile
        assert self._on_lost is not None
        try:
            await self._on_lost(identity)
        except Exception:
            logger.exception("on_lost(%r) failed", identity)

    async def _sync_clock(self) -> None:
        client = self._check()
        before = time.monotonic()
        seconds, micros = await client.time()
        after = time.monotonic()
        self._clock_offset_ms = seconds * 1000 + micros / 1000 - (before + after) * 500

    def _redis_now_ms(self) -> float:
        return time.monotonic() * 1000 + self._clock_offset_ms

    # -- serving ---------------------------------------------------------------------------

    async def _read_stream(self, key: str, last: bytes) -> AsyncIterator[tuple[bytes, Any]]:
        """Yield every entry of *key* after *last*, across lost connections, until cancelled."""
        client = self._check()
        pause = 0.05
        block_ms = int(self.block * 1000)
        while not self._closed:
            try:
                response = await client.xread({key: last}, count=_READ_COUNT, block=block_ms)
            except Exception as exc:  # a lost connection, or a reply it could not parse
                if self._closed:
                    return
                logger.warning("reading %s failed, trying again: %r", key, exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, _MAX_PAUSE)
                self._refresh_now.set()  # Redis may have restarted: rebuild presence at once
                continue
            pause = 0.05
            for _, entries in response or ():
                for entry_id, fields in entries:
                    last = entry_id
                    yield entry_id, fields

    async def _read_inbox(self, key: str, start: bytes) -> None:
        async for entry_id, fields in self._read_stream(key, start):
            try:
                self._on_entry(entry_id, fields)
            except Exception:  # a malformed entry: skip it, never stop serving
                logger.exception("dropped a malformed entry %r of %s", entry_id, key)

    def _on_entry(self, entry_id: bytes, fields: dict[bytes, bytes]) -> None:
        kind, _, rest = fields[b"m"].partition(b"\0")
        if kind == b"lost":  # lost NUL identity; b: the claim taken over
            identity = rest.decode()
            if self._held.get(identity) == fields[b"b"]:
                self._lose(identity, fields[b"b"])
            return
        if kind != b"req":
            return
        # req NUL request id NUL timeout in ms NUL reply stream NUL identity; b: the body
        request_id, timeout_ms, reply_to, name = rest.split(b"\0", 3)
        expires = int(entry_id.split(b"-", 1)[0]) + int(timeout_ms)
        if self._redis_now_ms() > expires:  # its caller gave up: never serve it late
            self.expired_dropped += 1
            return
        key = (reply_to, name.decode())
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = deque()
            self._tasks.spawn(self._work(key, queue))
        queue.append((request_id, reply_to, expires, fields[b"b"]))

    async def _work(
        self, key: tuple[bytes, str], queue: deque[tuple[bytes, bytes, int, bytes]]
    ) -> None:
        identity = key[1]
        try:
            while queue:
                request_id, reply_to, expires, body = queue.popleft()
                if self._redis_now_ms() > expires:
                    self.expired_dropped += 1
                    continue
                await self._answer(identity, request_id, reply_to, body)
        finally:
            del self._queues[key]

    async def _answer(self, identity: str, request_id: bytes, reply_to: bytes, body: bytes) -> None:
        assert self._on_request is not None
        if identity not in self._held:
            status, answer = _GONE, b""
        else:
            try:
                status, answer = _OK, await self._on_request(identity, body)
            except Exception:
                logger.exception("on_request(%r) failed", identity)
                status, answer = _FAILED, b""
        self._replies.append((reply_to, request_id, status, answer))
        if self._reply_writer is None or self._reply_writer.done():
            self._reply_writer = self._tasks.spawn(self._write_replies())

    async def _write_replies(self, client: Any = None) -> None:
        """Send the replies made meanwhile in one pipeline, one pipeline at a time."""
        client = client or self._check()
        ttl_ms = int(self.stream_ttl * 1000)
        while self._replies or self._acks:
            batch, self._replies = self._replies, []
            acks, self._acks = self._acks, []
            pipe = client.pipeline(transaction=False)
            for reply_to, request_id, status, answer in batch:
                pipe.execute_command(
                    "XADD", reply_to, "MAXLEN", "~", self.stream_maxlen, "*",
                    "m", status + b"\0" + request_id, "b", answer,
                )  # fmt: skip
                pipe.execute_command("PEXPIRE", reply_to, ttl_ms)
            if acks:
                pipe.execute_command("XACK", self._keys.work, _GROUP, *acks)
            try:
                await pipe.execute(raise_on_error=False)
            except Exception as exc:  # the callers' requests end at their deadlines
                logger.warning("could not send %d replies: %r", len(batch), exc)

    # -- calling ---------------------------------------------------------------------------

    async def request(self, identity: str, body: bytes, timeout: float) -> bytes:
        """Send *body* to the node holding *identity* and return its reply.

        Requests for one station from this bus reach its node in the order they were made.

        Args:
            identity: the station.
            body: the request, as the cluster encoded it.
            timeout: seconds to wait for the reply, the send included.

        Returns:
            The reply of the holder's ``on_request``.

        Raises:
            StationNotConnected: nobody holds *identity* (at once, nothing was sent), or its
                node no longer held it when the request arrived (it did not handle it).
            CallOutcomeUnknown: no reply within *timeout* seconds, Redis failed while the
                request was sent, or the holder's ``on_request`` raised.
            BusClosedError: the bus is not started, or closed while waiting.
        """
        self._check()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        if self._reply_reader is None:
            self._reply_reader = self._tasks.spawn(self._read_replies())
        self._next_id += 1
        request_id = b"%d" % self._next_id
        future: asyncio.Future[tuple[bytes, bytes]] = loop.create_future()
        self._pending[request_id] = future
        try:
            try:
                node = await asyncio.wait_for(
                    self._send(identity, request_id, body, timeout),
                    max(0.0, deadline - loop.time()),
                )
            except (RedisError, OSError, asyncio.TimeoutError) as exc:
                raise CallOutcomeUnknown(identity, timeout) from exc
            if node is None:
                raise StationNotConnected(identity)
            try:
                status, answer = await asyncio.wait_for(future, max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                raise CallOutcomeUnknown(identity, timeout) from None
        finally:
            self._pending.pop(request_id, None)
            if future.done() and not future.cancelled():
                future.exception()  # closed while sending: the send's error was raised instead
            future.cancel()
        if status == _OK:
            return answer
        if status == _GONE:
            raise StationNotConnected(identity)
        raise CallOutcomeUnknown(identity, timeout)

    async def _send(self, identity: str, request_id: bytes, body: bytes, timeout: float) -> Any:
        async with self._send_lock(identity):  # one at a time per station: the order is kept
            return await self._eval(
                "send",
                [self._keys.station(identity)],
                self.prefix,
                self.stream_maxlen,
                int(self.stream_ttl * 1000),
                request_id,
                self._keys.replies(self._caller),
                identity,
                max(1, int(timeout * 1000)),
                body,
            )

    @contextlib.asynccontextmanager
    async def _send_lock(self, identity: str) -> AsyncIterator[None]:
        lock, users = self._send_locks.get(identity) or (asyncio.Lock(), 0)
        self._send_locks[identity] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._send_locks[identity]
            if users == 1:
                del self._send_locks[identity]
            else:
                self._send_locks[identity] = (lock, users - 1)

    async def _read_replies(self) -> None:
        async for _, fields in self._read_stream(self._keys.replies(self._caller), b"0-0"):
            status, _, request_id = fields.get(b"m", b"").partition(b"\0")
            future = self._pending.get(request_id)
            if future is not None and not future.done():
                future.set_result((status, fields.get(b"b", b"")))

    # -- the worker pool -------------------------------------------------------------------

    def work(self, on_work: OnWork) -> None:
        """Make this bus a worker of the pool: call before `start`.

        At `start` it joins the consumer group of ``P:work`` (creating it when needed) and
        takes a lease in ``P:workers``, renewed every *refresh_interval*.

        Raises:
            BusClosedError: the bus is already started, or closed.
        """
        if self._started or self._closed:
            raise BusClosedError("work() must be called before start()")
        self._on_work = on_work

    async def _join_group(self) -> None:
        client = self._check()
        try:
            await client.execute_command(
                "XGROUP", "CREATE", self._keys.work, _GROUP, "$", "MKSTREAM"
            )
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def _lease(self) -> None:
        await self._eval("lease", [self._keys.workers], self._ttl_ms, self._caller)

    async def _sweep(self) -> None:
        # A consumer left by a dead worker: no lease, idle for longer than a live worker's
        # blocking read (which touches its consumer) plus its lease. Its pending entries go
        # with it: they are never delivered again anyway (at most once).
        idle_ms = int((self.presence_ttl + self.block) * 1000)
        removed = await self._eval("sweep", [self._keys.workers, self._keys.work], _GROUP, idle_ms)
        for name in removed or ():
            self.dead_workers_removed += 1
            logger.info("removed the consumer of a dead worker: %s", bytes(name).decode())

    async def _leave_pool(self) -> None:
        client = self._redis
        pipe = client.pipeline(transaction=False)
        pipe.execute_command("ZREM", self._keys.workers, self._caller)
        pipe.execute_command("XGROUP", "DELCONSUMER", self._keys.work, _GROUP, self._caller)
        await pipe.execute(raise_on_error=False)

    async def _lease_loop(self) -> None:
        pause = self.refresh_interval
        while not self._closed:
            await asyncio.sleep(pause)
            try:
                await self._sync_clock()
                await self._lease()
                await self._sweep()
            except (RedisError, OSError) as exc:
                logger.warning("worker lease renewal failed, trying again: %r", exc)
                pause = min(self.refresh_interval, _MAX_PAUSE / 4)
            else:
                pause = self.refresh_interval

    async def _read_work(self) -> None:
        client = self._check()
        pause = 0.05
        block_ms = int(self.block * 1000)
        while not self._closed:
            try:
                response = await client.xreadgroup(
                    _GROUP, self._caller, {self._keys.work: ">"}, count=_READ_COUNT, block=block_ms
                )
            except Exception as exc:  # a lost connection; a restarted Redis lost the group
                if self._closed:
                    return
                logger.warning("reading the work stream failed, trying again: %r", exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, _MAX_PAUSE)
                with contextlib.suppress(RedisError, OSError):
                    await self._join_group()
                    await self._lease()
                continue
            pause = 0.05
            for _, entries in response or ():
                for entry_id, fields in entries:
                    try:
                        self._on_work_entry(entry_id, fields)
                    except Exception:  # a malformed entry: skip it, never stop working
                        logger.exception("dropped a malformed work entry %r", entry_id)
                        self._acks.append(entry_id)

    def _on_work_entry(self, entry_id: bytes, fields: dict[bytes, bytes]) -> None:
        # req NUL request id NUL timeout in ms NUL reply stream NUL key; b: the body
        kind, _, rest = fields[b"m"].partition(b"\0")
        if kind != b"req":
            raise ValueError(f"unknown entry kind {kind!r}")
        request_id, timeout_ms, reply_to, key = rest.split(b"\0", 3)
        expires = int(entry_id.split(b"-", 1)[0]) + int(timeout_ms)
        if self._redis_now_ms() > expires:  # its caller gave up: never serve it late
            self.expired_dropped += 1
            self._acks.append(entry_id)
            return
        self._tasks.spawn(self._do_work(entry_id, key.decode(), request_id, reply_to, fields[b"b"]))

    async def _do_work(
        self, entry_id: bytes, key: str, request_id: bytes, reply_to: bytes, body: bytes
    ) -> None:
        assert self._on_work is not None
        try:
            status, answer = _OK, await self._on_work(key, body)
        except ClusterError as exc:  # nothing to answer (it came after its deadline)
            logger.debug("no answer to a work request about %r: %s", key, exc)
            status, answer = _FAILED, b""
        except Exception:
            logger.exception("on_work(%r) failed", key)
            status, answer = _FAILED, b""
        self._replies.append((reply_to, request_id, status, answer))
        self._acks.append(entry_id)
        if self._reply_writer is None or self._reply_writer.done():
            self._reply_writer = self._tasks.spawn(self._write_replies())

    async def submit(self, key: str, body: bytes, timeout: float) -> bytes:
        """Append *body* to the pool's stream; return the reply of the worker that took it.

        Args:
            key: what the request is about (the station): the unit of order.
            body: the request, as the cluster encoded it.
            timeout: seconds to wait for the reply, the wait for the key's turn included.

        Returns:
            The reply of the worker's ``on_work``.

        Raises:
            NoWorkers: no worker holds a lease (at once, nothing was sent).
            CallOutcomeUnknown: no reply within *timeout* seconds, Redis failed while the
                request was sent, or the worker's ``on_work`` raised.
            BusClosedError: the bus is not started, or closed while waiting.
        """
        self._check()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._turns.turn(key, deadline, timeout):
            if self._reply_reader is None:
                self._reply_reader = self._tasks.spawn(self._read_replies())
            self._next_id += 1
            request_id = b"%d" % self._next_id
            future: asyncio.Future[tuple[bytes, bytes]] = loop.create_future()
            self._pending[request_id] = future
            try:
                try:
                    sent = await asyncio.wait_for(
                        self._eval(
                            "submit",
                            [self._keys.workers, self._keys.work],
                            self.stream_maxlen,
                            request_id,
                            max(1, int((deadline - loop.time()) * 1000)),
                            self._keys.replies(self._caller),
                            key,
                            body,
                        ),
                        max(0.0, deadline - loop.time()),
                    )
                except (RedisError, OSError, asyncio.TimeoutError) as exc:
                    raise CallOutcomeUnknown(key, timeout, worker=True) from exc
                if not sent:
                    raise NoWorkers(key)
                try:
                    status, answer = await asyncio.wait_for(
                        future, max(0.0, deadline - loop.time())
                    )
                except asyncio.TimeoutError:
                    raise CallOutcomeUnknown(key, timeout, worker=True) from None
            finally:
                self._pending.pop(request_id, None)
                if future.done() and not future.cancelled():
                    future.exception()
                future.cancel()
        if status == _OK:
            return answer
        raise CallOutcomeUnknown(key, timeout, worker=True)

    # -- events ----------------------------------------------------------------------------

    async def publish(self, event: bytes) -> None:
        """Send *event* to every bus reading `events` now (pub/sub: at most once, no replay).

        Raises:
            BusClosedError: the bus is not started.
            redis.exceptions.RedisError: Redis could not be reached.
        """
        client = self._check()
        await client.publish(self._keys.events, event)

    def events(self) -> AsyncIterator[bytes]:
        """Every event published from this call on, by any bus, in order per publisher.

        Events arriving while the reader is 10,000 behind are dropped (and logged): a reader
        that stalls must not take the process's memory. The iterator ends when the bus closes.
        """
        queue: asyncio.Queue[bytes | None] = asyncio.Queue(10_000)
        if self._closed:
            queue.put_nowait(None)
        else:
            self._event_queues.add(queue)
        return self._iterate(queue)

    async def _iterate(self, queue: asyncio.Queue[bytes | None]) -> AsyncIterator[bytes]:
        try:
            while (event := await queue.get()) is not None:
                yield event
        finally:
            self._event_queues.discard(queue)

    async def _read_events(self) -> None:
        pause = 0.05
        while not self._closed:
            try:
                message = await self._pubsub.get_message(
                    ignore_subscribe_messages=True, timeout=self.block
                )
            except Exception as exc:
                if self._closed:
                    return
                logger.warning("reading events failed, trying again: %r", exc)
                await asyncio.sleep(pause)
                pause = min(pause * 2, _MAX_PAUSE)
                continue
            pause = 0.05
            if message is None or message.get("type") != "message":
                continue
            for queue in self._event_queues:
                try:
                    queue.put_nowait(bytes(message["data"]))
                except asyncio.QueueFull:
                    logger.warning("an events reader is 10,000 behind: event dropped")
