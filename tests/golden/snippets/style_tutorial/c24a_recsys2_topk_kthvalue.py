# Score thresholds: kthvalue, topk with sorted=True, and ties
import torch

scores = torch.tensor([[0.2, 0.9, 0.4, 0.9, 0.1]])
print(torch.kthvalue(scores, 2, dim=1))
print(scores.topk(3, sorted=True))
thresh = scores.topk(3).values[:, -1:]
print((scores >= thresh).int())
print(torch.sort(scores, dim=1, descending=True, stable=True))
print(scores.msort())
try:
    torch.kthvalue(scores, 6)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
