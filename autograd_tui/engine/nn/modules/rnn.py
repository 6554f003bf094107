"""Recurrent layers: ``nn.RNN``, ``nn.LSTM`` and ``nn.GRU``.

The forward pass follows PyTorch's CPU implementation step by step: the input projection of
the whole sequence first (one ``linear``), then per time step the hidden projection added to
it, the cell's nonlinearities, and finally ``stack`` of the step outputs (so ``output.grad_fn``
is ``StackBackward0``, or ``TransposeBackward0`` with ``batch_first``). Reverse directions run
over the reversed steps, their outputs are concatenated on the last dim, and dropout is applied
between layers while training. Built from engine tensor ops, the gradients come from autograd.

A float32 ``nn.LSTM`` (non-empty input) is different: PyTorch runs each layer and direction as
one oneDNN primitive (``MkldnnRnnLayerBackward0``), whose products, activations and backward
have their own rounding; ``_run_fused`` computes them with ``parity/onednn_lstm.py``.

A ``PackedSequence`` input takes ATen's packed loop instead (``_packed_direction``): the input
projection of all packed rows, then per step only the sequences still running, their outputs
concatenated (``CatBackward0``) into the packed output.
"""
from __future__ import annotations

import math
import numbers
import warnings
from typing import Any, Callable, Optional, Union

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import AT_LIBRARY, Tensor, make, warn_once
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn import init
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import Parameter
from autograd_tui.engine.nn.utils.rnn import PackedSequence
from autograd_tui.engine.parity import blas, onednn_lstm
from autograd_tui.engine.record import Rule, record

__all__ = ["RNNBase", "RNN", "LSTM", "GRU", "RNNCellBase", "RNNCell", "LSTMCell", "GRUCell"]

_GATES = {"LSTM": 4, "GRU": 3, "RNN_TANH": 1, "RNN_RELU": 1}


def _layer_input_grad(k: int):
    """The gradient for input ``k`` of a fused LSTM layer: all seven come from one run of oneDNN's
    backward (``parity/onednn_lstm.py``), done for the first formula asked and kept for the others
    of the same pass (``cache["pass"]`` is that pass's list of incoming gradients).

    ``input``, the weights, the initial states and the output (``result``) are named so that they
    are saved (and their in-place changes caught) as PyTorch's node saves them. With
    ``create_graph`` (grad mode on in the pass) PyTorch switches to a backward built from
    differentiable ops, and so does the engine (``_differentiable_layer_grads``)."""
    def grad(grads, input, weight0, weight1, hx_, cx_, result, cache):
        if cache.get("pass") is not grads and _State.enabled:
            b_ih, b_hh = cache["biases"]
            found = _differentiable_layer_grads(grads, input, weight0, weight1, b_ih, b_hh, hx_, cx_, cache["reverse"])
            cache["pass"], cache["grads"] = grads, list(found)
        elif cache.get("pass") is not grads:
            layer, threads = cache["layer"], cache["threads"]
            steps, batch, size = len(layer.order), hx_.shape[0], hx_.shape[1]
            seeds = [np.zeros(shape, np.float32) if g is None else g._data
                     for g, shape in zip(grads, ((steps, batch, size), (batch, size), (batch, size)))]
            d_input, d_w_ih, d_w_hh, d_bias, d_h0, d_c0 = onednn_lstm.backward(
                layer, weight0._data, weight1._data, *seeds, threads)
            found = (d_input, d_w_ih, d_w_hh, d_bias, d_bias.copy(), d_h0, d_c0)
            cache["pass"], cache["grads"] = grads, [make(g, dtypes.float32) for g in found]
        return cache["grads"][k]
    return grad


