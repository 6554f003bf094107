# CosineEmbeddingLoss for similar / dissimilar item pairs
import torch
import torch.nn as nn

a = torch.tensor([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0]], requires_grad=True)
b = torch.tensor([[1.0, 0.1], [-1.0, -1.0], [1.0, 0.0]])
y = torch.tensor([1, -1, -1])
crit = nn.CosineEmbeddingLoss(margin=0.2)
print(crit)
loss = crit(a, b, y)
print(loss)
loss.backward()
print(a.grad)
print(nn.CosineEmbeddingLoss(reduction='none')(a, b, y))
try:
    crit(a, b, torch.tensor([1, 0]))
except RuntimeError as e:
    print(e)
