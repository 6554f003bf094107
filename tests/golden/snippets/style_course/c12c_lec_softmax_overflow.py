# Lecture: a naive softmax produces nan for big logits.
import torch
import torch.nn.functional as F

def naive_softmax(x):
    e = torch.exp(x)
    return e / e.sum(dim=-1, keepdim=True)

def stable_softmax(x):
    e = torch.exp(x - x.max(dim=-1, keepdim=True).values)
    return e / e.sum(dim=-1, keepdim=True)

logits = torch.tensor([[10.0, 20.0, 30.0], [100.0, 200.0, 300.0]])
print(naive_softmax(logits))
print(stable_softmax(logits))
print(F.softmax(logits, dim=-1))
print(F.log_softmax(logits, dim=-1))
print(torch.log(naive_softmax(logits)))
half = logits.half()
print(torch.exp(half))
print(F.softmax(half.float(), dim=-1).half())
