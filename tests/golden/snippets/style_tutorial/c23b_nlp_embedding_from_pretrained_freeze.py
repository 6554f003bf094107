import torch
from torch import nn

vectors = torch.tensor([[0.0, 0.0], [1.0, 0.5], [-0.5, 2.0], [0.3, -0.3]])
emb = nn.Embedding.from_pretrained(vectors)
print(emb, emb.weight.requires_grad)
print(emb(torch.tensor([3, 1])))
emb2 = nn.Embedding.from_pretrained(vectors, freeze=False, padding_idx=0)
print(emb2.weight.requires_grad, emb2.padding_idx)
try:
    emb(torch.tensor([4]))
except Exception as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([1.0]))
except Exception as e:
    print(type(e).__name__, e)
