"""``torch.stft`` (and ``Tensor.stft``): the short-time Fourier transform, node for node as PyTorch's.

``torch.functional.stft`` pads the signal (``center``: a reflect pad of ``n_fft // 2`` on a 3-D view),
then ATen's ``stft`` cuts it into frames with ``as_strided``, multiplies them by the window (centred
in ``n_fft`` when shorter), transforms them with ``_fft_r2c`` (``_fft_c2c`` for complex input or
window; ``normalized``: by 1/sqrt(n_fft)), and transposes and squeezes the result in place: the graph
reads ``SqueezeBackward4``, ``TransposeBackward1``, ``FftR2CBackward0``, ``MulBackward0``,
``AsStridedBackward0``, as PyTorch's. The values are the engine's FFT's (``docs/parity-fft.md``).
"""
from __future__ import annotations

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, warn_once
from autograd_tui.engine.functions import fft_kernels
from autograd_tui.engine.functions import unfold_backward
from autograd_tui.engine.functions.complex_ops import view_as_complex, view_as_real
from autograd_tui.engine.functions.creation import ones, zeros
from autograd_tui.engine.functions.fft_ops import fft_c2c, fft_c2r, fft_r2c
from autograd_tui.engine.nn.functional import pad

_NO_WINDOW = ("A window was not provided. A rectangular window will be applied,which is known to cause spectral "
              "leakage. Other windows such as torch.hann_window or torch.hamming_window are recommended to reduce "
              "spectral leakage.To suppress this warning and use a rectangular window, explicitly set "
              "`window=torch.ones(n_fft, device=<device>)`. (Triggered internally at "
              "/__w/pytorch/pytorch/aten/src/ATen/native/SpectralOps.cpp:835.)")
_NEEDS_RETURN_COMPLEX = ("stft requires the return_complex parameter be given for real inputs, and will further "
                         "require that return_complex=True in a future PyTorch release.")


