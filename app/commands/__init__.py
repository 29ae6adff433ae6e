"""Subcommands of the ``keukentafel`` command line, one module each (see ``app/cli.py``)."""
