# Picking a temperature by grid search on the validation NLL (no optimizer)
import torch
import torch.nn.functional as F

logits = torch.tensor([[3.0, 0.5, 0.1], [2.5, 2.4, 0.0], [0.2, 4.0, 0.3], [1.0, 0.9, 1.1]])
labels = torch.tensor([0, 1, 1, 2])
temps = torch.tensor([0.5, 1.0, 1.5, 2.0, 3.0])
nll = torch.stack([F.cross_entropy(logits / t, labels) for t in temps])
print(nll.round(decimals=4))
best = temps[nll.argmin()]
print(best, F.softmax(logits / best, 1).max(1).values.round(decimals=3))
