"""The station kit: the station-side half of OCPP, as components attached to a `Device`.

`Station` assembles them all into a station, wired to each other (the configuration or device
model drives the heartbeat, the sampling, the outbox and the charging limits), with
`Operations` (Reset, ClearCache, UnlockConnector, TriggerMessage); each component is also
optional and usable alone, attached like the registration gate, and keeps what
must survive a restart through a `StateStore` (in memory, or SQLite):

- `ChargePointConfiguration` (`station.configuration`): the 1.6 configuration keys,
  GetConfiguration and ChangeConfiguration;
- `DeviceModel` (`station.device_model`): the 2.0.1 and 2.1 device model, GetVariables,
  SetVariables, GetBaseReport and GetReport;
- `Connectors` (`station.connectors`): connector and EVSE status, ChangeAvailability,
  StatusNotification;
- `Transactions` (`station.transactions`): transactions through the outbox, meter values, remote
  start and stop, transactions a power loss left open;
- `SmartCharging` (`station.smart_charging`): charging profiles, their acceptance rules and the
  composite schedule;
- `BootPolicy` (`station.heartbeat`): booting on every connection and the heartbeat;
- `LogUploads` (`station.uploads`): GetDiagnostics and GetLog, uploads to ftp://, ftps:// and
  http(s):// with retries and their status notifications, the uploader pluggable.

The data classes and rule tables of each component are in its module.
"""

from __future__ import annotations

from ._store import MemoryStateStore, SQLiteStateStore, StateStore
from .configuration import ChargePointConfiguration
from .connectors import Connectors
from .device_model import DeviceModel
from .heartbeat import BootPolicy
from .operations import Operations
from .smart_charging import ProfileStore, SmartCharging
from .station import Station
from .transactions import TransactionChange, TransactionRefused, Transactions
from .uploads import LogUploads

__all__ = [
    "BootPolicy",
    "ChargePointConfiguration",
    "Connectors",
    "DeviceModel",
    "LogUploads",
    "MemoryStateStore",
    "Operations",
    "ProfileStore",
    "SQLiteStateStore",
    "SmartCharging",
    "StateStore",
    "Station",
    "TransactionChange",
    "TransactionRefused",
    "Transactions",
]
