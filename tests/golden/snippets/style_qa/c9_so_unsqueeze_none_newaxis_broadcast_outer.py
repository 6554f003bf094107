# Q: pairwise differences with x[:, None] - x[None, :]; None vs unsqueeze; outer product by broadcasting.
import torch

x = torch.tensor([1.0, 4.0, 6.0])
diff = x[:, None] - x[None, :]
print(diff)
print(torch.equal(diff, x.unsqueeze(1) - x.unsqueeze(0)))
print(x[:, None].shape, x[None].shape, x[..., None].shape)
print(torch.equal(x[:, None] * x, torch.outer(x, x)))
pts = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
d = ((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1).sqrt()
print(d)
print(d.argsort(1)[:, 1])
y = torch.tensor([0.5, 1.5])
print((x - y).shape if x.shape == y.shape else (x[:, None] - y).shape)
try:
    x - y
except RuntimeError as e:
    print(e)
print(torch.broadcast_shapes((3, 1), (1, 2)), torch.broadcast_tensors(x[:, None], y)[1])
