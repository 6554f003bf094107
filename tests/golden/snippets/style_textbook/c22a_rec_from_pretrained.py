import torch
import torch.nn as nn

w = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
emb = nn.Embedding.from_pretrained(w)
print(emb.weight.requires_grad)
print(emb(torch.tensor([2, 0])))
emb2 = nn.Embedding.from_pretrained(w, freeze=False)
print(emb2.weight.requires_grad)
print(emb2)
try:
    emb(torch.tensor([3]))
except IndexError as e:
    print(e)
