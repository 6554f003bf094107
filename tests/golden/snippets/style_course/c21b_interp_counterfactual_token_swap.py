# counterfactual: swap one token and compare the model's output distribution (KL)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
emb = nn.EmbeddingBag(8, 4, mode="mean")
head = nn.Linear(4, 3)
a = torch.tensor([[1, 2, 5]])
b = torch.tensor([[1, 6, 5]])
with torch.no_grad():
    pa = F.log_softmax(head(emb(a)), -1)
    pb = F.log_softmax(head(emb(b)), -1)
print(pa.exp())
print(pb.exp())
print(F.kl_div(pb, pa, reduction="batchmean", log_target=True))
print((pa.exp() * (pa - pb)).sum())
