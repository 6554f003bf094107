import torch

torch.manual_seed(11)
N = 10
perm = torch.randperm(N)
train_mask = torch.zeros(N, dtype=torch.bool)
val_mask = torch.zeros(N, dtype=torch.bool)
train_mask[perm[:6]] = True
val_mask[perm[6:8]] = True
test_mask = ~(train_mask | val_mask)
print(perm)
print(train_mask)
print(train_mask.sum().item(), val_mask.sum().item(), test_mask.sum().item())
print(test_mask.nonzero().flatten())
