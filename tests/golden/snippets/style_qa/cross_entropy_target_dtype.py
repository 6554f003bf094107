# cross_entropy with float class indices, with one-hot targets and with int64 indices.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
try:
    F.cross_entropy(logits, torch.tensor([0.0, 2.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(F.cross_entropy(logits, torch.tensor([0, 2])))
print(F.cross_entropy(logits, torch.tensor([[1.0, 0, 0], [0, 0, 1.0]])))
try:
    F.cross_entropy(logits, torch.tensor([0, 3]))
except IndexError as e:
    print(type(e).__name__, e)
