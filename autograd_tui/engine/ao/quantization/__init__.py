"""``torch.ao.quantization``: ``quantize_dynamic`` (post-training dynamic quantization), for
``nn.Linear`` layers with qint8 weights (``dynamic_linear.py``); ``MinMaxObserver``, ``QuantStub`` and
``DeQuantStub`` (``observers.py``). Every call warns that the package is
deprecated, as PyTorch 2.13's does."""
from __future__ import annotations as _annotations

import copy as _copy
import warnings as _warnings
from typing import Any as _Any

from autograd_tui.engine import dtypes as _dtypes, missing as _missing

_missing.hide_submodules(__name__, "torch.ao.quantization", ())

from autograd_tui.engine.ao.quantization.dynamic_linear import (  # noqa: E402
    DynamicQuantizedLinear as _DynamicQuantizedLinear, DEPRECATION_WARNING as _DEPRECATION_WARNING,
)
from autograd_tui.engine.ao.quantization.observers import (  # noqa: E402,F401
    DeQuantStub, MinMaxObserver, QuantStub,
)
from autograd_tui.engine.nn.modules.linear import Linear as _Linear  # noqa: E402
from autograd_tui.engine.nn.modules.module import Module as _Module  # noqa: E402

# The layers PyTorch's default qint8 mapping quantizes that the engine cannot (its LSTM and GRU
# kernels over quantized weights)
_NOT_IN_ENGINE = ("LSTM", "GRU", "LSTMCell", "RNNCell", "GRUCell")


def quantize_dynamic(model: _Module, qconfig_spec: _Any = None, dtype: _Any = _dtypes.qint8, mapping: _Any = None,
                     inplace: bool = False) -> _Module:
    """A copy of ``model`` (``model`` itself with ``inplace``) in eval mode whose ``nn.Linear`` layers
    named by ``qconfig_spec`` (types or qualified names; all of them when it is None) are
    ``DynamicQuantizedLinear`` layers: qint8 weights, activations quantized at each call."""
    _warnings.warn(_DEPRECATION_WARNING, DeprecationWarning, stacklevel=2)
    if dtype is not _dtypes.qint8 or mapping is not None or isinstance(qconfig_spec, dict):
        raise _missing.not_in_engine("quantize_dynamic with a dtype other than torch.qint8, a mapping or qconfigs")
    chosen = set(qconfig_spec) if qconfig_spec is not None else {_Linear}
    if not inplace:
        model = _copy.deepcopy(model)
    model.eval()
    _convert(model, chosen, "", qconfig_spec is None)
    return model


def _convert(module: _Module, chosen: set, prefix: str, by_default: bool) -> None:
    for name, child in list(module.named_children()):
        qualified = prefix + name
        named = any(qualified == n or qualified.startswith(n + ".") for n in chosen if isinstance(n, str))
        if type(child) is _Linear and (_Linear in chosen or named):
            setattr(module, name, _DynamicQuantizedLinear.from_float(child))
            continue
        if type(child).__name__ in _NOT_IN_ENGINE and (by_default or type(child) in chosen or named):
            raise _missing.not_in_engine(f"quantize_dynamic of nn.{type(child).__name__}")
        _convert(child, chosen, qualified + ".", by_default)


__getattr__ = _missing.module_getattr("torch.ao.quantization", (
    "quantize", "prepare", "convert", "get_default_qconfig",
    "default_dynamic_qconfig", "QConfig", "fuse_modules", "prepare_qat", "quantize_qat"))
