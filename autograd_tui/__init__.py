"""autograd-tui: learn PyTorch's autograd in a terminal, on an embedded numpy engine."""
__version__ = "0.1.0"
