import torch

# Binary accuracy: (N, 1) predictions compared with (N,) labels broadcast to (N, N)
out = torch.tensor([[-1.2], [0.3], [2.0], [-0.1]])
labels = torch.tensor([0.0, 1.0, 1.0, 1.0])
hard = out.sigmoid().gt(0.5).float()
print(hard.eq(labels).shape, hard.eq(labels).float().mean())
print(hard.view(-1).eq(labels).float().mean())
print((out > 0).squeeze(-1).long(), (out.sigmoid() > 0.5).sum().item())
