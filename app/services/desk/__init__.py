"""The shift lead's desk: reviews, feedback, the review queue, shifts and handovers."""
