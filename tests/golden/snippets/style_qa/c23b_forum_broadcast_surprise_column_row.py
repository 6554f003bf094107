import torch

# "my loss is huge": predictions (N, 1) against labels (N,)
preds = torch.tensor([[0.9], [0.1], [0.4], [0.7]])
labels = torch.tensor([1.0, 0.0, 0.0, 1.0])
bad = torch.abs(preds - labels).mean()
good = torch.abs(preds.view(-1) - labels).mean()
print((preds - labels).shape, round(bad.item(), 4), round(good.item(), 4))
feats = torch.ones(4, 3)
try:
    feats * torch.tensor([1.0, 2.0, 3.0, 4.0])
except RuntimeError as e:
    print("RuntimeError", e)
print((feats * torch.tensor([1.0, 2.0, 3.0, 4.0]).unsqueeze(-1))[:, 0])
print(torch.broadcast_tensors(torch.zeros(4, 1), torch.zeros(3))[0].shape)
