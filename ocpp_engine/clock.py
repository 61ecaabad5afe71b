"""Time: the `Clock` protocol, its `TimerHandle`, and `sleep` on any clock.

`Clock` and `sleep` are also in the package root.
"""

from ._clock import Clock, TimerHandle, sleep

__all__ = ["Clock", "TimerHandle", "sleep"]
