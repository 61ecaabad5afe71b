"""Name conversion used by the message generator (schema names to Python names).

These functions run only when the typed message modules are generated, never when a message is
sent or received: every wire name is stored next to its Python name in the generated code.
The rules are described in `ocpp_engine.messages.generate`.
"""

from __future__ import annotations

import keyword
import re

__all__ = [
    "AWKWARD_TOKENS",
    "ENUM_MEMBER_OVERRIDES",
    "RESERVED_FIELD_NAMES",
    "enum_member_name",
    "pascal_case",
    "snake_case",
    "split_words",
]

#: Tokens that generic camelCase splitting gets wrong, with the word they stand for.
#: They are matched case-sensitively at the start of a word, longest first.
AWKWARD_TOKENS: dict[str, str] = {
    "EMAIDs": "emaids",  # prioritizedEMAIDs: a plural acronym
    "eMAID": "emaid",
    "IKEv2": "ikev2",
    "IPSec": "ipsec",
    "RoCoF": "rocof",  # Rate of Change of Frequency
    "SoC": "soc",  # State of Charge: SoC, bulkSoC, limitAtSoC, SoCLimitReached
    "soC": "soc",
    "SoH": "soh",  # State of Health
    "soH": "soh",
    "kVA": "kva",
    "kWh": "kwh",
    "kW": "kw",
    "v2g": "v2g",  # v2xBaseline: not v2_x_baseline
    "v2x": "v2x",
}

#: Enumeration values whose member name is chosen by hand.
ENUM_MEMBER_OVERRIDES: dict[str, str] = {
    "IdleTIme": "IDLE_TIME",  # sic in the 2.1 schemas
    "Other1PhMax16A": "OTHER_1PH_MAX_16A",
    "Other1PhOver16A": "OTHER_1PH_OVER_16A",
    "Other3Ph": "OTHER_3PH",
    "L2TP": "L2TP",
}

# Python keywords (hard and soft) and the lower-case builtins of Python 3.13, kept as a fixed
# list so that the generated code does not depend on the Python version running the generator.
_BUILTINS = (
    "abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod "
    "compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter "
    "float format frozenset getattr globals hasattr hash help hex id input int isinstance "
    "issubclass iter len license list locals map max memoryview min next object oct open ord pow "
    "print property quit range repr reversed round set setattr slice sorted staticmethod str sum "
    "super tuple type vars zip"
)

#: Python names that get a trailing underscore when a schema property converts to them:
#: keywords, soft keywords, builtins, ``self`` (the ``__init__`` receiver), ``extra`` (the field
#: that keeps vendor keys of open objects) and the modules used in generated annotations.
RESERVED_FIELD_NAMES: frozenset[str] = frozenset(
    [
        *keyword.kwlist,
        *("match", "case", "type", "_"),
        *_BUILTINS.split(),
        *("self", "extra", "attrs", "datetime", "enum", "typing"),
    ]
)

_AWKWARD = "|".join(re.escape(t) for t in sorted(AWKWARD_TOKENS, key=lambda t: (-len(t), t)))
_WORD = re.compile(
    rf"(?P<awkward>{_AWKWARD})"  # a hand-named token
    r"|[A-Z][A-Z0-9]*(?![a-z])"  # an acronym, digits included: EVSE, V2X, ISO15118, OCPP201
    r"|[A-Z]?[a-z]+[0-9]*"  # a word, digits glued to its end: Level1, iso15118, address1
    r"|[0-9]+[A-Z]*(?![a-z])"  # digits with a unit: 16A, 1P
    r"|[0-9]+"
)


def split_words(name: str) -> list[str]:
    """Split a camelCase, PascalCase or punctuated schema name into lower-case words.

    Characters that are neither letters nor digits (``.``, ``-``, ``_``) separate words.
    """
    words: list[str] = []
    for match in _WORD.finditer(name):
        awkward = match.group("awkward")
        words.append(AWKWARD_TOKENS[awkward] if awkward else match.group(0).lower())
    return words


def snake_case(name: str) -> str:
    """Python attribute name for a schema property: ``stateOfCharge`` -> ``state_of_charge``.

    Names that are Python keywords, builtins or otherwise reserved get a trailing underscore
    (``type`` -> ``type_``, ``id`` -> ``id_``); a name starting with a digit gets ``n_`` in front.
    """
    result = "_".join(split_words(name))
    if not result:
        raise ValueError(f"cannot derive a Python name from {name!r}")
    if result[0].isdigit():
        result = "n_" + result
    if result in RESERVED_FIELD_NAMES:
        result += "_"
    return result


def pascal_case(name: str) -> str:
    """Class name part for a schema property: ``idTagInfo`` -> ``IdTagInfo``."""
    return name[:1].upper() + name[1:]


def enum_member_name(value: str) -> str:
    """Enum member name for a wire value: ``Interruption.Begin`` -> ``INTERRUPTION_BEGIN``.

    ``L1-N`` -> ``L1_N``, ``SoC`` -> ``SOC``, ``V2X`` -> ``V2X``, ``kWh`` -> ``KWH``; a value
    starting with a digit gets ``VALUE_`` in front; the empty string becomes ``EMPTY``.
    """
    if value in ENUM_MEMBER_OVERRIDES:
        return ENUM_MEMBER_OVERRIDES[value]
    words = split_words(value)
    if not words:
        return "EMPTY"
    result = "_".join(words).upper()
    if result[0].isdigit():
        result = "VALUE_" + result
    return result
