"""``torch.nn.utils.rnn``: padding variable-length sequences into one batch, and packing them.

A ``PackedSequence`` keeps only the real time steps: ``data`` holds, step after step, the rows of
the sequences still running at that step (longest sequence first), and ``batch_sizes[t]`` says
how many there are. ``nn.RNN``/``LSTM``/``GRU`` accept one and then skip the padding.
"""
from __future__ import annotations as _annotations

from typing import Any, Iterable, NamedTuple, Optional as _Optional

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make as _make
from autograd_tui.engine.record import Rule as _Rule, record as _record

__all__ = ["PackedSequence", "invert_permutation", "pack_padded_sequence", "pad_packed_sequence", "pad_sequence",
           "unpad_sequence", "pack_sequence", "unpack_sequence"]


class PackedSequence_(NamedTuple):
    data: Tensor
    batch_sizes: Tensor
    sorted_indices: _Optional[Tensor]
    unsorted_indices: _Optional[Tensor]


class PackedSequence(PackedSequence_):
    """The output of ``pack_padded_sequence``/``pack_sequence``; a named tuple of four fields."""

    def __new__(cls, data: Any, batch_sizes: _Optional[Tensor] = None, sorted_indices: _Optional[Tensor] = None,
                unsorted_indices: _Optional[Tensor] = None) -> "PackedSequence":
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        if batch_sizes is None:  # PackedSequence((data, batch_sizes)), as PyTorch also accepts
            if not (isinstance(data, (list, tuple)) and len(data) == 2):
                raise AssertionError("Expected data to be a list or tuple of length 2")
            data, batch_sizes = data
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    def to(self, *args: Any, **kwargs: Any) -> "PackedSequence":
        """The data converted (``batch_sizes`` stays int64 on the CPU); ``self`` when nothing changes."""
        data = self.data.to(*args, **kwargs)
        if data is self.data:
            return self
        return type(self)(data, self.batch_sizes, self.sorted_indices, self.unsorted_indices)

    def cpu(self) -> "PackedSequence":
        return self

    def cuda(self, *args: Any, **kwargs: Any) -> "PackedSequence":
        return self.to(*args, device="cuda", **kwargs)

    def pin_memory(self) -> "PackedSequence":
        return self

    def is_pinned(self) -> bool:
        return False

    @property
    def is_cuda(self) -> bool:
        return False

    def double(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.float64)

    def float(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.float32)

    def half(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.float16)

    def long(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.int64)

    def int(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.int32)

    def short(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.int16)

    def char(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.int8)

    def byte(self) -> "PackedSequence":
        return self.to(dtype=_dtypes.uint8)


def invert_permutation(permutation: _Optional[Tensor]) -> _Optional[Tensor]:
    """The permutation that undoes ``permutation`` (``None`` stays ``None``)."""
    if permutation is None:
        return None
    inverse = _np.empty_like(permutation._data)
    inverse[permutation._data] = _np.arange(permutation._data.size, dtype=inverse.dtype)
    return _make(inverse, permutation.dtype)


def _packed_rows(lengths: _np.ndarray, batch: int) -> tuple[_np.ndarray, _np.ndarray]:
    """The batch sizes per step, and for each packed row its row in the (steps * batch) padding."""
    steps = int(lengths[0])
    batch_sizes = _np.array([(lengths > t).sum() for t in range(steps)], dtype=_np.int64)
    rows = _np.concatenate([t * batch + _np.arange(n) for t, n in enumerate(batch_sizes)])
    return batch_sizes, rows


def _unpack_grad(grad: Tensor, rows: Tensor, shape: tuple, batch_first: bool) -> Tensor:
    """The gradient of the packing: each packed row's gradient back in its padded place, zero elsewhere."""
    steps_first = (shape[1], shape[0]) + shape[2:] if batch_first else shape
    flat = _F.zeros((steps_first[0] * steps_first[1],) + steps_first[2:], dtype=grad.dtype)
    out = flat.index_add(0, rows, grad).view(steps_first)
    return out.transpose(0, 1) if batch_first else out


_PACK = _Rule("_pack_padded_sequence", "PackPaddedSequenceBackward0", None,
             (lambda grad, rows, shape, batch_first: _unpack_grad(grad, rows, shape, batch_first),), (0,), ("input",))


def _pack_padded(input: Tensor, lengths: _np.ndarray, batch_first: bool) -> tuple[Tensor, Tensor]:
    """ATen's ``_pack_padded_sequence``: (data, batch_sizes) from a padded batch sorted by length."""
    steps_first = input.transpose(0, 1) if batch_first else input
    batch = steps_first.shape[1]
    if input.numel() == 0:
        raise RuntimeError("Cannot pack empty tensors.")
    if lengths.shape[0] != batch:
        raise RuntimeError(f"Expected `len(lengths)` to be equal to batch_size, but got {lengths.shape[0]} "
                           f"(batch_size={batch})")
    if lengths[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    if (_np.diff(lengths) > 0).any():
        raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You "
                           "can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to "
                           "sidestep this requirement if you do not need ONNX exportability.")
    batch_sizes, rows = _packed_rows(lengths, batch)
    padded = _np.ascontiguousarray(steps_first._data)
    flat = padded.reshape((-1,) + padded.shape[2:])
    # a length beyond the padded steps is not refused: ATen's slices of the input stop at its last
    # step, so the data holds fewer rows than the batch sizes (which still count to the length)
    rows = rows[rows < len(flat)]
    data = _make(flat[rows], input.dtype)
    rows_t = _make(rows, _dtypes.int64)
    _record(_PACK, (input,), data, {"rows": rows_t, "shape": tuple(input.shape), "batch_first": batch_first})
    return data, _make(batch_sizes, _dtypes.int64)


