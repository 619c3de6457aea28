"""Tværs: a private reflection journal for leaders of cross-cutting work."""

__version__ = "0.1.0"

APP_NAME = "Tværs"
APP_ID = "dk.tvaers.Tvaers"
ORG_NAME = "Tvaers"
