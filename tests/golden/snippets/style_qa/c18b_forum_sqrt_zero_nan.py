# Q: NaN gradient from computing a distance
import torch

a = torch.tensor([[1.0, 2.0], [1.0, 2.0]], requires_grad=True)
diff = a[0] - a[1]
dist = torch.sqrt((diff ** 2).sum())
dist.backward()
print(dist, a.grad)
# fix: add an epsilon inside the sqrt
b = a.detach().clone().requires_grad_()
d2 = torch.sqrt(((b[0] - b[1]) ** 2).sum() + 1e-8)
d2.backward()
print(d2, b.grad)
