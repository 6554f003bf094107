# Q: computing accuracy from logits
import torch

logits = torch.tensor([[2.0, 1.0, 0.1], [0.2, 0.1, 3.0], [1.0, 1.0, 0.0], [0.0, 5.0, 1.0]])
labels = torch.tensor([0, 2, 1, 1])
pred = logits.argmax(dim=1)
print(pred, (pred == labels).float().mean().item())
print((pred == labels).sum().item() / labels.size(0))
print(torch.softmax(logits, 1).max(1).values.round(decimals=3))
