# logsumexp over the last dim of a transposed tensor: ATen's composite keeps x - max in x's layout,
# so the sum of the exponentials runs in that order.
import torch

torch.manual_seed(4)
x = (torch.randn(3, 9, 6) * 3).transpose(1, 2)
print([float(v).hex() for v in x.logsumexp(dim=-1).flatten().tolist()[:12]])
print(torch.logsumexp(x, dim=(0, 2)))
y = torch.randn(11, 5).t().requires_grad_()
out = torch.logsumexp(y, dim=1)
out.sum().backward()
print([float(v).hex() for v in out.tolist()], y.grad[0])
