"""A short fuzz of every version's Device; ``python -m tests.fuzz --seconds N`` runs long.

``OCPP_FUZZ_EXAMPLES`` sets the number of examples (default: the hypothesis profile's, 100 in
the suite's deterministic profile, 1000 with ``HYPOTHESIS_PROFILE=explore``).
"""

from __future__ import annotations

import os

import pytest

from tests.fuzz import expected_reply, fuzz_test

EXAMPLES = int(os.environ["OCPP_FUZZ_EXAMPLES"]) if "OCPP_FUZZ_EXAMPLES" in os.environ else None


@pytest.mark.slow
def test_hostile_input_never_breaks_a_device() -> None:
    fuzz_test(EXAMPLES)()


@pytest.mark.parametrize(
    ("raw", "v16", "v201", "v21"),
    [
        ('[2,"a","Heartbeat",{}]', "a", "a", "a"),
        ("nonsense", None, "-1", "-1"),
        ("[3,17,{}]", None, None, None),
        ('[7,"t",{}]', None, "t", None),
        ('[true,"t",{}]', None, "t", None),
        ('[2,"' + "x" * 37 + '","Heartbeat",{}]', "x" * 37, "x" * 37, "x" * 37),
        ('[6,"' + "x" * 37 + '","Heartbeat",{}]', None, "-1", "-1"),
        ('[2,"deep",' + "[" * 40 + "]" * 40 + "]", "deep", "deep", "deep"),
        ('[5,5,"GenericError"]', None, "-1", None),
        ("[5]", None, "-1", None),
        ('[5,"deep",' + "[" * 40 + "]" * 40 + "]", None, "deep", None),
        ('[6,"deep",' + "[" * 40 + "]" * 40 + "]", None, "deep", None),
        ('[17,"deep",' + "[" * 40 + "]" * 40 + "]", None, "deep", None),
        ("[5,17," + "[" * 40 + "]" * 40 + "]", None, "-1", None),
        ("[3,17," + "[" * 40 + "]" * 40 + "]", None, None, None),
    ],
)
def test_the_fuzz_model_of_answers(
    raw: str, v16: str | None, v201: str | None, v21: str | None
) -> None:
    # the harness's model must be right for the fuzz to prove anything
    assert [expected_reply(raw, v) for v in ("ocpp1.6", "ocpp2.0.1", "ocpp2.1")] == [v16, v201, v21]
