"""OCPP over SOAP (1.5-S and 1.6-S): the payload codec, the envelope and the HTTP transport."""