def stft(input: Tensor, n_fft: int, hop_length: int | None = None, win_length: int | None = None,
         window: Tensor | None = None, center: bool = True, pad_mode: str = "reflect", normalized: bool = False,
         onesided: bool | None = None, return_complex: bool | None = None,
         align_to_window: bool | None = None) -> Tensor:
    if center:
        signal_dim = input.dim()
        extended_shape = [1] * (3 - signal_dim) + list(input.size())
        half = int(n_fft // 2)
        input = pad(input.view(extended_shape), [half, half], pad_mode)
        input = input.view(input.shape[-signal_dim:])
    return _aten_stft(input, n_fft, hop_length, win_length, window, normalized, onesided, return_complex)


def _aten_stft(self: Tensor, n_fft: int, hop_length: int | None, win_length: int | None, window: Tensor | None,
               normalized: bool, onesided: bool | None, return_complex: bool | None) -> Tensor:
    if window is None:
        warn_once(_NO_WINDOW, at_library=True)
    complex_input = self.dtype.is_complex or (window is not None and window.dtype.is_complex)
    if return_complex is None and not complex_input:
        raise RuntimeError(_NEEDS_RETURN_COMPLEX)
    as_complex = complex_input if return_complex is None else return_complex
    if not as_complex:
        warn_once("stft with return_complex=False is deprecated. In a future pytorch release, stft will return "
                  "complex tensors for all inputs, and return_complex=False will raise an error.\nNote: you can "
                  "still call torch.view_as_real on the complex output to recover the old return format. "
                  "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/SpectralOps.cpp:874.)",
                  at_library=True)
    hop = n_fft >> 2 if hop_length is None else hop_length
    width = n_fft if win_length is None else win_length
    def refused(reason: str) -> RuntimeError:  # ATen's REPR of the call, then the reason
        shown_window = "None" if window is None else f"{window.type()}{{{_sizes(window)}}}"
        return RuntimeError(
            f"stft({self.type()}{_sizes(self)}, n_fft={n_fft}, hop_length={hop}, win_length={width}, "
            f"window={shown_window}, normalized={int(normalized)}, onesided={_optional(onesided)}, "
            f"return_complex={_optional(return_complex)}, align_to_window=None) : {reason}")

    if self.dim() not in (1, 2):
        raise refused("expected a 1D or 2D tensor")
    signal = self.unsqueeze(0) if self.dim() == 1 else self
    batch, length = signal.shape
    if n_fft <= 0 or n_fft > length:
        raise refused(f"expected 0 < n_fft < {length}, but got n_fft={n_fft}")
    if hop <= 0:
        raise refused(f"expected hop_length > 0, but got hop_length={hop}")
    if width <= 0 or width > n_fft:
        raise refused(f"expected 0 < win_length <= n_fft, but got win_length={width}")
    if window is not None and (window.dim() != 1 or window.shape[0] != width):
        raise refused(f"expected a 1D window tensor of size equal to win_length={width}, but got window with "
                      f"size {_sizes(window)}")
    if window is not None and width < n_fft:  # the window centred in n_fft zeros
        left = (n_fft - width) // 2
        padded = zeros(n_fft, dtype=window.dtype)
        padded.narrow(0, left, width).copy_(window)
        window = padded
    frames = 1 + (length - n_fft) // hop
    step = signal.stride(-1)
    signal = signal.as_strided((batch, frames, n_fft), (signal.stride(0), hop * step, step))
    if window is not None:
        signal = signal.mul(window)
    complex_fft = signal.dtype.is_complex
    sided = (not complex_fft) if onesided is None else onesided
    normalization = fft_kernels.NORM_BY_ROOT_N if normalized else fft_kernels.NORM_NONE
    if complex_fft:
        if sided:
            raise RuntimeError("Cannot have onesided output if window or input is complex")
        out = fft_c2c(signal, [signal.dim() - 1], normalization, True)
    else:
        if signal.dtype not in (dtypes.float32, dtypes.float64):
            raise RuntimeError(f"Unsupported dtype {signal.dtype}")
        out = fft_r2c(signal, [signal.dim() - 1], normalization, sided)
    out.transpose_(1, 2)
    if self.dim() == 1:
        out.squeeze_(0)
    return out if as_complex else view_as_real(out)


def _sizes(t: Tensor) -> str:
    return "[" + ", ".join(str(s) for s in t.shape) + "]"


def _optional(flag: bool | None) -> str:
    return "None" if flag is None else str(int(flag))


_ISTFT_NO_WINDOW = ("A window was not provided. A rectangular window will be applied.Please provide the same window "
                    "used by stft to make the inversion lossless.To suppress this warning and use a rectangular "
                    "window, explicitly set `window=torch.ones(n_fft, device=<device>)`. (Triggered internally at "
                    "/__w/pytorch/pytorch/aten/src/ATen/native/SpectralOps.cpp:1035.)")


def istft(input: Tensor, n_fft: int, hop_length: int | None = None, win_length: int | None = None,
          window: Tensor | None = None, center: bool = True, normalized: bool = False, onesided: bool | None = None,
          length: int | None = None, return_complex: bool = False) -> Tensor:
    """ATen's istft: the inverse transform of each frame, windowed, overlap-added (``unfold_backward``)
    and divided by the overlap-added squared window, the centre padding trimmed."""
    if window is None:
        warn_once(_ISTFT_NO_WINDOW)
    hop = n_fft >> 2 if hop_length is None else hop_length
    width = n_fft if win_length is None else win_length
    if not input.dtype.is_complex:
        raise RuntimeError("istft requires a complex-valued input tensor matching the output from stft with "
                           "return_complex=True.")

    def refused(reason: str) -> RuntimeError:  # ATen's REPR of the call, then the reason
        shown_window = "None" if window is None else f"{window.type()}{{{_sizes(window)}}}"
        return RuntimeError(
            f"istft(CPU{_c10_name(input)}Type"
            f"{_sizes(input)}, n_fft={n_fft}, hop_length={hop}, win_length={width}, window={shown_window}, "
            f"center={int(center)}, normalized={int(normalized)}, onesided={_optional(onesided)}, "
            f"length={'None' if length is None else length}, return_complex={int(return_complex)}) : {reason}")

    frames_real = view_as_real(input.resolve_conj())
    if frames_real.numel() == 0:
        raise refused("istft input tensor cannot be empty")
    if frames_real.dim() not in (3, 4):
        raise refused(f"expected a tensor with 3 or 4 dimensions of complex, but got {frames_real.dim()}")
    n_frames, fft_size = frames_real.shape[-2], frames_real.shape[-3]
    expected_length = n_fft + hop * (n_frames - 1)
    sided = fft_size != n_fft if onesided is None else onesided
    if sided and n_fft // 2 + 1 != fft_size:
        raise refused("expected the frequency dimension (3rd to the last) of the input tensor to match n_fft / 2 + 1 "
                      f"when onesided=True, but got {fft_size}")
    if not sided and n_fft != fft_size:
        raise refused("expected the frequency dimension (3rd to the last) of the input tensor to match n_fft when "
                      f"onesided=False, but got {fft_size}")
    if not 0 < hop <= width:
        raise refused("expected 0 < hop_length <= win_length")
    if not 0 < width <= n_fft:
        raise refused("expected 0 < win_length <= n_fft")
    if window is not None and (window.dim() != 1 or window.shape[0] != width):
        raise refused("Invalid window shape. window has to be 1D and length of `win_length`")
    window_full = window if window is not None else ones(width, dtype=frames_real.dtype)
    if width != n_fft:  # centred by zeros on both sides
        left = (n_fft - width) // 2
        window_full = pad(window_full, [left, n_fft - width - left])
    if frames_real.dim() == 3:
        frames_real = frames_real.unsqueeze(0)
    frames = view_as_complex(frames_real.transpose(1, 2))  # (channel, n_frames, fft_size)
    normalization = fft_kernels.NORM_BY_ROOT_N if normalized else fft_kernels.NORM_BY_N
    if return_complex:
        if sided:
            raise RuntimeError("Cannot have onesided output if window or input is complex")
        frames = fft_c2c(frames, [frames.dim() - 1], normalization, False)
    else:
        if window is not None and window.dtype.is_complex:
            raise RuntimeError("Complex windows are incompatible with return_complex=False")
        if not sided:
            frames = frames.narrow(-1, 0, n_fft // 2 + 1)
        frames = fft_c2r(frames, [frames.dim() - 1], normalization, n_fft)
    windowed = frames * window_full.view(1, 1, n_fft)
    signal = unfold_backward(windowed, (windowed.shape[0], expected_length), 1, n_fft, hop)
    squared = window_full.pow(2).expand(1, n_frames, n_fft)
    envelope = unfold_backward(squared, (1, expected_length), 1, n_fft, hop)
    start = n_fft // 2 if center else 0
    end = start + length if length is not None else (-(n_fft // 2) if center else expected_length)
    signal = signal[:, start:end]
    envelope = envelope[:, start:end]
    lowest = envelope.abs().min().lt(1e-11)
    if lowest.item():
        raise RuntimeError(f"window overlap add min: {int(lowest.item())}")
    signal = signal / envelope
    if input.dim() == 2:
        signal = signal.squeeze(0)
    if end > expected_length:
        warn_once("The length of signal is shorter than the length parameter. Result is being padded with zeros in "
                  "the tail. Please check your center and hop_length settings. (Triggered internally at "
                  "/__w/pytorch/pytorch/aten/src/ATen/native/SpectralOps.cpp:1199.)")
        signal = pad(signal, [0, end - expected_length])
    return signal


def _c10_name(t: Tensor) -> str:
    return "ComplexFloat" if t.dtype == dtypes.complex64 else "ComplexDouble"
