# A two-input tanh neuron checked in float64 torch, micrograd-lecture style
import torch

def leaf(v):
    return torch.tensor([v], dtype=torch.float64, requires_grad=True)
x1, x2, w1, w2, b = leaf(1.5), leaf(-0.5), leaf(-2.0), leaf(0.75), leaf(3.2)
n = x1 * w1 + x2 * w2 + b
o = torch.tanh(n)
print(o.data.item())
o.backward()
print("---")
print("x2", x2.grad.item())
print("w2", w2.grad.item())
print("x1", x1.grad.item())
print("w1", w1.grad.item())
e2n = torch.exp(2 * n)
o_by_formula = (e2n - 1) / (e2n + 1)
print(o_by_formula.item(), o_by_formula.item() == o.item())
