# label smoothing with ignore_index and reduction='none'
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [1.0, 1.0, 3.0]])
target = torch.tensor([0, -100, 2])
print(F.cross_entropy(logits, target, label_smoothing=0.2, reduction="none"))
print(F.cross_entropy(logits, target, label_smoothing=0.2))
try:
    F.cross_entropy(logits, target, label_smoothing=1.5)
except Exception as e:
    print(type(e).__name__, e)
