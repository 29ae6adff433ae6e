-- 0007_visits: placeholder, filled in by issue 5 work.
SELECT 1;
