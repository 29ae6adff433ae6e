"""Sharing (issue 7): what may leave the dossier, and the log of everything that did."""
