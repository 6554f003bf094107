# Batch normalisation written out in a training step, with running statistics kept by hand
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
X = torch.randn(32, 5, generator=g)
Y = torch.randint(0, 3, (32,), generator=g)
W1 = (torch.randn(5, 8, generator=g) * (5 / 3) / 5 ** 0.5).requires_grad_()
gain, bias = torch.ones(1, 8, requires_grad=True), torch.zeros(1, 8, requires_grad=True)
W2 = (torch.randn(8, 3, generator=g) * 0.01).requires_grad_()
running_mean, running_std = torch.zeros(1, 8), torch.ones(1, 8)
for step in range(4):
    hpre = X @ W1
    mean_i, std_i = hpre.mean(0, keepdim=True), hpre.std(0, keepdim=True)
    hpre = gain * (hpre - mean_i) / std_i + bias
    loss = F.cross_entropy(torch.tanh(hpre) @ W2, Y)
    with torch.no_grad():
        running_mean = 0.999 * running_mean + 0.001 * mean_i
        running_std = 0.999 * running_std + 0.001 * std_i
    for p in (W1, gain, bias, W2):
        p.grad = None
    loss.backward()
    for p in (W1, gain, bias, W2):
        p.data -= 0.1 * p.grad
    print(step, loss.item())
print(running_mean)
print(running_std)
