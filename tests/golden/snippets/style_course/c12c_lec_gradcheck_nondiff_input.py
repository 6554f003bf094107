# Lecture: gradcheck only checks inputs that require grad.
import torch

torch.manual_seed(5)
a = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(3, 2, dtype=torch.float64)
print(torch.autograd.gradcheck(torch.mm, (a, b)))
try:
    torch.autograd.gradcheck(torch.mm, (a.detach(), b))
except ValueError as e:
    print("ValueError:", e)
except Exception as e:
    print(type(e).__name__, e)
c = torch.randn(3, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda v: torch.nn.functional.softmax(v, dim=0), (c,)))
print(torch.autograd.gradcheck(lambda v: torch.logsumexp(v, 0), (c,), eps=1e-6, atol=1e-5, rtol=1e-3))
