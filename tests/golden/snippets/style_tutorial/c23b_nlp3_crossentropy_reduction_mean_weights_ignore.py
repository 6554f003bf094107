import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.3, 0.2, 2.0], [1.0, 0.0, 0.0], [0.0, 3.0, 1.0]])
target = torch.tensor([1, 2, 0, -100])
w = torch.tensor([2.0, 1.0, 0.5])
none = F.cross_entropy(logits, target, weight=w, reduction="none")
mean = F.cross_entropy(logits, target, weight=w)
print(none.round(decimals=4))
print(torch.isclose(mean, none.sum() / w[target[:3]].sum()).item())
print(F.cross_entropy(logits[:0], target[:0]))
