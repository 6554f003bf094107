"""``torch.nn.utils.rnn``: padding variable-length sequences into one batch."""
from __future__ import annotations

from typing import Iterable

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor

__all__ = ["pad_sequence", "pack_padded_sequence", "pad_packed_sequence", "pack_sequence", "PackedSequence"]


def pad_sequence(sequences: Iterable[Tensor], batch_first: bool = False, padding_value: float = 0.0,
                 padding_side: str = "right") -> Tensor:
    """Stack sequences of different lengths, padded to the longest: ``(T, B, *)`` or ``(B, T, *)``."""
    if padding_side not in ("left", "right"):
        raise RuntimeError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    sequences = list(sequences)
    if not sequences:
        raise RuntimeError("received an empty list of sequences")
    max_len = max(s.size(0) for s in sequences)
    trailing = tuple(sequences[0].shape[1:])
    shape = ((len(sequences), max_len) if batch_first else (max_len, len(sequences))) + trailing
    out = _F.full(shape, padding_value, dtype=sequences[0].dtype)
    for i, seq in enumerate(sequences):
        n = seq.size(0)
        steps = slice(0, n) if padding_side == "right" else slice(max_len - n, max_len)
        out[(i, steps) if batch_first else (steps, i)] = seq
    return out


def _packed(*args, **kwargs):
    raise NotImplementedError("Packed sequences (torch.nn.utils.rnn.PackedSequence) are not in the embedded engine; "
                              "pad with pad_sequence instead. Real PyTorch has them (run with --backend torch).")


pack_padded_sequence = pad_packed_sequence = pack_sequence = PackedSequence = _packed

pad_sequence.__module__ = "torch.nn.utils.rnn"
