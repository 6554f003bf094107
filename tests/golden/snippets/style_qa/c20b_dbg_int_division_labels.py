# accuracy is always 0 with integer division
import torch

pred = torch.tensor([1, 0, 1, 1])
labels = torch.tensor([1, 1, 1, 0])
correct = (pred == labels).sum()
print(correct, correct.dtype)
print(correct / len(labels))
print(correct // len(labels))
print((pred == labels).float().mean())
print((pred == labels).mean() if False else "mean needs float")
(pred == labels).mean()
