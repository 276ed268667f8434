-- Councils as tenants (docs/architecture.md, "Tenancy"): every list is limited to the caller's councils, so the
-- action and known-inspection lists filter on la_code first; a force's action list is its councils' actions it leads.
CREATE INDEX action_council ON action (la_code, lead_agency, status);
CREATE INDEX known_inspection_council ON known_inspection (la_code, notified_date);
