# Vector norms printed to every digit: over several non-trailing dims, down middle dims,
# p = 3 and 1.5 in float64, 2-norms of float64 rows, float16 rows, and torch.norm/dist.
import torch

torch.manual_seed(0)
x = torch.randn(4, 6, 9)
print(torch.linalg.vector_norm(x, dim=(0, 2)).tolist())
print(x.norm(dim=1)[0].tolist())
print(torch.norm(x, p=3, dim=(0, 1)).tolist()[:5])
d = torch.randn(5, 7, 3, dtype=torch.float64)
print(torch.linalg.vector_norm(d, 3, dim=1).tolist()[0])
print(d.norm(p=1.5, dim=0)[0].tolist(), d.norm(dim=(0, 2)).tolist())
print(torch.linalg.vector_norm(d, 2, dim=-1)[0].tolist())
print(d.norm(p=3).item(), torch.dist(d[0], d[1], p=3).item())
print(d.transpose(0, 2).norm(dim=(1, 2)).tolist())
h = torch.randn(3, 37).half()
print(h.norm(dim=1).tolist(), torch.linalg.vector_norm(h, 0.5, dim=1).tolist())
w = torch.randn(6, 10, dtype=torch.float64, requires_grad=True)
loss = w.norm(p=3, dim=0).sum()
loss.backward()
print(loss.item(), w.grad[0, :3].tolist())
