# seq2seq decoder with teacher forcing: feed ground truth instead of predictions
import torch
import torch.nn as nn
torch.manual_seed(36)
emb = nn.Embedding(5, 4)
cell = nn.GRUCell(4, 6)
out = nn.Linear(6, 5)
target = torch.tensor([[1, 3, 2, 4]])
h = torch.zeros(1, 6)
inp = torch.tensor([0])
loss = 0.0
for t in range(target.size(1)):
    h = cell(emb(inp), h)
    logits = out(h)
    loss = loss + nn.functional.cross_entropy(logits, target[:, t])
    inp = target[:, t]
print(loss.item() / target.size(1))
loss.backward()
print(emb.weight.grad.abs().sum(dim=1))