def pack_padded_sequence(input: Tensor, lengths: Any, batch_first: bool = False,
                         enforce_sorted: bool = True) -> PackedSequence:
    """Pack a padded batch ``(T, B, *)`` (or ``(B, T, *)``) whose sequence ``b`` has ``lengths[b]`` steps."""
    if isinstance(lengths, Tensor):
        lengths = lengths.to(dtype=_dtypes.int64)
    else:
        lengths = _F.as_tensor(lengths, dtype=_dtypes.int64)
    sorted_indices = None
    if not enforce_sorted:
        lengths, sorted_indices = _F.sort(lengths, descending=True)
        input = input.index_select(0 if batch_first else 1, sorted_indices)
    if lengths.dim() != 1:
        raise RuntimeError(f"'lengths' argument should be a 1D CPU int64 tensor, but got {lengths.dim()}D cpu Long "
                           "tensor")
    data, batch_sizes = _pack_padded(input, lengths._data, batch_first)
    return PackedSequence(data, batch_sizes, sorted_indices, None)


def pad_packed_sequence(sequence: PackedSequence, batch_first: bool = False, padding_value: float = 0.0,
                        total_length: _Optional[int] = None) -> tuple[Tensor, Tensor]:
    """Undo the packing: the padded batch and each sequence's length (in the original order)."""
    batch_sizes = sequence.batch_sizes._data
    steps = batch_sizes.shape[0]
    if total_length is not None:
        if total_length < steps:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, "
                             f"but got total_length={total_length} and max sequence length being {steps}")
        steps = total_length
    data = sequence.data
    rest = tuple(data.shape[1:])
    batch = int(batch_sizes[0])
    output = _F.full((steps, batch) + rest, padding_value, dtype=data.dtype)
    lengths = _np.empty(batch, dtype=_np.int64)
    # As ATen copies: one block per run of equal batch sizes.
    offset, start, previous = 0, 0, batch
    for t in range(batch_sizes.shape[0] + 1):
        size = int(batch_sizes[t]) if t < batch_sizes.shape[0] else 0
        if size != previous:
            count = previous * (t - start)
            output[start:t, :previous] = data[offset:offset + count].view((t - start, previous) + rest)
            offset, start = offset + count, t
        lengths[size:previous] = t
        previous = size
    if batch_first:
        output = output.transpose(0, 1)
    lengths_t = _make(lengths, _dtypes.int64)
    if sequence.unsorted_indices is not None:
        order = sequence.unsorted_indices
        return output.index_select(0 if batch_first else 1, order), lengths_t[order]
    return output, lengths_t


def pad_sequence(sequences: Iterable[Tensor], batch_first: bool = False, padding_value: float = 0.0,
                 padding_side: str = "right") -> Tensor:
    """Stack sequences of different lengths, padded to the longest: ``(T, B, *)`` or ``(B, T, *)``."""
    if padding_side not in ("left", "right"):
        raise RuntimeError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    sequences = list(sequences)
    if not sequences:
        raise RuntimeError("received an empty list of sequences")
    if sequences[0].dim() == 0:  # ATen takes the first sequence's trailing sizes before any length
        raise RuntimeError("ArrayRef: invalid slice, N = 1; size = 0")
    max_len = max(s.size(0) for s in sequences)
    trailing = tuple(sequences[0].shape[1:])
    shape = ((len(sequences), max_len) if batch_first else (max_len, len(sequences))) + trailing
    out = _F.full(shape, padding_value, dtype=sequences[0].dtype)
    for i, seq in enumerate(sequences):
        n = seq.size(0)
        steps = slice(0, n) if padding_side == "right" else slice(max_len - n, max_len)
        out[(i, steps) if batch_first else (steps, i)].copy_(seq)  # ATen copies, with copy_'s errors
    return out


def unpad_sequence(padded_sequences: Tensor, lengths: Tensor, batch_first: bool = False) -> list[Tensor]:
    """The list of sequences in a padded batch, each cut to its length."""
    if not batch_first:
        padded_sequences.transpose_(0, 1)  # PyTorch also turns the caller's tensor in place
    steps = _F.arange(padded_sequences.shape[1])
    return [seq[steps < length] for seq, length in zip(padded_sequences, lengths)]


def pack_sequence(sequences: list[Tensor], enforce_sorted: bool = True) -> PackedSequence:
    """``pack_padded_sequence(pad_sequence(sequences), lengths)``."""
    lengths = _F.as_tensor([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences: PackedSequence) -> list[Tensor]:
    """The list of sequences a ``PackedSequence`` holds, in their original order."""
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)


for _obj in (PackedSequence_, PackedSequence, invert_permutation, pack_padded_sequence, pad_packed_sequence,
             pad_sequence, unpad_sequence, pack_sequence, unpack_sequence):
    _obj.__module__ = "torch.nn.utils.rnn"
