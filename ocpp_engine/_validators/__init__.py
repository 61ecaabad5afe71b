"""Precompiled fast-path validators, one module per OCPP version, generated from the schemas.

``python -m ocpp_engine._validators.generate`` rewrites ``v16.py``, ``v201.py`` and ``v21.py``;
`ocpp_engine._validation.validator_for` imports a version's module the first time a device of
that version validates a payload.
"""
