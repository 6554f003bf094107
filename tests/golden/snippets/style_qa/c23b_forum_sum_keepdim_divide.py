import torch

scores = torch.tensor([[1.0, 3.0], [2.0, 2.0], [0.0, 4.0]])
try:
    scores / scores.sum(dim=1)
except Exception as e:
    print(type(e).__name__, e)
print(scores / scores.sum(dim=1, keepdim=True))
print(scores.sum(dim=0).shape, scores.sum(dim=1, keepdim=True).shape)
print(scores / scores.sum(0))