def _differentiable_layer_grads(grads, input: Tensor, w_ih: Tensor, w_hh: Tensor, b_ih: Optional[Tensor],
                                b_hh: Optional[Tensor], hx: Tensor, cx: Tensor, reverse: bool) -> tuple:
    """The seven gradients of an LSTM layer as PyTorch's ``mkldnn_rnn_layer_differentiable_backward``
    builds them for a double backward: the gates recomputed step by step, then the gradient
    formulas written out, all as recorded ops."""
    steps = input.shape[0]
    zeros = [_F.zeros(shape, dtype=input.dtype) for shape in ((steps,) + tuple(hx.shape[:1]) + tuple(hx.shape[1:]),
                                                            tuple(hx.shape), tuple(cx.shape))]
    grad_output, grad_h, grad_c = (z if g is None else g for g, z in zip(grads, zeros))
    order = list(range(steps - 1, -1, -1)) if reverse else list(range(steps))
    gates, states = [], [(hx, cx)]
    for t in order:
        h, c = states[-1]
        i, f, g, o = (F.linear(input[t], w_ih, b_ih) + F.linear(h, w_hh, b_hh)).chunk(4, 1)
        i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()
        c = f * c + i * g
        gates.append((i, f, g, o))
        states.append((o * c.tanh(), c))
    d_inputs: list = [None] * steps
    d_b = d_w_ih = d_w_hh = None
    for p in range(steps - 1, -1, -1):
        i, f, g, o = gates[p]
        (h_prev, c_prev), (_, c) = states[p], states[p + 1]
        dh = grad_output[order[p]] + grad_h
        dc = grad_c + dh * o * (1 - c.tanh() * c.tanh())
        gate_grads = _F.cat([dc * g * i * (1 - i), dc * c_prev * f * (1 - f), dc * i * (1 - g * g),
                             dh * c.tanh() * o * (1 - o)], 1)
        step = (gate_grads.sum(0), _F.matmul(gate_grads.transpose(0, 1), input[order[p]]),
                _F.matmul(gate_grads.transpose(0, 1), h_prev))
        d_b, d_w_ih, d_w_hh = step if d_b is None else (d_b + step[0], d_w_ih + step[1], d_w_hh + step[2])
        d_inputs[order[p]] = _F.matmul(gate_grads, w_ih).unsqueeze(0)
        grad_h, grad_c = _F.matmul(gate_grads, w_hh), dc * f
    return _F.cat(d_inputs, 0), d_w_ih, d_w_hh, d_b, d_b, grad_h, grad_c


# PyTorch's CPU RNN and GRU swap a batch_first output back in place (transpose_).
_TRANSPOSE_IN_PLACE = Rule("rnn_transpose_", "TransposeBackward1", None, (lambda grad: grad.transpose(0, 1),), (0,),
                           ("self",))


def _gru_step(projected: Tensor, hx: Tensor, hidden_projected: Tensor) -> Tensor:
    """One GRU step from the input's and the hidden state's (batch, 3 * hidden) projections.

    ATen adds the reset and update parts of the input projection into the hidden projection's
    buffer and applies sigmoid_ there, to (batch, hidden) views whose rows lie 3 * hidden apart:
    rows shorter than two vectors take float32 sigmoid's scalar form, which rounds some values
    differently from the vector form a contiguous tensor gets. Both gates are summed here into
    one (batch, 2 * hidden) tensor and sliced, which gives their sigmoids the same row layout.
    """
    size = hx.shape[-1]
    gates = hidden_projected[:, :2 * size] + projected[:, :2 * size]
    reset = gates[:, :size].sigmoid()
    update = gates[:, size:].sigmoid()
    new = (projected[:, 2 * size:] + hidden_projected[:, 2 * size:] * reset).tanh()
    return (hx - new) * update + new


def _batch_first_output(output: Tensor) -> Tensor:
    """``output.transpose_(0, 1)`` on the freshly stacked output, shown as PyTorch shows it."""
    out = make(np.swapaxes(output._data, 0, 1), output.dtype)
    return record(_TRANSPOSE_IN_PLACE, (output,), out) if _State.enabled else out


# PyTorch's float32 CPU LSTM runs each layer and direction as one fused oneDNN op.
_FUSED_LSTM_LAYER = Rule("mkldnn_rnn_layer", "MkldnnRnnLayerBackward0", None,
                         tuple(_layer_input_grad(k) for k in range(7)), tuple(range(7)),
                         ("input", "weight0", "weight1", "weight2", "weight3", "hx_", "cx_"))


