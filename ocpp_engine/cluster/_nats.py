"""The NATS engine: a subject per station gives routing and presence in one.

Needs the ``nats`` extra (``pip install 'ocpp-engine[nats]'``), on core NATS only (no
JetStream). The subjects, under the *prefix*:

| subject               | who subscribes                    | what travels                        |
|-----------------------|-----------------------------------|-------------------------------------|
| ``P.s.<station>``     | its holder (queue group ``h``)    | requests; an empty one asks "who?"  |
| ``P.c.*``             | every edge node                   | claims: ``{"n": node, "c": claim}`` |
| ``P.n.list``          | every edge node                   | "which stations do you hold?"       |
| ``P.ev``              | every process                     | station events                      |
| ``P.w``               | every worker (queue group ``w``)  | the pool's requests (`submit`)      |

Presence *is* the station's subscription: the server drops it the moment its node's connection
drops (a ``kill -9`` closes the socket), so a request for a station nobody holds is answered
"no responders" at once (`StationNotConnected`), and nothing has to be refreshed or can go
stale. After a server restart nats-py subscribes again by itself, which is presence rebuilt.
`locate` asks the station's subject; `stations` asks every edge node and gathers the answers
(scatter-gather) until they have all finished and none has spoken for *gather* seconds, so it
lists what the nodes hold at that moment and never a dead node's stations.

Takeover, with a fencing rank instead of clocks: a node about to hold a station asks its
subject who holds it now and with which rank (none: 0), subscribes, and publishes a claim on
``P.c.<station>`` with that rank plus one. A holder that sees a claim higher than its own
(rank, then node name for a tie) lets go and runs ``on_lost``; one that sees a lower claim says
its own again, for the node that made it may have missed it. So a connection made after the
current holder was asked always wins, two simultaneous claims settle on one winner whatever
order each node saw them in (NATS orders the messages of one publisher, not of several), and a
node that reconnects after an outage says all its claims again, so a takeover it missed
settles too. While two nodes briefly hold a station, the queue group hands each request to
exactly one of them, so nothing is ever delivered twice.

The worker pool is a queue group on ``P.w``: the server hands each request to one member, and
answers "no responders" at once when there is none (`NoWorkers`). A worker that dies with a
request in hand never answers it, and core NATS never sends it again: its caller gets
`CallOutcomeUnknown` at the deadline.

No request is stored anywhere: a node that restarts starts with empty subscriptions and never
sees an old call (and the edge drops a request that reaches it after its deadline).

When `start` or `hold` returns, the server has the subscriptions they made (a request or an
event sent at once reaches them), and a released station's subscription stops reading only
once the server has confirmed its UNSUB: both wait for a PONG sent after the commands, which
nats-py's own flush does not ensure (`_sync`).
"""

from __future__ import annotations

import asyncio
import base64
import re
from collections.abc import AsyncIterator
from typing import Any, Final

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
from ._common import EventReaders, Turns, logger, pack_work, unpack_work
from ._wire import _dumps, _loads

try:
    import nats
    import nats.errors
    from nats.aio.client import Client
    from nats.aio.msg import Msg
    from nats.aio.subscription import Subscription
except ImportError as _exc:  # pragma: no cover - depends on the environment
    from ..transports._common import missing_extra

    raise missing_extra("ocpp_engine.cluster.NatsBus", "nats", "nats-py>=2.6", _exc) from _exc

__all__ = ["NatsBus", "subject_token"]

_PLAIN: Final = re.compile(r"[A-Za-z0-9_\-]+")
#: Identities per answer to a `stations` request (an answer stays far below 1 MB).
_CHUNK: Final = 2000
#: The queue group of the station subjects: one holder answers each request.
_HOLDERS: Final = "h"
#: The queue group of the worker pool.
_WORKERS: Final = "w"
#: Seconds allowed for draining a released station's subscription.
_DRAIN: Final = 5.0
#: Seconds allowed for writing what the client buffered, and again for the server's PONG.
_SYNC: Final = 5


