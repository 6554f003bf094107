# The tiny 3-4-4-1 tanh MLP of the micrograd lecture written with torch tensors, trained by hand.
import torch

torch.manual_seed(1337)
xs = torch.tensor([
    [2.0, 3.0, -1.0],
    [3.0, -1.0, 0.5],
    [0.5, 1.0, 1.0],
    [1.0, 1.0, -1.0],
])
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])

sizes = [3, 4, 4, 1]
params = []
for nin, nout in zip(sizes[:-1], sizes[1:]):
    W = torch.empty(nin, nout).uniform_(-1, 1).requires_grad_()
    b = torch.empty(nout).uniform_(-1, 1).requires_grad_()
    params += [W, b]
print('number of parameters', sum(p.numel() for p in params))

def forward(x):
    for i in range(0, len(params), 2):
        x = torch.tanh(x @ params[i] + params[i + 1])
    return x.squeeze(-1)

for k in range(20):
    ypred = forward(xs)
    loss = ((ypred - ys) ** 2).sum()
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p += -0.05 * p.grad
    if k % 4 == 0:
        print(k, loss.item())
print(forward(xs))
print(params[-1].grad)
