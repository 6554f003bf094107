# nn.Embedding with padding_idx (zero row, no gradient) and max_norm (rows renormalised on lookup).
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(6, 3, padding_idx=0)
print(emb)
print(emb.weight[0])
batch = torch.tensor([[1, 2, 0, 0], [3, 4, 5, 0]])
out = emb(batch)
print(out.shape)
out.sum().backward()
print(emb.weight.grad)
mask = (batch != 0).unsqueeze(-1).float()
mean = (out * mask).sum(1) / mask.sum(1)
print(mean)

capped = nn.Embedding(4, 2, max_norm=1.0)
with torch.no_grad():
    capped.weight.copy_(torch.tensor([[3.0, 4.0], [0.3, 0.4], [1.0, 0.0], [0.0, -6.0]]))
print(capped(torch.tensor([0, 1])))
print(capped.weight)
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(pre.weight.requires_grad, pre(torch.tensor([1, 1, 0])))
pre2 = nn.Embedding.from_pretrained(torch.eye(3), freeze=False, padding_idx=2)
print(pre2)
try:
    emb(torch.tensor([6]))
except IndexError as e:
    print("IndexError:", e)
try:
    emb(torch.tensor([1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