def subject_token(identity: str) -> str:
    """The subject token of *identity*: itself when plain, else ``=`` and its base64url.

    NATS tokens may not hold ``.``, ``*``, ``>`` or white space, which OCPP identities may.
    Raises nothing.
    """
    if _PLAIN.fullmatch(identity):
        return identity
    encoded = base64.urlsafe_b64encode(identity.encode()).rstrip(b"=").decode()
    return "=" + encoded


async def _sync(nc: Client) -> None:
    """Return once the server has handled every command given to *nc* so far.

    nats-py (2.16 at least) keeps SUB, UNSUB and PUB in a buffer that its flusher task writes
    later, but `Client.flush` writes its PING to the socket at once: the PING can overtake them,
    and its PONG then comes back before the server has the subscription (a request right after
    finds "no responders", an event reaches no reader). So the buffer is written out first.

    Raises:
        nats.errors.Error: the connection is closed, or no PONG came within 5 s.
        asyncio.TimeoutError: the buffer could not be written within 5 s.
    """
    await asyncio.wait_for(nc._flush_pending(force_flush=True), _SYNC)
    await nc.flush(timeout=_SYNC)


class _Hold:
    __slots__ = ("claim", "identity", "rank", "released", "subscription")

    def __init__(self, identity: str, subscription: Subscription, claim: str, rank: int) -> None:
        self.identity = identity
        self.subscription = subscription
        self.claim = claim
        self.rank = rank
        self.released = False


