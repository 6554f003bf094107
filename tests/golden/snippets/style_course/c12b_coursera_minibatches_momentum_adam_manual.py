# Coursera optimization week: random_mini_batches with a permutation, then momentum and Adam updates by hand.
import math
import torch

def random_mini_batches(X, Y, mini_batch_size, g):
    m = X.shape[1]
    permutation = torch.randperm(m, generator=g)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    batches = []
    for k in range(math.floor(m / mini_batch_size)):
        batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                        shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    if m % mini_batch_size != 0:
        batches.append((shuffled_X[:, -(m % mini_batch_size):], shuffled_Y[:, -(m % mini_batch_size):]))
    return batches

g = torch.Generator().manual_seed(1)
X = torch.randn(3, 148, generator=g)
Y = (torch.randn(1, 148, generator=g) > 0).float()
mbs = random_mini_batches(X, Y, 64, g)
print([tuple(b[0].shape) for b in mbs], mbs[-1][1].sum().item())

W = torch.tensor([[1.0, -0.5], [0.3, 0.8]])
dW = torch.tensor([[0.1, 0.2], [-0.3, 0.05]])
v = torch.zeros_like(W)
beta = 0.9
for t in range(3):
    v = beta * v + (1 - beta) * dW
    W = W - 0.01 * v
print('momentum W', W)
print('v', v)

W = torch.tensor([[1.0, -0.5], [0.3, 0.8]])
v, s = torch.zeros_like(W), torch.zeros_like(W)
beta1, beta2, eps, lr = 0.9, 0.999, 1e-8, 0.01
for t in range(1, 4):
    v = beta1 * v + (1 - beta1) * dW
    s = beta2 * s + (1 - beta2) * dW ** 2
    v_corr = v / (1 - beta1 ** t)
    s_corr = s / (1 - beta2 ** t)
    W = W - lr * v_corr / (torch.sqrt(s_corr) + eps)
print('adam W', W)
Wp = torch.nn.Parameter(torch.tensor([[1.0, -0.5], [0.3, 0.8]]))
opt = torch.optim.Adam([Wp], lr=lr, betas=(beta1, beta2), eps=eps)
for t in range(3):
    Wp.grad = dW.clone()
    opt.step()
print('optim W', Wp.data)
print(torch.allclose(W, Wp.data), opt.state[Wp]['step'])
