"""Conv modules' argument errors print the Python sets PyTorch's own messages print.

PyTorch formats ``{"zeros", "reflect", "replicate", "circular"}`` and ``{"same", "valid"}`` into
its ValueErrors, so their order follows the process's string hashes; the engine prints a set of
the same strings (never a list, never a fixed order). Goldens cannot show this: each recording
process has other hashes (style_blog/c24a_ts_conv1d_padding_modes prints the set sorted)."""
from __future__ import annotations

import ast

import pytest

import autograd_tui.engine as torch


def _listed(message: str) -> object:
    return ast.literal_eval(message[message.index("{"):message.index("}") + 1])


def test_an_unknown_padding_mode_lists_pytorchs_set() -> None:
    with pytest.raises(ValueError) as info:
        torch.nn.Conv1d(1, 1, 3, padding_mode="mirror")
    message = str(info.value)
    assert message.startswith("padding_mode must be one of {") and message.endswith(", but got padding_mode='mirror'")
    assert _listed(message) == {"zeros", "reflect", "replicate", "circular"}


def test_an_unknown_padding_string_lists_pytorchs_set() -> None:
    with pytest.raises(ValueError) as info:
        torch.nn.Conv2d(1, 1, 3, padding="causal")
    message = str(info.value)
    assert message.startswith("Invalid padding string 'causal', should be one of {")
    assert _listed(message) == {"same", "valid"} and isinstance(_listed(message), set)
