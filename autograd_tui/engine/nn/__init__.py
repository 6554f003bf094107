"""``torch.nn``: modules, parameters, and (as submodules) ``functional`` and ``init``."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn import functional, init  # noqa: F401 - torch.nn.functional / torch.nn.init
from autograd_tui.engine.nn.modules import *  # noqa: F401,F403
from autograd_tui.engine.nn.modules import __all__ as _modules_all
from autograd_tui.engine.nn.parameter import Buffer, Parameter

__all__ = ["Parameter", "Buffer", "functional", "init"] + list(_modules_all)


__getattr__ = _missing.module_getattr("torch.nn")
