"""Content-free accountability reports (issue 8): who accessed which dossier when, and a quality
report of counts. Both leave the laptop only as a separate, logged export that carries the
signed head of the audit chain."""
