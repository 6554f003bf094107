# Gradients with complex numbers: the output must be real for an implicit seed.
import torch

z = torch.tensor([3 + 4j, 1 - 1j], requires_grad=True)
r = z.abs().sum()
r.backward()
print(r, z.grad)
try:
    (z * z).sum().backward()
except RuntimeError as err:
    print(err)
w = torch.tensor(1 + 2j, requires_grad=True)
(w * w.conj()).real.backward()
print(w.grad)
