# Jacobian products: backward with a gradient argument accumulates until the grad is zeroed.
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
v = torch.tensor([[1.0], [0.5], [0.0], [2.0], [-1.0]]).expand(5, 4)
(g,) = torch.autograd.grad(out, inp, grad_outputs=v)
print(g)
try:
    out.backward()
except RuntimeError as e:
    print(e)
