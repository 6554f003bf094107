# CS231n-style check: a hand-written batchnorm forward in train and test mode against nn.BatchNorm1d.
import torch
import torch.nn as nn

def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param['mode']
    eps = bn_param.get('eps', 1e-5)
    momentum = bn_param.get('momentum', 0.9)
    running_mean = bn_param.get('running_mean', torch.zeros(x.shape[1]))
    running_var = bn_param.get('running_var', torch.ones(x.shape[1]))
    if mode == 'train':
        mu = x.mean(0)
        var = x.var(0, unbiased=False)
        out = gamma * (x - mu) / torch.sqrt(var + eps) + beta
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.var(0)
    else:
        out = gamma * (x - running_mean) / torch.sqrt(running_var + eps) + beta
    bn_param['running_mean'] = running_mean
    bn_param['running_var'] = running_var
    return out

torch.manual_seed(231)
x = 5 * torch.randn(20, 3) + 12
bn = nn.BatchNorm1d(3)
bn_param = {'mode': 'train', 'momentum': 0.9}
ours = batchnorm_forward(x, torch.ones(3), torch.zeros(3), bn_param)
theirs = bn(x)
print(torch.allclose(ours, theirs, atol=1e-5))
print(ours.mean(0).abs().max() < 1e-5, ours.std(0, unbiased=False))
print(torch.allclose(bn_param['running_mean'], bn.running_mean), torch.allclose(bn_param['running_var'], bn.running_var))
print(bn.running_mean, bn.running_var)
bn.eval()
bn_param['mode'] = 'test'
print(torch.allclose(batchnorm_forward(x, torch.ones(3), torch.zeros(3), bn_param), bn(x), atol=1e-5))
