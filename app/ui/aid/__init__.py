"""The aid decision, its notice, the decisions list, the provider register and the rates."""
