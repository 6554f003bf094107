"""``nn.AdaptiveLogSoftmaxWithLoss``: Grave et al.'s adaptive softmax for large vocabularies.

The frequent classes (below the first cutoff) and one entry per tail cluster share a "head"
softmax; each tail cluster has its own low-rank softmax (a projection to ``in_features //
div_value**(i+1)`` and out to the cluster's classes). A class's log-probability is its head
log-probability, or its cluster's head log-probability plus its log-probability inside the
cluster. The layers are built, and the forward's ops run, in PyTorch's order, so that the
parameters draw the same random numbers and the results round alike.
"""
from __future__ import annotations

from collections import namedtuple
from typing import Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn.modules.container import ModuleList, Sequential
from autograd_tui.engine.nn.modules.linear import Linear
from autograd_tui.engine.nn.modules.module import Module

__all__ = ["AdaptiveLogSoftmaxWithLoss"]

_ASMoutput = namedtuple("_ASMoutput", ["output", "loss"])
_ASMoutput.__module__ = "torch.nn.modules.adaptive"


class AdaptiveLogSoftmaxWithLoss(Module):
    def __init__(self, in_features: int, n_classes: int, cutoffs: Sequence[int], div_value: float = 4.0,
                 head_bias: bool = False, device=None, dtype=None) -> None:
        super().__init__()
        given = list(cutoffs)
        if not given:
            raise ValueError("cutoffs should be a sequence of length larger than 0")
        well_formed = (given == sorted(given) and min(given) > 0 and max(given) <= n_classes - 1
                       and len(set(given)) == len(given) and all(int(c) == c for c in given))
        if not well_formed:
            raise ValueError("cutoffs should be a sequence of unique, positive integers sorted in an increasing "
                             "order, where each value is between 1 and n_classes-1")
        self.in_features = in_features
        self.n_classes = n_classes
        self.cutoffs = given + [n_classes]
        self.div_value = div_value
        self.head_bias = head_bias
        self.shortlist_size = self.cutoffs[0]
        self.n_clusters = len(self.cutoffs) - 1
        self.head_size = self.shortlist_size + self.n_clusters
        factory = {"device": device, "dtype": dtype}
        self.head = Linear(in_features, self.head_size, bias=head_bias, **factory)
        self.tail = ModuleList()
        for k in range(self.n_clusters):
            hidden = int(in_features // (div_value ** (k + 1)))
            width = self.cutoffs[k + 1] - self.cutoffs[k]
            self.tail.append(Sequential(Linear(in_features, hidden, bias=False, **factory),
                                        Linear(hidden, width, bias=False, **factory)))

    def reset_parameters(self) -> None:
        self.head.reset_parameters()
        for projection in self.tail:
            for layer in projection.children():
                layer.reset_parameters()

    def forward(self, input_: Tensor, target_: Tensor) -> _ASMoutput:
        if target_.dim() == 1:
            if input_.size(0) != target_.size(0):
                raise RuntimeError("Input and target should have the same size in the batch dimension.")
            if input_.dim() != 2:
                raise RuntimeError(f"1D target tensor expects 2D input tensors, but found inputs with size "
                                   f"{input_.size()}")
        elif target_.dim() == 0:
            if input_.dim() != 1:
                raise RuntimeError(f"0D target tensor expects 1D input tensors, but found inputs with size "
                                   f"{input_.size()}")
        else:
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
        batched = target_.dim() > 0
        input = input_ if batched else input_.unsqueeze(0)
        target = target_ if batched else target_.unsqueeze(0)
        rows = target.size(0)
        output = input.new_zeros(rows)
        head_column = target.new_empty(rows)
        bounds = [0] + self.cutoffs
        covered = 0
        for k in range(len(bounds) - 1):
            in_range = (target >= bounds[k]) & (target < bounds[k + 1])
            picked = in_range.nonzero().squeeze()
            if picked.numel() == 0:
                continue
            if k == 0:
                head_column.index_copy_(0, picked, target[in_range])
            else:
                inside = target[in_range] - bounds[k]
                cluster_logits = self.tail[k - 1](input.index_select(0, picked))
                head_column.index_fill_(0, picked, self.shortlist_size + k - 1)
                inside_logprob = F.log_softmax(cluster_logits, dim=1).gather(1, inside.unsqueeze(1))
                output.index_copy_(0, picked, inside_logprob.squeeze(1))
            covered += picked.numel()
        if covered != rows:
            raise RuntimeError(f"Target values should be in [0, {self.n_classes - 1}], but values in range "
                               f"[{target.min().item()}, {target.max().item()}] were found. ")
        head_logprob = F.log_softmax(self.head(input), dim=1)
        output += head_logprob.gather(1, head_column.unsqueeze(1)).squeeze()
        loss = (-output).mean()
        return _ASMoutput(output if batched else output.squeeze(0), loss)

    def _get_full_log_prob(self, input: Tensor, head_output: Tensor) -> Tensor:
        full = input.new_empty((head_output.size(0), self.n_classes))
        head_logprob = F.log_softmax(head_output, dim=1)
        full[:, :self.shortlist_size] = head_logprob[:, :self.shortlist_size]
        for k in range(self.n_clusters):
            cluster_logprob = F.log_softmax(self.tail[k](input), dim=1)
            full[:, self.cutoffs[k]:self.cutoffs[k + 1]] = (
                cluster_logprob + head_logprob[:, self.shortlist_size + k].unsqueeze(1))
        return full

    def log_prob(self, input: Tensor) -> Tensor:
        return self._get_full_log_prob(input, self.head(input))

    def predict(self, input: Tensor) -> Tensor:
        head_output = self.head(input)
        best = _F.argmax(head_output, dim=1)
        in_tail = best >= self.shortlist_size
        if not in_tail.any():
            return best
        if in_tail.all():
            return _F.argmax(self._get_full_log_prob(input, head_output), dim=1)
        best[in_tail] = _F.argmax(self._get_full_log_prob(input[in_tail], head_output[in_tail]), dim=1)
        return best


AdaptiveLogSoftmaxWithLoss.__module__ = "torch.nn.modules.adaptive"
