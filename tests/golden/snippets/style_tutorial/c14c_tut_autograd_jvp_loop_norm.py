# Autograd tutorial ideas: a vector output grown by a data-dependent loop, backward with an
# explicit vector, then what no_grad, detach and requires_grad_ do to new results.
import torch

torch.manual_seed(17)
inp = torch.randn(3, requires_grad=True)
out = inp * 3
doublings = 0
while out.data.norm() < 500:
    out = out * 2
    doublings += 1
print(doublings, out)
weights = torch.tensor([0.5, 1.0, 0.001], dtype=torch.float)
out.backward(weights)
print(inp.grad, inp.grad / weights)
print(inp.requires_grad, inp.exp().requires_grad)
with torch.no_grad():
    print(inp.exp().requires_grad)
frozen = inp.detach()
print(frozen.requires_grad, frozen.eq(inp).all())
m = torch.randn(2, 2)
m = (m * 3) / (m - 1)
print(m.requires_grad)
m.requires_grad_(True)
total = (m * m).sum()
print(total.grad_fn, total.grad_fn.next_functions[0][0])
