"""Stored on every row; bump it whenever a change to the parsers can change what they produce."""

PARSER_VERSION = "0.5.18"
