"""The intake conversation window: steps on the left, the current step in the centre, *Wat
leggen we vast* on the right (DESIGN section 6)."""