class NatsBus(Bus):
    """A `Bus` on a NATS server (or cluster of servers).

    Args:
        url: the server, such as ``"nats://127.0.0.1:4222"`` (a comma-separated list for
            several).
        prefix: the first token of every subject, to run several clusters on one server.
        gather: seconds of silence after which `stations` stops waiting for more answers.
        start_timeout: seconds `start` tries to reach the server before giving up (once
            connected, the bus reconnects for ever).
        connect_options: further keyword arguments for ``nats.connect`` (credentials, TLS).
    """

    def __init__(
        self,
        url: str = "nats://127.0.0.1:4222",
        *,
        prefix: str = "ocpp",
        gather: float = 0.1,
        start_timeout: float = 5.0,
        connect_options: dict[str, Any] | None = None,
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.gather = gather
        self.start_timeout = start_timeout
        self.node: str | None = None
        self._options = dict(connect_options or {})
        self._nc: Client | None = None
        self._on_request: OnRequest | None = None
        self._on_lost: OnLost | None = None
        self._on_work: OnWork | None = None
        self._work_subscription: Subscription | None = None
        self._turns = Turns()
        self._holds: dict[str, _Hold] = {}  # by subject token
        self._claims = 0
        self._tasks = TaskSet()
        self._events = EventReaders()
        self._closed = False
        self._dead = False

    # -- subjects -------------------------------------------------------------------------------

    def _station(self, token: str) -> str:
        return f"{self.prefix}.s.{token}"

    def _claim(self, token: str) -> str:
        return f"{self.prefix}.c.{token}"

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect; an edge node starts answering.

        Raises:
            ConnectionError: the server cannot be reached.
            BusClosedError: the bus was closed.
        """
        if self._nc is not None:
            return
        if self._closed:
            raise BusClosedError("the bus was closed")
        options: dict[str, Any] = {
            "name": self.node or f"{self.prefix}-client",
            "max_reconnect_attempts": -1,
            "reconnect_time_wait": 0.25,
            "connect_timeout": 2,
            "error_cb": self._error,
            "disconnected_cb": self._disconnected,
            "reconnected_cb": self._reconnected,
        }
        options.update(self._options)
        try:
            nc = await asyncio.wait_for(
                nats.connect(self.url.split(","), **options), self.start_timeout
            )
        except asyncio.TimeoutError:
            raise ConnectionError(
                f"cannot reach the NATS server {self.url} within {self.start_timeout} s"
            ) from None
        except (OSError, nats.errors.Error) as exc:
            raise ConnectionError(f"cannot reach the NATS server {self.url}: {exc}") from exc
        self._nc = nc
        await nc.subscribe(f"{self.prefix}.ev", cb=self._event)
        if self._on_request is not None:
            await nc.subscribe(f"{self.prefix}.c.*", cb=self._claimed)
            await nc.subscribe(f"{self.prefix}.n.list", cb=self._list)
        if self._on_work is not None:
            self._work_subscription = await nc.subscribe(
                f"{self.prefix}.w", _WORKERS, cb=self._work
            )
        await _sync(nc)

    async def close(self) -> None:
        """Let go of every station held here, stop serving and disconnect. Raises nothing."""
        self._closed = True
        nc, self._nc = self._nc, None
        if nc is None:
            return
        for hold in list(self._holds.values()):
            await self._drop(hold, drain=False)
        work, self._work_subscription = self._work_subscription, None
        if work is not None:  # out of the pool before the connection goes: "no responders" now
            try:
                await work.unsubscribe()
                await self._flush(nc)
            except Exception as exc:
                logger.debug("leaving the worker pool: %s", exc)
        await self._tasks.cancel_all()
        self._events.close()
        try:
            await nc.close()
        except Exception:  # pragma: no cover - nats-py closes quietly
            logger.exception("closing the NATS connection failed")

    async def _die(self) -> None:
        """Stop as a killed process would: no answer, no letting go (for tests)."""
        self._dead = True
        self._closed = True
        nc, self._nc = self._nc, None
        for task in self._tasks:
            task.cancel()
        self._holds.clear()
        self._events.close()
        if nc is not None:
            await nc.close()

    def _client(self) -> Client:
        nc = self._nc
        if nc is None:
            raise BusClosedError("the bus is not started" if not self._closed else "bus closed")
        return nc

    async def _error(self, exc: Exception) -> None:
        logger.warning("NATS: %s", exc)

    async def _disconnected(self) -> None:
        if self._closed:
            return
        logger.warning("NATS: disconnected from %s; reconnecting", self.url)

    async def _reconnected(self) -> None:
        logger.warning("NATS: reconnected; %d stations subscribed again", len(self._holds))
        # A claim made elsewhere while this node was cut off never reached it: say again what
        # it holds, so that of two holders the one with the lower claim lets go.
        nc = self._nc
        if nc is not None:
            for token, hold in list(self._holds.items()):
                await self._announce(nc, token, hold)

    # -- the edge -------------------------------------------------------------------------------

    def serve(self, node: str, on_request: OnRequest, on_lost: OnLost) -> None:
        """Make this bus the edge node *node* (before `start`).

        Raises:
            BusClosedError: the bus is already started.
        """
        if self._nc is not None:
            raise BusClosedError("serve() must come before start()")
        self.node, self._on_request, self._on_lost = node, on_request, on_lost

    async def hold(self, identity: str) -> None:
        """Subscribe to the station's subject and claim it; an older holder lets go.

        Returns once the server has the subscription (when connected).

        Raises:
            BusClosedError: the bus is not started, or `serve` was not called.
        """
        nc = self._client()
        if self._on_request is None:
            raise BusClosedError("serve() was not called: this bus is not an edge node")
        token = subject_token(identity)
        self._claims += 1
        claim = f"{self.node}/{self._claims}"
        current = await self._holder(identity)
        rank = (current[1] if current is not None else 0) + 1
        hold = self._holds.get(token)
        if hold is None:
            box: list[_Hold] = []

            async def served(msg: Msg) -> None:
                self._served(box[0], msg)

            subscription = await nc.subscribe(self._station(token), _HOLDERS, cb=served)
            hold = self._holds[token] = _Hold(identity, subscription, claim, rank)
            box.append(hold)
        else:
            hold.claim, hold.rank = claim, max(rank, hold.rank + 1)
        await self._announce(nc, token, hold)
        await self._flush(nc)

    async def _announce(self, nc: Client, token: str, hold: _Hold) -> None:
        body = {"n": self.node, "c": hold.claim, "k": hold.rank}
        await nc.publish(self._claim(token), _dumps(body))

    async def let_go(self, identity: str) -> None:
        """Unsubscribe from the station's subject if this node still holds it. Raises nothing."""
        hold = self._holds.get(subject_token(identity))
        if hold is not None:
            await self._drop(hold)

    async def _drop(self, hold: _Hold, drain: bool = True) -> None:
        """Release *hold*: from now on its subscription answers "not here" until it is gone.

        Draining keeps the subscription until the server has confirmed the unsubscription, so
        that a request it routed here just before gets "not here" (an empty reply, on which
        the caller asks again: nothing was delivered) instead of being lost, which would end
        it at its deadline as an unknown outcome.
        """
        token = subject_token(hold.identity)
        if self._holds.get(token) is hold:
            del self._holds[token]
        hold.released = True
        if drain:
            self._tasks.spawn(self._drain(hold))
        else:
            await self._unsubscribe(hold)

    async def _drain(self, hold: _Hold) -> None:
        nc = self._nc
        subscription = hold.subscription
        if nc is not None and nc.is_connected:
            try:
                # nats-py's drain sends UNSUB and flushes, but its PING can overtake the
                # UNSUB (see `_sync`): it would then stop reading while the server still
                # routes requests here, and those would be lost (the caller's deadline, an
                # unknown outcome) instead of answered "not here". So the server first
                # confirms the UNSUB; the drain's own UNSUB is then a no-op.
                await nc._send_unsubscribe(subscription._id)
                await asyncio.wait_for(_sync(nc), _DRAIN)
                drain: Any = subscription.drain  # untyped in nats-py
                await asyncio.wait_for(drain(), _DRAIN)
            except Exception as exc:  # cut off meanwhile: make sure it is not subscribed again
                logger.debug("draining %r: %s", hold.identity, exc)
                nc._remove_sub(subscription._id)
            return
        await self._unsubscribe(hold)

    @staticmethod
    async def _unsubscribe(hold: _Hold) -> None:
        try:
            await hold.subscription.unsubscribe()
        except Exception as exc:  # closed or draining connection: the server forgets it anyway
            logger.debug("unsubscribing %r: %s", hold.identity, exc)

    async def _claimed(self, msg: Msg) -> None:
        token = msg.subject.rpartition(".")[2]
        hold = self._holds.get(token)
        if hold is None:
            return
        try:
            body = _loads(msg.data)
            node, claim, rank = str(body["n"]), body["c"], int(body["k"])
        except (ValueError, TypeError, KeyError):
            logger.warning("ignored an unreadable claim on %s", msg.subject)
            return
        if node == self.node or claim == hold.claim:
            return
        if (rank, node) < (hold.rank, self.node or ""):
            # A lower claim: its node lets go once it sees ours, which it may have missed
            # (it claimed, or was cut off, before our claim reached it): say ours again.
            nc = self._nc
            if nc is not None:
                await self._announce(nc, token, hold)
            return
        await self._drop(hold)  # a higher claim: the station is elsewhere now
        if self._on_lost is not None:
            self._tasks.spawn(self._lost(self._on_lost, hold.identity))

    @staticmethod
    async def _lost(on_lost: OnLost, identity: str) -> None:
        try:
            await on_lost(identity)
        except Exception:
            logger.exception("on_lost(%r) failed", identity)

    def _served(self, hold: _Hold, msg: Msg) -> None:
        if self._dead or not msg.reply:
            return
        if hold.released:  # "not here": the caller asks again
            self._tasks.spawn(msg.respond(b""))
        elif not msg.data:  # who holds the station, with which claim?
            self._tasks.spawn(msg.respond(_dumps({"n": self.node, "k": hold.rank})))
        elif self._on_request is not None:
            self._tasks.spawn(self._answer(self._on_request, hold.identity, msg))

    async def _answer(self, on_request: OnRequest, identity: str, msg: Msg) -> None:
        try:
            answer = await on_request(identity, msg.data)
        except ClusterError as exc:
            logger.debug("no answer to a request for %r: %s", identity, exc)
            return
        except Exception:
            logger.exception("on_request(%r) failed; the caller will time out", identity)
            return
        if self._dead:
            return
        try:
            await msg.respond(answer)
        except Exception as exc:
            logger.warning("could not answer a request for %r: %s", identity, exc)

    async def _list(self, msg: Msg) -> None:
        if self._dead or not msg.reply:
            return
        identities = [hold.identity for hold in self._holds.values()]
        chunks = [identities[i : i + _CHUNK] for i in range(0, len(identities), _CHUNK)] or [[]]
        nc = self._nc
        if nc is None:
            return
        for number, chunk in enumerate(chunks, 1):
            body = {"n": self.node, "i": chunk, "last": number == len(chunks)}
            await nc.publish(msg.reply, _dumps(body))

    # -- presence -------------------------------------------------------------------------------

    async def locate(self, identity: str) -> str | None:
        """Ask the station's subject who holds it.

        Raises:
            BusClosedError: the bus is not started.
        """
        current = await self._holder(identity)
        return None if current is None else current[0]

    async def _holder(self, identity: str) -> tuple[str, int] | None:
        """The node holding *identity* and the rank of its claim, or ``None``."""
        try:
            answer = await self._ask(identity, b"", 2.0)
        except StationNotConnected:
            return None
        except CallOutcomeUnknown:
            return None  # a holder that cannot answer in time is not counted as one
        try:
            body = _loads(answer)
            return str(body["n"]), int(body["k"])
        except (ValueError, TypeError, KeyError):
            logger.warning("ignored an unreadable answer about %r", identity)
            return None

    async def stations(self) -> dict[str, str]:
        """Ask every edge node which stations it holds; gather the answers.

        Raises:
            BusClosedError: the bus is not started.
        """
        nc = self._client()
        found: dict[str, str] = {}
        pending: set[str] = set()
        done: set[str] = set()
        heard = asyncio.Event()
        nobody = False

        async def answer(msg: Msg) -> None:
            nonlocal nobody
            heard.set()
            if msg.headers and msg.headers.get("Status") == "503":
                nobody = True
                return
            try:
                body = _loads(msg.data)
                node, identities, last = str(body["n"]), body["i"], bool(body["last"])
            except (ValueError, TypeError, KeyError):
                return
            for identity in identities:
                if isinstance(identity, str):
                    found[identity] = node
            (done if last else pending).add(node)
            if last:
                pending.discard(node)

        inbox = nc.new_inbox()
        subscription = await nc.subscribe(inbox, cb=answer)
        try:
            await nc.publish(f"{self.prefix}.n.list", b"", reply=inbox)
            await self._flush(nc)
            loop = asyncio.get_running_loop()
            give_up = loop.time() + max(2.0, 20 * self.gather)
            while not nobody and loop.time() < give_up:
                heard.clear()
                try:
                    await asyncio.wait_for(heard.wait(), self.gather)
                except asyncio.TimeoutError:
                    if not pending:
                        break
        finally:
            await subscription.unsubscribe()
        return found

    # -- requests -------------------------------------------------------------------------------

    async def request(self, identity: str, body: bytes, timeout: float) -> bytes:
        """Request from the station's subject: its holder answers.

        Raises:
            StationNotConnected: no node holds *identity* ("no responders", at once).
            CallOutcomeUnknown: no answer within *timeout* seconds.
            BusClosedError: the bus is not started or its connection closed.
        """
        return await self._ask(identity, body, timeout)

    async def _ask(self, identity: str, body: bytes, timeout: float) -> bytes:
        nc = self._client()
        subject = self._station(subject_token(identity))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            left = deadline - loop.time()
            if left <= 0:
                raise CallOutcomeUnknown(identity, timeout)
            try:
                msg = await nc.request(subject, body, timeout=left)
            except nats.errors.NoRespondersError:
                raise StationNotConnected(identity) from None
            except nats.errors.TimeoutError:
                raise CallOutcomeUnknown(identity, timeout) from None
            except nats.errors.ConnectionClosedError as exc:
                raise BusClosedError(f"the NATS connection is closed: {exc}") from None
            if msg.data:
                return bytes(msg.data)
            # "not here": a node that had just let go; nothing was delivered, so ask again
            await asyncio.sleep(0.005)

    # -- the worker pool ------------------------------------------------------------------------

    def work(self, on_work: OnWork) -> None:
        """Make this bus a worker: it joins the queue group of ``P.w`` at `start`.

        Raises:
            BusClosedError: the bus is already started.
        """
        if self._nc is not None:
            raise BusClosedError("work() must come before start()")
        self._on_work = on_work

    async def _work(self, msg: Msg) -> None:
        if self._dead or not msg.reply or self._on_work is None:
            return
        self._tasks.spawn(self._do_work(self._on_work, msg))

    async def _do_work(self, on_work: OnWork, msg: Msg) -> None:
        try:
            key, body = unpack_work(msg.data)
        except ValueError:
            logger.warning("ignored an unreadable work request")
            return
        try:
            answer = await on_work(key, body)
        except ClusterError as exc:
            logger.debug("no answer to a work request about %r: %s", key, exc)
            return
        except Exception:
            logger.exception("on_work(%r) failed; the caller will time out", key)
            return
        if self._dead:
            return
        try:
            await msg.respond(answer)
        except Exception as exc:
            logger.warning("could not answer a work request about %r: %s", key, exc)

    async def submit(self, key: str, body: bytes, timeout: float) -> bytes:
        """Request from the pool's queue group: one worker answers.

        Raises:
            NoWorkers: no worker is subscribed ("no responders", at once).
            CallOutcomeUnknown: no answer within *timeout* seconds.
            BusClosedError: the bus is not started or its connection closed.
        """
        nc = self._client()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._turns.turn(key, deadline, timeout):
            left = deadline - loop.time()
            if left <= 0:
                raise CallOutcomeUnknown(key, timeout, worker=True)
            try:
                msg = await nc.request(f"{self.prefix}.w", pack_work(key, body), timeout=left)
            except nats.errors.NoRespondersError:
                raise NoWorkers(key) from None
            except nats.errors.TimeoutError:
                raise CallOutcomeUnknown(key, timeout, worker=True) from None
            except nats.errors.ConnectionClosedError as exc:
                raise BusClosedError(f"the NATS connection is closed: {exc}") from None
            return bytes(msg.data)

    # -- events ---------------------------------------------------------------------------------

    async def publish(self, event: bytes) -> None:
        """Publish *event* to every process.

        Raises:
            BusClosedError: the bus is not started.
        """
        await self._client().publish(f"{self.prefix}.ev", event)

    async def _event(self, msg: Msg) -> None:
        self._events.deliver(msg.data)

    def events(self) -> AsyncIterator[bytes]:
        """Every event published from now on; ends when the bus closes. Raises nothing."""
        return self._events.reader()

    @staticmethod
    async def _flush(nc: Client) -> None:
        if nc.is_connected:
            try:
                await _sync(nc)
            except (nats.errors.Error, asyncio.TimeoutError) as exc:
                logger.debug("flush: %s", exc)

    def __repr__(self) -> str:
        return f"<NatsBus {self.url} prefix={self.prefix!r} node={self.node!r}>"
