# Tabular data: one-hot scores with scatter_, column means and variances, normalisation and thresholds.
import torch

torch.manual_seed(0)
data = torch.rand(12, 4) * torch.tensor([10.0, 1.0, 100.0, 5.0])
target = torch.randint(3, 9, (12,))
print(data.shape, target.shape, target.dtype)
target_onehot = torch.zeros(target.shape[0], 10)
target_onehot.scatter_(1, target.unsqueeze(1), 1.0)
print(target_onehot[:3])
data_mean = torch.mean(data, dim=0)
data_var = torch.var(data, dim=0)
print(data_mean)
print(data_var)
data_normalized = (data - data_mean) / torch.sqrt(data_var)
print(data_normalized.mean(0).abs().max() < 1e-5, data_normalized.std(0))
bad_indexes = target <= 4
print(bad_indexes.shape, bad_indexes.dtype, bad_indexes.sum())
bad_data = data[bad_indexes]
print(bad_data.shape)
mid_data = data[(target > 4) & (target < 7)]
good_data = data[target >= 7]
for i, args in enumerate(zip(['a', 'b', 'c', 'd'], bad_data.mean(0), mid_data.mean(0), good_data.mean(0))):
    print('{:2} {:4} {:6.2f} {:6.2f} {:6.2f}'.format(i, *args))
print(torch.lt(data[:, 2], 50).sum())
