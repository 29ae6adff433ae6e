"""Retention screens (issue 8): the list of dossiers due for destruction, the case system's
confirmed receipt, and the retention decision per data block at closing."""
