-- reserved (issue 7); filled in by its change
SELECT 1;
