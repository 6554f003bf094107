# cs231n: batchnorm forward written by hand with running averages; train-time and test-time outputs vs nn.BatchNorm1d.
import torch

def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", torch.zeros(D, dtype=x.dtype))
    running_var = bn_param.get("running_var", torch.zeros(D, dtype=x.dtype))
    if mode == "train":
        mu = x.mean(0)
        var = x.var(0, unbiased=False)
        xhat = (x - mu) / torch.sqrt(var + eps)
        out = gamma * xhat + beta
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        out = gamma * (x - running_mean) / torch.sqrt(running_var + eps) + beta
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out

torch.manual_seed(231)
N, D1, D2, D3 = 200, 50, 60, 3
W1, W2 = torch.randn(D1, D2), torch.randn(D2, D3)
gamma, beta = torch.ones(D3), torch.zeros(D3)
bn_param = {"mode": "train"}
for t in range(50):
    X = torch.randn(N, D1)
    a = torch.relu(X @ W1) @ W2
    out = batchnorm_forward(a, gamma, beta, bn_param)
print("train means", out.mean(0).abs().max().item() < 1e-5, "stds", out.std(0, unbiased=False))
bn_param["mode"] = "test"
X = torch.randn(N, D1)
a = torch.relu(X @ W1) @ W2
out = batchnorm_forward(a, gamma, beta, bn_param)
print("test means", out.mean(0).abs().max().item() < 0.2, "stds", out.std(0).round(decimals=1))
print(bn_param["running_mean"].shape, bn_param["running_var"].dtype)
