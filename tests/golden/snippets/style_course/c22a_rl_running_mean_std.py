import torch

torch.manual_seed(23)
count = 1e-4
mean = torch.zeros(2)
var = torch.ones(2)
for _ in range(3):
    batch = torch.randn(16, 2) + 3
    b_mean, b_var, b_n = batch.mean(0), batch.var(0, unbiased=False), batch.shape[0]
    delta = b_mean - mean
    tot = count + b_n
    mean = mean + delta * b_n / tot
    m2 = var * count + b_var * b_n + delta ** 2 * count * b_n / tot
    var = m2 / tot
    count = tot
print(mean)
print(var)
print(count)
