import torch

torch.manual_seed(16)
n = 12
users = torch.randint(0, 4, (n,))
items = torch.randint(0, 6, (n,))
perm = torch.randperm(n)
cut = int(0.75 * n)
train_idx, test_idx = perm[:cut], perm[cut:]
print(users)
print(items)
print(train_idx, test_idx)
print(users[test_idx], items[test_idx])
