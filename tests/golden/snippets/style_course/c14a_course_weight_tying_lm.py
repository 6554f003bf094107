# Language-model course: tying the output projection to the embedding matrix, and its gradient accumulating
# from both uses.
import torch
import torch.nn as nn

torch.manual_seed(1490)
V, D = 7, 4
emb = nn.Embedding(V, D)
head = nn.Linear(D, V, bias=False)
head.weight = emb.weight
print(head.weight is emb.weight, len(list(nn.ModuleList([emb, head]).parameters())))
x = torch.tensor([[1, 2, 3]])
y = torch.tensor([[2, 3, 4]])
logits = head(torch.tanh(emb(x)))
loss = nn.functional.cross_entropy(logits.view(-1, V), y.view(-1))
loss.backward()
print(loss.item(), emb.weight.grad[0], emb.weight.grad[1])
print(sum(p.numel() for p in nn.ModuleList([emb, head]).parameters()))
print(nn.ModuleList([emb, head]).state_dict().keys())
