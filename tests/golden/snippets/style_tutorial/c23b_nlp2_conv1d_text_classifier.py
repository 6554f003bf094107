import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(62)
emb = nn.Embedding(20, 5)
convs = nn.ModuleList([nn.Conv1d(5, 3, k) for k in (2, 3)])
fc = nn.Linear(6, 2)
x = torch.randint(0, 20, (4, 7))
e = emb(x).permute(0, 2, 1)
pooled = [F.max_pool1d(F.relu(c(e)), c(e).size(2)).squeeze(2) for c in convs]
logits = fc(torch.cat(pooled, 1))
print(e.shape, [p.shape for p in pooled], logits.shape)
print(len(convs), convs[1])
