# Tabular data: a fake wine table, scores to one-hot, normalisation, and thresholding by quality.
import torch

torch.manual_seed(0)
wineq = torch.cat([torch.rand(12, 3) * torch.tensor([10.0, 1.0, 30.0]), torch.randint(3, 9, (12, 1)).float()], dim=1)
print(wineq.shape, wineq.dtype)
data = wineq[:, :-1]
target = wineq[:, -1].long()
print(data.shape, target)
target_onehot = torch.zeros(target.shape[0], 10)
target_onehot.scatter_(1, target.unsqueeze(1), 1.0)
print(target_onehot[:3])
data_mean = torch.mean(data, dim=0)
data_var = torch.var(data, dim=0)
data_normalized = (data - data_mean) / torch.sqrt(data_var)
print(data_mean, data_var)
print(data_normalized[:2])
bad_indexes = target <= 4
print(bad_indexes.shape, bad_indexes.dtype, bad_indexes.sum())
bad_data = data[bad_indexes]
mid_data = data[(target > 4) & (target < 7)]
good_data = data[target >= 7]
for i, args in enumerate(zip(["fixed acidity", "citric acid", "sulfur"], bad_data.mean(0), mid_data.mean(0), good_data.mean(0))):
    print('{:2} {:20} {:6.2f} {:6.2f} {:6.2f}'.format(i, *args))
predicted_indexes = data[:, 2] <= 15.0
actual_indexes = target > 5
n_matches = torch.sum(actual_indexes & predicted_indexes).item()
print(n_matches, n_matches / predicted_indexes.sum().item(), n_matches / actual_indexes.sum().item())
