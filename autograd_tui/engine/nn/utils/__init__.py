"""``torch.nn.utils``: gradient clipping, flattening parameters into one vector, padding sequences,
parametrizations (weight_norm, spectral_norm), pruning."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.nn.utils import parametrizations, parametrize, prune, rnn
from autograd_tui.engine.nn.utils.clip_grad import clip_grad_norm, clip_grad_norm_, clip_grad_value_, get_total_norm
from autograd_tui.engine.nn.utils.convert_parameters import parameters_to_vector, vector_to_parameters

__all__ = ["rnn", "parametrize", "parametrizations", "prune", "clip_grad_norm", "clip_grad_norm_", "clip_grad_value_",
           "get_total_norm", "parameters_to_vector", "vector_to_parameters"]


def __getattr__(name: str):
    raise _missing.no_attribute("torch.nn.utils", name)
