# checking a flow's analytic log-det against the autograd Jacobian
import torch

torch.manual_seed(52)
a = torch.tensor(1.5)
def f(x):
    return torch.sinh(a * x) + x
x = torch.randn(4)
analytic = torch.log(a * torch.cosh(a * x) + 1)
J = torch.autograd.functional.jacobian(f, x)
print(J.diagonal())
print(torch.allclose(J.diagonal().log(), analytic))
print(torch.count_nonzero(J - torch.diag(J.diagonal())))
