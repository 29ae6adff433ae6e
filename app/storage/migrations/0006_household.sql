-- 0006_household: placeholder, filled in by issue 5 work.
SELECT 1;
