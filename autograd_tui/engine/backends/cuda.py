"""``torch.backends.cuda``: no GPU here. ``matmul``'s switches and the attention kernels' choices
keep PyTorch's values and checks, and change nothing on the CPU; ``matmul.allow_tf32`` is the
float32 matmul precision seen another way, as in PyTorch."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import missing as _missing
from autograd_tui.engine import settings as _settings
from autograd_tui.engine.backends._flags import checked_bool as _checked_bool


class cuBLASModule:  # noqa: N801 - PyTorch's class name
    """``torch.backends.cuda.matmul``."""

    _reduced = {"allow_fp16_reduced_precision_reduction": [True, True],  # [allowed, split-k allowed]
                "allow_bf16_reduced_precision_reduction": [True, True]}
    _fp16_accumulation = [False]

    def __getattr__(self, name: str) -> Any:
        if name == "allow_tf32":
            return _settings.get_float32_matmul_precision() != "highest"
        for kind, values in self._reduced.items():
            if name in (kind, kind + "_split_k"):
                return values[name != kind]
        if name == "allow_fp16_accumulation":
            return self._fp16_accumulation[0]
        raise AttributeError("Unknown attribute " + name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "allow_tf32":
            allowed = _checked_bool("set_allow_tf32_cublas", value)
            _settings.set_float32_matmul_precision("high" if allowed else "highest")
        elif name in self._reduced:
            self._reduced[name][:] = _reduction_setting(value, name)
        elif name == "allow_fp16_accumulation":
            self._fp16_accumulation[0] = _checked_bool("set_allow_fp16_accumulation_cublas", value)
        else:
            raise AttributeError("Unknown attribute " + name)


def _reduction_setting(value: Any, name: str) -> list[bool]:
    if isinstance(value, bool):
        return [value, True]
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, bool) for v in value[:2]):
        return [value[0], value[1] if len(value) > 1 else True]
    raise TypeError(f"{name} expects a bool or a tuple/list of bools, but got {type(value)!r}")


cuBLASModule.__module__ = "torch.backends.cuda"
matmul = cuBLASModule()

# scaled_dot_product_attention's kernels PyTorch may pick on a GPU: all allowed by default
_sdp = {"flash": True, "mem_efficient": True, "math": True, "cudnn": True}


def is_built() -> bool:
    return False


def flash_sdp_enabled() -> bool:
    return _sdp["flash"]


def mem_efficient_sdp_enabled() -> bool:
    return _sdp["mem_efficient"]


def math_sdp_enabled() -> bool:
    return _sdp["math"]


def cudnn_sdp_enabled() -> bool:
    return _sdp["cudnn"]


def enable_flash_sdp(enabled: bool) -> None:
    _sdp["flash"] = enabled


def enable_mem_efficient_sdp(enabled: bool) -> None:
    _sdp["mem_efficient"] = enabled


def enable_math_sdp(enabled: bool) -> None:
    _sdp["math"] = enabled


def enable_cudnn_sdp(enabled: bool) -> None:
    _sdp["cudnn"] = enabled


# PyTorch 2.13's torch.backends.cuda names the engine lacks
_ONLY_IN_PYTORCH = ("SDPAParams", "SDPBackend", "allow_fp16_bf16_reduction_math_sdp", "blas_workspace_size",
                    "can_use_cudnn_attention", "can_use_efficient_attention", "can_use_flash_attention",
                    "cuFFTPlanCache", "cufft_plan_cache", "cublas_workspace_size", "cublaslt_workspace_size",
                    "fp16_bf16_reduction_math_sdp_allowed", "is_ck_sdpa_available", "is_flash_attention_available",
                    "preferred_blas_library", "preferred_linalg_library", "preferred_rocm_fa_library", "sdp_kernel")
__getattr__ = _missing.module_getattr("torch.backends.cuda", _ONLY_IN_PYTORCH)
