# nn.Embedding.from_pretrained: frozen vs trainable, padding_idx, max_norm renormalisation, sparse flag.
import torch
import torch.nn as nn

weights = torch.tensor([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0], [-1.0, 0.5]])
emb = nn.Embedding.from_pretrained(weights)
print(emb, emb.weight.requires_grad)
ids = torch.tensor([[1, 2], [3, 0]])
print(emb(ids))
emb_t = nn.Embedding.from_pretrained(weights, freeze=False, padding_idx=0)
print(emb_t, emb_t.weight.requires_grad)
out = emb_t(ids).sum()
out.backward()
print(emb_t.weight.grad)
mn = nn.Embedding.from_pretrained(weights.clone(), max_norm=2.0)
print(mn(torch.tensor([2, 1])))
print(mn.weight)
try:
    nn.Embedding.from_pretrained(torch.zeros(3))
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
e2 = nn.Embedding(5, 3, padding_idx=2)
print(e2.weight[2])
try:
    e2(torch.tensor([5]))
except IndexError as e:
    print("IndexError:", e)
print(nn.Embedding(10, 4, sparse=True))
