"""``torch.nn.utils``: gradient clipping, flattening parameters into one vector, padding sequences."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn.utils import rnn
from autograd_tui.engine.nn.utils.clip_grad import clip_grad_norm, clip_grad_norm_, clip_grad_value_, get_total_norm
from autograd_tui.engine.nn.utils.convert_parameters import parameters_to_vector, vector_to_parameters

__all__ = ["rnn", "clip_grad_norm", "clip_grad_norm_", "clip_grad_value_", "get_total_norm", "parameters_to_vector",
           "vector_to_parameters"]

# Parts of PyTorch's torch.nn.utils that the embedded engine does not have.
_ONLY_IN_PYTORCH = ("weight_norm", "remove_weight_norm", "spectral_norm", "remove_spectral_norm",
                    "parametrize", "parametrizations", "prune", "stateless", "fusion", "skip_init",
                    "clip_grads_with_norm_", "convert_conv2d_weight_memory_format")


def __getattr__(name: str):
    raise _missing.no_attribute("torch.nn.utils", name, known=_ONLY_IN_PYTORCH)
