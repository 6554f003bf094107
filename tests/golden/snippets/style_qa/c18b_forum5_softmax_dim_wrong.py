# Q: my probabilities don't sum to 1 per sample
import torch

torch.manual_seed(0)
logits = torch.randn(2, 3)
wrong = torch.softmax(logits, dim=0)
right = torch.softmax(logits, dim=1)
print(wrong.sum(dim=1), wrong.sum(dim=0))
print(right.sum(dim=1))
print(torch.softmax(logits, dim=-1).argmax(dim=-1))
