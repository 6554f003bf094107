# float32 2-norms printed to every digit: rows of many lengths (vector lanes, the tail of four,
# the fused tail), whole tensors, trailing dims, columns and transposed views, F.normalize,
# clip_grad_norm_ and an Embedding's max_norm renorm.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 15, 16, 17, 21, 31, 45, 64, 100]:
    x = torch.randn(3, n)
    print(n, x.norm(dim=1).tolist(), torch.linalg.vector_norm(x).item())
x = torch.randn(300, 400)
print(x.norm().item(), x.norm(dim=1)[:4].tolist(), x.norm(dim=0)[:4].tolist(), x.T.norm(dim=1)[:4].tolist())
y = torch.randn(5, 6, 7)
print(y.norm(dim=(1, 2)).tolist(), y.norm(dim=2, keepdim=True).shape, y.norm(dim=(1, 2), keepdim=True).shape)
print(torch.linalg.vector_norm(y, keepdim=True).shape, y[:, ::2].norm(dim=2)[0].tolist())
z = torch.randn(4, 11)
print(F.normalize(z, dim=1).tolist()[0], F.normalize(z, dim=1).norm(dim=1).tolist())
w = torch.randn(2, 13, requires_grad=True)
w.norm(dim=1).sum().backward()
print(w.grad[0].tolist())
p = torch.nn.Parameter(torch.randn(10, 10))
p.grad = torch.randn(10, 10) * 10
print(torch.nn.utils.clip_grad_norm_([p], 1.0).item(), p.grad.norm().item())
emb = torch.nn.Embedding(6, 5, max_norm=1.0)
print(emb(torch.tensor([0, 3, 5])).norm(dim=1).tolist())
print(torch.randn(5, dtype=torch.float64).norm().item(), torch.zeros(0, 3).norm(dim=1), torch.tensor(-3.0).norm())
