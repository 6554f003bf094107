"""``torch.backends``: no accelerator backends in the embedded engine."""
from autograd_tui.engine.backends import cudnn, mps  # noqa: F401
