# cs231n batchnorm_forward: train mode uses batch stats and updates running stats; test mode uses the running ones.
import torch
import torch.nn.functional as F

def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param['mode']
    eps = bn_param.get('eps', 1e-5)
    momentum = bn_param.get('momentum', 0.9)
    N, D = x.shape
    running_mean = bn_param.get('running_mean', torch.zeros(D, dtype=x.dtype))
    running_var = bn_param.get('running_var', torch.zeros(D, dtype=x.dtype))
    if mode == 'train':
        mu = x.mean(0)
        var = x.var(0, unbiased=False)
        out = gamma * (x - mu) / torch.sqrt(var + eps) + beta
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        out = gamma * (x - running_mean) / torch.sqrt(running_var + eps) + beta
    bn_param['running_mean'], bn_param['running_var'] = running_mean, running_var
    return out

torch.manual_seed(231)
N, D1, D2, D3 = 200, 50, 60, 3
W1 = torch.randn(D1, D2, dtype=torch.float64)
W2 = torch.randn(D2, D3, dtype=torch.float64)
bn_param = {'mode': 'train'}
gamma, beta = torch.ones(D3, dtype=torch.float64), torch.zeros(D3, dtype=torch.float64)
for t in range(50):
    X = torch.randn(N, D1, dtype=torch.float64)
    a = torch.relu(X @ W1) @ W2
    batchnorm_forward(a, gamma, beta, bn_param)
bn_param['mode'] = 'test'
X = torch.randn(N, D1, dtype=torch.float64)
a = torch.relu(X @ W1) @ W2
a_norm = batchnorm_forward(a, gamma, beta, bn_param)
print('After batch normalization (test-time):')
print('  means close to 0:', (a_norm.mean(dim=0).abs() < 0.2).tolist())
print('  stds close to 1:', ((a_norm.std(dim=0) - 1).abs() < 0.2).tolist())
ref = F.batch_norm(a, bn_param['running_mean'], bn_param['running_var'], gamma, beta, training=False)
print(torch.allclose(ref, a_norm))
rm = torch.zeros(D3, dtype=torch.float64)
rv = torch.ones(D3, dtype=torch.float64)
F.batch_norm(a, rm, rv, training=True, momentum=0.1)
print(torch.allclose(rm, 0.1 * a.mean(0)), torch.allclose(rv, 0.9 + 0.1 * a.var(0)))
