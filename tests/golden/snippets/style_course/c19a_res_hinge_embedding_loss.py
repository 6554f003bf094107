# siamese pair distance with HingeEmbeddingLoss (+1 similar, -1 dissimilar)
import torch
import torch.nn as nn
torch.manual_seed(49)
emb = nn.Linear(3, 2)
a, b = torch.randn(4, 3), torch.randn(4, 3)
dist = torch.pairwise_distance(emb(a), emb(b))
pair_label = torch.tensor([1.0, -1.0, -1.0, 1.0])
loss = nn.HingeEmbeddingLoss(margin=1.5)(dist, pair_label)
loss.backward()
print(dist)
print(loss.item())
print(emb.weight.grad)
