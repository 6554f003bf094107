"""``torch.backends``: the switches of PyTorch's accelerator and CPU libraries. None of them changes
a result of the embedded engine; they keep PyTorch's values and checks."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.backends import cuda, cudnn, mkl, mkldnn, mps, openmp  # noqa: F401

# PyTorch 2.13's torch.backends submodules the engine lacks
__getattr__ = _missing.module_getattr("torch.backends", ("cpu", "cusparselt", "kleidiai", "mha", "miopen", "nnpack",
                                                        "opt_einsum", "python_native", "quantized"))
