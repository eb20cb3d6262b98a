-- Hardware info is bounded since this version: each of its six fields is at most 128 characters.
-- Reports stored before that are cut to the bound (a field no device really sends that long), so
-- that no device keeps every list that shows it heavy. Other keys than the six are dropped.
UPDATE device d
SET hardware_info = (
        SELECT coalesce(jsonb_object_agg(f.key, left(f.value #>> '{}', 128)), '{}'::jsonb)
        FROM jsonb_each(d.hardware_info) f
        WHERE f.key IN ('version', 'fwType', 'blynkVersion', 'boardType', 'build', 'templateId')
          AND jsonb_typeof(f.value) = 'string')
WHERE d.hardware_info IS NOT NULL AND octet_length(d.hardware_info::text) > 1024;
