"""Keukentafel: offline assistant for the keukentafelgesprek. The core never imports Qt."""

__version__ = "0.1.0"
