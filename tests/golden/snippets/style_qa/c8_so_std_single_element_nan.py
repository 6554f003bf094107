# Q: std() returns nan for my batch of one (and the degrees-of-freedom warning): unbiased vs correction=0.
import torch

x = torch.tensor([3.0])
print(x.std())
print(x.std(unbiased=False), x.std(correction=0), x.var(correction=0))
batch = torch.tensor([[1.0, 2.0, 3.0]])
print(batch.std(dim=0))
print(batch.std(dim=1))
data = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(data.std(), data.std(unbiased=False), data.var(), torch.var_mean(data))
print(torch.std_mean(data, correction=0))
normed = (data - data.mean()) / data.std()
print(normed)
print(normed.mean().abs() < 1e-6, normed.std())
