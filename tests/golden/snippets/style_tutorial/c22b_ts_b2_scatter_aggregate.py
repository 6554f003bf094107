import torch

day = torch.tensor([0, 0, 1, 2, 2, 2])
sales = torch.tensor([1.0, 2.0, 5.0, 1.0, 1.0, 4.0])
total = torch.zeros(3).scatter_add_(0, day, sales)
print(total)
print(torch.zeros(3).index_add_(0, day, sales))
mx = torch.zeros(3).scatter_reduce(0, day, sales, reduce="amax", include_self=False)
print(mx)
mean = torch.zeros(3).scatter_reduce(0, day, sales, reduce="mean", include_self=False)
print(mean)
