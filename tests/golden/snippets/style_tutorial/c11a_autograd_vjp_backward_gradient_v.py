# Autograd tutorial: vector-Jacobian products with backward(gradient=v) versus the full Jacobian.
import torch

inp = torch.eye(4, 5, requires_grad=True)
out = (inp + 1).pow(2).t()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"First call\n{inp.grad}")
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nSecond call\n{inp.grad}")
inp.grad.zero_()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\nCall after zeroing gradients\n{inp.grad}")

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, torch.sin(x[2]) * x[0]])
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
J = torch.autograd.functional.jacobian(
    lambda t: torch.stack([t[0] * t[1], t[1] ** 2, torch.sin(t[2]) * t[0]]), x.detach())
print(J)
print(v @ J)
print(torch.equal(v @ J, x.grad))
