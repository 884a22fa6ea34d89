-- Licence seats in use, counted as they change instead of per activation (DESIGN.md invariant 1,
-- reference §6.4; users.SeatCounts). Each (customer, paid licence type) has the same fixed number
-- of stripes (users.SeatCounts.STRIPES): an activation takes a seat from one stripe with one
-- conditional UPDATE, so concurrent activations and deactivations of one type spread over several
-- rows instead of queueing on one. Every stripe holds an allowance `owned` of the customer's owned
-- seats (the stripes' allowances add up to the CUST seat field) and `used`, the seats taken from it
-- minus those given back to it (a deactivation gives back to any stripe, so one stripe's `used`
-- may be negative; their sum is the number of active users of the type). used <= owned on every
-- stripe makes "never more active users than owned seats" a fact the database keeps.
CREATE TABLE seat_counts (
  customer_id             VARCHAR(32) NOT NULL REFERENCES customers (id),
  license_type            VARCHAR(32) NOT NULL,
  stripe                  INTEGER NOT NULL,
  owned                   INTEGER NOT NULL,
  used                    INTEGER NOT NULL,
  CONSTRAINT seat_counts_pk PRIMARY KEY (customer_id, license_type, stripe),
  CONSTRAINT seat_counts_within_owned CHECK (used <= owned)
);
