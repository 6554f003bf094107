# Q: nn.Embedding(max_norm=...) changes my weights in forward; also from_pretrained with freeze.
import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3, max_norm=1.0)
print(emb)
print(emb.weight.norm(dim=1) > 1.0)
idx = torch.tensor([0, 2])
out = emb(idx)
print(out.norm(dim=1))
print(emb.weight.norm(dim=1) <= 1.0 + 1e-6)
pre = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
frozen = nn.Embedding.from_pretrained(pre)
print(frozen.weight.requires_grad, frozen(torch.tensor([2, 0])))
trainable = nn.Embedding.from_pretrained(pre, freeze=False, padding_idx=0)
print(trainable.weight.requires_grad, trainable)
loss = trainable(torch.tensor([0, 1, 1])).sum()
loss.backward()
print(trainable.weight.grad)
try:
    frozen(torch.tensor([3]))
except IndexError as e:
    print("IndexError:", e)
