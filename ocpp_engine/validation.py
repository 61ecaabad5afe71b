"""Schema validation: the policy, vendor actions, and the table of JSON Schema rules to codes.

`Validation` and `CustomAction` are also in the package root. `Direction` names the four
directions a policy switches; `RULE_CODES` maps a failed JSON Schema keyword to the OCPP error
code it is answered with; `preload` makes a version's validators ready ahead of the first frame.
"""

from ._validation import RULE_CODES, CustomAction, Direction, Validation, preload

__all__ = ["RULE_CODES", "CustomAction", "Direction", "Validation", "preload"]
