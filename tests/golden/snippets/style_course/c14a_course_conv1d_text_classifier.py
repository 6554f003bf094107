# Course CNN for text: Conv1d over embeddings (channels first), max over time, dropout off in eval, shapes.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1491)
emb = nn.Embedding(20, 6)
convs = nn.ModuleList([nn.Conv1d(6, 4, k) for k in (2, 3)])
fc = nn.Linear(8, 2)
tokens = torch.randint(0, 20, (3, 7))
x = emb(tokens).permute(0, 2, 1)
print(x.shape, x.is_contiguous())
pooled = [F.relu(conv(x)).max(dim=2).values for conv in convs]
print([p.shape for p in pooled])
logits = fc(F.dropout(torch.cat(pooled, dim=1), 0.5, training=False))
print(logits)
loss = F.cross_entropy(logits, torch.tensor([0, 1, 1]))
loss.backward()
print(loss.item(), convs[0].weight.grad.shape, emb.weight.grad.abs().sum().item())
print(F.max_pool1d(F.relu(convs[1](x)), kernel_size=5).squeeze(2)[0])
