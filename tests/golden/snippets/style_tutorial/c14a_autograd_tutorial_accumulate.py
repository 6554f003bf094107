# Autograd tutorial: gradients add up across backward calls with retain_graph until zeroed; grad_fn names on the way.
import torch

m = torch.arange(6.0).view(2, 3).requires_grad_()
sq = (m - 1).pow(2).T
seed = torch.full_like(sq, 0.5)
for call in range(3):
    if call == 2:
        m.grad.zero_()
    sq.backward(seed, retain_graph=True)
    print(f"after call {call}:\n{m.grad}")
print(sq.grad_fn, sq.grad_fn.next_functions[0][0])
inputs = torch.ones(4)
labels = torch.tensor([1.0, 0.0])
gen = torch.Generator().manual_seed(77)
weight = torch.randn(4, 2, generator=gen, requires_grad=True)
offset = torch.zeros(2, requires_grad=True)
logits = inputs @ weight + offset
bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels)
print(f"logits grad_fn: {logits.grad_fn}; loss grad_fn: {bce.grad_fn}")
bce.backward()
print(weight.grad, offset.grad)
try:
    bce.backward()
except RuntimeError as err:
    print(type(err).__name__, str(err)[:60])
