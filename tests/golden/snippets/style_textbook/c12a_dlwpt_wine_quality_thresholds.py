# "Deep Learning with PyTorch" tabular chapter on a synthetic wine-quality table: normalisation, one-hot, thresholds.
import torch

g = torch.Generator().manual_seed(0)
wineq = torch.cat([torch.rand(12, 3, generator=g) * torch.tensor([10.0, 1.0, 20.0]),
                   torch.randint(3, 9, (12, 1), generator=g).float()], dim=1)
print(wineq.shape, wineq.dtype)
data = wineq[:, :-1]
target = wineq[:, -1].long()
print(data.shape, target)
target_onehot = torch.zeros(target.shape[0], 10)
target_onehot.scatter_(1, target.unsqueeze(1), 1.0)
print(target_onehot[:3])
data_mean = torch.mean(data, dim=0)
data_var = torch.var(data, dim=0)
print(data_mean, data_var)
data_normalized = (data - data_mean) / torch.sqrt(data_var)
print(data_normalized[:2])
bad_indexes = target <= 4
print(bad_indexes.shape, bad_indexes.dtype, bad_indexes.sum())
bad_data = data[bad_indexes]
bad_mean = torch.mean(bad_data, dim=0)
mid_mean = torch.mean(data[(target > 4) & (target < 7)], dim=0)
good_mean = torch.mean(data[target >= 7], dim=0)
for i, args in enumerate(zip(["a", "b", "c"], bad_mean, mid_mean, good_mean)):
    print("{:2} {:4} {:6.2f} {:6.2f} {:6.2f}".format(i, *args))
predicted = data[:, 2] <= 10.0
actual = target > 5
n_matches = torch.sum(actual & predicted).item()
print(n_matches, n_matches / predicted.sum().item(), n_matches / actual.sum().item())
