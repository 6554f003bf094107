# Quiz: the gradient of |z|^2 for a complex leaf.
import torch

z = torch.tensor(1.0 + 2.0j, requires_grad=True)
(z.abs() ** 2).backward()
print(z.grad)
w = torch.tensor([3.0 - 4.0j], requires_grad=True)
(w * w.conj()).real.sum().backward()
print(w.grad)
print(torch.tensor([1 + 1j, 2 - 0.5j]))
