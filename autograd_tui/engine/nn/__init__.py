"""``torch.nn``: modules, parameters, and (as submodules) ``functional`` and ``init``."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn import functional, grad, init  # noqa: F401 - torch.nn.functional / .grad / .init
from autograd_tui.engine.nn.modules import *  # noqa: F401,F403
from autograd_tui.engine.nn.modules import __all__ as _modules_all
from autograd_tui.engine.nn.parameter import Buffer, Parameter, UninitializedParameter
from autograd_tui.engine.nn import parallel  # noqa: F401 - torch.nn.parallel
from autograd_tui.engine.nn.parallel import DataParallel

__all__ = ["Parameter", "Buffer", "UninitializedParameter", "DataParallel", "functional", "grad", "init",
           "parallel"] + list(_modules_all)


def __getattr__(name: str):
    if name == "utils":  # torch.nn.utils, loaded on first use
        import importlib
        return importlib.import_module(f"{__name__}.utils")
    raise _missing.no_attribute("torch.nn", name)


_missing.hide_submodules(__name__, "torch.nn",
                         ("functional", "grad", "init", "modules", "parallel", "parameter", "utils"))