class RNNBase(Module):
    def __init__(self, mode: str, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                 proj_size: int = 0, device: Any = None, dtype: Any = None) -> None:
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1
        if not isinstance(dropout, numbers.Number) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an "
                             "element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          f"expects num_layers greater than 1, but got dropout={dropout} and "
                          f"num_layers={num_layers}", UserWarning, stacklevel=AT_LIBRARY)
        if not isinstance(bias, bool):
            raise TypeError(f"bias should be of type bool, got: {type(bias).__name__}")
        if not isinstance(batch_first, bool):
            raise TypeError(f"batch_first should be of type bool, got: {type(batch_first).__name__}")
        if not isinstance(input_size, int):
            raise TypeError(f"input_size should be of type int, got: {type(input_size).__name__}")
        if input_size <= 0:
            raise ValueError("input_size must be greater than zero")
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size
        # with projections (LSTM only) the hidden state h has proj_size features, the cell state c hidden_size
        real_hidden_size = proj_size if proj_size > 0 else hidden_size
        self._flat_weights_names: list[str] = []
        self._all_weights: list[list[str]] = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                layer_input_size = input_size if layer == 0 else real_hidden_size * num_directions
                suffix = "_reverse" if direction == 1 else ""
                shapes: list[tuple[int, ...]] = [(gate_size, layer_input_size), (gate_size, real_hidden_size)]
                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]
                if bias:
                    shapes += [(gate_size,), (gate_size,)]
                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]
                if proj_size > 0:
                    shapes.append((proj_size, hidden_size))
                    names.append("weight_hr_l{}{}")
                names = [n.format(layer, suffix) for n in names]
                for name, shape in zip(names, shapes):
                    setattr(self, name, Parameter(_F.empty(shape, dtype=dtype, device=device)))
                self._flat_weights_names.extend(names)
                self._all_weights.append(names)
        self.reset_parameters()

    @property
    def _flat_weights(self) -> list:
        return [getattr(self, name) for name in self._flat_weights_names]

    @property
    def all_weights(self) -> list:
        return [[getattr(self, name) for name in names] for names in self._all_weights]

    def flatten_parameters(self) -> None:
        """Packs weights for cuDNN in PyTorch; nothing to do on the CPU."""

    def reset_parameters(self) -> None:
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def extra_repr(self) -> str:
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)

    # ----- argument checks, as PyTorch's ---------------------------------------------------------
    def _check_input(self, input: Tensor) -> None:
        weight_dtype = self._flat_weights[0].dtype
        if input.dtype is not weight_dtype:
            raise ValueError(f"RNN input dtype ({input.dtype}) does not match weight dtype ({weight_dtype}). "
                             f"Convert input: input.to({weight_dtype}), or convert model: model.to({input.dtype})")
        if input.dim() != 3:
            raise RuntimeError(f"input must have 3 dimensions, got {input.dim()}")
        if self.input_size != input.size(-1):
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {input.size(-1)}")

    def _expected_hidden_size(self, input: Tensor, cell: bool = False) -> tuple:
        """The shape of h0 (``cell``: of the LSTM's c0, which keeps hidden_size under projections)."""
        mini_batch = input.size(0) if self.batch_first else input.size(1)
        size = self.proj_size if self.proj_size > 0 and not cell else self.hidden_size
        return (self.num_layers * (2 if self.bidirectional else 1), mini_batch, size)

    @staticmethod
    def _check_hidden_size(hx: Tensor, expected: tuple, msg: str = "Expected hidden size {}, got {}") -> None:
        if tuple(hx.size()) != expected:
            raise RuntimeError(msg.format(expected, list(hx.size())))

    # ----- the computation -------------------------------------------------------------------------
    def _layer_weights(self, layer: int, direction: int) -> tuple:
        """(w_ih, w_hh, b_ih, b_hh, w_hr): the biases None without bias, w_hr None without projections."""
        names = self._all_weights[layer * (2 if self.bidirectional else 1) + direction]
        w = [getattr(self, n) for n in names]
        w_hr = w.pop() if self.proj_size > 0 else None
        return (w[0], w[1], w[2], w[3], w_hr) if self.bias else (w[0], w[1], None, None, w_hr)

    def _cell(self, projected: Tensor, state, w_hh: Tensor, b_hh: Optional[Tensor], w_hr: Optional[Tensor] = None):
        """One time step: ``projected`` is the input's projection, ``state`` the previous state."""
        if self.mode == "LSTM":
            hx, cx = state
            gates = F.linear(hx, w_hh, b_hh) + projected
            i, f, g, o = gates.chunk(4, 1)
            i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()
            cy = f * cx + i * g
            hy = o * cy.tanh()
            if w_hr is not None:  # ATen's matmul_hr: the projection of h
                hy = _F.matmul(hy, w_hr.t())
            return hy, (hy, cy)
        if self.mode == "GRU":
            hy = _gru_step(projected, state, F.linear(state, w_hh, b_hh))
            return hy, hy
        pre = F.linear(state, w_hh, b_hh) + projected
        hy = pre.tanh() if self.mode == "RNN_TANH" else pre.relu()
        return hy, hy

    def _run_direction(self, inputs: Tensor, state, weights: tuple, direction: int):
        w_ih, w_hh, b_ih, b_hh, w_hr = weights
        steps = F.linear(inputs, w_ih, b_ih).unbind(0)
        if direction == 1:
            steps = steps[::-1]
        outputs = []
        for step in steps:
            out, state = self._cell(step, state, w_hh, b_hh, w_hr)
            outputs.append(out)
        if direction == 1:
            outputs.reverse()
        return _F.stack(outputs, 0), state

    def _run_fused(self, inputs: Tensor, state, layer: int, direction: int):
        """One layer and direction of a float32 LSTM as oneDNN computes it (``parity/onednn_lstm.py``),
        shown as one ``MkldnnRnnLayerBackward0`` node with three outputs."""
        w_ih, w_hh, b_ih, b_hh, _ = self._layer_weights(layer, direction)  # (no projections here)
        hx, cx = state
        # ATen adds the two biases before oneDNN sees them (zeros without bias)
        bias = b_ih._data + b_hh._data if b_ih is not None and b_hh is not None else \
            np.zeros(w_hh.shape[0], np.float32)
        threads = blas.get_threads()
        # PyTorch asks oneDNN for its training forward in grad mode, whatever requires grad
        out, h, c, layer_cache = onednn_lstm.forward(inputs._data, w_ih._data, w_hh._data, bias, hx._data, cx._data,
                                                     direction == 1, threads, training=_State.enabled)
        results = [make(t, dtypes.float32) for t in (out, h, c)]
        outer = (inputs, w_ih, w_hh, b_ih, b_hh, hx, cx)
        if _State.enabled and any(t is not None and t.requires_grad for t in outer):
            cache = {"layer": layer_cache, "threads": threads, "biases": (b_ih, b_hh), "reverse": direction == 1}
            record(_FUSED_LSTM_LAYER, outer, results[0], {"cache": cache}, num_outputs=3)
            node = results[0].grad_fn
            for i, r in enumerate(results[1:], 1):
                r.grad_fn, r._output_nr, r._requires_grad = node, i, True
        return results[0], (results[1], results[2])

    def _run(self, input: Tensor, hx):
        """Every layer and direction over a (seq, batch, feature) input; ``hx`` per layer-direction."""
        fused = self.mode == "LSTM" and input.dtype is dtypes.float32 and input.numel() > 0
        if fused and self.proj_size > 0:
            # raised inside PyTorch's torch/nn/modules/rnn.py, so shown without a place (as the engine's are)
            warn_once("LSTM with projections is not supported with oneDNN. Using default implementation. "
                      "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/RNN.cpp:1512.)",
                      at_library=True)
            fused = False

        def one_direction(layer_input: Tensor, state, layer: int, direction: int):
            if fused:
                return self._run_fused(layer_input, state, layer, direction)
            return self._run_direction(layer_input, state, self._layer_weights(layer, direction), direction)
        return self._stack_layers(input, hx, one_direction)

    def _stack_layers(self, input: Tensor, hx, one_direction: Callable):
        """The layers in turn, each direction by ``one_direction(input, state, layer, direction)``
        (outputs joined on the last dim, dropout between layers), and the final states stacked."""
        directions = 2 if self.bidirectional else 1
        layer_input = input
        finals = []
        for layer in range(self.num_layers):
            outs = []
            for direction in range(directions):
                k = layer * directions + direction
                state = (hx[0][k], hx[1][k]) if self.mode == "LSTM" else hx[k]
                out, final = one_direction(layer_input, state, layer, direction)
                outs.append(out)
                finals.append(final)
            layer_output = outs[0] if directions == 1 else _F.cat(outs, -1)
            if self.dropout != 0 and self.training and layer < self.num_layers - 1:
                layer_output = F.dropout(layer_output, self.dropout, True)
            layer_input = layer_output
        hidden: Union[Tensor, tuple[Tensor, Tensor]]
        if self.mode == "LSTM":
            hidden = (_F.stack([h for h, _ in finals], 0), _F.stack([c for _, c in finals], 0))
        else:
            hidden = _F.stack(finals, 0)
        return layer_input, hidden

    # ----- packed input: ATen's PackedLayer / ReversedPackedLayer ---------------------------------
    def _packed_direction(self, data: Tensor, batch_sizes: list[int], hx, weights: tuple, direction: int):
        """One layer and direction over packed rows; the batch shrinks as sequences end (forwards)
        or grows as they start (backwards). Returns the packed outputs and each sequence's final state."""
        w_ih, w_hh, b_ih, b_hh, w_hr = weights
        projected = F.linear(data, w_ih, b_ih)
        lstm = self.mode == "LSTM"

        def rows(state, start: int, stop: int):
            if lstm:
                return tuple(t.narrow(0, start, stop - start) for t in state)
            return state.narrow(0, start, stop - start)

        outputs = []
        if direction == 0:
            finished, state, offset, last = [], hx, 0, batch_sizes[0]
            for size in batch_sizes:
                step = projected.narrow(0, offset, size)
                offset += size
                if size < last:  # the sequences that ended keep their last state
                    finished.append(rows(state, size, last))
                    state = rows(state, 0, size)
                last = size
                out, state = self._cell(step, state, w_hh, b_hh, w_hr)
                outputs.append(out)
            finished.append(state)
            finished.reverse()
            if lstm:
                state = (_F.cat([h for h, _ in finished], 0), _F.cat([c for _, c in finished], 0))
            else:
                state = _F.cat(finished, 0)
            return _F.cat(outputs, 0), state
        offset, last = data.shape[0], batch_sizes[-1]
        state = rows(hx, 0, last)
        for size in reversed(batch_sizes):
            if size > last:  # sequences that start here join with their initial state
                fresh = rows(hx, last, size)
                state = ((_F.cat([state[0], fresh[0]], 0), _F.cat([state[1], fresh[1]], 0)) if lstm
                         else _F.cat([state, fresh], 0))
            step = projected.narrow(0, offset - size, size)
            offset -= size
            last = size
            out, state = self._cell(step, state, w_hh, b_hh, w_hr)
            outputs.append(out)
        outputs.reverse()
        return _F.cat(outputs, 0), state

    def _run_packed(self, data: Tensor, batch_sizes: Tensor, hx):
        """``_run`` for a packed input: the output is packed too (``CatBackward0``)."""
        sizes = [int(n) for n in batch_sizes._data]
        return self._stack_layers(data, hx, lambda rows, state, layer, direction: self._packed_direction(
            rows, sizes, state, self._layer_weights(layer, direction), direction))

    def _forward_packed(self, packed: PackedSequence, hx):
        """The forward of a packed input, as ``torch/nn/modules/rnn.py`` wraps ATen's packed RNN:
        ``hx`` reordered to the sorted batch, the final state put back in the caller's order."""
        data, batch_sizes, sorted_indices, unsorted_indices = packed
        lstm = self.mode == "LSTM"
        shape = (self.num_layers * (2 if self.bidirectional else 1), int(batch_sizes[0]), self.hidden_size)
        h_shape = shape[:2] + (self.proj_size,) if self.proj_size > 0 else shape
        if hx is None:
            hx = (_F.zeros(h_shape, dtype=data.dtype), _F.zeros(shape, dtype=data.dtype)) if lstm else \
                _F.zeros(shape, dtype=data.dtype)
        elif sorted_indices is not None:
            hx = (hx[0].index_select(1, sorted_indices), hx[1].index_select(1, sorted_indices)) if lstm else \
                hx.index_select(1, sorted_indices)
        weight_dtype = self._flat_weights[0].dtype
        if lstm:  # LSTM.forward checks nothing of a packed input: ATen's kernel fails on its own
            _lstm_packed_failures(self, data, hx, int(batch_sizes[0]))
        if data.dtype is not weight_dtype:
            raise ValueError(f"RNN input dtype ({data.dtype}) does not match weight dtype ({weight_dtype}). "
                             f"Convert input: input.to({weight_dtype}), or convert model: model.to({data.dtype})")
        if data.dim() != 2:
            raise RuntimeError(f"input must have 2 dimensions, got {data.dim()}")
        if self.input_size != data.size(-1):
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {data.size(-1)}")
        if lstm:
            self._check_hidden_size(hx[0], h_shape, "Expected hidden[0] size {}, got {}")
            self._check_hidden_size(hx[1], shape, "Expected hidden[1] size {}, got {}")
        else:
            self._check_hidden_size(hx, shape)
        output, hidden = self._run_packed(data, batch_sizes, hx)
        if unsorted_indices is not None:
            hidden = (hidden[0].index_select(1, unsorted_indices), hidden[1].index_select(1, unsorted_indices)) \
                if lstm else hidden.index_select(1, unsorted_indices)
        return PackedSequence(output, batch_sizes, sorted_indices, unsorted_indices), hidden

    def _prepare(self, input: Tensor, name: str):
        if input.dim() not in (2, 3):
            suffix = " tensor" if self.mode in ("RNN_TANH", "RNN_RELU") else ""
            raise ValueError(f"{name}: Expected input to be 2D or 3D, got {input.dim()}D{suffix} instead")
        is_batched = input.dim() == 3
        batch_dim = 0 if self.batch_first else 1
        if not is_batched:
            input = input.unsqueeze(batch_dim)
        return input, is_batched

    def _zeros(self, input: Tensor, cell: bool = False) -> Tensor:
        return _F.zeros(self._expected_hidden_size(input, cell), dtype=input.dtype)


