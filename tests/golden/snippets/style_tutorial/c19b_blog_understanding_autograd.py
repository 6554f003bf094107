# Understanding autograd: a small graph, step by step
import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
prod = x * w
shifted = prod + x
out = shifted.sin()
print(f"prod = {prod.item()}, shifted = {shifted.item()}, out = {out.item():.6f}")
print(f"out <- {out.grad_fn.name()}, shifted <- {shifted.grad_fn.name()}, prod <- {prod.grad_fn.name()}")
out.backward()
print(f"d out/dx = {x.grad.item():.6f}")
print(f"d out/dw = {w.grad.item():.6f}")
print(f"check: {(torch.cos(shifted) * (w + 1)).item():.6f} {(torch.cos(shifted) * x).item():.6f}")
