CREATE FUNCTION journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the journal is append-only';
END
$$;
CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
CREATE TRIGGER journal_payloads_no_change BEFORE UPDATE OR DELETE ON journal_payloads
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
CREATE TRIGGER journal_payloads_no_truncate BEFORE TRUNCATE ON journal_payloads
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
