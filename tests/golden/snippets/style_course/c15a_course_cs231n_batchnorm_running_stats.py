# CS231n batchnorm: train-mode forward by hand, running averages with momentum, test-mode forward
import torch

torch.manual_seed(231)
N, D1, D2 = 50, 6, 3
W1, W2 = torch.randn(D1, D2), torch.randn(D2, D2)
gamma, beta = torch.ones(D2), torch.zeros(D2)
momentum, eps = 0.9, 1e-5
running_mean, running_var = torch.zeros(D2), torch.zeros(D2)
bn = torch.nn.BatchNorm1d(D2, eps=eps, momentum=1 - momentum)
for t in range(20):
    a = torch.relu(torch.randn(N, D1) @ W1) @ W2
    mu, var = a.mean(dim=0), a.var(dim=0, unbiased=False)
    out = gamma * (a - mu) / torch.sqrt(var + eps) + beta
    running_mean = momentum * running_mean + (1 - momentum) * mu
    running_var = momentum * running_var + (1 - momentum) * var
    bn(a)
print("After batch normalization (gamma=1, beta=0)")
print("  means:", out.mean(dim=0))
print("  stds:", out.std(dim=0))
print(running_mean, bn.running_mean)
print(running_var, bn.running_var)
print(bn.num_batches_tracked)
