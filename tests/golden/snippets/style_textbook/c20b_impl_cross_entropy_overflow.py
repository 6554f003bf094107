# why the naive softmax overflows
import torch
import torch.nn.functional as F

logits = torch.tensor([[1000.0, 1001.0, 999.0]])
naive = torch.exp(logits) / torch.exp(logits).sum()
print(naive)
shifted = logits - logits.max()
print(torch.exp(shifted) / torch.exp(shifted).sum())
print(F.softmax(logits, dim=1))
print(F.cross_entropy(logits, torch.tensor([1])))
print(-torch.log(naive[0, 1]))
