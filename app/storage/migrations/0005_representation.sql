-- 0005_representation: placeholder, filled in by issue 5 work.
SELECT 1;
