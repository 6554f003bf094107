# Section 2.3: gradcheck compares finite differences with autograd
import torch


def poly(x, y):
    return x * x * y + 3 * y - x


x = torch.tensor([0.3, -1.2], dtype=torch.float64, requires_grad=True)
y = torch.tensor([2.0, 0.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(poly, (x, y)))
print(torch.autograd.gradgradcheck(poly, (x, y)))
xf = torch.tensor([0.3], requires_grad=True)
try:
    torch.autograd.gradcheck(lambda t: t * 2, (xf,))
except Exception as e:
    print(type(e).__name__)
