"""A shared corpus of received frames and how each version classifies them.

Each entry is a frame as received and what `ocpp_engine._frames.classify` makes of it, per
version (one expectation for all three, or a dict by version). Anything that judges frames (the
device, the log checker) can be tested against the same table.
"""

from __future__ import annotations

from dataclasses import dataclass

V16, V201, V21 = "ocpp1.6", "ocpp2.0.1", "ocpp2.1"
VERSIONS = (V16, V201, V21)


@dataclass(frozen=True)
class Accepted:
    """The frame is well formed: an event of this class, carrying this message id."""

    event: str
    message_id: str


@dataclass(frozen=True)
class Rejected:
    """The frame is rejected with *code*; answered on *reply_to* (``None``: not answered).

    *message_id* is the frame's id when it is readable; *fails_call* says that the frame is an
    answer that fails our call of that id; *broken* that it counts towards
    `Limits.max_bad_frames`.
    """

    code: str
    reply_to: str | None
    message_id: str | None = None
    fails_call: bool = False
    broken: bool = True


Expected = Accepted | Rejected

#: Not JSON, not an OCPP-J message, or no readable id: 2.x answers on "-1", 1.6 drops it.
UNREADABLE = {
    V16: Rejected("RpcFrameworkError", None),
    V201: Rejected("RpcFrameworkError", "-1"),
    V21: Rejected("RpcFrameworkError", "-1"),
}


def unknown_type(message_id: str, broken: bool = False) -> dict[str, Expected]:
    """An unknown message type: 2.0.1 answers MessageTypeNotSupported, 1.6 and 2.1 ignore it.

    A frame the version says to ignore is not broken, unless it is over a limit (*broken*).
    """
    dropped = Rejected("MessageTypeNotSupported", None, message_id, broken=broken)
    return {
        V16: dropped,
        V201: Rejected("MessageTypeNotSupported", message_id, message_id),
        V21: dropped,
    }


def only_21(expected: Expected, message_id: str, broken: bool = False) -> dict[str, Expected]:
    """A frame of a message type only 2.1 has (CALLRESULTERROR, SEND)."""
    return {**unknown_type(message_id, broken), V21: expected}


ID36 = "i" * 36
ID37 = "i" * 37
NOT_READABLE_ANSWER = Rejected("RpcFrameworkError", None)
#: An answer with a readable id that is not well formed: it fails our call of that id.
FAILS = {"fails_call": True}

CORPUS: list[tuple[str, Expected | dict[str, Expected]]] = [
    # -- not an OCPP-J message ---------------------------------------------------------------
    ("not json", UNREADABLE),
    ("", UNREADABLE),
    ('[2, "a", ', UNREADABLE),
    ("{}", UNREADABLE),
    ("[]", UNREADABLE),
    ('"text"', UNREADABLE),
    ("42", UNREADABLE),
    ("null", UNREADABLE),
    ("[" * 3000 + "]" * 3000, UNREADABLE),
    # -- CALL --------------------------------------------------------------------------------
    ('[2,"a","Heartbeat",{}]', Accepted("Call", "a")),
    ('\ufeff[2,"a","Heartbeat",{}]', Accepted("Call", "a")),
    ('[2, "a", "BootNotification", {"reason": "PowerUp"}]', Accepted("Call", "a")),
    (f'[2,"{ID36}","Heartbeat",{{}}]', Accepted("Call", ID36)),
    ('[2,"","Heartbeat",{}]', Accepted("Call", "")),
    ('[2,"a","Heartbeat",{},5]', Rejected("RpcFrameworkError", "a", "a")),
    ('[2,"a","Heartbeat"]', Rejected("RpcFrameworkError", "a", "a")),
    ('[2,"a",5,{}]', Rejected("RpcFrameworkError", "a", "a")),
    ('[2,"a",null,{}]', Rejected("RpcFrameworkError", "a", "a")),
    ('[2,"a","Heartbeat",[]]', Rejected("FormatViolation", "a", "a")),
    ('[2,"a","Heartbeat",null]', Rejected("FormatViolation", "a", "a")),
    ('[2,"a","Heartbeat","{}"]', Rejected("FormatViolation", "a", "a")),
    ("[2]", UNREADABLE),
    ('[2,5,"Heartbeat",{}]', UNREADABLE),
    ('[2,null,"Heartbeat",{}]', UNREADABLE),
    (f'[2,"{ID37}","Heartbeat",{{}}]', Rejected("RpcFrameworkError", ID37)),
    # -- CALLRESULT --------------------------------------------------------------------------
    ('[3,"a",{}]', Accepted("CallResult", "a")),
    ('[3,"a",{"currentTime":"2024-01-01T00:00:00Z"}]', Accepted("CallResult", "a")),
    ('[3,"a",[]]', Rejected("FormatViolation", None, "a", **FAILS)),
    ('[3,"a",null]', Rejected("FormatViolation", None, "a", **FAILS)),
    ('[3,"a"]', Rejected("RpcFrameworkError", None, "a", **FAILS)),
    ('[3,"a",{},1]', Rejected("RpcFrameworkError", None, "a", **FAILS)),
    ("[3,5,{}]", NOT_READABLE_ANSWER),
    ("[3]", NOT_READABLE_ANSWER),
    (f'[3,"{ID37}",{{}}]', NOT_READABLE_ANSWER),
    # -- CALLERROR ---------------------------------------------------------------------------
    ('[4,"a","NotSupported","no",{}]', Accepted("CallError", "a")),
    ('[4,"a","NotSupported"]', Accepted("CallError", "a")),
    ('[4,"a","GenericError",5,[]]', Accepted("CallError", "a")),
    ('[4,"a"]', Rejected("RpcFrameworkError", None, "a", **FAILS)),
    ('[4,"a",5,"x",{}]', Rejected("RpcFrameworkError", None, "a", **FAILS)),
    ('[4,null,"GenericError","",{}]', NOT_READABLE_ANSWER),
    # -- CALLRESULTERROR and SEND (2.1) ------------------------------------------------------
    ('[5,"a","GenericError","x",{}]', only_21(Accepted("CallResultError", "a"), "a")),
    ('[5,"a"]', only_21(Accepted("CallResultError", "a"), "a")),
    # Before 2.1, 5 is no message type: a frame without a readable id, not an answer.
    ('[5,5,"x"]', {**UNREADABLE, V21: NOT_READABLE_ANSWER}),
    ("[5]", {**UNREADABLE, V21: NOT_READABLE_ANSWER}),
    ('[6,"a","NotifyPeriodicEventStream",{}]', only_21(Accepted("Send", "a"), "a")),
    (
        '[6,"a","NotifyPeriodicEventStream",[]]',
        only_21(Rejected("RpcFrameworkError", None, "a"), "a"),
    ),
    ('[6,"a",{}]', only_21(Rejected("RpcFrameworkError", None, "a"), "a")),
    ('[6,5,"NotifyPeriodicEventStream",{}]', UNREADABLE),
    # -- unknown message types ---------------------------------------------------------------
    ('[7,"a",{}]', unknown_type("a")),
    ('[0,"a"]', unknown_type("a")),
    ('["2","a","Heartbeat",{}]', unknown_type("a")),
    ('[2.5,"a","Heartbeat",{}]', unknown_type("a")),
    # MessageTypeId is an integer: 2.0 (equal to 2 in Python) and true (a Python int) are none.
    ('[2.0,"a","Heartbeat",{}]', unknown_type("a")),
    ('[2e0,"a","Heartbeat",{}]', unknown_type("a")),
    ('[3.0,"a",{}]', unknown_type("a")),
    ('[4.0,"a","GenericError","",{}]', unknown_type("a")),
    ('[6.0,"a","NotifyPeriodicEventStream",{}]', unknown_type("a")),
    ('[true,"a","Heartbeat",{}]', unknown_type("a")),
    ('[false,"a"]', unknown_type("a")),
    ('[null,"a"]', unknown_type("a")),
    ("[7,5]", UNREADABLE),
]

