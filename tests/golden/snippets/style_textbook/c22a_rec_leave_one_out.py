import torch

users = torch.tensor([0, 0, 0, 1, 1, 2, 2, 2, 2])
items = torch.tensor([3, 1, 4, 2, 0, 5, 1, 2, 3])
ts = torch.tensor([10, 30, 20, 5, 7, 1, 4, 3, 2])
order = torch.argsort(ts)
last = {}
for idx in order.tolist():
    last[users[idx].item()] = items[idx].item()
print(last)
u_sorted, perm = torch.sort(users * 100 + ts, stable=True)
print(u_sorted)
print(items[perm])
