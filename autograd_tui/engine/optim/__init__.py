"""``torch.optim``: SGD, the Adam family, Adafactor, RMSprop, Adagrad, Adadelta, Rprop, ASGD, LBFGS, and
``lr_scheduler`` and ``swa_utils`` (loaded on first use)."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.optim.adadelta import Adadelta
from autograd_tui.engine.optim.adafactor import Adafactor
from autograd_tui.engine.optim.adagrad import Adagrad
from autograd_tui.engine.optim.adam import Adam
from autograd_tui.engine.optim.adamax import Adamax
from autograd_tui.engine.optim.adamw import AdamW
from autograd_tui.engine.optim.asgd import ASGD
from autograd_tui.engine.optim.lbfgs import LBFGS
from autograd_tui.engine.optim.nadam import NAdam
from autograd_tui.engine.optim.optimizer import Optimizer
from autograd_tui.engine.optim.radam import RAdam
from autograd_tui.engine.optim.rmsprop import RMSprop
from autograd_tui.engine.optim.rprop import Rprop
from autograd_tui.engine.optim.sgd import SGD
from autograd_tui.engine.optim.sparse_adam import SparseAdam

__all__ = ["Optimizer", "SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adafactor", "Adamax", "NAdam",
           "RAdam", "Rprop", "ASGD", "LBFGS", "SparseAdam", "lr_scheduler", "swa_utils"]


def __getattr__(name: str):
    if name in ("lr_scheduler", "swa_utils"):
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    raise _missing.no_attribute("torch.optim", name)


__dir__ = _missing.module_dir("torch.optim", globals(), ("lr_scheduler", "swa_utils"))


_missing.hide_submodules(__name__, "torch.optim", ("lr_scheduler", "swa_utils"),
                         ("adadelta", "adagrad", "adam", "adamax", "adamw", "asgd", "lbfgs", "nadam", "optimizer",
                          "radam", "rmsprop", "rprop", "sgd", "sparse_adam"))
