# The 2-norm's gradient is grad * (x / norm): the rounding order shows in cosine_similarity's and
# normalize's gradients, whose exact values are rounding noise around zero.
import torch
import torch.nn.functional as F

a = torch.tensor([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]], requires_grad=True)
b = torch.tensor([[1.0, 0.0, 1.0], [2.0, 4.0, 6.0]], requires_grad=True)
F.cosine_similarity(a, b, dim=1).sum().backward()
print(a.grad.tolist())
print(b.grad.tolist())
torch.manual_seed(0)
x = (torch.randn(5, 3) * 3).requires_grad_()
n = x.norm(dim=1)
n.backward(torch.randn(5))
print(x.grad.tolist())
x.grad = None
F.normalize(x, dim=1).sum().backward()
print(x.grad.tolist())
y = (torch.randn(4, 7, dtype=torch.float64) * 3).requires_grad_()
torch.linalg.vector_norm(y, 2, 1, True).backward(torch.randn(4, 1, dtype=torch.float64))
print(y.grad.tolist())
z = torch.zeros(3, requires_grad=True)
z.norm().backward()
print(z.grad)
