# Q: "Target 3 is out of bounds" with CrossEntropyLoss: labels numbered 1..3 instead of 0..2.
import torch
import torch.nn as nn

torch.manual_seed(46)
logits = torch.randn(4, 3)
labels = torch.tensor([1, 2, 3, 1])
try:
    nn.CrossEntropyLoss()(logits, labels)
except IndexError as e:
    print("IndexError:", e)
print(nn.CrossEntropyLoss()(logits, labels - 1))
try:
    nn.NLLLoss()(logits.log_softmax(1), torch.tensor([0, -2, 1, 1]))
except IndexError as e:
    print("IndexError:", e)
print(labels.min().item(), labels.max().item(), logits.shape[1])
remap = {v: i for i, v in enumerate(sorted(set(labels.tolist())))}
print(remap, torch.tensor([remap[v] for v in labels.tolist()]))
uniq, inv = torch.unique(labels, return_inverse=True)
print(uniq, inv)
