# Attention pooling over embedded tokens (learned query, masked softmax) for classification
import torch
from torch import nn

torch.manual_seed(1710)
emb = nn.Embedding(10, 6, padding_idx=0)
query = nn.Parameter(torch.randn(6))
fc = nn.Linear(6, 2)
tokens = torch.tensor([[3, 4, 5, 0], [7, 2, 0, 0], [1, 1, 9, 8]])
labels = torch.tensor([1, 0, 1])
opt = torch.optim.Adam([*emb.parameters(), query, *fc.parameters()], lr=0.05)
for step in range(4):
    e = emb(tokens)
    scores = (e @ query).masked_fill(tokens == 0, float("-inf"))
    weights = scores.softmax(dim=1)
    pooled = (weights.unsqueeze(-1) * e).sum(1)
    loss = nn.functional.cross_entropy(fc(pooled), labels)
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, loss.item())
print(weights)
