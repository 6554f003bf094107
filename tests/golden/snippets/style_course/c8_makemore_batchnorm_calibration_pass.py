# Calibrating batchnorm statistics after training: one pass over the training set under no_grad.
import torch

g = torch.Generator().manual_seed(2147483647)
X = torch.randint(0, 27, (500, 3), generator=g)
C = torch.randn((27, 5), generator=g)
W1 = torch.randn((15, 30), generator=g) * (5 / 3) / 15**0.5
bngain = torch.ones((1, 30))
bnbias = torch.zeros((1, 30))
with torch.no_grad():
    emb = C[X]
    embcat = emb.view(emb.shape[0], -1)
    hpreact = embcat @ W1
    bnmean = hpreact.mean(0, keepdim=True)
    bnstd = hpreact.std(0, keepdim=True)
print(bnmean.shape, bnstd.shape)
print(bnmean[0, :5])
print(bnstd[0, :5])
xb = X[:4]
h_train_stats = bngain * (C[xb].view(4, -1) @ W1 - bnmean) / bnstd + bnbias
print(h_train_stats[:, :3])
print(h_train_stats.mean().abs() < 1.0, torch.tanh(h_train_stats).abs().max() < 1)
