# Issue: "tied weights get double gradient": shared parameter counted once in parameters().
import torch
import torch.nn as nn

emb = nn.Embedding(3, 2)
head = nn.Linear(2, 3, bias=False)
head.weight = emb.weight
model = nn.ModuleDict({"emb": emb, "head": head})
print(len(list(model.parameters())), [n for n, _ in model.named_parameters()])
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
out = head(emb(torch.tensor([2])))
out.sum().backward()
print(out, emb.weight.grad)
print(len(list(model.named_parameters(remove_duplicate=False))))
