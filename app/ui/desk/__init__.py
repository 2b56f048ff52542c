"""The shift lead's desk: lists, filters, the review panel, feedback and the handover."""
