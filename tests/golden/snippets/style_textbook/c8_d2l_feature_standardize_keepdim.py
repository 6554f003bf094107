# Feature standardisation: column means and stds with keepdim, applying train statistics to test data, nan-safe.
import torch

torch.manual_seed(0)
train = torch.randn(6, 3) * torch.tensor([1.0, 10.0, 100.0]) + torch.tensor([0.0, 5.0, -50.0])
test = torch.randn(2, 3) * torch.tensor([1.0, 10.0, 100.0])
mean = train.mean(dim=0, keepdim=True)
std = train.std(dim=0, keepdim=True)
print(mean, std)
train_n = (train - mean) / std
test_n = (test - mean) / std
print(train_n.mean(0), train_n.std(0))
print(test_n)
mn, mx = train.min(dim=0).values, train.max(dim=0).values
print((train - mn) / (mx - mn))
print(torch.var_mean(train, dim=0), torch.std_mean(train, dim=0, unbiased=False))
train[0, 1] = float("nan")
print(torch.nanmean(train, dim=0), torch.nan_to_num(train).sum(0))
