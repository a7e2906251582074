CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_payloads_no_update BEFORE UPDATE ON journal_payloads
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_payloads_no_delete BEFORE DELETE ON journal_payloads
BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
