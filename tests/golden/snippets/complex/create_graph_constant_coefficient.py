# create_graph=True where the gradient of a complex leaf comes from constants alone.
import torch

z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
c = torch.tensor([2 - 1j, 0.5j])
(g,) = torch.autograd.grad((z * c).real.sum(), z, create_graph=True)
print(g, g.requires_grad)
w = torch.tensor([1.0, 2.0], requires_grad=True)
(h,) = torch.autograd.grad((torch.complex(w, w) * c).abs().sum(), w, create_graph=True)
print(h)
print(h.requires_grad, h.grad_fn.name())
