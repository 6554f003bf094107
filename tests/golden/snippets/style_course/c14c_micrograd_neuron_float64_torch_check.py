# Checking a hand-built scalar-autograd neuron against torch: float64 leaves, tanh of a weighted
# sum, gradients by backward, by the chain rule, and tanh rewritten with exp.
import math
import torch

leaf = lambda v: torch.tensor([v], dtype=torch.float64, requires_grad=True)
i1, i2 = leaf(1.5), leaf(-0.5)
k1, k2 = leaf(-2.0), leaf(0.75)
bias = leaf(3.2)
pre = i1 * k1 + i2 * k2 + bias
act = pre.tanh()
act.backward()
print('out', act.item())
for label, t in [('i1', i1), ('k1', k1), ('i2', i2), ('k2', k2), ('bias', bias)]:
    print(label, t.grad.item())
local = 1 - math.tanh(pre.item()) ** 2
print('chain rule', local * k1.item(), local * i2.item())
pre2 = i1 * k1 + i2 * k2 + bias
ex = torch.exp(pre2 * 2)
act2 = (ex - 1) / (ex + 1)
print(act2.item() == act.item(), act2.grad_fn)
