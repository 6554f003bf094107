# makemore: C[5], one-hot @ C, C[[5, 6, 7]], C[X] for a 2-D X, all give the same embeddings.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)
print(C[5])
print(F.one_hot(torch.tensor(5), num_classes=27).float() @ C)
print(C[[5, 6, 7]])
print(C[torch.tensor([5, 6, 7, 7, 7])])
X = torch.tensor([[0, 0, 5], [0, 5, 13]])
emb = C[X]
print(emb.shape)
print(emb[1, 2], C[13])
print(torch.cat(torch.unbind(emb, 1), 1).shape, emb.view(-1, 6).shape)
print(torch.equal(torch.cat(torch.unbind(emb, 1), 1), emb.view(-1, 6)))
