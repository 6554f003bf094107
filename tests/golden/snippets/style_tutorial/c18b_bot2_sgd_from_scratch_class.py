"""Implementing SGD with momentum from scratch, then checking against torch.optim.SGD."""
from typing import Iterable, List

import torch


class MySGD:
    def __init__(self, params: Iterable[torch.Tensor], lr: float, momentum: float = 0.0) -> None:
        self.params: List[torch.Tensor] = list(params)
        self.lr, self.momentum = lr, momentum
        self.velocity = [torch.zeros_like(p) for p in self.params]

    @torch.no_grad()
    def step(self) -> None:
        for p, v in zip(self.params, self.velocity):
            v.mul_(self.momentum).add_(p.grad)
            p.sub_(self.lr * v)


torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = a.detach().clone().requires_grad_()
mine, ref = MySGD([a], lr=0.1, momentum=0.9), torch.optim.SGD([b], lr=0.1, momentum=0.9)
for _ in range(3):
    for p, opt in ((a, mine), (b, ref)):
        p.grad = None
        (p ** 2).sum().backward()
        opt.step()
print(a.data, b.data, torch.equal(a, b), sep="\n")
