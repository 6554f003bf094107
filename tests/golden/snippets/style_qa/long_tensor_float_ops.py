# Long tensors in float ops: mean fails on integers, float() fixes it.
import torch

labels = torch.tensor([1, 0, 1, 1])
try:
    labels.mean()
except RuntimeError as e:
    print(e)
print(labels.float().mean(), labels.sum() / len(labels))
print((labels == 1).sum(), (labels == 1).float().mean())
print(torch.tensor([1, 2]) * 0.5)
