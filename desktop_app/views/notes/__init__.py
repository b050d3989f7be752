"""Notes by post and the other touches done by hand: addresses, cards, envelopes, printing."""
