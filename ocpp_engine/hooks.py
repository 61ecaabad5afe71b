"""Hooks on every step of a device's life: their names, what each may change, their context.

`Hooks`, `HookContext` and `HookName` are also in the package root. `HOOKS` holds one `HookSpec`
per hook (which fields a before-hook may change, what raising in it does); `HOOK_NAMES` is the
set of the plain names.
"""

from ._hooks import HOOK_NAMES, HOOKS, HookContext, HookName, Hooks, HookSpec

__all__ = ["HOOKS", "HOOK_NAMES", "HookContext", "HookName", "HookSpec", "Hooks"]
