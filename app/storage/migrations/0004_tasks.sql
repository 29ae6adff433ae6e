-- 0004_tasks: placeholder, filled in by issue 5 work.
SELECT 1;
