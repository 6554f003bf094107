"""``torch.nn.parallel``: ``DataParallel`` as PyTorch runs it on a machine without accelerators,
which is what the engine is: a wrapper that calls its module unchanged."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn.parallel.data_parallel import DataParallel, data_parallel

__all__ = ["DataParallel", "data_parallel"]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.nn.parallel", name)


_missing.hide_submodules(__name__, "torch.nn.parallel", (), loaded=("data_parallel",))
