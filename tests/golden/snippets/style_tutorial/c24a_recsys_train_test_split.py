# Random train/test split of interactions and leave-one-out per user
import torch

torch.manual_seed(14)
n_inter = 12
shuffled = torch.randperm(n_inter)
n_train = int(0.75 * n_inter)
print(shuffled[:n_train], shuffled[n_train:])
uid = torch.tensor([0, 0, 0, 1, 1, 2, 2, 2, 2, 1, 0, 2])
ts = torch.tensor([5, 1, 9, 3, 8, 2, 7, 4, 6, 1, 0, 3])
for user in uid.unique():
    rows = torch.nonzero(uid == user).squeeze(1)
    holdout = rows[ts[rows].argmax()]
    print(user.item(), rows.tolist(), holdout.item())
print(torch.utils.data.random_split(range(10), [0.8, 0.2], generator=torch.Generator().manual_seed(0))[1].indices)
