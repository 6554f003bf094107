import torch
from torch.autograd.functional import hessian, jacobian, vjp

print(jacobian(lambda t: t[:2] * t[1:], torch.tensor([1., 2., 3.])))
print(hessian(lambda t: (t ** 3).sum(), torch.tensor([1., 2.])))
out, g = vjp(lambda t: t ** 2, torch.tensor([1., 2.]), torch.tensor([1., 0.5]))
print(out, g)
print(torch.autograd.functional.jacobian(lambda a, b: a * b, (torch.tensor([1., 2.]), torch.tensor([3., 4.]))))
