import torch

logits = torch.tensor([0.5, 3.0, -1.0, 2.0, 2.0])
print(torch.topk(logits, 3))
print(torch.topk(logits, 2, largest=False))
v, i = logits.topk(3, sorted=True)
print(v, i)
try:
    logits.topk(6)
except Exception as e:
    print(type(e).__name__, e)
print(torch.kthvalue(logits, 2))