def _lstm_packed_failures(module: RNNBase, data: Tensor, hx: tuple, first_batch: int) -> None:
    """What ATen's packed LSTM raises where nn.LSTM checked nothing: the stacked layers' count,
    layer 0's input projection of every packed row (an ``mm``), then the first step's
    ``linear_hh(h).add_(gates)`` and its cell update ``f * c``."""
    h, c = hx
    for state in (h, c):  # ATen first compares h.size(2) with c.size(2) (projections or not)
        if 0 < state.dim() < 3:
            raise IndexError(f"Dimension out of range (expected to be in range of [{-state.dim()}, "
                             f"{state.dim() - 1}], but got 2)")
    if h.dim() != 3 or c.dim() != 3:
        return  # (a 0-d state: the engine's checks below stand)
    if (h.size(2) != c.size(2)) != (module.proj_size > 0):
        raise RuntimeError("got an incorrect number of RNN parameters")
    if h.size(0) != module.num_layers * (2 if module.bidirectional else 1):
        raise RuntimeError("Expected more hidden states in stacked_rnn")
    gates = 4 * module.hidden_size
    if data.dim() == 2 and data.size(1) != module.input_size:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({data.size(0)}x{data.size(1)} and "
                           f"{module.input_size}x{gates})")
    weight_dtype = module._flat_weights[0].dtype
    if data.dtype is not weight_dtype:
        raise RuntimeError(f"mat1 and mat2 must have the same dtype, but got {_scalar_type_name(data.dtype)} and "
                           f"{_scalar_type_name(weight_dtype)}")
    width = module.proj_size if module.proj_size > 0 else module.hidden_size
    if h.size(2) != width:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({h.size(1)}x{h.size(2)} and "
                           f"{width}x{gates})")
    if h.size(1) != first_batch and first_batch != 1:
        if h.size(1) == 1:
            raise RuntimeError(f"output with shape [1, {gates}] doesn't match the broadcast shape "
                               f"[{first_batch}, {gates}]")
        raise RuntimeError(f"The size of tensor a ({h.size(1)}) must match the size of tensor b ({first_batch}) "
                           f"at non-singleton dimension 0")
    if c.size(1) not in (first_batch, 1) and first_batch != 1:
        raise RuntimeError(f"The size of tensor a ({first_batch}) must match the size of tensor b ({c.size(1)}) "
                           f"at non-singleton dimension 0")


