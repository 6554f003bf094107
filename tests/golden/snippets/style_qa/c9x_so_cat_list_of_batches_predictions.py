# Q: collecting predictions from batches: torch.cat on a list, empty list errors, and .tolist() vs numpy.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
data = torch.randn(10, 4)
preds, probs = [], []
with torch.no_grad():
    for xb in data.split(4):
        out = model(xb)
        preds.append(out.argmax(1))
        probs.append(out.softmax(1))
print([p.shape for p in preds])
all_preds = torch.cat(preds)
print(all_preds, all_preds.shape)
all_probs = torch.cat(probs, dim=0)
print(all_probs.sum(1))
try:
    torch.cat([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.stack(preds)
except RuntimeError as e:
    print("RuntimeError:", e)
print(all_preds.tolist(), all_preds.numpy().dtype)
print(torch.cat([torch.tensor([1]), torch.tensor([2.5])]))
