# nn.Embedding with padding_idx: the padding row is zero and gets no gradient.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3, padding_idx=0)
print(emb)
print(emb.weight[0])
batch = torch.tensor([[1, 2, 0], [3, 0, 0]])
out = emb(batch)
print(out.shape)
out.sum().backward()
print(emb.weight.grad)
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
print(pre(torch.tensor([1, 0, 1])), pre.weight.requires_grad)
