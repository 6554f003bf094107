"""``torch.optim``: SGD, Adam and AdamW."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.optim.adam import Adam
from autograd_tui.engine.optim.adamw import AdamW
from autograd_tui.engine.optim.optimizer import Optimizer
from autograd_tui.engine.optim.sgd import SGD

__all__ = ["Optimizer", "SGD", "Adam", "AdamW"]


__getattr__ = _missing.module_getattr("torch.optim")
