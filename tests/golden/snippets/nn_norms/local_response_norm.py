# nn.LocalResponseNorm / F.local_response_norm: 3-d, 4-d and 5-d inputs, gradients, float64, repr, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
lrn = nn.LocalResponseNorm(3)
print(lrn, list(lrn.parameters()))
x = (torch.randn(2, 5, 4) * 3).requires_grad_(True)
y = lrn(x)
print(y)
print(y.grad_fn, y.grad_fn.next_functions[1][0].name())
y.pow(2).sum().backward()
print(x.grad)
img = torch.randn(1, 4, 3, 3, requires_grad=True)
z = nn.LocalResponseNorm(2, alpha=0.5, beta=0.6, k=2.0)(img * 10)
print(z[0, :, 1])
z.sum().backward()
print(img.grad[0, :, 0])
print(F.local_response_norm(torch.randn(2, 3, 2, 2, 2) * 5, 4, alpha=1.0)[1, :, 1, 1])
print(F.local_response_norm(torch.randn(1, 6, 3, dtype=torch.float64) * 4, 5, alpha=0.1))
print(F.local_response_norm(torch.randn(0, 3, 2), 2))
print(nn.LocalResponseNorm(2, alpha=1e-3, beta=0.5, k=2.0))
for bad in (torch.randn(3, 4), torch.randn(3)):
    try:
        F.local_response_norm(bad, 2)
    except ValueError as e:
        print("ValueError:", e)
