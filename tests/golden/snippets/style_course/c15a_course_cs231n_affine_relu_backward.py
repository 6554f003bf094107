# CS231n layers: a "sandwich" layer (affine then ReLU) with a manual backward pass vs autograd
import torch

def fc_relu_forward(inp, weight, bias):
    pre = inp.flatten(1) @ weight + bias
    return pre.clamp(min=0), (inp, weight, pre)

def fc_relu_backward(upstream, cache):
    inp, weight, pre = cache
    dpre = upstream * (pre > 0)
    return (dpre @ weight.T).view(inp.shape), inp.flatten(1).T @ dpre, dpre.sum(axis=0)

torch.manual_seed(2310)
inp = torch.randn(3, 2, 2, dtype=torch.float64, requires_grad=True)
weight = torch.randn(4, 6, dtype=torch.float64, requires_grad=True)
bias = torch.randn(6, dtype=torch.float64, requires_grad=True)
upstream = torch.randn(3, 6, dtype=torch.float64)
result, cache = fc_relu_forward(inp, weight, bias)
result.backward(upstream)
grads = fc_relu_backward(upstream, cache)
print("Testing fc_relu_forward and fc_relu_backward:")
for name, mine, auto in zip(("dx", "dw", "db"), grads, (inp.grad, weight.grad, bias.grad)):
    print(f"{name} error: ", (mine - auto).abs().max().item())
print(result.grad_fn, cache[2].grad_fn)
