# Q: CrossEntropyLoss target one-hot vs indices
import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.0], [0.0, 0.0, 4.0]])
idx = torch.tensor([1, 2])
onehot = F.one_hot(idx, num_classes=3)
print(onehot, onehot.dtype)
try:
    F.cross_entropy(logits, onehot)
except RuntimeError as e:
    print("RuntimeError:", e)
a = F.cross_entropy(logits, idx)
b = F.cross_entropy(logits, onehot.float())
print(torch.allclose(a, b), round(a.item(), 4))
