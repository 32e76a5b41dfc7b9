-- Compact JSON text of a jsonb value, for answers built by PostgreSQL: jsonb's own text form puts
-- a space after every ':' and ','. Object keys come in jsonb's stored order.
CREATE FUNCTION json_text(value jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN CASE jsonb_typeof(value)
    WHEN 'object' THEN '{' || COALESCE((
      SELECT string_agg(to_json(e.key)::text || ':' || json_text(e.value), ',') FROM jsonb_each(value) e), '') || '}'
    WHEN 'array' THEN '[' || COALESCE((
      SELECT string_agg(json_text(e.value), ',' ORDER BY e.n) FROM jsonb_array_elements(value) WITH ORDINALITY e(value, n)), '') || ']'
    ELSE value::text
  END;
END
$$;