def _forward_single_state(module: RNNBase, input: Tensor, hx: Optional[Tensor]) -> tuple[Tensor, Tensor]:
    """RNN and GRU forward: one hidden-state tensor (LSTM has two)."""
    if isinstance(input, PackedSequence):
        return module._forward_packed(input, hx)
    input, is_batched = module._prepare(input, "GRU" if module.mode == "GRU" else "RNN")
    if hx is not None:
        if not is_batched:
            if hx.dim() != 2:
                raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.dim()}-D tensor")
            hx = hx.unsqueeze(1)
        elif hx.dim() != 3:
            raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.dim()}-D tensor")
    else:
        hx = module._zeros(input)
    module._check_input(input)
    module._check_hidden_size(hx, module._expected_hidden_size(input))
    x = input.transpose(0, 1) if module.batch_first else input
    output, hidden = module._run(x, hx)
    if module.batch_first:
        output = _batch_first_output(output)
    if not is_batched:
        output = output.squeeze(0 if module.batch_first else 1)
        hidden = hidden.squeeze(1)
    return output, hidden


class RNN(RNNBase):
    """An Elman RNN: ``h_t = tanh(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh)`` (or relu)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            self.nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            self.nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError(f"Unknown nonlinearity '{self.nonlinearity}'. Select from 'tanh' or 'relu'.")
        nonlinearity = self.nonlinearity
        super().__init__(mode, *args, **kwargs)
        self.nonlinearity = nonlinearity

    def forward(self, input: Tensor, hx: Optional[Tensor] = None) -> tuple[Tensor, Tensor]:
        return _forward_single_state(self, input, hx)


class LSTM(RNNBase):
    """Long short-term memory: input, forget, cell and output gates (PyTorch's order)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__("LSTM", *args, **kwargs)

    def forward(self, input: Tensor, hx: Optional[tuple] = None) -> tuple[Tensor, tuple[Tensor, Tensor]]:
        if isinstance(input, PackedSequence):
            return self._forward_packed(input, hx)
        input, is_batched = self._prepare(input, "LSTM")
        if hx is None:
            hx = (self._zeros(input), self._zeros(input, cell=True))
        else:
            if is_batched:
                if hx[0].dim() != 3 or hx[1].dim() != 3:
                    raise RuntimeError("For batched 3-D input, hx and cx should also be 3-D but got "
                                       f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
            else:
                if hx[0].dim() != 2 or hx[1].dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx and cx should also be 2-D but got "
                                       f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
        self._check_input(input)
        self._check_hidden_size(hx[0], self._expected_hidden_size(input), "Expected hidden[0] size {}, got {}")
        self._check_hidden_size(hx[1], self._expected_hidden_size(input, cell=True),
                                "Expected hidden[1] size {}, got {}")
        x = input.transpose(0, 1) if self.batch_first else input
        output, (h, c) = self._run(x, hx)
        if self.batch_first:
            output = output.transpose(0, 1)
        if not is_batched:
            output = output.squeeze(0 if self.batch_first else 1)
            h, c = h.squeeze(1), c.squeeze(1)
        return output, (h, c)


class GRU(RNNBase):
    """Gated recurrent unit: reset, update and new gates (PyTorch's order)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        super().__init__("GRU", *args, **kwargs)

    def forward(self, input: Tensor, hx: Optional[Tensor] = None) -> tuple[Tensor, Tensor]:
        return _forward_single_state(self, input, hx)


for _cls in (RNNBase, RNN, LSTM, GRU):
    _cls.__module__ = "torch.nn.modules.rnn"


class RNNCellBase(Module):
    def __init__(self, input_size: int, hidden_size: int, bias: bool, num_chunks: int, device: Any = None,
                 dtype: Any = None) -> None:
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(_F.empty((num_chunks * hidden_size, input_size), dtype=dtype, device=device))
        self.weight_hh = Parameter(_F.empty((num_chunks * hidden_size, hidden_size), dtype=dtype, device=device))
        if bias:
            self.bias_ih = Parameter(_F.empty(num_chunks * hidden_size, dtype=dtype, device=device))
            self.bias_hh = Parameter(_F.empty(num_chunks * hidden_size, dtype=dtype, device=device))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def extra_repr(self) -> str:
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)

    def reset_parameters(self) -> None:
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _check_dims(self, input: Tensor, hx: Optional[Tensor], name: str) -> bool:
        if input.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None and hx.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected hidden to be 1D or 2D, got {hx.dim()}D instead")
        return input.dim() == 2

    def _check_forward(self, input: Tensor, hiddens: tuple) -> None:
        if input.size(1) != self.input_size:
            raise RuntimeError(f"input has inconsistent input_size: got {input.size(1)} expected {self.input_size}")
        for label, hx in enumerate(hiddens):
            if input.size(0) != hx.size(0):
                raise RuntimeError(f"Input batch size {input.size(0)} doesn't match hidden{label} batch size "
                                   f"{hx.size(0)}")
            if hx.size(1) != self.hidden_size:
                raise RuntimeError(f"hidden{label} has inconsistent hidden_size: got {hx.size(1)}, expected "
                                   f"{self.hidden_size}")

    def _zeros(self, input: Tensor) -> Tensor:
        return _F.zeros((input.size(0), self.hidden_size), dtype=input.dtype)


class RNNCell(RNNCellBase):
    """One step of an Elman RNN: ``h' = tanh(x W_ih^T + b_ih + h W_hh^T + b_hh)`` (or relu)."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, nonlinearity: str = "tanh",
                 device: Any = None, dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=1, device=device, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input: Tensor, hx: Optional[Tensor] = None) -> Tensor:
        is_batched = self._check_dims(input, hx, "RNNCell")
        if not is_batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else (hx if is_batched else hx.unsqueeze(0))
        if self.nonlinearity not in ("tanh", "relu"):
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        self._check_forward(input, (hx,))
        pre = F.linear(hx, self.weight_hh, self.bias_hh) + F.linear(input, self.weight_ih, self.bias_ih)
        ret = pre.tanh() if self.nonlinearity == "tanh" else pre.relu()
        return ret if is_batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    """One LSTM step; returns ``(h', c')``."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device: Any = None,
                 dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=4, device=device, dtype=dtype)

    def forward(self, input: Tensor, hx: Optional[tuple] = None) -> tuple:
        if input.dim() not in (1, 2):
            raise ValueError(f"LSTMCell: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if hx is not None:
            for idx, value in enumerate(hx):
                if value.dim() not in (1, 2):
                    raise ValueError(f"LSTMCell: Expected hx[{idx}] to be 1D or 2D, got {value.dim()}D instead")
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            hx = (self._zeros(input), self._zeros(input))
        elif not is_batched:
            hx = (hx[0].unsqueeze(0), hx[1].unsqueeze(0))
        # what PyTorch's lstm_cell binding then accepts: a tuple (or list) of exactly two tensors
        if not isinstance(hx, (tuple, list)):
            raise TypeError(f"lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not "
                            f"{type(hx).__name__}")
        if len(hx) != 2:
            raise RuntimeError("lstm_cell expects two hidden states")
        self._check_forward(input, hx)
        gates = F.linear(hx[0], self.weight_hh, self.bias_hh) + F.linear(input, self.weight_ih, self.bias_ih)
        i, f, g, o = gates.chunk(4, 1)
        i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()
        cy = f * hx[1] + i * g
        hy = o * cy.tanh()
        return (hy, cy) if is_batched else (hy.squeeze(0), cy.squeeze(0))


class GRUCell(RNNCellBase):
    """One GRU step."""

    def __init__(self, input_size: int, hidden_size: int, bias: bool = True, device: Any = None,
                 dtype: Any = None) -> None:
        super().__init__(input_size, hidden_size, bias, num_chunks=3, device=device, dtype=dtype)

    def forward(self, input: Tensor, hx: Optional[Tensor] = None) -> Tensor:
        is_batched = self._check_dims(input, hx, "GRUCell")
        if not is_batched:
            input = input.unsqueeze(0)
        hx = self._zeros(input) if hx is None else (hx if is_batched else hx.unsqueeze(0))
        self._check_forward(input, (hx,))
        ret = _gru_step(F.linear(input, self.weight_ih, self.bias_ih), hx,
                        F.linear(hx, self.weight_hh, self.bias_hh))
        return ret if is_batched else ret.squeeze(0)


for _cell_cls in (RNNCellBase, RNNCell, LSTMCell, GRUCell):
    _cell_cls.__module__ = "torch.nn.modules.rnn"
