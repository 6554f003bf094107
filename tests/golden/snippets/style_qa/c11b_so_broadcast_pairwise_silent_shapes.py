# Q: broadcasting surprises -- (N,) - (N,1) gives (N,N); pairwise differences on purpose; keepdim fixes.
import torch

pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([[1.5], [2.5], [2.0]])
diff = pred - target
print(diff.shape)
print(diff)
print(((pred - target) ** 2).mean(), ((pred - target.squeeze(1)) ** 2).mean())
pts = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
pair = pts[:, None, :] - pts[None, :, :]
print(pair.shape)
print(pair.norm(dim=-1))
x = torch.arange(6.0).view(2, 3)
try:
    print(x - x.mean(dim=1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(x - x.mean(dim=1, keepdim=False).view(2))
except RuntimeError as e:
    print("RuntimeError:", e)
print(x - x.mean(dim=1, keepdim=True))
print(torch.broadcast_shapes((2, 1, 3), (4, 1)), torch.broadcast_tensors(pred, target)[0].shape)
