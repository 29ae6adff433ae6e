"""Papers for the citizen: choosing, previewing, printing and recording delivery (issue 6)."""
