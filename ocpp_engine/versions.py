"""The OCPP versions, the two roles, and each version's rules as a table.

`Version` and `Role` are also in the package root. `rules_for(version)` returns the
`VersionRules`: message types, error-code spelling, whether unreadable frames and unknown
message types are answered, and every action with the side that sends it.
"""

from ._versions import Role, Version, VersionRules, rules_for

__all__ = ["Role", "Version", "VersionRules", "rules_for"]
