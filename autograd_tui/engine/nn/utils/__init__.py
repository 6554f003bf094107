"""``torch.nn.utils``: gradient clipping, flattening parameters into one vector, padding sequences,
parametrizations (weight_norm, spectral_norm) and their older hook-based forms, pruning."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn.utils import parametrizations, parametrize, rnn, stateless
from autograd_tui.engine.nn.utils import prune as _prune  # noqa: F401 - loaded, but (as in PyTorch) no attribute
from autograd_tui.engine.nn.utils.clip_grad import (
    clip_grad_norm, clip_grad_norm_, clip_grad_value_, clip_grads_with_norm_, get_total_norm,
)
from autograd_tui.engine.nn.utils.convert_parameters import parameters_to_vector, vector_to_parameters
from autograd_tui.engine.nn.utils.fusion import (
    fuse_conv_bn_eval, fuse_conv_bn_weights, fuse_linear_bn_eval, fuse_linear_bn_weights,
)
from autograd_tui.engine.nn.utils.init import skip_init
from autograd_tui.engine.nn.utils.hooked_norms import (
    remove_spectral_norm, remove_weight_norm, spectral_norm, weight_norm,
)

__all__ = ["rnn", "parametrize", "parametrizations", "stateless", "clip_grad_norm", "clip_grad_norm_",
           "clip_grad_value_", "get_total_norm", "clip_grads_with_norm_", "parameters_to_vector",
           "vector_to_parameters", "weight_norm", "remove_weight_norm",
           "spectral_norm", "remove_spectral_norm", "skip_init", "fuse_conv_bn_eval", "fuse_conv_bn_weights",
           "fuse_linear_bn_eval", "fuse_linear_bn_weights"]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.nn.utils", name)


_missing.hide_submodules(__name__, "torch.nn.utils", ("clip_grad", "convert_parameters", "fusion", "init",
                                                     "parametrizations", "parametrize", "rnn", "stateless"))
