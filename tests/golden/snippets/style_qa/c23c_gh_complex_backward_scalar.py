# Issue: "backward on complex loss": implicit gradient needs a real scalar output.
import torch

z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
loss = (z * z).sum()
try:
    loss.backward()
except RuntimeError as e:
    print(e)
loss.abs().backward()
print(z.grad)
z.grad = None
(z.conj() * z).real.sum().backward()
print(z.grad)
