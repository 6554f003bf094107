# train/val/test split of nodes with randperm and an accuracy helper
import torch

torch.manual_seed(41)
n = 12
perm = torch.randperm(n)
train_idx, val_idx, test_idx = perm[:6], perm[6:9], perm[9:]
print(train_idx, val_idx, test_idx)
y = torch.arange(n) % 3
pred = (torch.arange(n) + torch.randint(0, 2, (n,))) % 3
def accuracy(idx):
    return (pred[idx] == y[idx]).float().mean().item()
print([round(accuracy(i), 4) for i in (train_idx, val_idx, test_idx)])
mask = torch.zeros(n, dtype=torch.bool).index_fill_(0, train_idx, True)
print(mask)