DEEP = "[" * 70 + "]" * 70
HUGE = "x" * (1024 * 1024)
#: Frames over a limit of the default `Limits` (64 levels, 1 MiB), refused before decoding:
#: judged from their ``[<type>, "<id>"`` header by the same message-type rules.
SCREENED: list[tuple[str, Expected | dict[str, Expected]]] = [
    (f'[2,"a","Heartbeat",{{"x":{DEEP}}}]', Rejected("FormatViolation", "a", "a")),
    (
        f'[2,"a","DataTransfer",{{"vendorId":"v","data":"{HUGE}"}}]',
        Rejected("FormatViolation", "a", "a"),
    ),
    (f'[3,"a",{{"x":{DEEP}}}]', Rejected("FormatViolation", None, "a", **FAILS)),
    (f'[4,"a","GenericError","",{{"x":{DEEP}}}]', Rejected("FormatViolation", None, "a", **FAILS)),
    # The id of a CALLRESULTERROR is the peer's CALL: it never fails a call of ours.
    (
        f'[5,"a","GenericError","",{{"x":{DEEP}}}]',
        only_21(Rejected("FormatViolation", None, "a"), "a", broken=True),
    ),
    (
        f'[6,"a","NotifyPeriodicEventStream",{{"x":{DEEP}}}]',
        only_21(Rejected("FormatViolation", None, "a"), "a", broken=True),
    ),
    (f'[7,"a",{{"x":{DEEP}}}]', unknown_type("a", broken=True)),
    (f"[5,5,{DEEP}]", {**UNREADABLE, V21: NOT_READABLE_ANSWER}),
    (f"[3,5,{DEEP}]", NOT_READABLE_ANSWER),
    (f"[2,5,{DEEP}]", UNREADABLE),
    # The header of a screened frame is read as text: a type that is not an integer (2.0, true)
    # leaves it unreadable, so it is answered as a frame without a readable id.
    (f'[2.0,"a","Heartbeat",{{"x":{DEEP}}}]', UNREADABLE),
    (f'[true,"a","Heartbeat",{{"x":{DEEP}}}]', UNREADABLE),
    (DEEP, UNREADABLE),
]


def cases(
    corpus: list[tuple[str, Expected | dict[str, Expected]]] | None = None,
) -> list[tuple[str, str, Expected]]:
    """Every (frame, version, expectation) of *corpus* (default: `CORPUS`)."""
    out = []
    for frame, expected in CORPUS if corpus is None else corpus:
        for version in VERSIONS:
            out.append(
                (frame, version, expected[version] if isinstance(expected, dict) else expected)
            )
    return out
